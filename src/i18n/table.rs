//! The table of languages: one entry per language, all it brings in one
//! folder (`assets/i18n/<code>/`: `language.ron`, its Fluent files, its
//! guide). The built-in languages are compiled in; translations the officer
//! adds are read from folders of the same shape and appended.
//!
//! Adding a built-in language is one line in `BUILT_IN` and its folder.

use std::sync::{LazyLock, RwLock};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use serde::Deserialize;

use super::Language;

pub(super) type Bundle = FluentBundle<FluentResource>;

/// The Fluent files of a language, one per part of the app, in this order.
pub const FLUENT_FILES: [&str; 11] = [
    "app.ftl",
    "panels.ftl",
    "programs.ftl",
    "vocabulary.ftl",
    "profile.ftl",
    "files.ftl",
    "library.ftl",
    "compare.ftl",
    "year.ftl",
    "sheets.ftl",
    "report.ftl",
];

/// A built-in language's folder, compiled in.
struct BuiltIn {
    code: &'static str,
    about: &'static str,
    guide: &'static str,
    fluent: [&'static str; 11],
}

macro_rules! built_in {
    ($code:literal) => {
        BuiltIn {
            code: $code,
            about: include_str!(concat!("../../assets/i18n/", $code, "/language.ron")),
            guide: include_str!(concat!("../../assets/i18n/", $code, "/guide.md")),
            fluent: [
                include_str!(concat!("../../assets/i18n/", $code, "/app.ftl")),
                include_str!(concat!("../../assets/i18n/", $code, "/panels.ftl")),
                include_str!(concat!("../../assets/i18n/", $code, "/programs.ftl")),
                include_str!(concat!("../../assets/i18n/", $code, "/vocabulary.ftl")),
                include_str!(concat!("../../assets/i18n/", $code, "/profile.ftl")),
                include_str!(concat!("../../assets/i18n/", $code, "/files.ftl")),
                include_str!(concat!("../../assets/i18n/", $code, "/library.ftl")),
                include_str!(concat!("../../assets/i18n/", $code, "/compare.ftl")),
                include_str!(concat!("../../assets/i18n/", $code, "/year.ftl")),
                include_str!(concat!("../../assets/i18n/", $code, "/sheets.ftl")),
                include_str!(concat!("../../assets/i18n/", $code, "/report.ftl")),
            ],
        }
    };
}

/// Carta's own languages, English first (every other falls back to it).
const BUILT_IN: &[BuiltIn] = &[
    built_in!("en"),
    built_in!("es"),
    built_in!("fr"),
    built_in!("ca"),
    built_in!("pt"),
    built_in!("ko"),
];

/// What `language.ron` says of its language.
#[derive(Deserialize)]
struct About {
    native_name: String,
    #[serde(default)]
    campaign: Option<CampaignWords>,
    #[serde(default)]
    dates: DateOrder,
}

/// How a language writes a date in a field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
pub enum DateOrder {
    /// As CLDR writes the language's short date (15/3/2024, 2024/3/15).
    #[default]
    Cldr,
    /// 2024-03-15: what no reader of either the British or the American
    /// habit can misread (English's choice).
    Iso,
}

/// The words of the campaign's published pages in one of its languages, as
/// `import` reads them. Wordings are compared without accents or capitals.
#[derive(Debug, Deserialize)]
pub struct CampaignWords {
    /// Each heading's name (`Region`, `Vision`…) and the wordings pages print
    /// for it; the first is the one the text export writes.
    pub headings: Vec<(String, Vec<String>)>,
    /// Words that tell the campaign's two vision questions apart.
    pub vision_questions: [Vec<String>; 2],
    /// The small words this language uses most and the others do not.
    pub small_words: Vec<String>,
}

/// One language of the table.
pub struct Entry {
    pub code: &'static str,
    pub native_name: &'static str,
    pub guide: &'static str,
    pub campaign: Option<CampaignWords>,
    pub dates: DateOrder,
    pub(super) sources: Vec<&'static str>,
    pub(super) bundle: Bundle,
    /// Where a translation the officer added came from; `None` when built in.
    pub added: Option<std::path::PathBuf>,
    /// For an added translation: phrases translated, and of how many.
    pub phrases: Option<(usize, usize)>,
}

impl Entry {
    fn built_in(language: &BuiltIn) -> Self {
        // A broken built-in file is caught by the tests; here it only loses
        // its own entries.
        let about: About = ron::from_str(language.about).unwrap_or(About {
            native_name: language.code.to_owned(),
            campaign: None,
            dates: DateOrder::Cldr,
        });
        Self {
            code: language.code,
            native_name: Box::leak(about.native_name.into_boxed_str()),
            guide: language.guide,
            campaign: about.campaign,
            dates: about.dates,
            sources: language.fluent.to_vec(),
            bundle: bundle_of(language.code, &language.fluent),
            added: None,
            phrases: None,
        }
    }
}

/// The Fluent bundle of `sources`, the entries of a broken file dropped.
pub(super) fn bundle_of(code: &str, sources: &[&str]) -> Bundle {
    let langid = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Unicode isolation marks around arguments would show as boxes in egui's fonts.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Every language, built in first. Entries live as long as the program:
/// a language is never removed while Carta runs.
static TABLE: LazyLock<RwLock<Vec<&'static Entry>>> = LazyLock::new(|| {
    let entries = BUILT_IN
        .iter()
        .map(|language| &*Box::leak(Box::new(Entry::built_in(language))))
        .collect();
    RwLock::new(entries)
});

fn read() -> std::sync::RwLockReadGuard<'static, Vec<&'static Entry>> {
    TABLE
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The entry of `code`, English's when the table has none.
pub fn entry(code: &str) -> &'static Entry {
    let table = read();
    table
        .iter()
        .find(|entry| entry.code == code)
        .copied()
        .unwrap_or(table[0])
}

/// The code of the built-in language `code` names (any case), if any.
pub fn built_in_code(code: &str) -> Option<&'static str> {
    BUILT_IN
        .iter()
        .map(|language| language.code)
        .find(|known| known.eq_ignore_ascii_case(code))
}

/// Adds an officer's translation, or replaces the one of the same code
/// read before (the old entry is leaked: a few hundred kilobytes, once per
/// reload). Never replaces a built-in language: `added` checks first.
pub fn put(entry: Entry) -> Language {
    let entry: &'static Entry = Box::leak(Box::new(entry));
    let mut table = TABLE
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    match table.iter_mut().find(|known| known.code == entry.code) {
        Some(known) => *known = entry,
        None => table.push(entry),
    }
    Language::of(entry.code)
}

/// Takes out the officer's translations whose folder is gone. A handle on
/// one taken out says English from then on.
pub fn forget_missing() {
    let mut table = TABLE
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    table.retain(|entry| entry.added.as_ref().is_none_or(|folder| folder.is_dir()));
}

/// The codes of every language, in the table's order.
pub fn codes() -> Vec<&'static str> {
    read().iter().map(|entry| entry.code).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_language_says_what_it_is() {
        for language in BUILT_IN {
            let about: Result<About, _> = ron::from_str(language.about);
            assert!(about.is_ok(), "{}: {:?}", language.code, about.err());
        }
        assert_eq!(BUILT_IN[0].code, "en", "English comes first: the fallback");
    }
}
