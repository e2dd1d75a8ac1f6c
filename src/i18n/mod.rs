//! Carta's own words in English, Spanish and French.
//!
//! Every text the interface, the slides and the exports write (as opposed to
//! the officer's texts) comes from the Fluent files under `assets/i18n/<lang>/`,
//! compiled into the binary so that an office PC needs nothing else. English is
//! the fallback for a message another language lacks; the tests make sure none
//! does. This module knows nothing of screens or files.

mod language;
pub mod names;
mod number;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;
pub use language::Language;
pub use number::{format_moment, format_number, format_plain, parse_moment, parse_number};

/// Arguments of a message, e.g. `count = 3`.
pub type Args<'a> = FluentArgs<'a>;

/// The Fluent sources of one language, one file per part of the app.
macro_rules! sources {
    ($lang:literal) => {
        &[
            include_str!(concat!("../../assets/i18n/", $lang, "/app.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/panels.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/programs.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/vocabulary.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/profile.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/files.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/library.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/compare.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/year.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/sheets.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/report.ftl")),
        ]
    };
}

/// The Fluent files of `language`, as compiled in.
pub fn sources(language: Language) -> &'static [&'static str] {
    match language {
        Language::English => sources!("en"),
        Language::Spanish => sources!("es"),
        Language::French => sources!("fr"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Language::ALL.map(build_bundle));
    &bundles[language as usize]
}

fn build_bundle(language: Language) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![language.langid()]);
    // Unicode isolation marks around arguments would show as boxes in egui's fonts.
    bundle.set_use_isolating(false);
    for source in sources(language) {
        // A syntax error drops only the broken entries; the tests catch them.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// True when `language` has its own message `key`.
pub fn has(language: Language, key: &str) -> bool {
    bundle(language).has_message(key)
}

/// The message `key` in `language` (falling back to English, then to the key
/// itself so a missing message shows instead of vanishing).
pub fn text(language: Language, key: &str, args: Option<&Args<'_>>) -> String {
    for candidate in [language, Language::English] {
        let bundle = bundle(candidate);
        if let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
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
    match Language::from_tag(code) {
        Some(named) if named.code() == code => {
            text(language, &format!("language-{}", named.code()), None)
        }
        _ => names::own_name(code),
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
        for language in Language::ALL {
            for source in sources(language) {
                if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                    panic!("{language:?}: {errors:?}");
                }
            }
        }
    }

    #[test]
    fn every_language_has_the_same_messages() {
        let english: BTreeSet<String> = message_ids(Language::English).into_iter().collect();
        for language in [Language::Spanish, Language::French] {
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
                Language::Spanish,
                "severity-error region-Eurasia program-kind-Plan",
            ),
            (
                Language::French,
                "measurement-note-label field-introduction slide-population export-vision export-motivations \
                 panel-vision panel-motivations article region-Europe program-kind-Plan \
                 program-kind-Service ok cli-ok presenter-notes visibility-public \
                 field-description section-budget partner-name-hint field-logo \
                 change-field-logo change-field-introduction change-field-description \
                 change-field-budget sheets-name-budget progress-article report-introduction",
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
            "slide-review-program",
            "slide-review-indicator",
        ];
        for (language, allowed) in same_word {
            let allowed: BTreeSet<&str> = allowed.split_whitespace().chain(shared).collect();
            let forgotten: Vec<String> = message_ids(Language::English)
                .into_iter()
                .filter(|id| !allowed.contains(id.as_str()))
                .filter(|id| text(language, id, None) == text(Language::English, id, None))
                .collect();
            assert!(
                forgotten.is_empty(),
                "{language:?} still in English: {forgotten:?}"
            );
        }
    }

    #[test]
    fn no_message_is_defined_twice() {
        for language in Language::ALL {
            let ids = message_ids(language);
            let unique: BTreeSet<&String> = ids.iter().collect();
            assert_eq!(ids.len(), unique.len(), "{language:?} repeats a message id");
        }
    }

    #[test]
    fn messages_format_with_arguments_and_fall_back_to_the_key() {
        assert_eq!(tr!(Language::Spanish, "menu-file"), "Archivo");
        assert_eq!(
            tr!(Language::French, "programs-shown", shown = 3, total = 10),
            "3 affichés sur 10"
        );
        assert_eq!(tr!(Language::Spanish, "no-such-message"), "no-such-message");
    }
}
