//! Undo and redo of document edits. Lives in memory only: never written to disk.

use crate::model::Document;

/// Edits closer together than this (seconds) make one undo step, so a burst of
/// typing is undone at once rather than letter by letter.
pub const SETTLE_SECONDS: f64 = 1.0;

/// How many undo steps are kept for a small document.
const MAX_STEPS: usize = 100;

/// Each step holds a whole copy of the document; past this many programs summed
/// over all steps, the oldest steps go, so a 10,000-program catalogue keeps
/// about 30 steps instead of eating gigabytes.
const MAX_PROGRAM_COPIES: usize = 300_000;

#[derive(Clone)]
struct Snapshot {
    document: Document,
    revision: u64,
}

/// Snapshots of the document before each step, with a revision number per state
/// so the app can tell whether the document matches what was saved.
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The current state while no burst of edits is open; `None` during a burst,
    /// whose starting state is then on top of the undo stack.
    baseline: Option<Snapshot>,
    last_edit: f64,
    revision: u64,
}

/// A revision number no state of any document in this process has had: caches
/// keyed by revision (catalogue rows, findings, translation gaps) can never
/// mistake a new document for the old one.
fn fresh_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl History {
    pub fn new(document: &Document) -> Self {
        let revision = fresh_revision();
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            baseline: Some(Snapshot {
                document: document.clone(),
                revision,
            }),
            last_edit: f64::NEG_INFINITY,
            revision,
        }
    }

    /// A number that changes with every edit and comes back with undo.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// True while edits are still being grouped into the current step.
    pub fn is_settling(&self) -> bool {
        self.baseline.is_none()
    }

    /// Closes the burst of edits once the document has been still long enough.
    pub fn tick(&mut self, document: &Document, now: f64) {
        if self.is_settling() && now - self.last_edit > SETTLE_SECONDS {
            self.close_burst(document);
        }
    }

    /// Records that `document` was just edited. A `discrete` edit (a button, a
    /// pick from a list) is a step of its own; typing joins the open burst.
    pub fn record_edit(&mut self, document: &Document, now: f64, discrete: bool) {
        if let Some(before) = self.baseline.take() {
            self.push_undo(before);
            self.redo.clear();
        }
        self.revision = fresh_revision();
        self.last_edit = now;
        if discrete {
            self.close_burst(document);
        }
    }

    /// Ends the current step now, e.g. before a save, so later typing is a new step.
    pub fn close_burst(&mut self, document: &Document) {
        if self.is_settling() {
            self.baseline = Some(self.current(document));
        }
    }

    /// Goes one step back; returns false when there is nothing to undo.
    pub fn undo(&mut self, document: &mut Document) -> bool {
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        self.redo.push(self.current(document));
        self.restore(previous, document);
        true
    }

    /// Goes one step forward again; returns false when there is nothing to redo.
    pub fn redo(&mut self, document: &mut Document) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        let current = self.current(document);
        self.push_undo(current);
        self.restore(next, document);
        true
    }

    fn current(&self, document: &Document) -> Snapshot {
        Snapshot {
            document: document.clone(),
            revision: self.revision,
        }
    }

    fn restore(&mut self, snapshot: Snapshot, document: &mut Document) {
        document.clone_from(&snapshot.document);
        self.revision = snapshot.revision;
        self.baseline = Some(snapshot);
    }

    fn push_undo(&mut self, snapshot: Snapshot) {
        let per_step = snapshot.document.programs.len().max(1);
        let limit = (MAX_PROGRAM_COPIES / per_step).clamp(10, MAX_STEPS);
        self.undo.push(snapshot);
        if self.undo.len() > limit {
            let excess = self.undo.len() - limit;
            self.undo.drain(..excess);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Document {
        let mut doc = Document::default();
        doc.city.name.set("en", name);
        doc
    }

    #[test]
    fn a_burst_of_typing_is_one_step() {
        let mut doc = named("");
        let mut history = History::new(&doc);
        for (i, text) in ["S", "Sa", "San"].iter().enumerate() {
            doc = named(text);
            history.record_edit(&doc, i as f64 * 0.1, false);
        }
        history.tick(&doc, 5.0);
        assert!(history.undo(&mut doc));
        assert_eq!(doc, named(""));
        assert!(!history.can_undo());
        assert!(history.redo(&mut doc));
        assert_eq!(doc, named("San"));
    }

    #[test]
    fn pauses_and_buttons_make_separate_steps() {
        let mut doc = named("a");
        let mut history = History::new(&doc);
        doc = named("b");
        history.record_edit(&doc, 0.0, true);
        doc = named("c");
        history.record_edit(&doc, 0.1, false);
        history.tick(&doc, 3.0);
        doc = named("d");
        history.record_edit(&doc, 3.0, false);
        history.undo(&mut doc);
        assert_eq!(doc, named("c"));
        history.undo(&mut doc);
        assert_eq!(doc, named("b"));
        history.undo(&mut doc);
        assert_eq!(doc, named("a"));
    }

    #[test]
    fn revision_returns_with_undo() {
        let mut doc = named("a");
        let mut history = History::new(&doc);
        let saved = history.revision();
        doc = named("b");
        history.record_edit(&doc, 0.0, true);
        assert_ne!(history.revision(), saved);
        history.undo(&mut doc);
        assert_eq!(history.revision(), saved);
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut doc = named("a");
        let mut history = History::new(&doc);
        doc = named("b");
        history.record_edit(&doc, 0.0, true);
        history.undo(&mut doc);
        doc = named("c");
        history.record_edit(&doc, 1.0, true);
        assert!(!history.can_redo());
    }
}
