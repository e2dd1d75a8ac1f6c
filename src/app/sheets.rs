//! The units' sheets from the window: written into a folder, and read back
//! into the compare view, each on a thread of its own; the figures read
//! reach the profile only when the officer takes them, as one undo step.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use super::CartaApp;
use super::flow::Conversation;
use crate::model::Document;
use crate::ui::dialogs::{Comparison, Offer};
use crate::{msg, sheets, store, tr};

/// Sheets being written or read, if any.
#[derive(Default)]
pub struct SheetsWork {
    answer: Option<mpsc::Receiver<Done>>,
}

/// What the thread answers.
enum Done {
    Written {
        count: usize,
        year: i32,
        folder: PathBuf,
    },
    Nothing,
    Failed(String),
    Read(Box<SheetsRead>),
}

/// Figures read back, waiting in the compare view for the officer.
pub struct SheetsRead {
    pub view: Comparison,
    document: Document,
    changed: usize,
    /// The work's revision the sheets were read into.
    revision: u64,
}

impl CartaApp {
    /// The year the Year panel shows (chosen now if it was never opened).
    fn sheets_year(&mut self) -> i32 {
        self.view.year.chosen_year(&self.session.document)
    }

    /// Gives an id to any item still without one, as a step of its own: a
    /// sheet's row is matched by ids, which must be the ones kept.
    fn ids_for_sheets(&mut self, now: f64) {
        let document = &self.session.document;
        let missing = (document.programs.iter()).any(|program| !program.has_item_ids());
        if missing {
            let session = &mut self.session;
            session.document.give_item_ids(false);
            session.history.record_edit(&session.document, now, true);
        }
    }

    fn sheets_busy(&mut self) -> bool {
        if self.sheets.answer.is_some() {
            self.say(msg!("status-export-busy"));
            return true;
        }
        false
    }

    /// Writes one workbook per responsible unit into `folder`.
    pub(super) fn send_sheets(&mut self, folder: &Path, now: f64) {
        if self.sheets_busy() {
            return;
        }
        self.ids_for_sheets(now);
        let year = self.sheets_year();
        let document = self.session.document.clone();
        let lang = self.content_lang().to_owned();
        let words = self.words;
        let folder = folder.to_owned();
        self.spawn_sheets(move || {
            let made = match sheets::workbooks(&document, year, &lang, words) {
                Ok(made) => made,
                Err(reason) => return Done::Failed(reason),
            };
            if made.is_empty() {
                return Done::Nothing;
            }
            for book in &made {
                let path = folder.join(&book.file_name);
                if let Err(error) = store::write_atomically(&path, &book.bytes, false) {
                    return Done::Failed(error.describe(words));
                }
            }
            Done::Written {
                count: made.len(),
                year,
                folder,
            }
        });
    }

    /// Reads the filled sheets `paths` (files or folders) into a copy of the
    /// profile, to be shown as changes.
    pub(super) fn read_sheets(&mut self, paths: Vec<PathBuf>, now: f64) {
        if self.sheets_busy() {
            return;
        }
        self.ids_for_sheets(now);
        let year = self.sheets_year();
        let document = self.session.document.clone();
        let revision = self.session.revision();
        let words = self.words;
        self.spawn_sheets(move || {
            let (inputs, mut problems) = sheets::read_files(&paths);
            // Files named that could not be read at all count as files too.
            let files = inputs.len() + problems.len();
            let read = sheets::read_back(&document, Some(year), &inputs);
            problems.extend(read.problems);
            let with = tr!(words, "sheets-read-title", files = files.max(1));
            let labels = [tr!(words, "compare-before"), tr!(words, "sheets-after")];
            let mut view =
                super::together::comparison(&document, &read.document, with.clone(), labels, words);
            view.offer = Some(Offer {
                title: with,
                summary: tr!(words, "sheets-read-changed", count = read.changed),
                problems: problems.iter().map(|p| p.describe(words)).collect(),
                accept: tr!(words, "sheets-accept"),
            });
            Done::Read(Box::new(SheetsRead {
                view,
                document: read.document,
                changed: read.changed,
                revision,
            }))
        });
    }

    fn spawn_sheets(&mut self, work: impl FnOnce() -> Done + Send + 'static) {
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("carta sheets".into())
            .spawn(move || {
                let _ = sender.send(work());
            });
        match spawned {
            Ok(_) => self.sheets.answer = Some(receiver),
            Err(error) => {
                let title = tr!(self.words, "alert-sheets-failed");
                self.alert(title, error.to_string());
            }
        }
    }

    /// Acts on the sheets' thread's answer, once it comes.
    pub(super) fn poll_sheets(&mut self, ctx: &egui::Context) {
        let Some(answer) = &self.sheets.answer else {
            return;
        };
        let done = match answer.try_recv() {
            Ok(done) => done,
            Err(mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                return;
            }
            Err(mpsc::TryRecvError::Disconnected) => {
                Done::Failed(tr!(self.words, "export-stopped"))
            }
        };
        self.sheets.answer = None;
        match done {
            Done::Written {
                count,
                year,
                folder,
            } => self.say(msg!(
                "status-sheets-written",
                count = count,
                year = year,
                folder = folder.display().to_string()
            )),
            Done::Nothing => self.say(msg!("status-sheets-none")),
            Done::Failed(reason) => {
                let title = tr!(self.words, "alert-sheets-failed");
                self.alert(title, reason);
            }
            Done::Read(read) => self.flow.ask(Conversation::SheetsRead(read)),
        }
    }

    /// Takes the figures read, as one undo step.
    pub(super) fn sheets_taken(&mut self, read: SheetsRead, now: f64) {
        if self.session.revision() != read.revision {
            let title = tr!(self.words, "sheets-take-failed");
            self.alert(title, tr!(self.words, "sheets-work-changed"));
            return;
        }
        let session = &mut self.session;
        session.history.close_burst(&session.document);
        let mut document = read.document;
        // Programs the sheets left alone stay shared with the history.
        document.programs.share_from(&session.document.programs);
        session.document = document;
        session.history.record_edit(&session.document, now, true);
        self.say(msg!("status-sheets-taken", count = read.changed));
    }
}
