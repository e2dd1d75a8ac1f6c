//! The languages Carta speaks, and how to pick one from the system's locale.
//!
//! A language is known by its code; everything it brings (its phrases, its
//! guide, and for the campaign's languages the words of the campaign's pages)
//! is one entry of the table in `table.rs`, built in or added by the officer.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::table::{self, CampaignWords};

/// A language of the interface (and of the words Carta adds to slides and
/// exports): a handle on one entry of the language table.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(&'static str);

impl Default for Language {
    fn default() -> Self {
        Self::ENGLISH
    }
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Language {
    /// English: the language every other falls back to for a phrase it lacks.
    pub const ENGLISH: Self = Self("en");
    pub const SPANISH: Self = Self("es");
    pub const FRENCH: Self = Self("fr");

    /// The handle of a code the table holds.
    pub(super) fn of(code: &'static str) -> Self {
        Self(code)
    }

    /// Carta's own languages, without the translations the officer added.
    pub fn built_in() -> Vec<Self> {
        Self::all()
            .into_iter()
            .filter(|language| !language.is_added())
            .collect()
    }

    /// Every language Carta speaks: the built-in ones in the table's order,
    /// then the translations the officer added.
    pub fn all() -> Vec<Self> {
        table::codes().into_iter().map(Self).collect()
    }

    /// The languages the campaign publishes its pages in (English, Spanish,
    /// French): the ones whose headings `import` reads.
    pub fn campaign() -> Vec<Self> {
        Self::all()
            .into_iter()
            .filter(|language| language.campaign_words().is_some())
            .collect()
    }

    /// The campaign language a page of content in `tag` is published in,
    /// if the campaign publishes in it (a Korean page gets none).
    pub fn of_campaign_page(tag: &str) -> Option<Self> {
        let primary = primary(tag);
        Self::campaign()
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(&primary))
    }

    /// The built-in language an officer's translation falls back to before
    /// English: Portuguese for a `pt-BR` translation, none for Basque.
    pub fn parent(self) -> Option<Self> {
        if !self.is_added() {
            return None;
        }
        table::built_in_code(&primary(self.0)).map(Self)
    }

    /// The BCP 47 code, as used for content languages in profile files.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The language's name in itself, as a menu offers it to someone who may
    /// not read the current one.
    pub fn native_name(self) -> &'static str {
        table::entry(self.0).native_name
    }

    /// The words of the campaign's pages in this language, if the campaign
    /// publishes in it.
    pub fn campaign_words(self) -> Option<&'static CampaignWords> {
        table::entry(self.0).campaign.as_ref()
    }

    /// The user guide, Markdown-like.
    pub fn guide(self) -> &'static str {
        table::entry(self.0).guide
    }

    /// For a translation the officer added: how many phrases it gives, and
    /// of how many ("Euskara: 612 of 1047").
    pub fn completeness(self) -> Option<(usize, usize)> {
        table::entry(self.0).phrases
    }

    /// True for a translation the officer added (not built into Carta).
    pub fn is_added(self) -> bool {
        table::entry(self.0).added.is_some()
    }

    /// The language of a tag such as `es`, `es-CL`, `fr_FR.UTF-8`, `pt-BR`
    /// or `en-US`: its exact code first, else its primary language.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let normal = tag
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        let primary = normal.split('-').next().unwrap_or_default();
        let codes = table::codes();
        codes
            .iter()
            .find(|code| code.eq_ignore_ascii_case(&normal))
            .or_else(|| codes.iter().find(|code| code.eq_ignore_ascii_case(primary)))
            .map(|code| Self(code))
    }

    /// The language whose code is exactly `code` (any case).
    pub fn from_code(code: &str) -> Option<Self> {
        table::codes()
            .into_iter()
            .find(|known| known.eq_ignore_ascii_case(code))
            .map(Self)
    }

    /// The words Carta writes into content in `tag` (a slide's headings, a
    /// new program's title): that language's when Carta speaks it, else English.
    pub fn for_content(tag: &str) -> Self {
        Self::from_tag(tag).unwrap_or_default()
    }

    /// The language the computer asks for first, when Carta does not speak
    /// it (e.g. `eu-ES`): the interface then falls back and says so.
    pub fn unspoken_wish(preferred: impl Iterator<Item = String>) -> Option<String> {
        // "C" and "POSIX" (and an empty entry) ask for no language at all.
        let asked: Vec<String> = preferred
            .filter(|tag| {
                !tag.is_empty() && !matches!(tag.as_str(), "C" | "POSIX") && !tag.starts_with("C.")
            })
            .collect();
        // One Carta speaks, anywhere in the list, is the interface's.
        if asked.iter().any(|tag| Self::built_in_of(tag).is_some()) {
            return None;
        }
        asked.into_iter().next()
    }

    /// The built-in language of a tag (the system's): an officer's own
    /// translation is hers to choose, never picked for her.
    fn built_in_of(tag: &str) -> Option<Self> {
        Self::from_tag(tag)
            .filter(|language| !language.is_added())
            .or_else(|| table::built_in_code(&primary(tag)).map(Self))
    }

    /// [`Self::unspoken_wish`] of this computer.
    pub fn system_wish() -> Option<String> {
        Self::unspoken_wish(sys_locale::get_locales())
    }

    /// The first of the system's preferred languages that Carta speaks, else English.
    pub fn from_system() -> Self {
        sys_locale::get_locales()
            .find_map(|tag| Self::built_in_of(&tag))
            .unwrap_or_default()
    }
}

/// The primary language subtag of a tag, lower case: `pt` of `pt_BR.UTF-8`.
fn primary(tag: &str) -> String {
    tag.split(['-', '_', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Kept in settings by its code.
impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

/// Reads a code, or the names Carta once wrote ("Spanish").
impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let said = String::deserialize(deserializer)?;
        let code = match said.as_str() {
            "English" => "en",
            "Spanish" => "es",
            "French" => "fr",
            code => code,
        };
        Self::from_code(code).ok_or_else(|| serde::de::Error::custom(format!("no language {code}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_of_every_form_name_their_language() {
        assert_eq!(Language::from_tag("es-CL"), Some(Language::SPANISH));
        assert_eq!(Language::from_tag("fr_CH.UTF-8"), Some(Language::FRENCH));
        assert_eq!(Language::from_tag("EN"), Some(Language::ENGLISH));
        assert_eq!(Language::from_tag("eu-ES"), None);
        assert_eq!(Language::from_tag(""), None);
    }

    #[test]
    fn a_language_the_computer_asks_for_first_and_carta_lacks_is_named() {
        let wish = |tags: &[&str]| Language::unspoken_wish(tags.iter().map(|t| (*t).to_owned()));
        assert_eq!(wish(&["eu-ES", "tr"]).as_deref(), Some("eu-ES"));
        // French after Basque is the interface's: nothing to say.
        assert_eq!(wish(&["eu-ES", "fr-FR"]), None);
        assert_eq!(wish(&["", "eu"]).as_deref(), Some("eu"));
        assert_eq!(wish(&["es-CL", "eu-ES"]), None);
        assert_eq!(wish(&["C"]), None);
        assert_eq!(wish(&[]), None);
    }

    #[test]
    fn settings_name_a_language_by_its_code_or_by_its_old_name() {
        let read = |text: &str| ron::from_str::<Language>(text).ok();
        assert_eq!(read("\"es\""), Some(Language::SPANISH));
        assert_eq!(read("\"French\""), Some(Language::FRENCH));
        assert_eq!(read("\"xx\""), None);
        assert_eq!(
            ron::to_string(&Language::FRENCH).unwrap(),
            "\"fr\"".to_owned()
        );
    }
}
