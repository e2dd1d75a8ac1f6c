//! Text written by people, kept per content language.

use serde::de::{Deserializer, Error as _, MapAccess, Visitor};
use serde::ser::{SerializeMap as _, Serializer};
use serde::{Deserialize, Serialize};

/// A language tag such as `en`, `es` or `fr`.
pub type Lang = String;

/// The most one text of a profile may hold, in characters: about 15,000
/// words, a long report. The longest text of the San Antonio profile is under
/// 1,000. A file with more is refused where the text starts, so that no frame,
/// slide or page has to lay out megabytes of one field; the editor's fields
/// stop there too, so Carta never writes a file it would refuse.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// One human-written text in each content language (language → text).
///
/// Stored as a plain map so that a colleague adding a translation in a text
/// editor sees exactly where it goes: `{"en": "…", "es": "…"}`. Reading it
/// refuses a language given twice (the second would silently win) and texts
/// over `MAX_TEXT_CHARS`.
///
/// In memory a list sorted by language, not a `BTreeMap`: a text has one to
/// three languages, and a map's node holds room for eleven, which made every
/// text of a library of 50,000 programs cost half a kilobyte more.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Localized(Vec<(Lang, String)>);

impl Serialize for Localized {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (lang, text) in &self.0 {
            map.serialize_entry(lang, text)?;
        }
        map.end()
    }
}

/// In a schema as it is written: an object from language tags to texts.
impl schemars::JsonSchema for Localized {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Localized".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "One text in several languages: BCP 47 tag → text.",
            "type": "object",
            "additionalProperties": { "type": "string" }
        })
    }
}

impl FromIterator<(Lang, String)> for Localized {
    /// Texts by language; of a language given twice, the last wins.
    fn from_iter<I: IntoIterator<Item = (Lang, String)>>(texts: I) -> Self {
        let mut localized = Self::default();
        for (lang, text) in texts {
            localized.insert(lang, text);
        }
        localized
    }
}

/// Why a text was refused while reading, carried through serde's error
/// message so the file reader can say it in the officer's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalizedError {
    DuplicateLanguage(String),
    TooLong,
}

const DUPLICATE_MARK: &str = "carta:duplicate-language:";
const TOO_LONG_MARK: &str = "carta:text-too-long";

impl LocalizedError {
    fn mark(&self) -> String {
        match self {
            Self::DuplicateLanguage(lang) => format!("{DUPLICATE_MARK}{lang}"),
            Self::TooLong => TOO_LONG_MARK.to_owned(),
        }
    }

    /// The error a serde message stands for, if it is one of these.
    pub fn parse(message: &str) -> Option<Self> {
        if let Some(lang) = message.strip_prefix(DUPLICATE_MARK) {
            return Some(Self::DuplicateLanguage(lang.to_owned()));
        }
        (message == TOO_LONG_MARK).then_some(Self::TooLong)
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Texts;
        impl<'de> Visitor<'de> for Texts {
            type Value = Localized;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map from language to text")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
                let mut texts = Localized::default();
                while let Some(lang) = map.next_key::<Lang>()? {
                    if texts.place(&lang).is_ok() {
                        let error = LocalizedError::DuplicateLanguage(lang);
                        return Err(A::Error::custom(error.mark()));
                    }
                    let text: String = map.next_value()?;
                    if too_long(&text) || too_long(&lang) {
                        return Err(A::Error::custom(LocalizedError::TooLong.mark()));
                    }
                    texts.insert(lang, text);
                }
                Ok(texts)
            }
        }
        deserializer.deserialize_map(Texts)
    }
}

/// True for a text over `MAX_TEXT_CHARS` (its bytes are counted first: a text
/// of fewer bytes cannot have more characters).
fn too_long(text: &str) -> bool {
    text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS
}

/// Reads a plain text (a name, a code) no longer than `MAX_TEXT_CHARS`.
pub fn bounded<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    if too_long(&text) {
        return Err(D::Error::custom(LocalizedError::TooLong.mark()));
    }
    Ok(text)
}

/// Reads a list of plain texts, each no longer than `MAX_TEXT_CHARS`.
pub fn bounded_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    let texts = Vec::<String>::deserialize(deserializer)?;
    if texts.iter().any(|text| too_long(text)) {
        return Err(D::Error::custom(LocalizedError::TooLong.mark()));
    }
    Ok(texts)
}

/// Reads an optional plain text no longer than `MAX_TEXT_CHARS`.
pub fn bounded_option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    let text = Option::<String>::deserialize(deserializer)?;
    if text.as_ref().is_some_and(|text| too_long(text)) {
        return Err(D::Error::custom(LocalizedError::TooLong.mark()));
    }
    Ok(text)
}

impl Localized {
    /// A text in a single language.
    pub fn new(lang: &str, text: impl Into<String>) -> Self {
        Self(vec![(lang.to_owned(), text.into())])
    }

    /// Where `lang`'s text is in the list, or where it would go.
    fn place(&self, lang: &str) -> Result<usize, usize> {
        self.0
            .binary_search_by(|(other, _)| other.as_str().cmp(lang))
    }

    /// Puts `text` in `lang`, even an empty one (as a file may hold it).
    fn insert(&mut self, lang: Lang, text: String) {
        match self.place(&lang) {
            Ok(at) => self.0[at].1 = text,
            Err(at) => self.0.insert(at, (lang, text)),
        }
    }

    /// The text in `lang`, or "" when there is none.
    pub fn get(&self, lang: &str) -> &str {
        self.place(lang).map_or("", |at| self.0[at].1.as_str())
    }

    /// The text as a reader of `lang` is shown it: in `lang`, else in the
    /// `main` language, else in whichever language it is written.
    pub fn shown<'t>(&'t self, lang: &str, main: &str) -> &'t str {
        [self.get(lang), self.get(main)]
            .into_iter()
            .chain(self.texts())
            .find(|text| !text.trim().is_empty())
            .unwrap_or("")
    }

    /// Sets the text in `lang`; an empty text removes the entry so files stay tidy.
    pub fn set(&mut self, lang: &str, text: impl Into<String>) {
        let text = text.into();
        if text.is_empty() {
            if let Ok(at) = self.place(lang) {
                self.0.remove(at);
            }
        } else {
            self.insert(lang.to_owned(), text);
        }
    }

    /// True when no language has an entry at all (not even blanks): such a text
    /// need not be written to the file.
    pub fn is_unset(&self) -> bool {
        self.0.is_empty()
    }

    /// True when no language has any text.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|(_, text)| text.trim().is_empty())
    }

    /// Every text, in every language (for search and counting).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, text)| text.as_str())
    }

    /// Every text, changeable in place.
    pub fn texts_mut(&mut self) -> impl Iterator<Item = &mut String> {
        self.0.iter_mut().map(|(_, text)| text)
    }
}

/// `text` cut to at most `max_chars` characters, with "…" where it was cut: a
/// name written as a megabyte without spaces must not take over the side bar,
/// the title bar, a slide or a list, nor cost a frame its time.
pub fn elide(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max_chars) {
        None => std::borrow::Cow::Borrowed(text),
        Some((end, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..end])),
    }
}
