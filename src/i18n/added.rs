//! Translations a city adds itself: the template Carta writes for a
//! translator, and the checks a translation passes before it is used.
//!
//! A translation is a folder of the same shape as a built-in language's
//! (`language.ron`, the Fluent files, `guide.md`); reading and writing it is
//! `store::translations`' work. Here: what its text must be.

use std::collections::HashMap;

use fluent_bundle::FluentResource;

use super::table::{self, Entry, FLUENT_FILES};
use super::{Language, names};

/// The most a translation's file may hold: ten times English's whole set.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// A translation as read from its folder.
pub struct Translation {
    /// Its BCP 47 code: the folder's name.
    pub code: String,
    /// Its `language.ron`, if it has one: its name in itself (CLDR's when
    /// none is given) and how it writes dates.
    pub about: Option<String>,
    /// Each Fluent file found, by name, with its text.
    pub files: Vec<(String, String)>,
    pub guide: Option<String>,
    pub folder: std::path::PathBuf,
}

/// What a translation's `language.ron` may say.
#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct About {
    native_name: String,
    dates: table::DateOrder,
}

/// A place in a translation's file Carta could not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxProblem {
    pub file: String,
    /// From 1, as an editor counts them.
    pub line: usize,
    pub column: usize,
    /// The Fluent parser's own words (English).
    pub what: String,
}

/// Why a translation was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// The folder's name is no language tag.
    NotACode,
    /// A built-in language has this code: the built-in one stays.
    BuiltIn(Language),
}

/// What adding a translation did.
#[derive(Clone, Debug)]
pub struct Added {
    pub language: Language,
    /// Phrases translated (present and not left as the English).
    pub translated: usize,
    /// Every phrase Carta has.
    pub total: usize,
    /// Lines left out for their syntax; the rest of the file is used.
    pub problems: Vec<SyntaxProblem>,
}

/// Adds `translation` to the table (replacing the earlier copy of an added
/// language with the same code), or says why not.
pub fn add(translation: Translation) -> Result<Added, Refused> {
    let code = names::canonical(&translation.code).ok_or(Refused::NotACode)?;
    if let Some(built_in) = table::built_in_code(&code) {
        return Err(Refused::BuiltIn(
            Language::from_code(built_in).unwrap_or_default(),
        ));
    }
    let mut problems = Vec::new();
    // In `FLUENT_FILES`' order, an absent file empty: the template writer
    // finds each file's phrases by its place.
    let mut sources: Vec<&'static str> = Vec::new();
    for file in FLUENT_FILES {
        let given = translation.files.iter().find(|(name, _)| name == file);
        let text = given.map_or(String::new(), |(_, text)| {
            let (text, defused) = defuse(file, text);
            problems.extend(defused);
            problems.extend(syntax_problems(file, &text));
            text
        });
        sources.push(Box::leak(text.into_boxed_str()));
    }
    let (translated, total) = completeness(&sources);
    let about: About = match translation.about.as_deref().map(ron::from_str::<About>) {
        Some(Ok(about)) => about,
        Some(Err(error)) => {
            problems.push(SyntaxProblem {
                file: "language.ron".to_owned(),
                line: error.span.start.line,
                column: error.span.start.col,
                what: error.code.to_string(),
            });
            About::default()
        }
        None => About::default(),
    };
    let native_name = Some(about.native_name)
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| names::own_name(&code));
    let code: &'static str = Box::leak(code.into_boxed_str());
    let english = table::entry("en");
    let entry = Entry {
        code,
        native_name: Box::leak(native_name.into_boxed_str()),
        guide: match translation.guide {
            Some(guide) => Box::leak(guide.into_boxed_str()),
            None => english.guide,
        },
        campaign: None,
        dates: about.dates,
        bundle: table::bundle_of(code, &sources),
        sources,
        added: Some(translation.folder),
        phrases: Some((translated, total)),
    };
    let language = table::put(entry);
    Ok(Added {
        language,
        translated,
        total,
        problems,
    })
}

/// The most syntax problems told per file: a file that is not Fluent at all
/// (a spreadsheet saved as `app.ftl`) has one on every line.
pub const MAX_PROBLEMS_PER_FILE: usize = 20;

/// Line and column (from 1) of byte `offset` in a text whose lines start
/// at `starts`.
fn place(text: &str, starts: &[usize], offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let line = starts.partition_point(|start| *start <= offset).max(1);
    let start = starts[line - 1];
    let column = text
        .get(start..offset)
        .map_or(0, |part| part.chars().count())
        + 1;
    (line, column)
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(at, _)| at + 1))
        .collect()
}

/// Takes out of Carta's languages the translations whose folder was removed.
pub fn forget_missing() {
    table::forget_missing();
}

/// The places in `text` that are not Fluent, with line and column; at most
/// `MAX_PROBLEMS_PER_FILE`.
pub fn syntax_problems(file: &str, text: &str) -> Vec<SyntaxProblem> {
    let Err((_, errors)) = fluent_syntax::parser::parse(text) else {
        return Vec::new();
    };
    let starts = line_starts(text);
    errors
        .into_iter()
        .take(MAX_PROBLEMS_PER_FILE)
        .map(|error| {
            // The broken phrase's line; the parser's own place on it, unless
            // it gave up on a later line.
            let (line, column) = place(text, &starts, error.pos.start);
            let (line, column) = match &error.slice {
                Some(slice) if place(text, &starts, slice.start).0 < line => {
                    let before = text.get(..error.pos.start).unwrap_or(text).trim_end();
                    place(text, &starts, before.len().max(slice.start))
                }
                _ => (line, column),
            };
            SyntaxProblem {
                file: file.to_owned(),
                line,
                column,
                what: error.to_string(),
            }
        })
        .collect()
}

/// `text` with every `\u`/`\U` escape cut short by a letter outside ASCII
/// made harmless (its backslash doubled), and where each was: the Fluent
/// parser cuts such a letter in half and panics (fluent-rs issue 389).
pub fn defuse(file: &str, text: &str) -> (String, Vec<SyntaxProblem>) {
    let mut out = String::with_capacity(text.len());
    let mut problems = Vec::new();
    let starts = line_starts(text);
    let mut rest = text.char_indices().peekable();
    while let Some((at, c)) = rest.next() {
        out.push(c);
        if c != '\\' {
            continue;
        }
        let Some(&(_, kind)) = rest.peek() else {
            break;
        };
        if kind == '\\' {
            // An escaped backslash: both are text.
            out.push(kind);
            rest.next();
            continue;
        }
        let wanted = match kind {
            'u' => 4,
            'U' => 6,
            _ => continue,
        };
        let after = &text[at + 2..];
        let hex = after
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .count()
            .min(wanted);
        let cut_short = hex < wanted
            && after[hex..]
                .chars()
                .next()
                .is_some_and(|next| !next.is_ascii());
        if cut_short && problems.len() < MAX_PROBLEMS_PER_FILE {
            let (line, column) = place(text, &starts, at);
            problems.push(SyntaxProblem {
                file: file.to_owned(),
                line,
                column,
                what: format!("\\{kind} needs {wanted} hexadecimal digits"),
            });
        }
        if cut_short {
            out.push('\\');
        }
    }
    (out, problems)
}

/// How many of English's phrases `sources` give in words other than
/// English's, and how many there are to give. A phrase every built-in
/// language writes as English does ("JSON (.json)") is no one's to
/// translate, and is counted in neither.
fn completeness(sources: &[&str]) -> (usize, usize) {
    let english = values(&table::entry("en").sources);
    let others: Vec<HashMap<String, String>> = (table::codes().into_iter())
        .filter_map(table::built_in_code)
        .filter(|code| *code != "en")
        .map(|code| values(&table::entry(code).sources))
        .collect();
    let to_translate: Vec<(&String, &String)> = english
        .iter()
        .filter(|(id, text)| others.iter().any(|other| other.get(*id) != Some(*text)))
        .collect();
    let given = values(sources);
    let translated = to_translate
        .iter()
        .filter(|(id, text)| given.get(*id).is_some_and(|own| own != *text))
        .count();
    (translated, to_translate.len())
}

/// Each message's source text by id.
fn values(sources: &[&str]) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for source in sources {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let text = format!("{:?}{:?}", message.value, message.attributes);
                out.insert(message.id.name.to_owned(), text);
            }
        }
    }
    out
}

/// The phrases of every file, ready to translate: each phrase as English
/// writes it (the text to replace), with the English and `beside`'s wording
/// above it as comments, so a translator sees both. File names and text.
pub fn template(beside: Language) -> Vec<(&'static str, String)> {
    let english = &table::entry("en").sources;
    let other = &table::entry(beside.code()).sources;
    FLUENT_FILES
        .iter()
        .enumerate()
        .map(|(index, file)| {
            let theirs = blocks(other.get(index).copied().unwrap_or_default());
            let mut out = String::from(
                "# Carta's phrases, to translate. Replace the text after each \"=\" (and after\n\
                 # each \".name =\" and \"[variant]\"); keep every { $name } as it is.\n\
                 # Lines starting with # are comments. A phrase left in English stays English.\n\n",
            );
            for block in split(english.get(index).copied().unwrap_or_default()) {
                match block {
                    Block::Other(text) => out.push_str(&text),
                    Block::Message(id, text) => {
                        out.push_str(&commented("English", &text));
                        if beside != Language::ENGLISH
                            && let Some(own) = theirs.get(&id)
                        {
                            out.push_str(&commented(beside.native_name(), own));
                        }
                        out.push_str(&text);
                    }
                }
            }
            (*file, out)
        })
        .collect()
}

fn commented(name: &str, text: &str) -> String {
    let mut out = String::new();
    for (index, line) in text.lines().enumerate() {
        if index == 0 {
            let value = line.split_once('=').map_or(line, |(_, value)| value.trim());
            out.push_str(&format!("# {name}: {value}\n"));
        } else {
            out.push_str(&format!("#     {}\n", line.trim()));
        }
    }
    out
}

enum Block {
    /// A message, its id and its lines.
    Message(String, String),
    /// Comments and blank lines, kept as they are.
    Other(String),
}

/// A Fluent file's lines, cut into its messages and what is between them.
fn split(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for line in text.split_inclusive('\n') {
        let starts_message = line
            .split_once('=')
            .is_some_and(|(id, _)| is_id(id.trim_end()) && !line.starts_with(char::is_whitespace));
        let continues = line.starts_with(char::is_whitespace) && !line.trim().is_empty();
        match out.last_mut() {
            Some(Block::Message(_, text)) if continues => text.push_str(line),
            _ if starts_message => {
                let id = line.split_once('=').map_or("", |(id, _)| id.trim());
                out.push(Block::Message(id.to_owned(), line.to_owned()));
            }
            Some(Block::Other(text)) => text.push_str(line),
            _ => out.push(Block::Other(line.to_owned())),
        }
    }
    out
}

fn is_id(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn blocks(text: &str) -> HashMap<String, String> {
    split(text)
        .into_iter()
        .filter_map(|block| match block {
            Block::Message(id, text) => Some((id, text)),
            Block::Other(_) => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_english_fluent_with_the_other_language_beside() {
        for (file, text) in template(Language::SPANISH) {
            assert!(syntax_problems(file, &text).is_empty(), "{file}");
        }
        let app = &template(Language::FRENCH)[0].1;
        assert!(app.contains("# English: Save\n# Français: Enregistrer\ncommand-save = Save\n"));
    }

    #[test]
    fn an_escape_cut_short_by_a_letter_outside_ascii_is_told_not_fatal() {
        let hostile = "ok = fine\nx = { \"\\u00é\" }\ny = { \"\\uá\" } \\\\u00é\n";
        let (text, problems) = defuse("app.ftl", hostile);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!((problems[0].line, problems[0].column), (2, 8));
        // Parsed whole, no panic; the good phrase is there.
        let _ = syntax_problems("app.ftl", &text);
        let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
        assert!(resource.entries().count() >= 1);
    }

    #[test]
    fn a_file_that_is_not_fluent_is_told_in_a_few_lines_quickly() {
        let csv = "name;value\n".repeat(50_000);
        let problems = syntax_problems("app.ftl", &csv);
        assert_eq!(problems.len(), MAX_PROBLEMS_PER_FILE);
        assert_eq!(problems[1].line, 2);
    }

    #[test]
    fn a_syntax_error_is_found_at_its_line_and_column() {
        let problems = syntax_problems("app.ftl", "ok = fine\nbroken {\nalso = ok\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].line, problems[0].column), (2, 8));
    }
}
