//! Working together, as properties over generated documents: a merge takes
//! every change of either side or lists it as a conflict, never drops one;
//! a diff applied to its first document gives the second.

use carta::model::diff::{Root, apply, diff, program_value, rest_value};
use carta::model::merge::{Merged, merge};
use carta::model::synthetic::profile_with_programs;
use carta::model::tree::{Step, value_at};
use carta::model::{Document, Localized, ProgramStatus};
use proptest::prelude::*;

/// One edit an officer might make.
#[derive(Clone, Debug)]
enum Edit {
    Status(usize, usize),
    Title(usize, String),
    Vision(String),
    Delete(usize),
    Add(String),
    Amount(usize, u32),
    Swap(usize, usize),
    Right(usize, u8),
    Spanish(usize, String),
    Aim(usize, String),
    DeleteAim(usize),
    AddAim(String),
    /// A budget line of a year the program may already have (a new line
    /// always starts at one year).
    AddLine(usize, u32),
    Start(usize, bool),
}

fn edit() -> impl Strategy<Value = Edit> {
    let word = "[a-z]{1,8}";
    prop_oneof![
        (0..40usize, 0..5usize).prop_map(|(p, s)| Edit::Status(p, s)),
        (0..40usize, word).prop_map(|(p, t)| Edit::Title(p, t)),
        word.prop_map(Edit::Vision),
        (0..40usize).prop_map(Edit::Delete),
        word.prop_map(Edit::Add),
        (0..40usize, 0..1000u32).prop_map(|(p, a)| Edit::Amount(p, a)),
        (0..40usize, 0..40usize).prop_map(|(a, b)| Edit::Swap(a, b)),
        (0..40usize, 1..31u8).prop_map(|(p, r)| Edit::Right(p, r)),
        (0..40usize, word).prop_map(|(p, t)| Edit::Spanish(p, t)),
        (0..5usize, word).prop_map(|(a, t)| Edit::Aim(a, t)),
        (0..5usize).prop_map(Edit::DeleteAim),
        word.prop_map(Edit::AddAim),
        (0..40usize, 0..100u32).prop_map(|(p, a)| Edit::AddLine(p, a)),
        (0..40usize, any::<bool>()).prop_map(|(p, d)| Edit::Start(p, d)),
    ]
}

fn edited(base: &Document, edits: &[Edit]) -> Document {
    let mut document = base.clone();
    for edit in edits {
        let count = document.programs.len().max(1);
        match edit {
            Edit::Status(p, s) => {
                if let Some(program) = document.programs.get_mut(p % count) {
                    program.status = ProgramStatus::ALL[*s];
                }
            }
            Edit::Title(p, t) => {
                if let Some(program) = document.programs.get_mut(p % count) {
                    program.title.set("en", t.clone());
                }
            }
            Edit::Spanish(p, t) => {
                if let Some(program) = document.programs.get_mut(p % count) {
                    program.title.set("es", t.clone());
                }
            }
            Edit::Vision(t) => document.vision.prose = Localized::new("en", t.clone()),
            Edit::Delete(p) => {
                if !document.programs.is_empty() {
                    let id = document.programs.remove(p % count).id;
                    for area in &mut document.policies.areas {
                        area.programs.retain(|linked| *linked != id);
                    }
                }
            }
            Edit::Add(t) => {
                let id = document.add_new_program(carta::i18n::Language::ENGLISH);
                if let Some(program) = document.programs.iter_mut().find(|p| p.id == id) {
                    program.title = Localized::new("en", t.clone());
                }
            }
            Edit::Amount(p, a) => {
                if let Some(line) = (document.programs.get_mut(p % count))
                    .and_then(|program| program.budget.first_mut())
                {
                    line.amount = f64::from(*a);
                }
            }
            Edit::Swap(a, b) => {
                if !document.programs.is_empty() {
                    document.programs.swap(a % count, b % count);
                }
            }
            Edit::Aim(a, t) => {
                let aims = &mut document.motivations.aims;
                if !aims.is_empty() {
                    let at = a % aims.len();
                    aims[at].set("en", t.clone());
                }
            }
            Edit::DeleteAim(a) => {
                let aims = &mut document.motivations.aims;
                if !aims.is_empty() {
                    aims.remove(a % aims.len());
                }
            }
            Edit::AddAim(t) => document
                .motivations
                .aims
                .push(Localized::new("en", t.clone())),
            Edit::AddLine(p, a) => {
                if let Some(program) = document.programs.get_mut(p % count) {
                    program.budget.push(carta::model::BudgetLine {
                        executed: None,
                        id: carta::model::ItemId::fresh(),
                        year: 2025,
                        amount: f64::from(*a),
                        currency: "EUR".to_owned(),
                    });
                }
            }
            Edit::Start(p, date) => {
                if let Some(program) = document.programs.get_mut(p % count) {
                    program.start = Some(if *date {
                        carta::model::Moment::Date {
                            year: 2024,
                            month: 3,
                            day: 1,
                        }
                    } else {
                        carta::model::Moment::Year(2025)
                    });
                }
            }
            Edit::Right(p, r) => {
                if let Some(program) = document.programs.get_mut(p % count)
                    && !program.rights.contains(r)
                {
                    program.rights.push(*r);
                }
            }
        }
    }
    document
}

/// True when every change `side` made from `base` is in `merged`, or its
/// place (or a place around it) is listed as a conflict.
fn keeps_every_change(base: &Document, side: &Document, merged: &Merged) -> bool {
    // The next program's number is Carta's own, worked out after a merge.
    let changes = diff(base, side);
    changes
        .iter()
        .filter(|c| carta::compare::is_shown(c))
        .all(|change| {
            let conflicted = merged.conflicts.iter().any(|conflict| {
                conflict.root == change.root
                    && (change.path.starts_with(&conflict.path)
                        || conflict.path.starts_with(&change.path))
            });
            let now = match change.root {
                Root::Profile => value_at(&rest_value(&merged.document), &change.path).cloned(),
                Root::Program(id) => merged
                    .document
                    .program(id)
                    .and_then(|program| value_at(&program_value(program), &change.path).cloned()),
                // The order merges by its own rule (one side's order wins).
                Root::Catalogue => return true,
            };
            let empty = |value: &Option<serde_json::Value>| match value {
                None | Some(serde_json::Value::Null) => true,
                Some(serde_json::Value::Array(items)) => items.is_empty(),
                Some(serde_json::Value::String(text)) => text.is_empty(),
                _ => false,
            };
            let same = now == change.after || (empty(&now) && empty(&change.after));
            // A set (rights, languages) merges item by item: the other side's
            // additions may sit beside this side's.
            let items = |value: &Option<serde_json::Value>| match value {
                Some(serde_json::Value::Array(items)) => Some(items.clone()),
                None | Some(serde_json::Value::Null) => Some(Vec::new()),
                _ => None,
            };
            let set_kept = match (items(&now), items(&change.before), items(&change.after)) {
                (Some(now), Some(before), Some(after)) => {
                    let added = after.iter().filter(|item| !before.contains(item));
                    let removed = before.iter().filter(|item| !after.contains(item));
                    added.clone().all(|item| now.contains(item))
                        && removed.clone().all(|item| !now.contains(item))
                        && (added.count() + removed.count() > 0)
                }
                _ => false,
            };
            // A program one side deleted and the other edited stays, as a
            // conflict, in the areas of the side that kept it: a link the
            // deleting side removed is part of that conflict.
            let link_of_conflicted = matches!(change.path.last(),
                Some(Step::Field(field)) if field == "programs")
                && merged.conflicts.iter().any(|conflict| match conflict.root {
                    Root::Program(id) if conflict.path.is_empty() => {
                        let has = |value: &Option<serde_json::Value>| {
                            items(value).is_some_and(|items| items.contains(&id.0.into()))
                        };
                        has(&change.before) != has(&change.after)
                    }
                    _ => false,
                });
            same || set_kept || conflicted || link_of_conflicted
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merges_keep_every_change_of_either_side(
        seed in 1..1000u64,
        mine_edits in prop::collection::vec(edit(), 0..8),
        their_edits in prop::collection::vec(edit(), 0..8),
    ) {
        let mut base = profile_with_programs(12, seed);
        base.motivations.aims = ["One", "Two", "Three"]
            .into_iter()
            .map(|aim| Localized::new("en", aim))
            .collect();
        let mine = edited(&base, &mine_edits);
        let theirs = edited(&base, &their_edits);

        let only_theirs = merge(Some(&base), &base, &theirs).unwrap();
        prop_assert_eq!(&only_theirs.document, &theirs);
        prop_assert!(only_theirs.conflicts.is_empty());
        let only_mine = merge(Some(&base), &mine, &base).unwrap();
        prop_assert_eq!(&only_mine.document, &mine);
        let same = merge(Some(&base), &mine, &mine).unwrap();
        prop_assert_eq!(&same.document, &mine);

        let merged = merge(Some(&base), &mine, &theirs).unwrap();
        prop_assert!(keeps_every_change(&base, &mine, &merged), "a change of mine was lost");
        // Their new programs that took new numbers are judged under them.
        let mut theirs_numbered = theirs.clone();
        for (old, new) in &merged.renumbered {
            for program in &mut theirs_numbered.programs {
                if program.id == *old {
                    program.id = *new;
                }
            }
        }
        prop_assert!(
            keeps_every_change(&base, &theirs_numbered, &merged),
            "a change of theirs was lost"
        );

        let changes = diff(&base, &mine);
        let applied = apply(&base, &changes);
        prop_assert_eq!(applied.as_ref(), Some(&mine));
    }
}
