//! The modal window on screen: drawn by `ui::dialogs`, which returns the
//! officer's choice; acted on here, after it is drawn.

use super::CartaApp;
use super::flow::{Conversation, Next};
use crate::store::{self, recovery};
use crate::ui::dialogs::{
    self, ConflictChoice, PastePageChoice, PathEntryChoice, Purpose, UnsavedChoice,
};
use crate::{msg, tr};

impl CartaApp {
    /// Draws the conversation on screen and acts on the officer's choice.
    pub(super) fn conversation_ui(&mut self, ctx: &egui::Context, now: f64) {
        let words = self.words;
        let Some(shown) = &mut self.flow.shown else {
            return;
        };
        match shown {
            Conversation::Alert(alert) => {
                if dialogs::alert_ui(ctx, words, alert) {
                    self.flow.end();
                }
            }
            Conversation::Help(help) => {
                if dialogs::help_ui(ctx, words, help) {
                    self.flow.end();
                }
            }
            Conversation::ImportReport(report) => {
                if let Some(answers) = dialogs::import_report_ui(ctx, words, report) {
                    self.flow.end();
                    self.suggestions_answered(&answers, now);
                }
            }
            Conversation::Unsaved(next) => {
                let next = next.clone();
                let name = (self.session.path.as_ref())
                    .and_then(|p| p.file_name())
                    .map(|n| n.to_string_lossy().into_owned());
                if let Some(choice) = dialogs::unsaved_ui(ctx, words, name.as_deref()) {
                    self.flow.end();
                    self.unsaved_chosen(choice, next);
                }
            }
            Conversation::Conflict { deleted } => {
                let deleted = *deleted;
                let name = (self.session.path.as_ref())
                    .and_then(|p| p.file_name())
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                if let Some(choice) = dialogs::conflict_ui(ctx, words, &name, deleted) {
                    self.conflict_chosen(choice);
                }
            }
            Conversation::Comparison(view) => match dialogs::comparison_ui(ctx, words, view) {
                Some(dialogs::ComparisonChoice::Close) if view.from_conflict => {
                    // Back to the question: the choice is still to be made.
                    let deleted = self.session.deleted_on_disk();
                    self.flow.replace(Conversation::Conflict { deleted });
                }
                // A comparison offers nothing to take.
                Some(dialogs::ComparisonChoice::Close | dialogs::ComparisonChoice::Accept) => {
                    self.flow.end();
                }
                Some(dialogs::ComparisonChoice::GoTo(section, program)) => {
                    // A question about the disk comes back at the next save.
                    self.flow.end();
                    self.go_to_difference(section, program);
                }
                None => {}
            },
            Conversation::History(view) => {
                if let Some(choice) = dialogs::history_ui(ctx, words, view) {
                    let author = view.author.clone();
                    self.flow.end();
                    self.history_chosen(&author, choice, now);
                }
            }
            Conversation::Merge(work) => {
                if let Some(choice) = dialogs::merge_ui(ctx, words, &mut work.view)
                    && let Some(Conversation::Merge(work)) = self.flow.end()
                {
                    self.merge_chosen(*work, choice, now);
                }
            }
            Conversation::SheetsRead(read) => {
                match dialogs::comparison_ui(ctx, words, &mut read.view) {
                    Some(dialogs::ComparisonChoice::Accept) => {
                        if let Some(Conversation::SheetsRead(read)) = self.flow.end() {
                            self.sheets_taken(*read, now);
                        }
                    }
                    Some(dialogs::ComparisonChoice::Close) => {
                        self.flow.end();
                    }
                    Some(dialogs::ComparisonChoice::GoTo(section, program)) => {
                        // The field is shown behind the window, which stays
                        // with the figures read: looking is not letting go.
                        self.go_to_difference(section, program);
                    }
                    None => {}
                }
            }
            Conversation::PastePage(page) => match dialogs::paste_page_ui(ctx, words, page) {
                Some(PastePageChoice::Import(text)) => {
                    self.flow.end();
                    self.import_campaign_pasted(&text);
                }
                Some(PastePageChoice::OpenFile) => {
                    self.flow.end();
                    self.ask_for_path(Purpose::ImportCampaignText);
                }
                Some(PastePageChoice::Cancel) => {
                    self.flow.end();
                }
                None => {}
            },
            Conversation::PathEntry(entry) => {
                let purpose = entry.purpose;
                match dialogs::path_entry_ui(ctx, words, entry) {
                    Some(PathEntryChoice::Confirm(path)) => {
                        self.flow.end();
                        self.path_typed(purpose, path);
                    }
                    Some(PathEntryChoice::Cancel) => {
                        self.flow.end();
                        self.flow.after_save = None;
                    }
                    None => {}
                }
            }
            Conversation::Overwrite { path, .. } => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                let folder = path.parent().map(|p| p.display().to_string());
                let folder = folder.unwrap_or_default();
                if let Some(replace) = dialogs::overwrite_ui(ctx, words, &name, &folder)
                    && let Some(Conversation::Overwrite { purpose, path }) = self.flow.end()
                {
                    if replace {
                        self.path_chosen(purpose, path);
                    } else {
                        self.flow.after_save = None;
                    }
                }
            }
            Conversation::Restore { recovery, .. } => {
                let what = match &recovery.original {
                    Some(path) => format!("“{}”", path.display()),
                    None => tr!(words, "restore-never-saved"),
                };
                let document = &recovery.document;
                let city = document.city.display_name(document.main_language());
                let age = recovery.age(words);
                if let Some(restore) = dialogs::restore_offer_ui(ctx, words, &what, &city, &age)
                    && let Some(Conversation::Restore { leftover, recovery }) = self.flow.end()
                {
                    recovery::discard(&leftover);
                    self.answered_leftovers.insert(leftover);
                    if restore {
                        self.restore(*recovery);
                    }
                    // Another leftover (from a second window that crashed too) comes next.
                    self.offer_leftover();
                }
            }
        }
    }

    fn unsaved_chosen(&mut self, choice: UnsavedChoice, next: Next) {
        match choice {
            UnsavedChoice::Save => {
                self.flow.after_save = Some(next);
                match self.session.path.clone() {
                    Some(path) => {
                        if !self.save_to(path) {
                            self.flow.after_save = None;
                        }
                    }
                    None => self.ask_for_path(Purpose::SaveAs),
                }
            }
            UnsavedChoice::Discard => self.perform(next),
            UnsavedChoice::Cancel => {}
        }
    }

    fn conflict_chosen(&mut self, choice: ConflictChoice) {
        let Some(path) = self.session.path.clone() else {
            self.flow.end();
            return;
        };
        match choice {
            ConflictChoice::Reload => {
                self.flow.end();
                match store::load_stamped(&path) {
                    Ok((theirs, stamp)) => {
                        self.replace_document(theirs, Some(path), Some(stamp));
                        self.say(msg!("status-reloaded"));
                    }
                    Err(error) => self.report_load_error(&error),
                }
            }
            ConflictChoice::Compare => match store::load(&path) {
                Ok(theirs) => {
                    let mut view = self.comparison_with(&theirs, &path);
                    view.from_conflict = true;
                    self.flow.replace(Conversation::Comparison(Box::new(view)));
                }
                Err(error) => {
                    self.flow.end();
                    self.report_load_error(&error);
                }
            },
            ConflictChoice::Merge => {
                self.flow.end();
                self.merge_copy(&path);
            }
            ConflictChoice::SaveHere => {
                self.flow.end();
                self.write_to(path);
            }
            ConflictChoice::SaveAs => {
                self.flow.end();
                self.ask_for_path(Purpose::SaveAs);
            }
            // The next save asks again: the stamp still differs.
            ConflictChoice::Later => {
                self.flow.end();
            }
        }
    }

    /// Applies the officer's answers to the import's suggestions, as one step.
    fn suggestions_answered(&mut self, answers: &[(crate::model::ProgramId, bool)], now: f64) {
        if answers.is_empty() {
            return;
        }
        let session = &mut self.session;
        for &(id, accepted) in answers {
            if let Some(program) = session.document.program_mut(id) {
                if accepted {
                    program.accept_suggestions();
                } else {
                    program.reject_suggestions();
                }
            }
        }
        session.history.record_edit(&session.document, now, true);
    }
}
