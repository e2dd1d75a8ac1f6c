//! What changed between two versions of a profile, field by field: the
//! profile's parts as one tree, each program as its own (matched by id, an
//! unchanged program skipped at the cost of a comparison), the catalogue's
//! order as a move.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value;

use super::tree::{self, Difference, Step};
use super::{Document, Program, ProgramId};

/// Which part of the profile a change is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Root {
    /// Everything but the catalogue: the city, vision, motivations, areas…
    Profile,
    /// One program of the catalogue.
    Program(ProgramId),
    /// The catalogue's order.
    Catalogue,
}

/// One difference: at `path` under `root`, `before` became `after` (`None`:
/// absent; a program added or deleted has an empty path).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub root: Root,
    pub path: Vec<Step>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// Every change from `a` to `b`: the profile's first, then the programs' in
/// `b`'s order (deleted ones where they were), then the catalogue's order.
pub fn diff(a: &Document, b: &Document) -> Vec<Change> {
    let mut changes: Vec<Change> = tree::differences(&rest_value(a), &rest_value(b))
        .into_iter()
        .map(|difference| Change::of(Root::Profile, difference))
        .collect();
    let in_a: HashMap<ProgramId, &Program> = a.programs.iter().map(|p| (p.id, p)).collect();
    let in_b: HashMap<ProgramId, &Program> = b.programs.iter().map(|p| (p.id, p)).collect();
    let mut ids: Vec<ProgramId> = b.programs.iter().map(|p| p.id).collect();
    ids.extend(
        a.programs
            .iter()
            .map(|p| p.id)
            .filter(|id| !in_b.contains_key(id)),
    );
    for id in ids {
        let (before, after) = (in_a.get(&id).copied(), in_b.get(&id).copied());
        // Neighbouring versions share their unchanged programs: no look inside.
        let shared = matches!((before, after), (Some(x), Some(y)) if std::ptr::eq(x, y));
        if shared || before == after {
            continue;
        }
        let root = Root::Program(id);
        match (before, after) {
            (Some(before), Some(after)) => changes.extend(
                tree::differences(&program_value(before), &program_value(after))
                    .into_iter()
                    .map(|difference| Change::of(root, difference)),
            ),
            _ => changes.push(Change {
                root,
                path: Vec::new(),
                before: before.map(program_value),
                after: after.map(program_value),
            }),
        }
    }
    let kept = |from: &Document, other: &HashMap<ProgramId, &Program>| -> Vec<ProgramId> {
        (from.programs.iter().map(|p| p.id))
            .filter(|id| other.contains_key(id))
            .collect()
    };
    let mut left = kept(a, &in_b);
    left.extend((b.programs.iter().map(|p| p.id)).filter(|id| !in_a.contains_key(id)));
    if left != b.programs.iter().map(|p| p.id).collect::<Vec<_>>() {
        let order = |document: &Document| {
            Value::Array(
                document
                    .programs
                    .iter()
                    .map(|p| Value::from(p.id.0))
                    .collect(),
            )
        };
        changes.push(Change {
            root: Root::Catalogue,
            path: vec![Step::Order],
            before: Some(order(a)),
            after: Some(order(b)),
        });
    }
    changes
}

/// What a version changed, in counts: kept beside each version so the
/// history can say it in any language without comparing again.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Counts {
    /// The profile's parts edited, by their field in the file ("city",
    /// "vision", "motivations", "policies", or another).
    pub parts: Vec<String>,
    pub programs_changed: usize,
    pub programs_added: usize,
    pub programs_deleted: usize,
    /// The catalogue's order changed.
    pub reordered: bool,
}

impl Counts {
    /// The counts of `changes`, leaving out Carta's own bookkeeping.
    pub fn of(changes: &[Change]) -> Self {
        use std::collections::BTreeSet;
        let mut parts = BTreeSet::new();
        let (mut added, mut deleted, mut changed) =
            (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        let mut reordered = false;
        for change in changes {
            match change.root {
                Root::Program(id) if change.path.is_empty() && change.before.is_none() => {
                    added.insert(id);
                }
                Root::Program(id) if change.path.is_empty() && change.after.is_none() => {
                    deleted.insert(id);
                }
                Root::Program(id) => {
                    changed.insert(id);
                }
                Root::Catalogue => reordered = true,
                Root::Profile => {
                    let part = change.top_field().unwrap_or_default();
                    if !matches!(part, "next_program_id" | "format_version") {
                        parts.insert(part.to_owned());
                    }
                }
            }
        }
        Self {
            parts: parts.into_iter().collect(),
            programs_changed: changed.len(),
            programs_added: added.len(),
            programs_deleted: deleted.len(),
            reordered,
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// `document` with `changes` applied; `None` when a change does not fit it.
pub fn apply(document: &Document, changes: &[Change]) -> Option<Document> {
    let mut rest = rest_value(document);
    let mut programs: Vec<(ProgramId, Value)> = Vec::new();
    let mut edited: HashMap<ProgramId, usize> = HashMap::new();
    let mut order: Option<Vec<ProgramId>> = None;
    for change in changes {
        match change.root {
            Root::Profile => {
                if !tree::apply(&mut rest, &change.difference()) {
                    return None;
                }
            }
            Root::Program(id) => {
                let at = *edited.entry(id).or_insert_with(|| {
                    let value = (document.programs.iter())
                        .find(|p| p.id == id)
                        .map_or(Value::Null, program_value);
                    programs.push((id, value));
                    programs.len() - 1
                });
                if !tree::apply(&mut programs[at].1, &change.difference()) {
                    return None;
                }
            }
            Root::Catalogue => {
                let ids = change.after.as_ref()?.as_array()?;
                let ids = ids
                    .iter()
                    .map(|id| id.as_u64().map(|id| ProgramId(id as u32)));
                order = Some(ids.collect::<Option<Vec<_>>>()?);
            }
        }
    }
    let mut result: Document = serde_json::from_value(rest).ok()?;
    result.identity.clone_from(&document.identity);
    result.lineage.clone_from(&document.lineage);
    // Unchanged programs stay shared with `document`.
    let mut catalogue: Vec<Arc<Program>> = Vec::with_capacity(document.programs.len());
    for program in document.programs.shared() {
        match edited.get(&program.id) {
            None => catalogue.push(Arc::clone(program)),
            Some(&at) if programs[at].1.is_null() => {}
            Some(&at) => catalogue.push(Arc::new(
                serde_json::from_value(programs[at].1.clone()).ok()?,
            )),
        }
    }
    for (id, value) in programs {
        let new = !document.programs.iter().any(|p| p.id == id);
        if new && !value.is_null() {
            catalogue.push(Arc::new(serde_json::from_value(value).ok()?));
        }
    }
    if let Some(order) = order {
        let rank = |p: &Program| {
            order
                .iter()
                .position(|id| *id == p.id)
                .unwrap_or(usize::MAX)
        };
        catalogue.sort_by_key(|p| rank(p));
    }
    result.programs = catalogue.into_iter().collect();
    Some(result)
}

impl Change {
    fn of(root: Root, difference: Difference) -> Self {
        Self {
            root,
            path: difference.path,
            before: difference.before,
            after: difference.after,
        }
    }

    fn difference(&self) -> Difference {
        Difference {
            path: self.path.clone(),
            before: self.before.clone(),
            after: self.after.clone(),
        }
    }

    /// The first field of the change's path, for grouping ("city", "vision"…).
    pub fn top_field(&self) -> Option<&str> {
        self.path.iter().find_map(|step| match step {
            Step::Field(name) => Some(name.as_str()),
            _ => None,
        })
    }
}

/// Everything of `document` but its catalogue, as a tree, without Carta's
/// own bookkeeping (identity, lineage), which `apply` keeps from the first
/// document and is never a change the officer made.
pub fn rest_value(document: &Document) -> Value {
    let mut value = serde_json::to_value(document.without_programs()).unwrap_or(Value::Null);
    if let Some(fields) = value.as_object_mut() {
        for own in ["programs", "identity", "lineage"] {
            fields.remove(own);
        }
    }
    value
}

/// One program as a tree.
pub fn program_value(program: &Program) -> Value {
    serde_json::to_value(program).unwrap_or(Value::Null)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Localized, ProgramStatus};

    /// The San Antonio sample, for the model's tests of diff and merge.
    pub(crate) fn sample() -> Document {
        let text = include_str!("../../assets/san-antonio-chile.ron");
        let mut document: Document = ron::from_str(text).unwrap();
        document.give_item_ids(true);
        document
    }

    #[test]
    fn a_diff_applied_to_the_first_gives_the_second() {
        let a = sample();
        let mut b = a.clone();
        b.vision.prose = Localized::new("en", "A city for everyone.");
        b.programs[1].status = ProgramStatus::Completed;
        b.programs[0].budget.clear();
        b.programs.remove(2);
        let id = b.add_new_program(crate::i18n::Language::ENGLISH);
        b.programs.last_mut().unwrap().title = Localized::new("es", "Nuevo");
        b.programs.swap(0, 1);
        let changes = diff(&a, &b);
        assert!(changes.iter().any(|c| c.root == Root::Program(id)));
        assert!(changes.iter().any(|c| c.root == Root::Catalogue));
        assert_eq!(apply(&a, &changes).as_ref(), Some(&b), "{changes:#?}");
        assert!(diff(&a, &a).is_empty());
    }
}
