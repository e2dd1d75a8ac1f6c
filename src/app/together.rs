//! Working together: the open profile compared with another file, and a
//! colleague's copy merged into it as one undoable step.

use std::path::Path;

use super::CartaApp;
use super::flow::Conversation;
use crate::compare;
use crate::model::Document;
use crate::model::diff::diff;
use crate::model::merge::{Merged, Side, merge, settle_all};
use crate::store::{self, versions::Versions};
use crate::ui::dialogs::{
    Comparison, HistoryChoice, HistoryView, MergeChoice, MergeView, VersionRow,
};
use crate::{msg, tr};

/// Versions kept on threads of their own: a version folder that cannot be
/// written costs the history, never the save, and is told once a session.
#[derive(Default)]
pub struct VersionKeeping {
    answers: Option<Answers>,
    told: bool,
}

/// Where the threads answer whether their version was kept (or why not).
type Answers = (
    std::sync::mpsc::Sender<Result<(), String>>,
    std::sync::mpsc::Receiver<Result<(), String>>,
);

/// A merge on screen: what the model worked out, and the view of it.
pub struct MergeWork {
    pub view: MergeView,
    merged: Merged,
    /// When the copy is the open file changed on disk: what it held, so
    /// that once merged, saving writes over it without asking again.
    open_file: Option<store::FileStamp>,
    /// The work's revision the merge was made from.
    revision: u64,
}

impl CartaApp {
    /// Shows the panel of a difference, and its program in the catalogue.
    pub(super) fn go_to_difference(
        &mut self,
        section: compare::Section,
        program: Option<crate::model::ProgramId>,
    ) {
        use crate::ui::Panel;
        self.view.panel = match section {
            compare::Section::City | compare::Section::Other => Panel::City,
            compare::Section::Vision => Panel::Vision,
            compare::Section::Motivations => Panel::Motivations,
            compare::Section::Policies => Panel::Policies,
            compare::Section::Programs => Panel::Programs,
        };
        if let Some(id) = program.filter(|id| self.session.document.program(*id).is_some()) {
            self.view.focus_program(id);
        }
    }

    /// Keeps the version just saved, on a thread of its own.
    pub(super) fn keep_version(&mut self) {
        let Some(folder) = &self.options.versions_dir else {
            return;
        };
        let versions = Versions::new(folder.clone());
        let document = self.session.document.clone();
        let author = self.settings.author_or_user();
        let (answer, _) = self
            .versions
            .answers
            .get_or_insert_with(std::sync::mpsc::channel);
        let answer = answer.clone();
        let words = self.words;
        let kept = std::thread::Builder::new()
            .name("carta versions".into())
            .spawn(move || {
                let kept = versions.keep(&document, &author, store::versions::now());
                let _ = answer.send(kept.map(drop).map_err(|error| error.describe(words)));
            });
        if let Err(error) = kept {
            log::warn!("the version could not be kept: {error}");
        }
    }

    /// Says, once a session, that versions cannot be kept.
    pub(super) fn poll_versions(&mut self) {
        let Some((_, answers)) = &self.versions.answers else {
            return;
        };
        let failed = answers.try_iter().find_map(Result::err);
        if let Some(reason) = failed {
            log::warn!("the version could not be kept: {reason}");
            if !self.versions.told {
                self.versions.told = true;
                self.say(msg!("status-versions-failed", reason = reason));
            }
        }
    }

    /// The differences from the open profile to `theirs` (read from `path`).
    pub(super) fn comparison_with(&self, theirs: &Document, path: &Path) -> Comparison {
        let name = file_name(path);
        let labels = [
            tr!(self.words, "compare-before"),
            tr!(self.words, "compare-after", name = name.as_str()),
        ];
        comparison(&self.session.document, theirs, name, labels, self.words)
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
        let (theirs, stamp) = match store::load_stamped(path) {
            Ok(read) => read,
            Err(error) => return self.report_load_error(&error),
        };
        let open_file = self.session.is_open_file(path).then_some(stamp);
        let mine = &self.session.document;
        let other_profile = matches!(
            (&mine.identity, &theirs.identity),
            (Some(a), Some(b)) if a != b
        );
        let base = (self.options.versions_dir.clone())
            .and_then(|folder| Versions::new(folder).shared(mine, &theirs));
        let Some(merged) = merge(base.as_ref(), mine, &theirs) else {
            let title = tr!(self.words, "merge-failed");
            let copies: Vec<&Document> = [base.as_ref(), Some(mine), Some(&theirs)]
                .into_iter()
                .flatten()
                .collect();
            self.alert(title, compare::merge_refused(&copies, self.words));
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
        let revision = self.session.revision();
        self.flow.ask(Conversation::Merge(Box::new(MergeWork {
            view,
            merged,
            open_file,
            revision,
        })));
    }

    /// Applies the merge as the officer settled it, as one undo step.
    pub(super) fn merge_chosen(&mut self, work: MergeWork, choice: MergeChoice, now: f64) {
        if choice == MergeChoice::Cancel {
            return;
        }
        let MergeWork {
            view,
            merged,
            open_file,
            revision,
        } = work;
        if self.session.revision() != revision {
            // Something reached the work while the officer chose (a picture
            // being prepared): the merge was of the work before it.
            let title = tr!(self.words, "merge-failed");
            self.alert(title, tr!(self.words, "merge-work-changed"));
            return;
        }
        // Every choice of theirs applied at once: one pass over the
        // document, however many conflicts.
        let theirs: Vec<&crate::model::merge::Conflict> = (merged.conflicts.iter())
            .zip(&view.choices)
            .filter(|(_, side)| **side == Side::Theirs)
            .map(|(conflict, _)| conflict)
            .collect();
        let settled = merged.conflicts.len();
        let document = match settle_all(&merged.document, &theirs) {
            Some(document) => document,
            None => {
                let title = tr!(self.words, "merge-failed");
                self.alert(title, tr!(self.words, "cli-merge-unreadable"));
                return;
            }
        };
        let session = &mut self.session;
        // The work before the merge is a step of its own to come back to.
        session.history.close_burst(&session.document);
        let before = session.revision();
        session.document = document;
        session.history.record_edit(&session.document, now, true);
        if let Some(stamp) = open_file {
            // What is on disk is in the document now: the next save may
            // replace it (until the merge is undone), and no question about
            // it is left waiting.
            session.merged_from_disk(before, stamp);
            self.flow.end_conflicts();
        }
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

/// The differences from `a` to `b`, listed as the compare window shows them.
pub(super) fn comparison(
    a: &Document,
    b: &Document,
    with: String,
    labels: [String; 2],
    words: crate::i18n::Language,
) -> Comparison {
    let told = diff(a, b)
        .iter()
        .filter(|change| compare::is_shown(change))
        .map(|change| compare::tell(change, a, b, words))
        .collect();
    Comparison {
        with,
        labels,
        told,
        filter: None,
        from_conflict: false,
        heights: Default::default(),
        offer: None,
    }
}

/// `milliseconds` since 1970 in the computer's time zone: "2026-12-06 14:05".
fn when(milliseconds: u64) -> String {
    let Ok(milliseconds) = i64::try_from(milliseconds) else {
        return String::new();
    };
    jiff::Timestamp::from_millisecond(milliseconds)
        .map(|at| {
            at.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

impl CartaApp {
    /// File ▸ Version history…: the open profile's saved versions.
    pub(super) fn show_history(&mut self) {
        let Some(folder) = self.options.versions_dir.clone() else {
            return;
        };
        let versions = Versions::new(folder);
        let identity = self.session.document.identity.clone().unwrap_or_default();
        let words = self.words;
        let records = versions.list(&identity);
        let rows = (records.iter())
            .map(|record| {
                // A version whose parent is not kept (saved by another
                // Carta, or thinned) has nothing to be compared with.
                let parent_kept = (record.parents.iter())
                    .any(|parent| records.iter().any(|other| other.id == *parent));
                VersionRow {
                    when: when(record.saved_at),
                    author: record.author.clone(),
                    summary: if parent_kept {
                        compare::summary_of(&record.changes, words)
                    } else {
                        tr!(words, "history-first-kept")
                    },
                    id: record.id.clone(),
                }
            })
            .collect();
        let (count, profiles, bytes) = versions.usage();
        let kept = tr!(
            words,
            "history-kept",
            count = count,
            profiles = profiles,
            megabytes = format!("{:.1}", bytes as f64 / (1024.0 * 1024.0)),
            folder = versions.root().display().to_string()
        );
        let view = HistoryView {
            rows,
            selected: None,
            other: None,
            author: self.settings.author.clone(),
            kept,
        };
        self.flow.ask(Conversation::History(Box::new(view)));
    }

    /// Acts on what the officer asked of the history.
    pub(super) fn history_chosen(&mut self, author: &str, choice: HistoryChoice, now: f64) {
        if author.trim() != self.settings.author {
            self.settings.author = author.trim().to_owned();
            self.store_settings();
        }
        let Some(folder) = self.options.versions_dir.clone() else {
            return;
        };
        let versions = Versions::new(folder);
        let identity = self.session.document.identity.clone().unwrap_or_default();
        let record = |id: &str| versions.list(&identity).into_iter().find(|r| r.id == id);
        let words = self.words;
        match choice {
            HistoryChoice::Close => {}
            HistoryChoice::Changes(id) => {
                let (Some(version), Some(about)) = (versions.load(&identity, &id), record(&id))
                else {
                    return;
                };
                let Some(before) =
                    (about.parents.first()).and_then(|parent| versions.load(&identity, parent))
                else {
                    // Nothing kept before it: every field would show as new.
                    self.say(msg!("status-first-version"));
                    return;
                };
                let name = tr!(words, "history-version-of", when = when(about.saved_at));
                let labels = [tr!(words, "history-before"), tr!(words, "history-after")];
                let view = comparison(&before, &version, name, labels, words);
                self.flow.ask(Conversation::Comparison(Box::new(view)));
            }
            HistoryChoice::CompareTwo(older, newer) => {
                let load = |id: &str| Some((versions.load(&identity, id)?, record(id)?));
                let (Some((before, older)), Some((after, newer))) = (load(&older), load(&newer))
                else {
                    return;
                };
                let name = tr!(words, "history-version-of", when = when(newer.saved_at));
                let labels = [
                    tr!(words, "history-version-label", when = when(older.saved_at)),
                    tr!(words, "history-version-label", when = when(newer.saved_at)),
                ];
                let view = comparison(&before, &after, name, labels, words);
                self.flow.ask(Conversation::Comparison(Box::new(view)));
            }
            HistoryChoice::CompareWithNow(id) => {
                let (Some(version), Some(about)) = (versions.load(&identity, &id), record(&id))
                else {
                    return;
                };
                let name = tr!(words, "history-version-of", when = when(about.saved_at));
                let labels = [
                    tr!(words, "compare-before"),
                    tr!(words, "compare-after", name = name.as_str()),
                ];
                let view = comparison(&self.session.document, &version, name, labels, words);
                self.flow.ask(Conversation::Comparison(Box::new(view)));
            }
            HistoryChoice::Restore(id) => {
                let (Some(mut version), Some(about)) = (versions.load(&identity, &id), record(&id))
                else {
                    return;
                };
                // A new step over the present, never a cut of later versions.
                let session = &mut self.session;
                version.identity = session.document.identity.clone();
                version.lineage = session.document.lineage.clone();
                // A number given once is never given again.
                version.next_program_id =
                    (version.next_program_id).max(session.document.next_program_id);
                session.document = version;
                session.history.record_edit(&session.document, now, true);
                self.say(msg!("status-version-restored", when = when(about.saved_at)));
            }
        }
    }
}
