//! Undo and redo of document edits. Lives in memory only: never written to disk.
//!
//! Each step keeps the document as it was, but shares every program that did
//! not change with the step before it: a step of an edit to one program of
//! 10,000 costs one program and 10,000 pointers, not 10,000 programs. So a
//! big catalogue keeps the same 100 steps as a small one.

use std::sync::Arc;

use crate::model::{Document, Program};

/// Edits closer together than this (seconds) make one undo step, so a burst of
/// typing is undone at once rather than letter by letter.
pub const SETTLE_SECONDS: f64 = 1.0;

/// How many undo steps are kept, whatever the size of the catalogue.
pub const MAX_STEPS: usize = 100;

/// One state of the document: a copy sharing its programs with the document
/// and with the neighbouring states, so keeping one copies no program.
#[derive(Clone)]
struct Snapshot {
    document: Document,
    revision: u64,
}

impl Snapshot {
    /// `document` at `revision`, sharing the programs it has in common with `like`.
    fn of(document: &Document, revision: u64, like: Option<&Snapshot>) -> Self {
        let mut document = document.clone();
        if let Some(like) = like {
            document.programs.share_from(&like.document.programs);
        }
        Self { document, revision }
    }
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
    /// The number field (an egui id's value) whose typing is the open burst:
    /// the burst stays open while that field has the keyboard.
    held_by: Option<u64>,
    /// The versions this window saved: undo keeps them in the lineage
    /// (they were saved), but not a colleague's brought in by an undone merge.
    saved_versions: Vec<String>,
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
            baseline: Some(Snapshot::of(document, revision, None)),
            last_edit: f64::NEG_INFINITY,
            revision,
            held_by: None,
            saved_versions: Vec::new(),
        }
    }

    /// Notes that version `id` was saved from this window.
    pub fn saved_version(&mut self, id: String) {
        self.saved_versions.push(id);
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
        if self.held_by.is_none() && self.is_settling() && now - self.last_edit > SETTLE_SECONDS {
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

    /// Keeps the open burst open while the number field `field` has the
    /// keyboard (the edit just recorded was typed there), or lets the burst
    /// settle by time as usual (`None`: typed in a text field).
    pub fn hold_for(&mut self, field: Option<u64>) {
        self.held_by = field;
    }

    /// True while a number field holds the burst open (see `hold_for`).
    pub fn is_held(&self) -> bool {
        self.held_by.is_some()
    }

    /// Tells where the keyboard is now: once the holding number field has
    /// lost it, the number is written and its step ends there (two cells of
    /// the Year panel typed a second apart are two steps, not one).
    pub fn keyboard_at(&mut self, focused: Option<u64>, document: &Document) {
        if self.held_by.is_some() && self.held_by != focused {
            self.close_burst(document);
        }
    }

    /// Ends the current step now, e.g. before a save, so later typing is a new step.
    pub fn close_burst(&mut self, document: &Document) {
        self.held_by = None;
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

    /// The current state, sharing programs with the latest one kept.
    fn current(&self, document: &Document) -> Snapshot {
        let like = (self.baseline.as_ref())
            .or(self.undo.last())
            .or(self.redo.last());
        Snapshot::of(document, self.revision, like)
    }

    fn restore(&mut self, snapshot: Snapshot, document: &mut Document) {
        self.held_by = None;
        // Who the profile is, the versions saved since and the numbers given
        // to programs are not undone: a file already saved names them, and a
        // number given once is never given again. A colleague's versions
        // brought in by a merge go with the merge.
        let identity = document.identity.take();
        let lineage = std::mem::take(&mut document.lineage);
        let next_program_id = document.next_program_id;
        *document = snapshot.document.clone();
        document.identity = identity;
        for id in lineage {
            if self.saved_versions.contains(&id) && !document.lineage.contains(&id) {
                document.lineage.push(id);
            }
        }
        crate::model::lineage::trim(&mut document.lineage);
        document.next_program_id = document.next_program_id.max(next_program_id);
        self.revision = snapshot.revision;
        self.baseline = Some(snapshot);
    }

    fn push_undo(&mut self, snapshot: Snapshot) {
        self.undo.push(snapshot);
        if self.undo.len() > MAX_STEPS {
            let excess = self.undo.len() - MAX_STEPS;
            self.undo.drain(..excess);
        }
    }

    /// The current state, sharing its programs with the history, once the
    /// burst of edits has settled: what a recovery copy needs, at the cost of
    /// no program copied.
    pub fn settled_state(&self) -> Option<&Document> {
        (self.baseline.as_ref()).map(|state| &state.document)
    }

    /// The current state, shared the same way, without ending the burst:
    /// what a recovery copy needs while a number field holds the step open.
    pub fn state_now(&self, document: &Document) -> Document {
        self.current(document).document
    }

    /// How many undo steps are kept.
    pub fn steps(&self) -> usize {
        self.undo.len()
    }

    /// How many distinct program copies all kept states hold together: the
    /// measure of what the history costs.
    pub fn program_copies(&self) -> usize {
        let states = self.undo.iter().chain(&self.redo).chain(&self.baseline);
        let distinct: std::collections::HashSet<*const Program> = states
            .flat_map(|state| state.document.programs.shared().iter().map(Arc::as_ptr))
            .collect();
        distinct.len()
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
    fn typing_a_number_is_one_step_while_its_field_has_the_keyboard() {
        let mut doc = named("");
        let mut history = History::new(&doc);
        // "2", "25", "250": two seconds between keys, the field keeps the keyboard.
        for (i, text) in ["2", "25", "250"].iter().enumerate() {
            history.keyboard_at(Some(7), &doc);
            history.tick(&doc, i as f64 * 2.0);
            doc = named(text);
            history.record_edit(&doc, i as f64 * 2.0, false);
            history.hold_for(Some(7));
        }
        history.keyboard_at(Some(7), &doc);
        history.tick(&doc, 30.0);
        assert!(
            history.is_settling(),
            "held while the field has the keyboard"
        );
        history.keyboard_at(None, &doc);
        assert!(
            !history.is_settling(),
            "settled as soon as the keyboard left"
        );
        // Another number typed at once, in the next cell: a step of its own.
        doc = named("31");
        history.record_edit(&doc, 30.2, false);
        history.hold_for(Some(8));
        history.keyboard_at(None, &doc);
        assert!(history.undo(&mut doc));
        assert_eq!(doc, named("250"), "the second number undone alone");
        assert!(history.undo(&mut doc));
        assert_eq!(doc, named(""), "one step back is before the whole number");
        assert!(!history.can_undo());
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
    fn a_big_catalogue_keeps_a_hundred_steps_sharing_what_did_not_change() {
        let mut doc = crate::model::synthetic::profile_with_programs(10_000, 1);
        let mut history = History::new(&doc);
        for step in 0..120 {
            let index = step % doc.programs.len();
            doc.programs[index]
                .title
                .set("en", format!("Edited {step}"));
            history.record_edit(&doc, f64::from(step as u32) * 10.0, true);
        }
        assert_eq!(history.steps(), MAX_STEPS);
        // 10,000 programs once, plus one changed program per state kept.
        assert!(
            history.program_copies() <= 10_000 + MAX_STEPS + 1,
            "{}",
            history.program_copies()
        );
        for _ in 0..MAX_STEPS {
            assert!(history.undo(&mut doc));
        }
        assert!(!history.can_undo());
        // Back to the state before edit 20: edits 0 to 19 stay.
        assert_eq!(doc.programs[19].title.get("en"), "Edited 19");
        assert_ne!(doc.programs[20].title.get("en"), "Edited 20");
    }

    #[test]
    fn undo_and_redo_put_states_back_without_copying_a_program() {
        let mut doc = crate::model::synthetic::profile_with_programs(50, 1);
        let before = doc.programs.clone();
        let mut history = History::new(&doc);
        doc.programs[7].title.set("en", "Edited");
        let edited = doc.programs.clone();
        history.record_edit(&doc, 0.0, true);
        assert!(history.undo(&mut doc));
        assert_eq!(doc, {
            let mut original = doc.clone();
            original.programs = before.clone();
            original
        });
        let same = |a: &crate::model::Programs, b: &crate::model::Programs| {
            (a.shared().iter().zip(b.shared())).all(|(a, b)| Arc::ptr_eq(a, b))
        };
        assert!(same(&doc.programs, &before), "undo shares every program");
        assert!(history.redo(&mut doc));
        assert!(same(&doc.programs, &edited), "redo shares every program");
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
