//! Every language by its name, from CLDR (ICU4X's display names): any
//! language the officer keeps her content in, found by its name in her
//! interface language or in its own, and shown by its own name ("العربية",
//! "한국어", "català"). Nothing here is a hand-written list of languages: the
//! languages are those CLDR names.

use std::sync::OnceLock;

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, LocaleDisplayNamesFormatter};
use icu_locale_core::Locale;
use icu_locale_core::subtags::Language as Subtag;
use unicode_normalization::UnicodeNormalization;

/// A language found: its BCP 47 tag, its own name, and its name in the
/// interface language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub tag: String,
    pub own: String,
    pub here: String,
}

/// `tag` written as BCP 47 writes it ("PT_br" → "pt-BR", "ZH_hant" →
/// "zh-Hant"), if it is a well-formed tag whose language CLDR names.
pub fn canonical(tag: &str) -> Option<String> {
    let locale: Locale = tag.trim().replace('_', "-").parse().ok()?;
    let language = locale.id.language;
    if language.is_unknown() || !is_a_language(language.as_str()) || in_english(language).is_none()
    {
        return None;
    }
    // Language, script, region and variants: a calendar or private-use
    // extension says nothing about the texts' language.
    Some(locale.id.to_string())
}

/// The name of language `tag` in language `in_tag` ("ar" in "fr":
/// "arabe"), with its region or script where it has one ("pt-BR" in "en":
/// "Brazilian Portuguese"); `None` when CLDR has no name for it there.
pub fn name_in(tag: &str, in_tag: &str) -> Option<String> {
    let locale: Locale = tag.parse().ok()?;
    let display: Locale = in_tag.parse().ok()?;
    // Only the language's own data: a name in English is not a name in
    // Wolof (CLDR would otherwise fall back to its root, in English).
    let names = LanguageDisplayNames::try_new(display.clone().into(), options()).ok()?;
    names.of(locale.id.language)?;
    let formatter = LocaleDisplayNamesFormatter::try_new(display.into(), options()).ok()?;
    let name = formatter.of(&locale).into_owned();
    (name != locale.to_string()).then_some(name)
}

/// The language's name in itself, else in English, else its tag; found
/// once per tag (the side bar asks on every frame).
pub fn own_name(tag: &str) -> String {
    thread_local! {
        static KNOWN: std::cell::RefCell<std::collections::HashMap<String, String>> =
            std::cell::RefCell::default();
    }
    if let Some(known) = KNOWN.with(|known| known.borrow().get(tag).cloned()) {
        return known;
    }
    let name = name_in(tag, tag)
        .map(|name| capitalise(&name))
        .or_else(|| name_in(tag, "en"))
        .unwrap_or_else(|| tag.to_owned());
    KNOWN.with(|known| known.borrow_mut().insert(tag.to_owned(), name.clone()));
    name
}

/// Up to `limit` languages whose tag, own name, name in `interface` or in
/// English starts a word with `query` (accents and case aside), the closest
/// first; a well-formed tag typed whole (`pt-BR`, `sr-Latn`) comes first.
pub fn search(query: &str, interface: &str, limit: usize) -> Vec<Named> {
    let wanted = fold(query.trim());
    if wanted.is_empty() {
        return Vec::new();
    }
    let typed = canonical(query);
    let here = LanguageDisplayNames::try_new(locale_or_english(interface).into(), options()).ok();
    let mut found: Vec<(u8, &str, &Known)> = Vec::new();
    for known in all_languages() {
        if typed.as_deref() == Some(known.code.as_str()) {
            continue;
        }
        let in_interface = (here.as_ref())
            .and_then(|names| names.of(known.language))
            .unwrap_or(&known.english);
        let score = [&known.code, in_interface, &known.english, &known.own]
            .iter()
            .filter_map(|name| closeness(&wanted, name))
            .min();
        if let Some(score) = score {
            found.push((score, in_interface, known));
        }
    }
    found.sort_by(|(a, x, _), (b, y, _)| a.cmp(b).then_with(|| x.cmp(y)));
    // Only the few shown are named in full.
    (typed.into_iter())
        .chain(found.into_iter().map(|(_, _, known)| known.code.clone()))
        .take(limit)
        .map(|tag| named(&tag, interface))
        .collect()
}

fn named(tag: &str, interface: &str) -> Named {
    Named {
        tag: tag.to_owned(),
        own: own_name(tag),
        here: name_in(tag, interface)
            .or_else(|| name_in(tag, "en"))
            .unwrap_or_else(|| tag.to_owned()),
    }
}

/// 0: the whole name; 1: its start; 2: the start of one of its words;
/// `None`: elsewhere or not at all.
fn closeness(wanted: &str, name: &str) -> Option<u8> {
    let name = fold(name);
    if name == wanted {
        Some(0)
    } else if name.starts_with(wanted) {
        Some(1)
    } else if name
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.starts_with(wanted))
    {
        Some(2)
    } else {
        None
    }
}

/// Lower case without accents: "Français" and "francais" are one.
fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// A language CLDR names: its code, its names in English and in itself.
struct Known {
    code: String,
    language: Subtag,
    english: String,
    own: String,
}

/// Every language CLDR names in English: of all two- and three-letter
/// codes, those it has a name for (some 600), found once.
fn all_languages() -> &'static [Known] {
    static KNOWN: OnceLock<Vec<Known>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let letters = || b'a'..=b'z';
        let two = letters().flat_map(move |a| letters().map(move |b| vec![a, b]));
        let three = letters()
            .flat_map(move |a| letters().flat_map(move |b| letters().map(move |c| vec![a, b, c])));
        two.chain(three)
            .filter_map(|bytes| String::from_utf8(bytes).ok())
            .filter(|code| is_a_language(code))
            .filter_map(|code| {
                let language = code.parse::<Subtag>().ok()?;
                let english = in_english(language)?;
                let own = own_name(&code);
                Some(Known {
                    code,
                    language,
                    english,
                    own,
                })
            })
            .collect()
    })
}

/// Is `code` a language texts can be written in? Not "undetermined",
/// "multiple", "no linguistic content", "uncoded" or ISO's private range
/// (qaa–qtz).
fn is_a_language(code: &str) -> bool {
    let private = code.len() == 3 && code.as_bytes()[0] == b'q' && code.as_bytes()[1] <= b't';
    !matches!(code, "und" | "mul" | "zxx" | "mis") && !private
}

/// The English name of `language`, if CLDR has one.
fn in_english(language: Subtag) -> Option<String> {
    // ICU4X's data is not shared between threads: one per thread.
    thread_local! {
        static ENGLISH: LanguageDisplayNames =
            LanguageDisplayNames::try_new(icu_locale_core::locale!("en").into(), options())
                .unwrap_or_default();
    }
    ENGLISH.with(|names| names.of(language).map(str::to_owned))
}

fn locale_or_english(tag: &str) -> Locale {
    tag.parse().unwrap_or(icu_locale_core::locale!("en"))
}

fn options() -> DisplayNamesOptions {
    DisplayNamesOptions::default()
}

/// "català" → "Català": a name standing alone in a list.
fn capitalise(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_named_in_themselves_and_in_the_interface_language() {
        assert_eq!(own_name("ar"), "العربية");
        assert_eq!(own_name("ko"), "한국어");
        assert_eq!(own_name("ca"), "Català");
        assert_eq!(name_in("ar", "fr").as_deref(), Some("arabe"));
        assert_eq!(name_in("ko", "es").as_deref(), Some("coreano"));
        assert_eq!(
            name_in("pt-BR", "en").as_deref(),
            Some("Brazilian Portuguese")
        );
    }

    #[test]
    fn a_language_is_found_by_its_name_here_or_in_itself_or_by_its_tag() {
        let first = |query: &str, interface: &str| {
            search(query, interface, 5)
                .first()
                .map(|named| named.tag.clone())
        };
        assert_eq!(first("arabe", "fr").as_deref(), Some("ar"));
        assert_eq!(first("Coreano", "es").as_deref(), Some("ko"));
        assert_eq!(first("한국어", "en").as_deref(), Some("ko"));
        assert_eq!(first("catala", "en").as_deref(), Some("ca"));
        assert_eq!(first("euskara", "en").as_deref(), Some("eu"));
        assert_eq!(first("PT-br", "en").as_deref(), Some("pt-BR"));
        assert_eq!(first("Turkish", "en").as_deref(), Some("tr"));
        assert!(search("", "en", 5).is_empty());
        assert!(search("qqqqzz", "en", 5).is_empty());
    }

    #[test]
    fn only_tags_of_named_languages_are_taken() {
        assert_eq!(canonical("PT_br").as_deref(), Some("pt-BR"));
        assert_eq!(canonical("SR-latn").as_deref(), Some("sr-Latn"));
        assert_eq!(canonical("qq"), None);
        assert_eq!(canonical("und"), None);
        assert_eq!(canonical("qab"), None);
        assert_eq!(canonical("EN-u-ca-buddhist").as_deref(), Some("en"));
        assert!(search("unknown", "en", 20).iter().all(|n| n.tag != "und"));
        assert_eq!(canonical("not a tag"), None);
        assert_eq!(canonical(""), None);
    }
}
