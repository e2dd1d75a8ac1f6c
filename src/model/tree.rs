//! Two or three versions of a part of the profile compared field by field,
//! as trees of values (the profile's own serialised shape): what `diff` and
//! `merge` share. Lists are matched the way an officer thinks of them:
//! budget lines and beneficiaries by their year, measurements by their
//! moment, partners by their name, tags (rights, goals, languages, the
//! programs an area presents) as sets; other lists (aims, areas, indicators,
//! evidence) item by item while their length is kept, whole otherwise.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

/// One step down the tree.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// A field, by its name in the file.
    Field(String),
    /// An item of a list matched by position.
    Index(usize),
    /// An item of a list matched by what identifies it (a year, a name),
    /// written as in the file.
    Item(String),
    /// The order of a list's items (the change holds the keys before and after).
    Order,
}

/// How the items of a list are matched between versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListRule {
    /// By one of their fields.
    Keyed(&'static str),
    /// As a set of values (order kept from one side).
    Set,
    /// By position.
    Positional,
}

/// The rule for the list at `path` (the field names leading to it).
pub fn list_rule(path: &[Step]) -> ListRule {
    let last = path.iter().rev().find_map(|step| match step {
        Step::Field(name) => Some(name.as_str()),
        _ => None,
    });
    match last {
        // Items that carry an id (`model::item_id`) are matched by it.
        Some("areas" | "indicators" | "budget" | "partners" | "evidence") => ListRule::Keyed("id"),
        Some("beneficiaries" | "reviews" | "years") => ListRule::Keyed("year"),
        Some("measurements") => ListRule::Keyed("when"),
        Some(
            "languages" | "own_target_groups" | "rights" | "sdgs" | "sdg_targets" | "target_groups"
            | "programs" | "disaggregation",
        ) => ListRule::Set,
        _ => ListRule::Positional,
    }
}

/// The key of a keyed list's item: its identifying field, written as JSON.
pub fn item_key(item: &Value, field: &str) -> String {
    item.get(field).map_or_else(String::new, Value::to_string)
}

/// A difference between two trees: at `path`, `before` became `after`
/// (`None`: absent on that side).
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub path: Vec<Step>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// Every difference from `a` to `b`, deepest first where they nest.
pub fn differences(a: &Value, b: &Value) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    walk(Some(a), Some(b), &mut path, &mut out);
    out
}

fn walk(a: Option<&Value>, b: Option<&Value>, path: &mut Vec<Step>, out: &mut Vec<Difference>) {
    if a == b || (is_empty(a) && is_empty(b)) {
        return;
    }
    match (a, b) {
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                path.push(Step::Field(key.clone()));
                walk(a.get(key), b.get(key), path, out);
                path.pop();
            }
        }
        (Some(Value::Array(a)), Some(Value::Array(b))) => match list_rule(path) {
            ListRule::Keyed(field) => walk_keyed(a, b, field, path, out),
            ListRule::Positional if a.len() == b.len() => {
                for (index, (a, b)) in a.iter().zip(b).enumerate() {
                    path.push(Step::Index(index));
                    walk(Some(a), Some(b), path, out);
                    path.pop();
                }
            }
            _ => out.push(whole(path, a, b)),
        },
        _ => out.push(Difference {
            path: path.clone(),
            before: a.filter(|v| !v.is_null()).cloned(),
            after: b.filter(|v| !v.is_null()).cloned(),
        }),
    }
}

/// An absent field, a null, an empty text or list: all "nothing" to an officer.
fn is_empty(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::String(text)) => text.is_empty(),
        Some(Value::Array(items)) => items.is_empty(),
        Some(Value::Object(fields)) => fields.is_empty(),
        _ => false,
    }
}

fn whole(path: &[Step], a: &[Value], b: &[Value]) -> Difference {
    Difference {
        path: path.to_vec(),
        before: Some(Value::Array(a.to_vec())),
        after: Some(Value::Array(b.to_vec())),
    }
}

fn walk_keyed(
    a: &[Value],
    b: &[Value],
    field: &str,
    path: &mut Vec<Step>,
    out: &mut Vec<Difference>,
) {
    let keys_a: Vec<String> = a.iter().map(|item| item_key(item, field)).collect();
    let keys_b: Vec<String> = b.iter().map(|item| item_key(item, field)).collect();
    // Where each key is, looked up in a map: a list of thousands stays linear.
    let places = |keys: &[String]| -> Option<HashMap<String, usize>> {
        let mut found = HashMap::new();
        for (at, key) in keys.iter().enumerate() {
            if found.insert(key.clone(), at).is_some() {
                return None;
            }
        }
        Some(found)
    };
    let (Some(in_a), Some(in_b)) = (places(&keys_a), places(&keys_b)) else {
        // Two lines of one year: no key tells them apart.
        out.push(whole(path, a, b));
        return;
    };
    let find = |items: &'_ [Value], places: &HashMap<String, usize>, key: &str| {
        places.get(key).map(|&at| items[at].clone())
    };
    let mut all: Vec<&String> = keys_a.iter().collect();
    all.extend(keys_b.iter().filter(|key| !in_a.contains_key(*key)));
    for key in all {
        path.push(Step::Item(key.clone()));
        let (before, after) = (find(a, &in_a, key), find(b, &in_b, key));
        match (&before, &after) {
            (Some(before), Some(after)) => walk(Some(before), Some(after), path, out),
            _ => out.push(Difference {
                path: path.clone(),
                before,
                after,
            }),
        }
        path.pop();
    }
    // The order the changes above leave (kept items as in `a`, new ones at
    // the end): when it is not `b`'s, the items moved.
    let mut left: Vec<&String> = keys_a.iter().filter(|k| in_b.contains_key(*k)).collect();
    left.extend(keys_b.iter().filter(|k| !in_a.contains_key(*k)));
    if left.into_iter().ne(keys_b.iter()) {
        path.push(Step::Order);
        out.push(Difference {
            path: path.clone(),
            before: Some(Value::Array(
                keys_a.into_iter().map(Value::String).collect(),
            )),
            after: Some(Value::Array(
                keys_b.into_iter().map(Value::String).collect(),
            )),
        });
        path.pop();
    }
}

/// Applies `difference` to `tree`; false when its place is not in the tree.
pub fn apply(tree: &mut Value, difference: &Difference) -> bool {
    apply_at(tree, &difference.path, 0, difference.after.as_ref())
}

/// Applies the change at `path` from its step `at` down.
fn apply_at(tree: &mut Value, path: &[Step], at: usize, after: Option<&Value>) -> bool {
    let Some(step) = path.get(at) else {
        *tree = after.cloned().unwrap_or(Value::Null);
        return true;
    };
    let last = at + 1 == path.len();
    let keyed = match list_rule(&path[..at]) {
        ListRule::Keyed(field) => field,
        _ => "",
    };
    match step {
        Step::Field(name) => {
            if tree.is_null() {
                *tree = Value::Object(Map::new());
            }
            let Value::Object(fields) = tree else {
                return false;
            };
            if last && after.is_none() {
                fields.remove(name);
                return true;
            }
            let field = fields.entry(name.clone()).or_insert(Value::Null);
            apply_at(field, path, at + 1, after)
        }
        Step::Index(index) => match tree {
            Value::Array(items) if *index < items.len() => {
                apply_at(&mut items[*index], path, at + 1, after)
            }
            _ => false,
        },
        Step::Item(key) => {
            let Value::Array(items) = tree else {
                return false;
            };
            let found = items.iter().position(|item| item_key(item, keyed) == *key);
            match (found, last, after) {
                (Some(found), true, None) => {
                    items.remove(found);
                    true
                }
                (Some(found), _, _) => apply_at(&mut items[found], path, at + 1, after),
                (None, true, Some(after)) => {
                    items.push(after.clone());
                    true
                }
                (None, _, _) => false,
            }
        }
        Step::Order => {
            let (Value::Array(items), Some(Value::Array(order))) = (tree, after) else {
                return false;
            };
            let rank = |item: &Value| {
                let key = Value::String(item_key(item, keyed));
                order.iter().position(|k| *k == key).unwrap_or(usize::MAX)
            };
            items.sort_by_key(rank);
            true
        }
    }
}

/// The value at `path` in `tree`, if there is one.
pub fn value_at<'v>(tree: &'v Value, path: &[Step]) -> Option<&'v Value> {
    let mut here = tree;
    for (at, step) in path.iter().enumerate() {
        here = match step {
            Step::Field(name) => here.get(name)?,
            Step::Index(index) => here.get(index)?,
            Step::Item(key) => {
                let ListRule::Keyed(field) = list_rule(&path[..at]) else {
                    return None;
                };
                here.as_array()?
                    .iter()
                    .find(|item| item_key(item, field) == *key)?
            }
            Step::Order => return None,
        };
    }
    Some(here)
}

/// Where two sides changed one place differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Clash {
    pub path: Vec<Step>,
    pub base: Option<Value>,
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
}

/// `mine` and `theirs` merged from `base`: every change only one side made
/// is taken; where both changed one place differently, `mine` is kept and
/// the clash is listed. Without a base (`None`), every difference is a clash,
/// except what only one side has (kept).
pub fn merge(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    clashes: &mut Vec<Clash>,
) -> Option<Value> {
    let mut path = Vec::new();
    merge_at(base, mine, theirs, &mut path, clashes)
}

fn merge_at(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    path: &mut Vec<Step>,
    clashes: &mut Vec<Clash>,
) -> Option<Value> {
    let same = |a: Option<&Value>, b: Option<&Value>| a == b || (is_empty(a) && is_empty(b));
    if same(mine, theirs) {
        return mine.cloned();
    }
    if same(mine, base) {
        return theirs.cloned();
    }
    if same(theirs, base) {
        return mine.cloned();
    }
    match (mine, theirs) {
        // One value of a choice (a year or a date, a span of years or words)
        // is merged field by field only while both sides keep the same
        // choice: `{"Year": 2025}` and `{"Date": …}` are two values, not one.
        (Some(Value::Object(m)), Some(Value::Object(t)))
            if !same_variant(base, m) || !same_variant(base, t) || !variant_of(m, t) => {}
        (Some(Value::Object(m)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            let mut keys: Vec<&String> = m.keys().collect();
            keys.extend(t.keys().filter(|key| !m.contains_key(*key)));
            let mut out = Map::new();
            for key in keys {
                path.push(Step::Field(key.clone()));
                let merged = merge_at(
                    b.and_then(|b| b.get(key)),
                    m.get(key),
                    t.get(key),
                    path,
                    clashes,
                );
                path.pop();
                if let Some(value) = merged {
                    out.insert(key.clone(), value);
                }
            }
            return Some(Value::Object(out));
        }
        (Some(Value::Array(m)), Some(Value::Array(t))) => {
            let b = base.and_then(Value::as_array);
            if let Some(merged) = merge_lists(b, m, t, path, clashes) {
                return Some(Value::Array(merged));
            }
        }
        _ => {}
    }
    clashes.push(Clash {
        path: path.clone(),
        base: base.cloned(),
        mine: mine.cloned(),
        theirs: theirs.cloned(),
    });
    mine.cloned()
}

/// True for an object that is one value of a choice (an enum variant, as
/// serde writes it: its one key capitalised).
fn is_variant(fields: &Map<String, Value>) -> bool {
    fields.len() == 1
        && fields
            .keys()
            .next()
            .is_some_and(|key| key.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// False when `a` and `b` are values of two different choices.
fn variant_of(a: &Map<String, Value>, b: &Map<String, Value>) -> bool {
    !(is_variant(a) || is_variant(b)) || a.keys().eq(b.keys())
}

/// False when `side` is a choice's value other than the base's.
fn same_variant(base: Option<&Value>, side: &Map<String, Value>) -> bool {
    match base.and_then(Value::as_object) {
        Some(base) => variant_of(base, side),
        None => !is_variant(side),
    }
}

/// Two changed lists merged by their rule; `None` when they cannot be
/// (the caller lists a clash on the whole list).
fn merge_lists(
    base: Option<&Vec<Value>>,
    mine: &[Value],
    theirs: &[Value],
    path: &mut Vec<Step>,
    clashes: &mut Vec<Clash>,
) -> Option<Vec<Value>> {
    let empty = Vec::new();
    let base_items = base.unwrap_or(&empty);
    match list_rule(path) {
        ListRule::Set => {
            // Mine, less what theirs removed, plus what theirs added (items
            // looked up by their text: a list of thousands stays linear).
            let text = |items: &[Value]| -> HashSet<String> {
                items.iter().map(Value::to_string).collect()
            };
            let (in_base, in_theirs) = (text(base_items), text(theirs));
            // The order can mean something (the first language is the main
            // one, an area shows its programs in order): theirs reordered
            // while mine changed the list too is a conflict, not a loss.
            let kept_order = |side: &[Value]| -> Vec<String> {
                let in_side = text(side);
                let common: Vec<String> = (base_items.iter().map(Value::to_string))
                    .filter(|item| in_side.contains(item))
                    .collect();
                let order: Vec<String> = (side.iter().map(Value::to_string))
                    .filter(|item| in_base.contains(item))
                    .collect();
                if common == order { Vec::new() } else { order }
            };
            if !kept_order(theirs).is_empty() {
                return None;
            }
            let mut out: Vec<Value> = mine
                .iter()
                .filter(|v| {
                    let v = v.to_string();
                    in_theirs.contains(&v) || !in_base.contains(&v)
                })
                .cloned()
                .collect();
            let mut listed = text(&out);
            for value in theirs {
                let key = value.to_string();
                if !in_base.contains(&key) && listed.insert(key) {
                    out.push(value.clone());
                }
            }
            Some(out)
        }
        ListRule::Keyed(field) => {
            let key = |item: &Value| item_key(item, field);
            let index = |items: &[Value]| -> Option<HashMap<String, usize>> {
                let mut found = HashMap::new();
                for (at, item) in items.iter().enumerate() {
                    // Two items of one key (two lines of one year, two
                    // unnamed partners): nothing tells them apart, so the
                    // list is one value, a conflict if both changed it.
                    if found.insert(key(item), at).is_some() {
                        return None;
                    }
                }
                Some(found)
            };
            let (b, m, t) = (index(base_items)?, index(mine)?, index(theirs)?);
            let mut keys: Vec<String> = mine.iter().map(key).collect();
            keys.extend(theirs.iter().map(key).filter(|k| !m.contains_key(k)));
            let mut out = Vec::new();
            for k in keys {
                path.push(Step::Item(k.clone()));
                let merged = merge_at(
                    b.get(&k).map(|&at| &base_items[at]),
                    m.get(&k).map(|&at| &mine[at]),
                    t.get(&k).map(|&at| &theirs[at]),
                    path,
                    clashes,
                );
                path.pop();
                out.extend(merged);
            }
            Some(out)
        }
        ListRule::Positional => {
            // Item by item only while no item changed on both sides: a list
            // one side shifted (an item deleted, another added) changes every
            // place after, and matching by place would mix two items up.
            let changed_by_both = (0..mine.len().min(theirs.len())).any(|at| {
                base_items.get(at) != mine.get(at) && base_items.get(at) != theirs.get(at)
            });
            if mine.len() == theirs.len() && base_items.len() == mine.len() && !changed_by_both {
                let mut out = Vec::new();
                for index in 0..mine.len() {
                    path.push(Step::Index(index));
                    out.extend(merge_at(
                        base_items.get(index),
                        mine.get(index),
                        theirs.get(index),
                        path,
                        clashes,
                    ));
                    path.pop();
                }
                return Some(out);
            }
            // Both only added at the end: both additions are kept.
            let extends = |list: &[Value]| list.starts_with(base_items);
            if base.is_some() && extends(mine) && extends(theirs) {
                let mut out = mine.to_vec();
                out.extend(theirs[base_items.len()..].iter().cloned());
                return Some(out);
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn differences_applied_to_the_first_give_the_second() {
        let a = json!({"title": {"en": "Legal aid"}, "budget": [{"year": 2024, "amount": 1.0}, {"year": 2025, "amount": 2.0}], "rights": [1, 2], "aims": ["a", "b"]});
        let b = json!({"title": {"en": "Legal aid", "es": "Asesoría"}, "budget": [{"year": 2026, "amount": 3.0}, {"year": 2025, "amount": 2.5}], "rights": [2, 3], "aims": ["a", "b", "c"]});
        let found = differences(&a, &b);
        let mut patched = a.clone();
        for difference in &found {
            assert!(apply(&mut patched, difference), "{difference:?}");
        }
        assert_eq!(patched, b, "{found:#?}");
    }

    #[test]
    fn two_lines_of_one_year_are_one_value_never_mixed_up() {
        let base = json!({"budget": [{"year": 2025, "amount": 100.0}]});
        let mine =
            json!({"budget": [{"year": 2025, "amount": 100.0}, {"year": 2025, "amount": 50.0}]});
        let theirs = json!({"budget": [{"year": 2025, "amount": 120.0}]});
        let mut clashes = Vec::new();
        let merged = merge(Some(&base), Some(&mine), Some(&theirs), &mut clashes).unwrap();
        assert_eq!(merged, mine, "mine kept until settled");
        assert_eq!(clashes.len(), 1, "the whole list is the conflict");
    }

    #[test]
    fn a_list_one_side_shifted_is_a_conflict_not_a_mix() {
        let base = json!({"aims": ["A", "B", "C"]});
        let mine = json!({"aims": ["A2", "B", "C"]});
        let theirs = json!({"aims": ["B", "C", "D"]});
        let mut clashes = Vec::new();
        let merged = merge(Some(&base), Some(&mine), Some(&theirs), &mut clashes).unwrap();
        assert_eq!(merged, mine);
        assert_eq!(clashes.len(), 1);
        assert_eq!(clashes[0].path, [Step::Field("aims".into())]);
    }

    #[test]
    fn a_year_against_a_date_is_a_conflict_that_reads_back() {
        let base = json!({"start": {"Year": 2024}});
        let mine = json!({"start": {"Year": 2025}});
        let theirs = json!({"start": {"Date": {"year": 2024, "month": 3, "day": 1}}});
        let mut clashes = Vec::new();
        let merged = merge(Some(&base), Some(&mine), Some(&theirs), &mut clashes).unwrap();
        assert_eq!(merged, mine, "one value, not a blend of two");
        assert_eq!(clashes.len(), 1);
    }

    #[test]
    fn a_new_main_language_against_an_added_one_is_a_conflict_not_a_loss() {
        let base = json!({"languages": ["en", "es"]});
        let mine = json!({"languages": ["en", "es", "fr"]});
        let theirs = json!({"languages": ["es", "en"]});
        let mut clashes = Vec::new();
        let merged = merge(Some(&base), Some(&mine), Some(&theirs), &mut clashes).unwrap();
        assert_eq!(merged, mine, "mine kept until settled");
        assert_eq!(clashes.len(), 1, "their new main language is asked about");
        // Only added on both sides: no question.
        let theirs = json!({"languages": ["en", "es", "pt"]});
        let mut clashes = Vec::new();
        let merged = merge(Some(&base), Some(&mine), Some(&theirs), &mut clashes).unwrap();
        assert_eq!(merged, json!({"languages": ["en", "es", "fr", "pt"]}));
        assert!(clashes.is_empty());
    }

    #[test]
    fn one_sided_changes_are_taken_and_clashes_keep_mine() {
        let base = json!({"status": "Planned", "vision": {"en": "x", "fr": "y"}, "budget": [{"year": 2024, "amount": 1.0}]});
        let mine = json!({"status": "Active", "vision": {"en": "x2", "fr": "y"}, "budget": [{"year": 2024, "amount": 1.0}]});
        let theirs = json!({"status": "Ended", "vision": {"en": "x", "fr": "y2"}, "budget": [{"year": 2024, "amount": 1.0}, {"year": 2025, "amount": 5.0}]});
        let mut clashes = Vec::new();
        let merged = merge(Some(&base), Some(&mine), Some(&theirs), &mut clashes).unwrap();
        assert_eq!(merged["status"], "Active");
        assert_eq!(merged["vision"], json!({"en": "x2", "fr": "y2"}));
        assert_eq!(merged["budget"].as_array().unwrap().len(), 2);
        assert_eq!(clashes.len(), 1);
        assert_eq!(clashes[0].path, [Step::Field("status".into())]);
    }
}
