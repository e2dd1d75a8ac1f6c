//! Carta's own words, in every language of its table.
//!
//! Every text the interface, the slides and the exports write (as opposed to
//! the officer's texts) comes from the Fluent files under `assets/i18n/<lang>/`,
//! compiled into the binary so that an office PC needs nothing else. English is
//! the fallback for a message another language lacks; the tests make sure no
//! built-in language lacks one. This module knows nothing of screens.

pub mod added;
mod language;
pub mod names;
mod number;
mod table;

use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;
pub use language::Language;
pub use number::{format_moment, format_number, format_plain, parse_moment, parse_number};
pub use table::{CampaignWords, DateOrder, FLUENT_FILES};

/// Arguments of a message, e.g. `count = 3`.
pub type Args<'a> = FluentArgs<'a>;

/// The Fluent files of `language`.
pub fn sources(language: Language) -> &'static [&'static str] {
    &table::entry(language.code()).sources
}

fn bundle(language: Language) -> &'static table::Bundle {
    &table::entry(language.code()).bundle
}

/// True when `language` has its own message `key`.
pub fn has(language: Language, key: &str) -> bool {
    bundle(language).has_message(key)
}

/// The message `key` in `language` (falling back to English, then to the key
/// itself so a missing message shows instead of vanishing).
pub fn text(language: Language, key: &str, args: Option<&Args<'_>>) -> String {
    // An officer's regional translation falls back to its built-in
    // language first (pt-BR to Portuguese), then to English.
    let candidates = [Some(language), language.parent(), Some(Language::ENGLISH)];
    for candidate in candidates.into_iter().flatten() {
        let bundle = bundle(candidate);
        if let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            let said = bundle.format_pattern(pattern, args, &mut errors);
            // An officer's translation naming a phrase it lacks, or going
            // round in a circle, says the English instead.
            if errors.is_empty() || !candidate.is_added() {
                return said.into_owned();
            }
        }
    }
    key.to_owned()
}

/// `tr!(lang, "key")` or `tr!(lang, "key", name = value, …)`: a message in `lang`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:expr) => {
        $crate::i18n::text($lang, $key, None)
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::FluentValue::from($value));)+
        $crate::i18n::text($lang, $key, Some(&args))
    }};
}

/// A message kept as its id and arguments rather than as text, so that it
/// can be said again in whatever the interface language is when it is shown
/// (a status line made in English reads in Spanish once the officer switches).
#[derive(Clone, Debug)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, FluentValue<'static>)>,
}

impl Message {
    /// The message in `language`.
    pub fn text(&self, language: Language) -> String {
        if self.args.is_empty() {
            return text(language, self.key, None);
        }
        let mut args = Args::new();
        for (name, value) in &self.args {
            args.set(*name, value.clone());
        }
        text(language, self.key, Some(&args))
    }
}

/// `msg!("key")` or `msg!("key", name = value, …)`: a `Message` to say later.
#[macro_export]
macro_rules! msg {
    ($key:expr) => {
        $crate::i18n::Message { key: $key, args: Vec::new() }
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Message {
            key: $key,
            args: vec![$((stringify!($name), $crate::i18n::FluentValue::from($value))),+],
        }
    };
}

/// The model writes Carta's words through this: the language table says them.
impl crate::model::Words for Language {
    fn phrase(self, key: &str, args: &[(&str, crate::model::words::Arg<'_>)]) -> String {
        if args.is_empty() {
            return text(self, key, None);
        }
        let mut fluent = Args::new();
        for (name, value) in args {
            match value {
                crate::model::words::Arg::Text(said) => {
                    fluent.set(*name, FluentValue::from(said.to_string()));
                }
                crate::model::words::Arg::Number(number) => {
                    fluent.set(*name, FluentValue::from(*number));
                }
            }
        }
        text(self, key, Some(&fluent))
    }

    fn number(self, value: f64, decimals: usize) -> String {
        format_number(self, value, decimals)
    }

    fn language_name(self, code: &str) -> String {
        content_language_name(self, code)
    }

    fn code(self) -> &'static str {
        Language::code(self)
    }
}

/// "A, B and C" in `language` ("A, B y C", "A, B et C").
pub fn join_and(language: Language, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => {
            let and = text(language, "list-and", None);
            format!("{} {and} {last}", rest.join(", "))
        }
    }
}

/// The name of content language `code` in `language`: "Spanish" for `es`
/// in English; any other language by its own name, as CLDR writes it
/// ("العربية", "한국어"), its tag when CLDR does not know it.
pub fn content_language_name(language: Language, code: &str) -> String {
    let key = format!("language-{code}");
    if has(Language::ENGLISH, &key) {
        text(language, &key, None)
    } else {
        names::own_name(code)
    }
}

/// Every message id a language defines, in file order.
pub fn message_ids(language: Language) -> Vec<String> {
    sources(language)
        .iter()
        .flat_map(|source| {
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
            resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn every_file_parses_without_errors() {
        for language in Language::built_in() {
            for source in sources(language) {
                if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                    panic!("{language:?}: {errors:?}");
                }
            }
        }
    }

    #[test]
    fn every_language_has_the_same_messages() {
        let english: BTreeSet<String> = message_ids(Language::ENGLISH).into_iter().collect();
        for language in Language::built_in() {
            let other: BTreeSet<String> = message_ids(language).into_iter().collect();
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{language:?} lacks {missing:?} and has extra {extra:?}"
            );
        }
    }

    /// A message left as the English words is a translation forgotten, unless
    /// the word is the same in both languages.
    #[test]
    fn no_message_is_left_in_english() {
        let same_word = [
            (
                Language::SPANISH,
                "severity-error region-Eurasia program-kind-Plan",
            ),
            (
                Language::FRENCH,
                "measurement-note-label field-introduction slide-population export-vision export-motivations \
                 panel-vision panel-motivations article region-Europe program-kind-Plan \
                 program-kind-Service ok cli-ok presenter-notes visibility-public \
                 field-description section-budget partner-name-hint field-logo \
                 change-field-logo change-field-introduction change-field-description \
                 change-field-budget sheets-name-budget progress-article report-introduction",
            ),
            (
                Language::from_code("ca").unwrap(),
                "filter-text presenter-notes article severity-error progress-article",
            ),
            (
                Language::from_code("pt").unwrap(),
                "ok cli-ok key-shift slide-info presenter-thumbnail quoted change-field-link \
                 change-item-named",
            ),
            (
                Language::from_code("ko").unwrap(),
                "key-shift column-sdgs sdg-number slide-sdg quoted change-item-named",
            ),
        ];
        let shared = [
            "format-markdown",
            // "Source" in French too.
            "indicator-source-label",
            "format-json",
            "slide-fact",
            "compare-after",
            "history-version-label",
            // Names and figures only: "{ $program }: { $before } → { $after }".
            "progress-change-value",
            "progress-change-rating",
            "report-rating",
            // "{ $path }: { $reason }".
            "translation-unreadable",
            "slide-review-program",
            "slide-review-indicator",
        ];
        for (language, allowed) in same_word {
            let allowed: BTreeSet<&str> = allowed.split_whitespace().chain(shared).collect();
            let forgotten: Vec<String> = message_ids(Language::ENGLISH)
                .into_iter()
                .filter(|id| !allowed.contains(id.as_str()))
                .filter(|id| text(language, id, None) == text(Language::ENGLISH, id, None))
                .collect();
            assert!(
                forgotten.is_empty(),
                "{language:?} still in English: {forgotten:?}"
            );
        }
    }

    #[test]
    fn no_message_is_defined_twice() {
        for language in Language::built_in() {
            let ids = message_ids(language);
            let unique: BTreeSet<&String> = ids.iter().collect();
            assert_eq!(ids.len(), unique.len(), "{language:?} repeats a message id");
        }
    }

    #[test]
    fn messages_format_with_arguments_and_fall_back_to_the_key() {
        assert_eq!(tr!(Language::SPANISH, "menu-file"), "Archivo");
        assert_eq!(
            tr!(Language::FRENCH, "programs-shown", shown = 3, total = 10),
            "3 affichés sur 10"
        );
        assert_eq!(tr!(Language::SPANISH, "no-such-message"), "no-such-message");
    }
}
