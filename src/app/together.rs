//! Working together: the open profile compared with another file, and a
//! colleague's copy merged into it as one undoable step.

use std::path::Path;

use super::CartaApp;
use super::flow::Conversation;
use crate::compare;
use crate::model::Document;
use crate::model::diff::diff;
use crate::model::merge::{Merged, Side, merge, settle};
use crate::store::{self, versions::Versions};
use crate::ui::dialogs::{Comparison, MergeChoice, MergeView};
use crate::{msg, tr};

/// A merge on screen: what the model worked out, and the view of it.
pub struct MergeWork {
    pub view: MergeView,
    merged: Merged,
}

impl CartaApp {
    /// The differences from the open profile to `theirs` (read from `path`).
    pub(super) fn comparison_with(&self, theirs: &Document, path: &Path) -> Comparison {
        let mine = &self.session.document;
        let told = diff(mine, theirs)
            .iter()
            .filter(|change| compare::is_shown(change))
            .map(|change| compare::tell(change, mine, theirs, self.words))
            .collect();
        Comparison {
            with: file_name(path),
            told,
            filter: None,
            from_conflict: false,
        }
    }

    /// File ▸ Compare with…: the open profile and `path`, field by field.
    pub(super) fn compare_with_file(&mut self, path: &Path) {
        match store::load(path) {
            Ok(theirs) => {
                let view = self.comparison_with(&theirs, path);
                self.flow.ask(Conversation::Comparison(Box::new(view)));
            }
            Err(error) => self.report_load_error(&error),
        }
    }

    /// File ▸ Merge a colleague's copy…: merges `path` into the open profile
    /// from the version both started from (kept here), and asks about what
    /// both changed differently.
    pub(super) fn merge_copy(&mut self, path: &Path) {
        if self.session.is_open_file(path) && !self.session.changed_on_disk() {
            let title = tr!(self.words, "merge-failed");
            self.alert(title, tr!(self.words, "merge-same-file"));
            return;
        }
        let theirs = match store::load(path) {
            Ok(theirs) => theirs,
            Err(error) => return self.report_load_error(&error),
        };
        let mine = &self.session.document;
        let other_profile = matches!(
            (&mine.identity, &theirs.identity),
            (Some(a), Some(b)) if a != b
        );
        let base = (self.options.versions_dir.clone())
            .and_then(|folder| Versions::new(folder).shared(mine, &theirs));
        let Some(merged) = merge(base.as_ref(), mine, &theirs) else {
            let title = tr!(self.words, "merge-failed");
            self.alert(title, tr!(self.words, "cli-merge-unreadable"));
            return;
        };
        let documents = [mine, &theirs];
        let value = |value: Option<&serde_json::Value>| {
            // One line beside its choice: paragraph breaks read as spaces.
            let text = value.map(compare::plain).unwrap_or_default();
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            crate::model::elide(&text, 300).into_owned()
        };
        let conflicts = (merged.conflicts.iter())
            .map(|conflict| {
                (
                    compare::place(conflict.root, &conflict.path, &documents, self.words),
                    value(conflict.mine.as_ref()),
                    value(conflict.theirs.as_ref()),
                )
            })
            .collect();
        let view = MergeView {
            theirs: file_name(path),
            base_found: base.is_some(),
            other_profile,
            taken: merged.taken,
            renumbered: merged.renumbered.len(),
            conflicts,
            choices: vec![Side::Mine; merged.conflicts.len()],
        };
        self.flow
            .ask(Conversation::Merge(Box::new(MergeWork { view, merged })));
    }

    /// Applies the merge as the officer settled it, as one undo step.
    pub(super) fn merge_chosen(&mut self, work: MergeWork, choice: MergeChoice, now: f64) {
        if choice == MergeChoice::Cancel {
            return;
        }
        let MergeWork { view, merged } = work;
        let mut document = merged.document;
        let mut settled = 0;
        for (conflict, side) in merged.conflicts.iter().zip(&view.choices) {
            if *side == Side::Theirs
                && let Some(taken) = settle(&document, conflict, Side::Theirs)
            {
                document = taken;
            }
            settled += 1;
        }
        let session = &mut self.session;
        session.document = document;
        session.history.record_edit(&session.document, now, true);
        self.say(msg!(
            "status-merged",
            taken = merged.taken,
            name = view.theirs,
            settled = settled
        ));
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}
