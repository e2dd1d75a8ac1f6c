//! The languages Carta speaks, and how to pick one from the system's locale.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language of the interface (and of the words Carta adds to slides and exports).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    Spanish,
    French,
}

impl Language {
    pub const ALL: [Self; 3] = [Self::English, Self::Spanish, Self::French];

    /// The ISO 639-1 code, as used for content languages in profile files.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Spanish => "es",
            Self::French => "fr",
        }
    }

    /// The language's name in itself, as a menu offers it to someone who may
    /// not read the current one.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Spanish => "Español",
            Self::French => "Français",
        }
    }

    /// The language of a tag such as `es`, `es-CL`, `fr_FR.UTF-8` or `en-US`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|language| language.code() == primary)
    }

    /// The language the computer asks for first, when Carta does not speak
    /// it (e.g. `ko-KR`): the interface then falls back and says so.
    pub fn unspoken_wish(preferred: impl Iterator<Item = String>) -> Option<String> {
        // "C" and "POSIX" (and an empty entry) ask for no language at all.
        let asked: Vec<String> = preferred
            .filter(|tag| {
                !tag.is_empty() && !matches!(tag.as_str(), "C" | "POSIX") && !tag.starts_with("C.")
            })
            .collect();
        // One Carta speaks, anywhere in the list, is the interface's.
        if asked.iter().any(|tag| Self::from_tag(tag).is_some()) {
            return None;
        }
        asked.into_iter().next()
    }

    /// [`Self::unspoken_wish`] of this computer.
    pub fn system_wish() -> Option<String> {
        Self::unspoken_wish(sys_locale::get_locales())
    }

    /// The first of the system's preferred languages that Carta speaks, else English.
    pub fn from_system() -> Self {
        sys_locale::get_locales()
            .find_map(|tag| Self::from_tag(&tag))
            .unwrap_or_default()
    }

    pub(super) fn langid(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_of_every_form_name_their_language() {
        assert_eq!(Language::from_tag("es-CL"), Some(Language::Spanish));
        assert_eq!(Language::from_tag("fr_CH.UTF-8"), Some(Language::French));
        assert_eq!(Language::from_tag("EN"), Some(Language::English));
        assert_eq!(Language::from_tag("ko-KR"), None);
        assert_eq!(Language::from_tag(""), None);
    }

    #[test]
    fn a_language_the_computer_asks_for_first_and_carta_lacks_is_named() {
        let wish = |tags: &[&str]| Language::unspoken_wish(tags.iter().map(|t| (*t).to_owned()));
        assert_eq!(wish(&["ko-KR", "ar"]).as_deref(), Some("ko-KR"));
        // French after Korean is the interface's: nothing to say.
        assert_eq!(wish(&["ko-KR", "fr-FR"]), None);
        assert_eq!(wish(&["", "ko"]).as_deref(), Some("ko"));
        assert_eq!(wish(&["es-CL", "ko-KR"]), None);
        assert_eq!(wish(&["C"]), None);
        assert_eq!(wish(&[]), None);
    }
}
