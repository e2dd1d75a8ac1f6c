//! Text written by people, kept per content language.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A language tag such as `en`, `es` or `fr`.
pub type Lang = String;

/// One human-written text in each content language (language → text).
///
/// Stored as a plain map so that a colleague adding a translation in a text
/// editor sees exactly where it goes: `{"en": "…", "es": "…"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Localized(pub BTreeMap<Lang, String>);

impl Localized {
    /// A text in a single language.
    pub fn new(lang: &str, text: impl Into<String>) -> Self {
        let mut map = BTreeMap::new();
        map.insert(lang.to_owned(), text.into());
        Self(map)
    }

    /// The text in `lang`, or "" when there is none.
    pub fn get(&self, lang: &str) -> &str {
        self.0.get(lang).map_or("", String::as_str)
    }

    /// Sets the text in `lang`; an empty text removes the entry so files stay tidy.
    pub fn set(&mut self, lang: &str, text: impl Into<String>) {
        let text = text.into();
        if text.is_empty() {
            self.0.remove(lang);
        } else {
            self.0.insert(lang.to_owned(), text);
        }
    }

    /// True when no language has an entry at all (not even blanks): such a text
    /// need not be written to the file.
    pub fn is_unset(&self) -> bool {
        self.0.is_empty()
    }

    /// True when no language has any text.
    pub fn is_empty(&self) -> bool {
        self.0.values().all(|text| text.trim().is_empty())
    }

    /// Every text, in every language (for search and counting).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.0.values().map(String::as_str)
    }
}
