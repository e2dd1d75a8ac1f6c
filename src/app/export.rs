//! Exports written on a thread of their own: a handout of a large
//! catalogue takes a moment to lay out and set, and the window stays
//! responsive meanwhile. What is written is the document as it was when
//! the officer asked; never the open profile's own file.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::export::report::{ReportFormat, report_bytes};
use crate::export::{ExportOptions, Format};
use crate::{msg, store, tr};

use super::CartaApp;

/// The export being written, if any.
#[derive(Default)]
pub struct ExportWork {
    writing: Option<Writing>,
    /// Where print pages go when there is no cache folder: one private
    /// folder for the whole session, not one left behind per print.
    print_folder: Option<PathBuf>,
}

/// An export on its way: what the worker answers (the file written, or why
/// not), and whether it is a print page to open in the browser once written.
struct Writing {
    answer: mpsc::Receiver<Result<PathBuf, String>>,
    print: bool,
    /// What to say once written instead of where it went: a picture that
    /// could not be read was left out, or the campaign's page was given
    /// English headings.
    left_out: Option<&'static str>,
}

impl CartaApp {
    /// Writes the open document to `path` in `format`, internal programs
    /// left out, in the content language being edited.
    pub(super) fn export_to(&mut self, format: Format, path: &Path) {
        let title = tr!(self.words, "alert-export-failed");
        if self.refuses_export(path) {
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
        let has_pictures = matches!(
            format,
            Format::SlidesPdf | Format::SlidesPdfA4 | Format::NotesPdf | Format::Json
        );
        let damaged = if has_pictures {
            crate::export::damaged_pictures(&document)
        } else {
            Vec::new()
        };
        // The campaign's page is published in English, Spanish or French:
        // a page of Arabic texts gets English headings, and is told so.
        let foreign_page = format == Format::Txt
            && crate::i18n::Language::of_campaign_page(options.lang.as_deref().unwrap_or_default())
                .is_none();
        let left_out = (damaged.first())
            .map(|role| match role {
                crate::model::PictureRole::Logo => "picture-left-out-Logo",
                crate::model::PictureRole::Cover => "picture-left-out-Cover",
            })
            .or(foreign_page.then_some("export-campaign-headings"));
        let spawned = spawn_export(move || {
            crate::export::export_bytes(&document, format, &options).and_then(|bytes| {
                store::write_atomically(&target, &bytes, false)
                    .map_err(|error| error.describe(words))?;
                Ok(target)
            })
        });
        match spawned {
            Ok(answer) => {
                self.say(msg!("status-exporting", path = path.display().to_string()));
                self.export.writing = Some(Writing {
                    answer,
                    print: false,
                    left_out,
                });
            }
            Err(error) => self.alert(title, error.to_string()),
        }
    }

    /// File ▸ Print: the profile as the web page (its print layout: no
    /// colours behind text, page breaks between sections), written on the
    /// export thread (a big catalogue's page takes a while) to a new file of
    /// its own in a private folder (Carta's cache, else a fresh private
    /// temporary folder: never a shared `/tmp/print/` where another user
    /// could plant a link), then opened in the system's browser, whose print
    /// dialog knows this computer's printers. Internal programs are left out
    /// as in any export.
    pub(super) fn print(&mut self) {
        let title = tr!(self.words, "alert-print-failed");
        if self.export.writing.is_some() {
            self.say(msg!("status-export-busy"));
            return;
        }
        let folder = match (&self.options.cache_dir, &self.export.print_folder) {
            (Some(cache), _) => cache.join("print"),
            (None, Some(folder)) => folder.clone(),
            (None, None) => match tempfile::Builder::new().prefix("carta-print-").tempdir() {
                Ok(folder) => self.export.print_folder.insert(folder.keep()).clone(),
                Err(error) => {
                    let reason = store::IoReason::of(&error).message(self.words);
                    self.alert(title, reason);
                    return;
                }
            },
        };
        let name = print_page_name(self.session.path.as_deref());
        let options = ExportOptions {
            include_internal: false,
            lang: Some(self.content_lang().to_owned()),
        };
        let document = self.session.document.clone();
        let words = self.words;
        let spawned = spawn_export(move || {
            let bytes = crate::export::export_bytes(&document, Format::Html, &options)?;
            store::write_new_private(&folder, &name, "html", &bytes)
                .map_err(|error| error.describe(words))
        });
        match spawned {
            Ok(answer) => {
                self.export.writing = Some(Writing {
                    answer,
                    print: true,
                    left_out: None,
                });
            }
            Err(error) => self.alert(title, error.to_string()),
        }
    }

    /// True (and said) when an export cannot start: it would write over the
    /// open profile, or another export is still being written.
    fn refuses_export(&mut self, path: &Path) -> bool {
        let over_profile =
            (self.session.path.as_deref()).is_some_and(|open| store::same_file(open, path));
        if over_profile {
            let title = tr!(self.words, "alert-export-failed");
            let path = path.display().to_string();
            self.alert(
                title,
                tr!(self.words, "export-over-open-profile", path = path),
            );
            return true;
        }
        if self.export.writing.is_some() {
            self.say(msg!("status-export-busy"));
            return true;
        }
        false
    }

    /// File ▸ Export ▸ the annual report of the Year panel's year, in the
    /// content language being edited, written on the export thread.
    pub(super) fn export_report_to(&mut self, format: ReportFormat, path: &Path) {
        let title = tr!(self.words, "alert-export-failed");
        if self.refuses_export(path) {
            return;
        }
        let year = self.view.year.chosen_year(&self.session.document);
        let document = self.session.document.clone();
        let lang = self.content_lang().to_owned();
        let words = self.words;
        let target = path.to_owned();
        let spawned = spawn_export(move || {
            let bytes = report_bytes(&document, year, &lang, format)?;
            store::write_atomically(&target, &bytes, false)
                .map_err(|error| error.describe(words))?;
            Ok(target)
        });
        match spawned {
            Ok(answer) => {
                self.say(msg!("status-exporting", path = path.display().to_string()));
                self.export.writing = Some(Writing {
                    answer,
                    print: false,
                    left_out: None,
                });
            }
            Err(error) => self.alert(title, error.to_string()),
        }
    }

    /// The private folder print pages went to this session, if Carta made one.
    pub fn print_folder(&self) -> Option<&Path> {
        self.export.print_folder.as_deref()
    }

    /// Says how the export being written ended, once it has.
    pub(super) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(writing) = &self.export.writing else {
            return;
        };
        let written = match writing.answer.try_recv() {
            Ok(written) => written,
            Err(mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                return;
            }
            Err(mpsc::TryRecvError::Disconnected) => Err(tr!(self.words, "export-stopped")),
        };
        let Some(writing) = self.export.writing.take() else {
            return;
        };
        match written {
            Ok(page) if writing.print => self.open_print_page(&page),
            Ok(_) if writing.left_out.is_some() => {
                self.say(msg!(writing.left_out.unwrap_or_default()));
            }
            Ok(path) => self.say(msg!("status-exported", path = path.display().to_string())),
            Err(message) => {
                self.status = None;
                let key = if writing.print {
                    "alert-print-failed"
                } else {
                    "alert-export-failed"
                };
                let title = tr!(self.words, key);
                self.alert(title, message);
            }
        }
    }

    /// Opens the print page written at `page` in the system's browser.
    fn open_print_page(&mut self, page: &Path) {
        let shown = page.display().to_string();
        // Tests (and a desktop without a browser) get the page, not a browser.
        if !self.options.native_dialogs {
            self.say(msg!("status-print-written", path = shown));
            return;
        }
        match open::that_detached(page) {
            Ok(()) => self.say(msg!("status-print-opened", path = shown)),
            Err(error) => {
                let title = tr!(self.words, "alert-print-failed");
                let message = tr!(
                    self.words,
                    "print-no-browser",
                    path = shown,
                    reason = error.to_string()
                );
                self.alert(title, message);
            }
        }
    }

    /// Whether an export is being written (for tests and the command line).
    pub fn is_exporting(&self) -> bool {
        self.export.writing.is_some()
    }
}

/// Runs `work` on a thread of its own; its answer arrives on the receiver.
fn spawn_export(
    work: impl FnOnce() -> Result<PathBuf, String> + Send + 'static,
) -> std::io::Result<mpsc::Receiver<Result<PathBuf, String>>> {
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("export".to_owned())
        .spawn(move || {
            sender.send(work()).ok();
        })?;
    Ok(receiver)
}

/// The name a print page starts with: the profile's, short enough that with
/// the random part and extension it stays within any file system's 255
/// bytes (a city's name in Korean takes three bytes a letter).
fn print_page_name(path: Option<&Path>) -> String {
    const MOST_BYTES: usize = 120;
    let stem = path
        .and_then(Path::file_stem)
        .map_or_else(|| "profile".into(), |stem| stem.to_string_lossy());
    let mut end = stem.len().min(MOST_BYTES);
    while !stem.is_char_boundary(end) {
        end -= 1;
    }
    stem[..end].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_name_prints_to_a_page_any_file_system_takes() {
        let long = "광주".repeat(200) + ".ron";
        let name = print_page_name(Some(Path::new(&long)));
        assert!(name.len() <= 120 && name.starts_with("광주"), "{name}");
        let folder = tempfile::tempdir().unwrap();
        let page = store::write_new_private(folder.path(), &name, "html", b"<p>").unwrap();
        assert!(page.exists());
        assert_eq!(print_page_name(None), "profile");
    }
}
