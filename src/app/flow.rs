//! The one conversation Carta is having with the officer. At most one modal
//! window shows at a time; a message that arrives meanwhile waits its turn.
//! What is legal is what this enum can say: no combination of loose flags.

use std::collections::VecDeque;
use std::path::PathBuf;

use super::file_dialog::PendingDialog;
use crate::store::recovery::Recovery;
use crate::ui::dialogs::{Alert, ImportReport, PastePage, PathEntry, Purpose};

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq)]
pub enum Next {
    Close,
    New,
    /// Ask for a campaign text page and make a new document of it.
    ImportCampaignText,
    /// Open this file, or ask which one.
    Open(Option<PathBuf>),
}

/// A modal window and what it is about.
pub enum Conversation {
    Alert(Alert),
    /// What an imported campaign page left to check, and its suggestions.
    ImportReport(Box<ImportReport>),
    /// Save / Don't save / Cancel, before `Next`.
    Unsaved(Next),
    /// The open file was changed or deleted by another program.
    Conflict {
        deleted: bool,
    },
    /// The open profile and another, field by field; closing it returns to
    /// the conflict when it came from there.
    Comparison(Box<crate::ui::dialogs::Comparison>),
    /// The open profile's saved versions.
    History(Box<crate::ui::dialogs::HistoryView>),
    /// A colleague's copy merged, its conflicts waiting for the officer.
    Merge(Box<super::together::MergeWork>),
    /// Figures read from the units' sheets, offered as changes.
    SheetsRead(Box<super::sheets::SheetsRead>),
    /// A path typed, for when no native dialog can be shown.
    PathEntry(PathEntry),
    /// A campaign page pasted, or a file of it to open.
    PastePage(PastePage),
    /// A typed path names an existing file: replace it?
    Overwrite {
        purpose: Purpose,
        path: PathBuf,
    },
    /// The user guide, the keyboard shortcuts or About.
    Help(crate::ui::dialogs::Help),
    /// Work a Carta that did not close cleanly left, offered back.
    Restore {
        leftover: PathBuf,
        recovery: Box<Recovery>,
    },
}

/// The conversation on screen, those waiting, and the file dialog in flight.
#[derive(Default)]
pub struct Flow {
    pub shown: Option<Conversation>,
    waiting: VecDeque<Conversation>,
    /// A native file dialog open on its own thread.
    pub dialog: Option<PendingDialog>,
    /// What to do once the Save As under way has saved.
    pub after_save: Option<Next>,
}

impl Flow {
    /// Starts `conversation`, or queues it behind the one on screen.
    pub fn ask(&mut self, conversation: Conversation) {
        if self.shown.is_none() {
            self.shown = Some(conversation);
        } else {
            self.waiting.push_back(conversation);
        }
    }

    /// Puts `conversation` on screen in place of the current one (the
    /// comparison replacing the conflict question, say).
    pub fn replace(&mut self, conversation: Conversation) {
        self.shown = Some(conversation);
    }

    /// Ends the conversation on screen; the next waiting one comes up.
    pub fn end(&mut self) -> Option<Conversation> {
        let ended = self.shown.take();
        self.shown = self.waiting.pop_front();
        ended
    }

    /// Drops the questions about the open file changed on disk: the file they
    /// were about is no longer open, or was just reloaded or saved.
    pub fn end_conflicts(&mut self) {
        let about_disk = |c: &Conversation| {
            matches!(
                c,
                Conversation::Conflict { .. } | Conversation::Comparison(_)
            )
        };
        self.waiting.retain(|c| !about_disk(c));
        if self.shown.as_ref().is_some_and(about_disk) {
            self.end();
        }
    }

    /// True while a modal window shows: shortcuts then wait.
    pub fn is_open(&self) -> bool {
        self.shown.is_some()
    }

    /// Every conversation, on screen or waiting.
    pub fn all(&self) -> impl Iterator<Item = &Conversation> {
        self.shown.iter().chain(&self.waiting)
    }

    /// True when some conversation satisfies `test`.
    pub fn any(&self, test: impl Fn(&Conversation) -> bool) -> bool {
        self.all().any(test)
    }
}
