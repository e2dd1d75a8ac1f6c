//! Nothing lost: the recovery file kept in step with unsaved work, the copy
//! handed to the panic hook, recovered work put back, and the watch on the
//! open file for changes by others.

use super::CartaApp;
use super::flow::Conversation;
use crate::msg;
use crate::store::recovery::{self, Recovery};
use crate::tr;

/// Unsaved work is written to the recovery file this often (seconds), and
/// whenever the window loses the focus.
pub const AUTOSAVE_SECONDS: f64 = 5.0;

impl CartaApp {
    /// Keeps the recovery file in step with the document: written every few
    /// seconds while there are unsaved changes (and at once when the window
    /// loses the focus), removed when there are none.
    pub(super) fn autosave(&mut self, ctx: &egui::Context, now: f64) {
        let focused = ctx.input(|input| input.viewport().focused).unwrap_or(true);
        let focus_lost = self.window_focused && !focused;
        self.window_focused = focused;
        let Some(file) = &self.recovery else {
            return;
        };
        let revision = self.session.revision();
        if !self.session.is_dirty() {
            if self.autosaved.take().is_some() {
                file.remove();
            }
            if self.crash_snapshot.take().is_some() {
                recovery::remember_for_crash(None);
            }
            return;
        }
        // For the panic hook: each settled undo step (at most one copy a second
        // while typing), so a failure of Carta itself loses almost nothing.
        if !self.session.history.is_settling() && self.crash_snapshot != Some(revision) {
            recovery::remember_for_crash(Some((file.path(), self.recovery_record())));
            self.crash_snapshot = Some(revision);
        }
        let (written, when) = self.autosaved.unwrap_or((u64::MAX, f64::NEG_INFINITY));
        if written == revision {
            return;
        }
        if now - when < AUTOSAVE_SECONDS && !focus_lost {
            let wait = AUTOSAVE_SECONDS - (now - when) + 0.05;
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
            return;
        }
        match file.write(&self.recovery_record()) {
            Ok(()) => {
                self.autosaved = Some((revision, now));
                if self.autosave_problem.take().is_some() {
                    self.say(msg!("status-autosave-back"));
                }
            }
            // Keep working; the next attempt may succeed (e.g. disk space freed).
            Err(error) => {
                if self.autosave_problem.is_none() {
                    eprintln!("carta: cannot write the recovery file: {error}");
                }
                self.autosave_problem = Some(error.describe(self.words));
                self.autosaved = Some((u64::MAX, now));
            }
        }
    }

    /// What the recovery file keeps: the document, its file, and what that
    /// file held when last read or written (to notice later changes by others).
    fn recovery_record(&self) -> Recovery {
        let session = &self.session;
        let mut record = Recovery::new(session.path.clone(), session.document.clone());
        record.original_stamp = session.disk_stamp;
        record
    }

    /// Offers back the newest work a Carta that did not close cleanly left.
    pub(super) fn offer_leftover(&mut self) {
        let leftover = (self.options.recovery_dir.as_deref())
            .and_then(|dir| recovery::leftovers(dir).into_iter().next());
        if let Some((leftover, recovery)) = leftover {
            let recovery = Box::new(recovery);
            self.flow.ask(Conversation::Restore { leftover, recovery });
        }
    }

    /// Puts recovered work back on screen, unsaved. If its file changed after
    /// the copy was made, the officer is told, and the next save asks first
    /// (reload theirs, compare, keep mine with Save As): never a silent overwrite.
    pub(super) fn restore(&mut self, recovery: Recovery) {
        let changed_since = recovery.file_changed_since();
        let now_on_disk = recovery.original.as_deref().and_then(crate::store::stamp);
        // What the file held when the work began: a save compares against it.
        let stamp = if changed_since {
            // Never what is on disk now, so the next save asks.
            recovery
                .original_stamp
                .filter(|kept| Some(*kept) != now_on_disk)
        } else {
            now_on_disk
        };
        let name = (recovery.original.as_deref()).map(|p| p.display().to_string());
        self.replace_document(recovery.document, recovery.original, stamp);
        if changed_since {
            let words = self.words;
            let path = name.unwrap_or_default();
            self.alert(
                tr!(words, "restore-stale-title"),
                tr!(words, "restore-stale-message", path = path),
            );
        }
        self.session.mark_unsaved();
        self.say(msg!("status-restored"));
    }

    /// Notices changes to the open file made by others.
    pub(super) fn watch_disk(&mut self, ctx: &egui::Context) {
        if self.session.watch(ctx) && self.session.changed_on_disk() {
            self.ask_about_conflict();
        }
    }
}
