//! Changes and conflicts in the officer's words, for the window and the
//! command line alike: where ("Program #12 “Legal aid” · Status"), in which
//! section of the form, and what was there before and after.

use serde_json::Value;

use crate::i18n::Language;
use crate::model::diff::{self, Change, Counts, Root};
use crate::model::tree::{self, ListRule, Step};
use crate::model::{Document, ProgramId, elide};
use crate::tr;

/// The sections of the form, in its order, for grouping and filtering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    City,
    Vision,
    Motivations,
    Policies,
    Programs,
    Other,
}

impl Section {
    pub const ALL: [Self; 6] = [
        Self::City,
        Self::Vision,
        Self::Motivations,
        Self::Policies,
        Self::Programs,
        Self::Other,
    ];

    pub fn name(self, words: Language) -> String {
        let key = match self {
            Self::City => "panel-city",
            Self::Vision => "panel-vision",
            Self::Motivations => "panel-motivations",
            Self::Policies => "panel-policies",
            Self::Programs => "panel-programs",
            Self::Other => "change-section-other",
        };
        tr!(words, key)
    }
}

/// Which section a change at `root`/`path` belongs to.
pub fn section(root: Root, path: &[Step]) -> Section {
    match root {
        Root::Program(_) | Root::Catalogue => Section::Programs,
        Root::Profile => match path.first() {
            Some(Step::Field(name)) => match name.as_str() {
                "city" => Section::City,
                "vision" => Section::Vision,
                "motivations" => Section::Motivations,
                "policies" => Section::Policies,
                _ => Section::Other,
            },
            _ => Section::Other,
        },
    }
}

/// One change told: its section, where it is, and the values before and
/// after as the officer reads them (empty: there was none).
#[derive(Clone, Debug, PartialEq)]
pub struct Told {
    pub section: Section,
    /// The program the change is in, if any: where "go to" leads.
    pub program: Option<crate::model::ProgramId>,
    pub place: String,
    pub before: String,
    pub after: String,
    /// A text changed on both sides: its words, each kept, removed or
    /// added, so the change is marked in the words, not whole paragraphs.
    pub words: Option<Vec<(Mark, String)>>,
}

/// What became of a run of words between two versions of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Kept,
    Removed,
    Added,
}

/// The longest text compared word by word; longer ones are shown shortened.
const MAX_MARKED_CHARS: usize = 20_000;

/// `before` and `after` word by word (a well-kept crate's diff, `similar`).
pub fn marked_words(before: &str, after: &str) -> Vec<(Mark, String)> {
    let diff = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_words(before, after);
    let mut runs: Vec<(Mark, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        let mark = match change.tag() {
            similar::ChangeTag::Equal => Mark::Kept,
            similar::ChangeTag::Delete => Mark::Removed,
            similar::ChangeTag::Insert => Mark::Added,
        };
        match runs.last_mut() {
            Some((last, text)) if *last == mark => text.push_str(change.value()),
            _ => runs.push((mark, change.value().to_owned())),
        }
    }
    runs
}

impl Told {
    /// One line: "place: before → after".
    pub fn line(&self) -> String {
        match (self.before.is_empty(), self.after.is_empty()) {
            (true, _) => format!("{}: + {}", self.place, self.after),
            (false, true) => format!("{}: − {}", self.place, self.before),
            _ => format!("{}: {} → {}", self.place, self.before, self.after),
        }
    }
}

/// `change` from `a` to `b` told in `words`.
pub fn tell(change: &Change, a: &Document, b: &Document, words: Language) -> Told {
    let marked = match (&change.before, &change.after) {
        (Some(Value::String(before)), Some(Value::String(after)))
            if before.contains(' ')
                && before.len() + after.len() <= 2 * MAX_MARKED_CHARS
                && !is_picture(&change.path) =>
        {
            // A text rewritten whole reads better as before and after than
            // as a mesh of struck and added words.
            let runs = marked_words(before, after);
            let kept: usize = (runs.iter())
                .filter(|(mark, _)| *mark == Mark::Kept)
                .map(|(_, text)| text.len())
                .sum();
            (kept * 2 >= before.len().max(after.len())).then_some(runs)
        }
        _ => None,
    };
    Told {
        section: section(change.root, &change.path),
        program: match change.root {
            Root::Program(id) => Some(id),
            _ => None,
        },
        place: place(change.root, &change.path, &[a, b], words),
        before: order_text(change, a, words)
            .unwrap_or_else(|| value_text(change.before.as_ref(), &change.path, words)),
        after: order_text(change, b, words)
            .unwrap_or_else(|| value_text(change.after.as_ref(), &change.path, words)),
        words: marked,
    }
}

fn is_picture(path: &[Step]) -> bool {
    path.iter()
        .any(|step| matches!(step, Step::Field(name) if name == "logo" || name == "cover"))
}

/// Where `path` under `root` is: "Program #12 “Legal aid” · Status"; the
/// program's title is taken from the first of `documents` that has it.
pub fn place(root: Root, path: &[Step], documents: &[&Document], words: Language) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut steps = path;
    match root {
        Root::Program(id) => parts.push(program_name(id, documents, words)),
        Root::Catalogue => parts.push(tr!(words, "change-catalogue-order")),
        Root::Profile => {
            // The section names the first step.
            if let Some((first, rest)) = path.split_first() {
                let section = section(root, path);
                if section != Section::Other {
                    parts.push(section.name(words));
                    steps = rest;
                } else {
                    parts.push(step_name(first, words));
                    steps = rest;
                }
            }
        }
    }
    let skipped = path.len() - steps.len();
    for (at, step) in steps.iter().enumerate() {
        // Containers the officer never sees as such ("prose", "areas" inside
        // policies) still name the field: they are the form's fields.
        let list = &path[..skipped + at];
        let named = match step {
            Step::Item(key) => {
                (documents.iter()).find_map(|document| item_name(root, list, key, document, words))
            }
            _ => None,
        };
        parts.push(named.unwrap_or_else(|| step_name(step, words)));
    }
    parts.join(" · ")
}

/// An item of a list matched by its id, as the officer knows it: its title
/// or name, or its number in the list when it has neither.
fn item_name(
    root: Root,
    list: &[Step],
    key: &str,
    document: &Document,
    words: Language,
) -> Option<String> {
    let ListRule::Keyed("id") = tree::list_rule(list) else {
        return None;
    };
    let items = value_at(root, list, document)?;
    let items = items.as_array()?;
    let at = (items.iter()).position(|item| tree::item_key(item, "id") == key)?;
    let item = &items[at];
    let name = ["title", "name"]
        .iter()
        .filter_map(|field| item.get(field))
        .map(|name| text_in(name, document.main_language()))
        .find(|name| !name.trim().is_empty());
    Some(match name {
        Some(name) => tr!(words, "change-item-named", name = elide(&name, 60)),
        None => format!("{}", at + 1),
    })
}

/// The value at `path` under `root` in `document`, items of keyed lists
/// found by their key.
fn value_at(root: Root, path: &[Step], document: &Document) -> Option<Value> {
    let mut value = match root {
        Root::Program(id) => diff::program_value(document.program(id)?),
        Root::Profile => diff::rest_value(document),
        Root::Catalogue => return None,
    };
    for (at, step) in path.iter().enumerate() {
        value = match step {
            Step::Field(name) => value.get(name)?.clone(),
            Step::Index(index) => value.get(index)?.clone(),
            Step::Item(key) => {
                let ListRule::Keyed(field) = tree::list_rule(&path[..at]) else {
                    return None;
                };
                (value.as_array()?.iter())
                    .find(|item| tree::item_key(item, field) == *key)?
                    .clone()
            }
            Step::Order => return None,
        };
    }
    Some(value)
}

/// A new order of a list matched by ids, as its items' names in `document`.
fn order_text(change: &Change, document: &Document, words: Language) -> Option<String> {
    let (Some(Step::Order), list) = change.path.split_last().map(|(l, r)| (Some(l), r))? else {
        return None;
    };
    let ListRule::Keyed("id") = tree::list_rule(list) else {
        return None;
    };
    let names: Vec<String> = (value_at(change.root, list, document)?.as_array()?.iter())
        .filter_map(|item| {
            let key = tree::item_key(item, "id");
            item_name(change.root, list, &key, document, words)
        })
        .collect();
    Some(names.join(", "))
}

fn program_name(id: ProgramId, documents: &[&Document], words: Language) -> String {
    let title = documents
        .iter()
        .find_map(|document| document.program(id))
        .map(|program| {
            let main = documents[0].main_language();
            let title = program.title.get(main);
            let title = if title.is_empty() {
                program.title.texts().find(|t| !t.is_empty()).unwrap_or("")
            } else {
                title
            };
            elide(title, 60).into_owned()
        })
        .unwrap_or_default();
    tr!(words, "change-program", number = id.0, title = title)
}

fn step_name(step: &Step, words: Language) -> String {
    match step {
        Step::Field(name) => field_name(name, words),
        Step::Index(index) => format!("{}", index + 1),
        Step::Item(key) => match serde_json::from_str::<Value>(key) {
            Ok(value) => plain(&value),
            Err(_) => key.clone(),
        },
        Step::Order => tr!(words, "change-order"),
    }
}

/// A field's name as the form labels it; a language code as itself.
fn field_name(name: &str, words: Language) -> String {
    let key = format!("change-field-{}", name.replace('_', "-"));
    let said = tr!(words, &key);
    if said == key {
        name.replace('_', " ")
    } else {
        said
    }
}

/// A value as the officer reads it: texts as written (shortened), numbers
/// as numbers, lists as their items, a picture as "a picture".
fn value_text(value: Option<&Value>, path: &[Step], words: Language) -> String {
    let Some(value) = value else {
        return String::new();
    };
    if is_picture(path) {
        return tr!(words, "change-picture");
    }
    if let (Some(Step::Field(field)), Value::String(_)) = (path.last(), value)
        && let Some(named) = vocabulary_name(field, value, words)
    {
        return named;
    }
    if path.is_empty() || matches!(path.last(), Some(Step::Item(_))) {
        // A whole program or list item: its title or name says which.
        if let Some(name) = ["title", "name"].iter().find_map(|field| value.get(field)) {
            return elide(&plain(name), 80).into_owned();
        }
    }
    // One line: a paragraph break reads as a space in a list of changes.
    let text = plain(value)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    elide(&text, 200).into_owned()
}

/// False for what Carta keeps for itself and the officer never edits (the
/// next program's number, the file format's version): not a change to tell.
pub fn is_shown(change: &Change) -> bool {
    let own = ["next_program_id", "format_version"];
    !(change.root == Root::Profile
        && matches!(change.path.first(), Some(Step::Field(name)) if own.contains(&name.as_str())))
}

/// A value of one of the form's lists (a status, a kind, a visibility) in
/// the officer's language.
fn vocabulary_name(field: &str, value: &Value, words: Language) -> Option<String> {
    use crate::model::{ProgramKind, ProgramStatus, Visibility, Vocabulary as _};
    let value = value.clone();
    match field {
        "status" => serde_json::from_value::<ProgramStatus>(value)
            .ok()
            .map(|status| status.name(words)),
        "kind" => serde_json::from_value::<ProgramKind>(value)
            .ok()
            .map(|kind| kind.name(words)),
        "visibility" => serde_json::from_value::<Visibility>(value).ok().map(|v| {
            tr!(
                words,
                match v {
                    Visibility::Public => "visibility-public",
                    Visibility::Internal => "visibility-internal",
                }
            )
        }),
        _ => None,
    }
}

/// A name as read in `lang`: a text map's text in that language, or its
/// first text when it has none there.
fn text_in(value: &Value, lang: &str) -> String {
    match value {
        Value::Object(texts) => (texts.get(lang).into_iter().chain(texts.values()))
            .filter_map(Value::as_str)
            .find(|text| !text.is_empty())
            .unwrap_or_default()
            .to_owned(),
        _ => plain(value),
    }
}

/// A tree's words: a text map's texts, a list's items, an object's values.
pub fn plain(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Bool(yes) => yes.to_string(),
        // 40, not 40.0: amounts and counts read as the form shows them.
        Value::Number(number) => match number.as_f64() {
            Some(whole) if whole.fract() == 0.0 && whole.abs() < 1e15 => {
                format!("{}", whole as i64)
            }
            _ => number.to_string(),
        },
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        Value::Object(fields) => fields
            .iter()
            .map(|(key, value)| match value {
                // A text map: "en: …"; a unit variant's value alone.
                Value::String(text) if key.len() <= 8 => format!("{key}: {text}"),
                _ => plain(value),
            })
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// Why a merge of `copies` gave nothing, in the officer's words.
pub fn merge_refused(copies: &[&Document], words: Language) -> String {
    use crate::model::merge::{Refusal, refusal};
    match refusal(copies) {
        Refusal::SharedIds => tr!(words, "merge-shared-ids"),
        Refusal::NotANumber(id) => tr!(
            words,
            "merge-not-a-number",
            program = program_name(id, copies, words)
        ),
        Refusal::Unreadable => tr!(words, "cli-merge-unreadable"),
    }
}

/// A version's changes in one line: "Vision edited; 3 programs changed;
/// 1 program added".
pub fn summary(changes: &[Change], words: Language) -> String {
    summary_of(&Counts::of(changes), words)
}

/// `counts` in one line, as `summary` says them.
pub fn summary_of(counts: &Counts, words: Language) -> String {
    let sections: std::collections::BTreeSet<Section> = (counts.parts.iter())
        .map(|part| section(Root::Profile, &[Step::Field(part.clone())]))
        .collect();
    let mut parts: Vec<String> = sections
        .into_iter()
        .map(|section| {
            tr!(
                words,
                "change-section-edited",
                section = section.name(words)
            )
        })
        .collect();
    for (count, key) in [
        (counts.programs_changed, "change-programs-changed"),
        (counts.programs_added, "change-programs-added"),
        (counts.programs_deleted, "change-programs-deleted"),
    ] {
        if count > 0 {
            parts.push(tr!(words, key, count = count));
        }
    }
    if counts.reordered {
        parts.push(tr!(words, "change-catalogue-order"));
    }
    if parts.is_empty() {
        return tr!(words, "change-none");
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Localized, ProgramStatus, diff::diff};

    #[test]
    fn a_changed_sentence_marks_the_changed_words_not_the_paragraph() {
        let runs = marked_words(
            "Every resident has the right to the city.",
            "Every resident has the right to housing in the city.",
        );
        let added: Vec<&str> = (runs.iter())
            .filter(|(mark, _)| *mark == Mark::Added)
            .map(|(_, text)| text.trim())
            .collect();
        assert_eq!(added, ["housing in"]);
        assert!(runs.iter().all(|(mark, _)| *mark != Mark::Removed));
    }

    #[test]
    fn a_status_change_says_which_program_and_which_field() {
        let a: Document = ron::from_str(include_str!("../assets/san-antonio-chile.ron")).unwrap();
        let mut b = a.clone();
        b.programs[0].status = ProgramStatus::Completed;
        b.vision.prose = Localized::new("en", "New.");
        let changes = diff(&a, &b);
        let told: Vec<String> = (changes.iter())
            .map(|c| tell(c, &a, &b, Language::ENGLISH).line())
            .collect();
        let id = a.programs[0].id.0;
        assert!(
            told.iter()
                .any(|line| line.starts_with(&format!("Program #{id} “"))
                    && line.contains("· Status: Active → Completed")),
            "{told:#?}"
        );
        assert_eq!(
            summary(&changes, Language::ENGLISH),
            "Vision edited; 1 program changed"
        );
    }

    #[test]
    fn items_matched_by_id_are_named_by_their_names_and_moves_read_as_names() {
        let a = crate::model::merge::tests::with_items();
        let mut b = a.clone();
        b.programs[0].indicators[1].target = Some(40.0);
        b.programs[0].indicators.swap(0, 1);
        let told: Vec<String> = (diff(&a, &b).iter())
            .map(|c| tell(c, &a, &b, Language::ENGLISH).line())
            .collect();
        assert!(
            told.iter()
                .any(|line| line.ends_with("· Indicator · “Cases heard” · Target: + 40")),
            "{told:#?}"
        );
        assert!(
            told.iter().any(|line| line.ends_with(
                "· Indicator · order: “Women trained”, “Cases heard” → “Cases heard”, “Women trained”"
            )),
            "{told:#?}"
        );
        let id = a.programs[0].indicators[0].id.0.to_string();
        assert!(told.iter().all(|line| !line.contains(&id)), "{told:#?}");
    }
}
