//! Two copies of one profile made one: every change only one side made is
//! taken, and where both changed one field differently the officer's own
//! value is kept and the conflict listed for her to settle. Programs both
//! sides added under the same id get distinct ids (the other side's areas
//! follow). Without the version both started from, every difference is a
//! conflict, except what only one side has (kept).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde_json::Value;

use super::diff::{self, Change, Root, program_value, rest_value};
use super::tree::{self, Step};
use super::{Document, ItemId, Program, ProgramId};

/// A field both sides changed differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub root: Root,
    pub path: Vec<Step>,
    pub base: Option<Value>,
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
    /// For a whole program one side deleted and the other edited: the areas
    /// (by id) that present it on each side, mine then theirs, so settling
    /// for the side that kept it keeps its place in them too.
    pub presented_in: [Vec<ItemId>; 2],
}

/// The merge: the document (mine where they conflict) and the conflicts.
#[derive(Clone, Debug)]
pub struct Merged {
    pub document: Document,
    pub conflicts: Vec<Conflict>,
    /// How many of the other side's changes were taken.
    pub taken: usize,
    /// The other side's new programs that took a new number, because this
    /// side had added one under the same: (their number, the new one).
    pub renumbered: Vec<(ProgramId, ProgramId)>,
}

/// Which side a conflict is settled for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

/// Merges `mine` and `theirs` from `base` (the version both started from,
/// if known). `None` only when a merged part could not be read back (a
/// number no profile can hold).
pub fn merge(base: Option<&Document>, mine: &Document, theirs: &Document) -> Option<Merged> {
    // Two programs of one number cannot be told apart: such a copy is
    // refused (Check names them) rather than merged with one of the two lost.
    if [Some(mine), Some(theirs), base]
        .into_iter()
        .flatten()
        .any(has_shared_ids)
    {
        return None;
    }
    let (theirs, renumbered) = with_distinct_new_ids(base, mine, theirs);
    let theirs = &theirs;
    let mut conflicts = Vec::new();
    let mut clashes = Vec::new();
    // The next program's number is worked out below, not merged.
    let rest_of = |document: &Document| {
        let mut value = rest_value(document);
        if let Some(fields) = value.as_object_mut() {
            fields.remove("next_program_id");
        }
        value
    };
    let rest = tree::merge(
        base.map(rest_of).as_ref(),
        Some(&rest_of(mine)),
        Some(&rest_of(theirs)),
        &mut clashes,
    )?;
    conflicts.extend(
        clashes
            .drain(..)
            .map(|clash| conflict(Root::Profile, clash)),
    );
    let mut document: Document = serde_json::from_value(rest).ok()?;
    document.identity = mine.identity.clone().or_else(|| theirs.identity.clone());
    document.lineage = super::lineage::joined(&mine.lineage, &theirs.lineage);

    let index = |document: &Document| -> HashMap<ProgramId, usize> {
        (document.programs.iter().enumerate())
            .map(|(at, p)| (p.id, at))
            .collect()
    };
    let (in_mine, in_theirs) = (index(mine), index(theirs));
    let in_base = base.map(index).unwrap_or_default();
    fn find<'d>(
        document: Option<&'d Document>,
        index: &HashMap<ProgramId, usize>,
        id: ProgramId,
    ) -> Option<&'d Arc<Program>> {
        document?.programs.shared().get(*index.get(&id)?)
    }
    // The same program, by pointer first: a program neither side touched is
    // shared by the three copies (and taken shared, so the merged document
    // keeps sharing it with the undo history).
    let same = |x: Option<&Arc<Program>>, y: Option<&Arc<Program>>| match (x, y) {
        (Some(x), Some(y)) => Arc::ptr_eq(x, y) || x == y,
        (None, None) => true,
        _ => false,
    };
    // The catalogue's order: theirs unless mine changed it, else mine; the
    // other side's new programs each after the one it follows there.
    let order = |document: &Document| document.programs.iter().map(|p| p.id).collect::<Vec<_>>();
    let follow_theirs = base.is_some_and(|base| {
        let kept = |document: &Document, other: &HashMap<ProgramId, usize>| {
            (document.programs.iter().map(|p| p.id))
                .filter(|id| other.contains_key(id))
                .collect::<Vec<_>>()
        };
        let reordered = |side: &Document, index: &HashMap<ProgramId, usize>| {
            kept(side, &in_base) != kept(base, index)
        };
        // Theirs when mine kept the base's order: their new programs stay
        // where they put them.
        !reordered(mine, &in_mine)
    });
    let (first, second) = if follow_theirs {
        (order(theirs), order(mine))
    } else {
        (order(mine), order(theirs))
    };
    let ids = interleaved(first, &second);
    for id in ids {
        let b = find(base, &in_base, id);
        let m = find(Some(mine), &in_mine, id);
        let t = find(Some(theirs), &in_theirs, id);
        let merged = if same(m, t) || (same(m, b) && base.is_some()) {
            t.cloned()
        } else if same(t, b) && base.is_some() {
            m.cloned()
        } else if m.is_none() && base.is_none() {
            t.cloned()
        } else {
            let merged = tree::merge(
                b.map(|p| program_value(p)).as_ref(),
                m.map(|p| program_value(p)).as_ref(),
                t.map(|p| program_value(p)).as_ref(),
                &mut clashes,
            );
            let root = Root::Program(id);
            for clash in clashes.drain(..) {
                let mut conflict = conflict(root, clash);
                if conflict.path.is_empty() {
                    conflict.presented_in = [presenting(mine, id), presenting(theirs, id)];
                }
                conflicts.push(conflict);
            }
            match merged {
                Some(value) => Some(Arc::new(serde_json::from_value(value).ok()?)),
                None => None,
            }
        };
        if let Some(program) = merged {
            document.programs.push_shared(program);
        }
    }
    let top = document.programs.iter().map(|p| p.id.0.saturating_add(1));
    document.next_program_id = (top.chain([mine.next_program_id, theirs.next_program_id]))
        .max()
        .unwrap_or(1);
    // Mine is kept until settled, its place in the areas with it (theirs
    // deleting the program also took it out of them).
    for conflict in &conflicts {
        relink(&mut document, conflict, Side::Mine);
    }
    let taken = diff::diff(mine, &document).len();
    Some(Merged {
        document,
        conflicts,
        taken,
        renumbered,
    })
}

/// `first`, with the ids only `second` has, each placed after the id it
/// follows in `second` (first of all when it follows none `first` has).
fn interleaved(first: Vec<ProgramId>, second: &[ProgramId]) -> Vec<ProgramId> {
    let mut listed: HashSet<ProgramId> = first.iter().copied().collect();
    let mut out = first;
    let mut after: Option<ProgramId> = None;
    // Where the last one went: a run of new programs is placed without
    // searching again, so a catalogue all new stays linear.
    let mut last: Option<(ProgramId, usize)> = None;
    for id in second {
        if listed.insert(*id) {
            let at = match (after, last) {
                (Some(before), Some((placed, at))) if before == placed => at + 1,
                (Some(before), _) => out
                    .iter()
                    .position(|listed| *listed == before)
                    .map_or(0, |at| at + 1),
                (None, _) => 0,
            };
            out.insert(at, *id);
            last = Some((*id, at));
        }
        after = Some(*id);
    }
    out
}

/// Why a merge of `copies` gave nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Two programs of one copy share an id.
    SharedIds,
    /// A program of one copy holds a number that is not one (NaN, infinite).
    NotANumber(ProgramId),
    /// The merged profile could not be read back (not seen otherwise).
    Unreadable,
}

/// Why `merge` refused `copies` (base, mine and theirs, in any order).
pub fn refusal(copies: &[&Document]) -> Refusal {
    if copies.iter().any(|copy| has_shared_ids(copy)) {
        return Refusal::SharedIds;
    }
    let odd = (copies.iter().flat_map(|copy| copy.programs.iter()))
        .find(|program| program.has_non_finite_number());
    odd.map_or(Refusal::Unreadable, |program| {
        Refusal::NotANumber(program.id)
    })
}

/// True when two programs of `document` share an id.
pub fn has_shared_ids(document: &Document) -> bool {
    let mut seen = HashSet::new();
    document
        .programs
        .iter()
        .any(|program| !seen.insert(program.id))
}

fn conflict(root: Root, clash: tree::Clash) -> Conflict {
    Conflict {
        root,
        path: clash.path,
        base: clash.base,
        mine: clash.mine,
        theirs: clash.theirs,
        presented_in: [Vec::new(), Vec::new()],
    }
}

/// The areas of `document` that present program `id`.
fn presenting(document: &Document, id: ProgramId) -> Vec<ItemId> {
    (document.policies.areas.iter())
        .filter(|area| area.programs.contains(&id))
        .map(|area| area.id)
        .collect()
}

/// After a whole-program conflict is settled for `side`: the program, if
/// that side kept it, is presented by the areas that side had it in; if that
/// side deleted it, by none.
fn relink(document: &mut Document, conflict: &Conflict, side: Side) {
    let (Root::Program(id), true) = (conflict.root, conflict.path.is_empty()) else {
        return;
    };
    let kept = match side {
        Side::Mine => &conflict.presented_in[0],
        Side::Theirs => &conflict.presented_in[1],
    };
    let exists = document.program(id).is_some();
    for area in &mut document.policies.areas {
        let wanted = exists && kept.contains(&area.id);
        let has = area.programs.contains(&id);
        if wanted && !has {
            area.programs.push(id);
        } else if !exists && has {
            area.programs.retain(|linked| *linked != id);
        }
    }
}

/// `theirs`, its programs added under an id `mine` also added (with other
/// content) moved to fresh ids, and its areas' links with them.
fn with_distinct_new_ids(
    base: Option<&Document>,
    mine: &Document,
    theirs: &Document,
) -> (Document, Vec<(ProgramId, ProgramId)>) {
    let in_base: HashSet<ProgramId> = base
        .map(|base| base.programs.iter().map(|p| p.id).collect())
        .unwrap_or_default();
    let mine_by_id: HashMap<ProgramId, &Program> =
        mine.programs.iter().map(|p| (p.id, p)).collect();
    let clashing: Vec<ProgramId> = (theirs.programs.iter())
        .filter(|p| base.is_some() && !in_base.contains(&p.id))
        .filter(|p| mine_by_id.get(&p.id).is_some_and(|own| *own != *p))
        .map(|p| p.id)
        .collect();
    let mut theirs = theirs.clone();
    if clashing.is_empty() {
        return (theirs, Vec::new());
    }
    let all = mine.programs.iter().chain(&theirs.programs).map(|p| p.id.0);
    let mut next = all
        .chain([mine.next_program_id, theirs.next_program_id])
        .max()
        .unwrap_or(0)
        .saturating_add(1);
    let mut moved = HashMap::new();
    let mut renumbered = Vec::new();
    for id in clashing {
        moved.insert(id, ProgramId(next));
        renumbered.push((id, ProgramId(next)));
        next = next.saturating_add(1);
    }
    theirs.programs.edit_where(
        |program| moved.contains_key(&program.id),
        |program| program.id = moved[&program.id],
    );
    for area in &mut theirs.policies.areas {
        for id in &mut area.programs {
            if let Some(new) = moved.get(id) {
                *id = *new;
            }
        }
    }
    theirs.next_program_id = next;
    (theirs, renumbered)
}

/// Settles every one of `conflicts` for theirs, in one pass.
pub fn settle_all(document: &Document, conflicts: &[&Conflict]) -> Option<Document> {
    if conflicts.is_empty() {
        return Some(document.clone());
    }
    let changes: Vec<Change> = (conflicts.iter())
        .map(|conflict| Change {
            root: conflict.root,
            path: conflict.path.clone(),
            before: conflict.mine.clone(),
            after: conflict.theirs.clone(),
        })
        .collect();
    let mut settled = diff::apply(document, &changes)?;
    for conflict in conflicts {
        relink(&mut settled, conflict, Side::Theirs);
    }
    Some(settled)
}

/// Settles `conflict` in `document` for `side`.
pub fn settle(document: &Document, conflict: &Conflict, side: Side) -> Option<Document> {
    let (before, after) = match side {
        Side::Mine => (&conflict.theirs, &conflict.mine),
        Side::Theirs => (&conflict.mine, &conflict.theirs),
    };
    let change = Change {
        root: conflict.root,
        path: conflict.path.clone(),
        before: before.clone(),
        after: after.clone(),
    };
    let mut settled = diff::apply(document, &[change])?;
    relink(&mut settled, conflict, side);
    Some(settled)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::diff::tests::sample;
    use crate::model::{Localized, ProgramStatus};

    #[test]
    fn lucias_and_luiss_changes_are_both_kept_and_the_clash_is_listed() {
        let base = sample();
        let mut mine = base.clone();
        mine.vision.prose = Localized::new("en", "Hers.");
        mine.programs[0].status = ProgramStatus::Paused;
        let mut theirs = base.clone();
        theirs.programs[1].status = ProgramStatus::Completed;
        theirs.programs[0].status = ProgramStatus::Discontinued;
        let added = theirs.add_new_program(crate::i18n::Language::ENGLISH);
        let new_mine = mine.add_new_program(crate::i18n::Language::ENGLISH);
        assert_eq!(added, new_mine, "both sides took the same new id");
        mine.programs.last_mut().unwrap().title = Localized::new("en", "Mine");
        theirs.programs.last_mut().unwrap().title = Localized::new("en", "Theirs");
        let merged = merge(Some(&base), &mine, &theirs).unwrap();
        let document = &merged.document;
        assert_eq!(document.vision.prose.get("en"), "Hers.");
        assert_eq!(document.programs[1].status, ProgramStatus::Completed);
        assert_eq!(
            document.programs[0].status,
            ProgramStatus::Paused,
            "mine kept"
        );
        assert_eq!(merged.conflicts.len(), 1, "{:#?}", merged.conflicts);
        let mut titles: Vec<&str> = (document.programs.iter().rev().take(2))
            .map(|p| p.title.get("en"))
            .collect();
        titles.sort_unstable();
        assert_eq!(titles, ["Mine", "Theirs"], "both new programs kept");
        let settled = settle(document, &merged.conflicts[0], Side::Theirs).unwrap();
        assert_eq!(settled.programs[0].status, ProgramStatus::Discontinued);
    }

    /// San Antonio with two indicators and a partner in its first program.
    pub(crate) fn with_items() -> Document {
        let mut base = sample();
        let program = &mut base.programs[0];
        for name in ["Women trained", "Cases heard"] {
            program.indicators.push(crate::model::Indicator {
                name: Localized::new("en", name),
                ..Default::default()
            });
        }
        program.partners.push(crate::model::Partner {
            name: "UNICEF".to_owned(),
            ..Default::default()
        });
        base.give_item_ids(false);
        base
    }

    #[test]
    fn list_items_are_matched_by_their_ids_not_their_places_or_names() {
        let base = with_items();
        let mut mine = base.clone();
        mine.programs[0].indicators[1].target = Some(40.0);
        mine.programs[0].partners[0].name = "UNICEF Chile".to_owned();
        let mut theirs = base.clone();
        theirs.programs[0].indicators.remove(0);
        theirs.programs[0].partners[0].role = Localized::new("en", "Funds the workshops");
        let merged = merge(Some(&base), &mine, &theirs).unwrap();
        assert!(merged.conflicts.is_empty(), "{:#?}", merged.conflicts);
        let program = &merged.document.programs[0];
        let names: Vec<&str> = program
            .indicators
            .iter()
            .map(|i| i.name.get("en"))
            .collect();
        assert_eq!(names, ["Cases heard"], "theirs deleted the first");
        assert_eq!(
            program.indicators[0].target,
            Some(40.0),
            "mine set the second's"
        );
        assert_eq!(program.partners.len(), 1);
        assert_eq!(program.partners[0].name, "UNICEF Chile");
        assert_eq!(program.partners[0].role.get("en"), "Funds the workshops");
    }

    #[test]
    fn copies_of_a_file_without_ids_edited_apart_still_match_their_items() {
        // Both read from one file written before items had ids: each copy
        // derives the ids itself, after its own edits.
        let mut old = with_items();
        old.programs[0].indicators.push(crate::model::Indicator {
            name: Localized::new("en", "Workshops held"),
            ..Default::default()
        });
        let unset = |document: &mut Document| {
            for indicator in document.programs[0].indicators.iter_mut() {
                indicator.id = ItemId::default();
            }
        };
        unset(&mut old);
        let mut base = old.clone();
        base.give_item_ids(true);
        let mut theirs = old.clone();
        theirs.programs[0].indicators.remove(0);
        theirs.give_item_ids(true);
        let mut mine = old.clone();
        mine.programs[0].indicators[2].target = Some(12.0);
        mine.give_item_ids(true);
        let merged = merge(Some(&base), &mine, &theirs).unwrap();
        let names: Vec<(&str, Option<f64>)> = (merged.document.programs[0].indicators.iter())
            .map(|i| (i.name.get("en"), i.target))
            .collect();
        assert_eq!(
            names,
            [("Cases heard", None), ("Workshops held", Some(12.0))],
            "theirs' deletion and mine's edit, no item twice"
        );
    }

    #[test]
    fn programs_neither_side_touched_stay_shared_with_mine() {
        let base = sample();
        let mut mine = base.clone();
        mine.programs[0].status = ProgramStatus::Paused;
        let mut theirs = base.clone();
        theirs.programs[1].status = ProgramStatus::Completed;
        let merged = merge(Some(&base), &mine, &theirs).unwrap();
        let shared = &merged.document.programs.shared();
        assert!(
            Arc::ptr_eq(&shared[0], &mine.programs.shared()[0]),
            "mine's edit, shared"
        );
        assert!(
            Arc::ptr_eq(&shared[2], &mine.programs.shared()[2]),
            "untouched, shared"
        );
        assert_eq!(merged.document.programs[1].status, ProgramStatus::Completed);
    }

    #[test]
    fn indicators_both_sides_added_are_both_kept() {
        let base = with_items();
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        for (side, name) in [(&mut mine, "Mine"), (&mut theirs, "Theirs")] {
            side.programs[0].indicators.push(crate::model::Indicator {
                name: Localized::new("en", name),
                ..Default::default()
            });
            side.give_item_ids(false);
        }
        let merged = merge(Some(&base), &mine, &theirs).unwrap();
        assert!(merged.conflicts.is_empty(), "{:#?}", merged.conflicts);
        let names: Vec<&str> = (merged.document.programs[0].indicators.iter())
            .map(|i| i.name.get("en"))
            .collect();
        assert_eq!(names, ["Women trained", "Cases heard", "Mine", "Theirs"]);
    }

    #[test]
    fn a_program_deleted_on_one_side_and_edited_on_the_other_is_a_conflict() {
        let base = sample();
        let mut mine = base.clone();
        let id = mine.programs.remove(0).id;
        let mut theirs = base.clone();
        theirs.programs[0].status = ProgramStatus::Completed;
        let merged = merge(Some(&base), &mine, &theirs).unwrap();
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.conflicts[0].root, Root::Program(id));
        assert!(
            merged.document.program(id).is_none(),
            "mine kept until settled"
        );
        let settled = settle(&merged.document, &merged.conflicts[0], Side::Theirs).unwrap();
        assert!(settled.program(id).is_some(), "theirs brings it back");
    }

    #[test]
    fn a_copy_with_a_number_that_is_not_one_is_refused_naming_the_program() {
        let base = sample();
        let mut theirs = base.clone();
        theirs.programs[1].budget.push(crate::model::BudgetLine {
            amount: f64::NAN,
            ..Default::default()
        });
        let mut mine = base.clone();
        mine.programs[1].status = ProgramStatus::Paused;
        assert!(merge(Some(&base), &mine, &theirs).is_none());
        let id = theirs.programs[1].id;
        assert_eq!(refusal(&[&base, &theirs]), Refusal::NotANumber(id));
    }

    #[test]
    fn a_deleted_program_brought_back_keeps_its_place_in_its_areas() {
        let mut base = sample();
        let id = base.programs[0].id;
        base.policies.areas[0].programs.push(id);
        base.give_item_ids(false);
        let presented = |document: &Document| document.areas_of(id);
        // Theirs deleted it (and so took it out of its area); mine edited it.
        let mut mine = base.clone();
        mine.programs[0].status = ProgramStatus::Completed;
        let mut theirs = base.clone();
        theirs.delete_program(id);
        let merged = merge(Some(&base), &mine, &theirs).unwrap();
        assert_eq!(merged.conflicts.len(), 1, "{:#?}", merged.conflicts);
        assert_eq!(presented(&merged.document), [0], "mine kept, in its area");
        let gone = settle(&merged.document, &merged.conflicts[0], Side::Theirs).unwrap();
        assert!(gone.program(id).is_none());
        assert!(presented(&gone).is_empty(), "no link to a deleted program");
        // The other way round: mine deleted it, theirs edited it.
        let merged = merge(Some(&base), &theirs, &mine).unwrap();
        let back = settle(&merged.document, &merged.conflicts[0], Side::Theirs).unwrap();
        assert_eq!(presented(&back), [0], "theirs brings it back, in its area");
        let all = settle_all(&merged.document, &[&merged.conflicts[0]]).unwrap();
        assert_eq!(presented(&all), [0]);
    }

    #[test]
    fn both_deleting_one_program_or_adding_one_language_agree() {
        let base = sample();
        let mut mine = base.clone();
        let mut theirs = base.clone();
        let gone = mine.programs.remove(1).id;
        theirs.programs.remove(1);
        mine.languages.push("fr".to_owned());
        theirs.languages.push("fr".to_owned());
        mine.programs[0].title.set("fr", "Programmes");
        theirs.programs[0].title.set("pt", "Programas");
        let merged = merge(Some(&base), &mine, &theirs).unwrap();
        assert!(merged.conflicts.is_empty(), "{:#?}", merged.conflicts);
        assert!(merged.document.program(gone).is_none());
        let french = merged
            .document
            .languages
            .iter()
            .filter(|l| *l == "fr")
            .count();
        assert_eq!(french, 1, "one language added once");
        let title = &merged.document.programs[0].title;
        assert_eq!(
            (title.get("fr"), title.get("pt")),
            ("Programmes", "Programas")
        );
    }

    #[test]
    fn without_a_base_every_difference_is_a_choice_and_additions_stay() {
        let base = sample();
        let mut mine = base.clone();
        mine.programs[0].status = ProgramStatus::Paused;
        let mut theirs = base.clone();
        let added = theirs.add_new_program(crate::i18n::Language::ENGLISH);
        theirs.programs.last_mut().unwrap().title = Localized::new("en", "Theirs");
        let merged = merge(None, &mine, &theirs).unwrap();
        assert_eq!(
            merged.conflicts.len(),
            1,
            "the status: {:#?}",
            merged.conflicts
        );
        assert!(
            merged.document.program(added).is_some(),
            "their addition kept"
        );
    }

    #[test]
    fn a_copy_with_two_programs_of_one_number_is_refused_not_half_merged() {
        let base = sample();
        let mut theirs = base.clone();
        theirs.programs[1].id = theirs.programs[0].id;
        assert!(merge(Some(&base), &base, &theirs).is_none());
        assert!(has_shared_ids(&theirs));
    }
}
