//! Exports written on a thread of their own: a handout of a large
//! catalogue takes a moment to lay out and set, and the window stays
//! responsive meanwhile. What is written is the document as it was when
//! the officer asked; never the open profile's own file.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::export::{ExportOptions, Format};
use crate::{msg, store, tr};

use super::CartaApp;

/// The export being written, if any.
#[derive(Default)]
pub struct ExportWork {
    writing: Option<(PathBuf, mpsc::Receiver<Result<(), String>>)>,
}

impl CartaApp {
    /// Writes the open document to `path` in `format`, internal programs
    /// left out, in the content language being edited.
    pub(super) fn export_to(&mut self, format: Format, path: &Path) {
        let title = tr!(self.words, "alert-export-failed");
        let over_profile =
            (self.session.path.as_deref()).is_some_and(|open| store::same_file(open, path));
        if over_profile {
            let path = path.display().to_string();
            self.alert(
                title,
                tr!(self.words, "export-over-open-profile", path = path),
            );
            return;
        }
        if self.export.writing.is_some() {
            self.say(msg!("status-export-busy"));
            return;
        }
        let options = ExportOptions {
            include_internal: false,
            lang: Some(self.content_lang().to_owned()),
        };
        // The document as it is now: edits made while it is written wait
        // for the next export.
        let document = self.session.document.clone();
        let words = self.words;
        let target = path.to_owned();
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("export".to_owned())
            .spawn(move || {
                let written =
                    crate::export::export_bytes(&document, format, &options).and_then(|bytes| {
                        store::write_atomically(&target, &bytes, false)
                            .map_err(|error| error.describe(words))
                    });
                sender.send(written).ok();
            });
        if let Err(error) = spawned {
            self.alert(title, error.to_string());
            return;
        }
        self.say(msg!("status-exporting", path = path.display().to_string()));
        self.export.writing = Some((path.to_owned(), receiver));
    }

    /// Says how the export being written ended, once it has.
    pub(super) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some((_, receiver)) = &self.export.writing else {
            return;
        };
        let written = match receiver.try_recv() {
            Ok(written) => written,
            Err(mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                return;
            }
            Err(mpsc::TryRecvError::Disconnected) => Err(tr!(self.words, "export-stopped")),
        };
        let Some((path, _)) = self.export.writing.take() else {
            return;
        };
        match written {
            Ok(()) => self.say(msg!("status-exported", path = path.display().to_string())),
            Err(message) => {
                self.status = None;
                let title = tr!(self.words, "alert-export-failed");
                self.alert(title, message);
            }
        }
    }

    /// Whether an export is being written (for tests and the command line).
    pub fn is_exporting(&self) -> bool {
        self.export.writing.is_some()
    }
}
