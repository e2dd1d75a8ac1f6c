//! Nothing lost: the recovery file kept in step with unsaved work, the copy
//! handed to the panic hook, recovered work put back, and the watch on the
//! open file for changes by others.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use super::CartaApp;
use super::flow::Conversation;
use crate::msg;
use crate::store::SaveError;
use crate::store::recovery::{self, Pending, Recovery, RecoveryFile};
use crate::tr;

/// Writes recovery copies on a thread of its own: turning 10,000 programs
/// into text and writing them takes about 90 ms, which the window must not
/// wait for. Jobs run in the order given, so a removal never overtakes the
/// write before it.
pub struct Writer {
    file: Arc<RecoveryFile>,
    jobs: Option<Sender<Job>>,
    results: Receiver<Result<(), SaveError>>,
    /// Jobs sent and not yet answered.
    pending: usize,
    thread: Option<std::thread::JoinHandle<()>>,
}

enum Job {
    Write(Arc<Pending>),
    Remove,
}

impl Writer {
    pub fn new(file: RecoveryFile) -> Self {
        let file = Arc::new(file);
        let (jobs, inbox) = channel::<Job>();
        let (answers, results) = channel();
        let theirs = Arc::clone(&file);
        let thread = std::thread::Builder::new()
            .name("autosave".to_owned())
            .spawn(move || {
                for job in inbox {
                    let result = match job {
                        // The whole document is put together here, off the UI thread.
                        Job::Write(pending) => theirs.write(&pending.recovery()),
                        Job::Remove => {
                            theirs.remove();
                            Ok(())
                        }
                    };
                    if answers.send(result).is_err() {
                        break;
                    }
                }
            })
            .ok();
        Self {
            file,
            jobs: Some(jobs),
            results,
            pending: 0,
            thread,
        }
    }

    /// Where the copies go.
    pub fn path(&self) -> std::path::PathBuf {
        self.file.path()
    }

    fn send(&mut self, job: Job) {
        let sent = self.thread.is_some()
            && (self.jobs.as_ref()).is_some_and(|jobs| jobs.send(job).is_ok());
        if sent {
            self.pending += 1;
        }
    }

    /// The answers that came back since the last call, oldest first.
    fn answers(&mut self) -> Vec<Result<(), SaveError>> {
        let answers: Vec<_> = self.results.try_iter().collect();
        self.pending -= answers.len().min(self.pending);
        answers
    }

    /// True while a job is still being done.
    pub fn is_busy(&self) -> bool {
        self.pending > 0
    }

    /// Removes the copy now, on this thread, after the jobs sent: for a
    /// clean exit, when nothing should be left behind.
    pub fn remove_now(&mut self) {
        self.finish();
        self.file.remove();
    }

    /// Lets the thread finish the jobs sent, and waits for it.
    fn finish(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Writer {
    /// The copies asked for are written before the app goes away: a window
    /// closed mid-write still leaves the work to recover.
    fn drop(&mut self) {
        self.finish();
    }
}

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
        self.take_autosave_answers(now);
        let Some(writer) = &mut self.recovery else {
            return;
        };
        if writer.is_busy() {
            // Look again for the answer soon.
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        let revision = self.session.revision();
        if !self.session.is_dirty() {
            if self.autosaved.take().is_some() {
                writer.send(Job::Remove);
            }
            if self.crash_snapshot.take().is_some() {
                recovery::remember_for_crash(None);
            }
            return;
        }
        let path = writer.path();
        // For the panic hook: each settled undo step (at most one copy a second
        // while typing), so a failure of Carta itself loses almost nothing.
        let settled = !self.session.history.is_settling() && self.crash_snapshot != Some(revision);
        let (written, when) = self.autosaved.unwrap_or((u64::MAX, f64::NEG_INFINITY));
        let waiting = now - when < AUTOSAVE_SECONDS && !focus_lost;
        let due = written != revision && !waiting;
        if written != revision && waiting {
            let wait = AUTOSAVE_SECONDS - (now - when) + 0.05;
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
        if !settled && !due {
            return;
        }
        let held = self.session.history.is_held();
        if due && !focus_lost && held {
            // A number being typed is one undo step however long it takes:
            // the copy is made without ending it.
            let session = &self.session;
            let document = session.history.state_now(&session.document);
            let (path, stamp) = (session.path.clone(), session.disk_stamp);
            let record = Arc::new(Pending::new(path, stamp, &document));
            if let Some(writer) = &mut self.recovery {
                writer.send(Job::Write(record));
            }
            self.autosaved = Some((revision, now));
            return;
        }
        if due {
            // A copy is due in the middle of a burst of typing: end the undo
            // step here, so the copy is of a state the history shares.
            let session = &mut self.session;
            session.history.close_burst(&session.document);
        }
        // One record for the panic hook and the writer alike, copying no program.
        let Some(record) = self.pending_record() else {
            return;
        };
        let record = Arc::new(record);
        if settled {
            recovery::remember_for_crash(Some((path, Arc::clone(&record))));
            self.crash_snapshot = Some(revision);
        }
        if due {
            if let Some(writer) = &mut self.recovery {
                writer.send(Job::Write(record));
            }
            self.autosaved = Some((revision, now));
        }
    }

    /// What the writer thread answered: a failure is told in the status bar
    /// (and tried again in a few seconds), a success after failures too.
    fn take_autosave_answers(&mut self, now: f64) {
        let Some(writer) = &mut self.recovery else {
            return;
        };
        for answer in writer.answers() {
            match answer {
                Ok(()) => {
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
    }

    /// True while a recovery copy is still being written.
    pub fn is_autosaving(&self) -> bool {
        self.recovery.as_ref().is_some_and(Writer::is_busy)
    }

    /// What the recovery file will keep: the document (as the history shares
    /// it), its file, and what that file held when last read or written (to
    /// notice later changes by others). `None` during a burst of typing.
    fn pending_record(&self) -> Option<Pending> {
        let session = &self.session;
        let document = session.history.settled_state()?;
        let (path, stamp) = (session.path.clone(), session.disk_stamp);
        Some(Pending::new(path, stamp, document))
    }

    /// Offers back the newest work a Carta that did not close cleanly left,
    /// and that the officer has not answered yet (a leftover that cannot be
    /// removed, in a read-only folder say, is not offered again and again).
    pub(super) fn offer_leftover(&mut self) {
        let answered = &self.answered_leftovers;
        let leftover = (self.options.recovery_dir.as_deref()).and_then(|dir| {
            recovery::leftovers(dir)
                .into_iter()
                .find(|(path, _)| !answered.contains(path))
        });
        if let Some((leftover, recovery)) = leftover {
            let recovery = Box::new(recovery);
            self.flow.ask(Conversation::Restore { leftover, recovery });
        }
    }

    /// Puts recovered work back on screen, unsaved. If its file changed after
    /// the copy was made, the officer is told, and the next save asks first
    /// (reload theirs, compare, keep mine with Save As): never a silent overwrite.
    pub(super) fn restore(&mut self, recovery: Recovery) {
        let now_on_disk = recovery.original.as_deref().and_then(crate::store::stamp);
        let changed_since = recovery.file_changed_since(now_on_disk);
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
