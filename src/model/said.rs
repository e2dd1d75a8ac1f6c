//! What the model has to say, kept as data: which phrase and with what. The
//! check's findings are made of it, so they are worked out once per state
//! of the document, whatever the interface language; the interface says
//! them in its own words (`Said::say`) when it shows them, and says them
//! again, without checking anything again, when the officer switches.

use std::borrow::Cow;

use super::Words;
use super::words::Arg;

/// A phrase of Carta's and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    /// The phrase's id in the Fluent files.
    pub key: &'static str,
    pub args: Vec<(&'static str, Part)>,
}

/// An argument of a phrase, as data.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// The officer's text, or a year or an id written as it is.
    Text(String),
    /// A quantity, written as the interface's language writes numbers.
    Number(f64),
    /// Another phrase ("Country" inside "Country is empty.").
    Said(Box<Said>),
    /// A content language, by its code: named in the interface's words.
    Language(String),
    /// What the profile calls something, in each of its languages.
    Title(Title),
    /// Parts joined by a separator ("Migrants, Older adults").
    List(Vec<Part>, &'static str),
}

/// A title the profile writes in each of its content languages, main one
/// first. Said in the interface's language when the profile has it and
/// wrote the title in it ("Enfoque transversal" for a Spanish-speaking
/// officer, not "Cross-Cutting Approach"), else in the main language.
#[derive(Clone, Debug, PartialEq)]
pub struct Title {
    pub texts: Vec<(String, String)>,
    /// The phrase that quotes a title, given it as `$text`.
    pub quoted: &'static str,
    /// What is said when no language has the title.
    pub untitled: Box<Said>,
}

impl Said {
    /// A phrase without arguments.
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// This phrase with one more argument.
    pub fn with(mut self, name: &'static str, part: impl Into<Part>) -> Self {
        self.args.push((name, part.into()));
        self
    }

    /// The phrase in `words`.
    pub fn say(&self, words: impl Words) -> String {
        let args: Vec<(&str, Arg<'_>)> = (self.args.iter())
            .map(|(name, part)| (*name, part.arg(words)))
            .collect();
        words.phrase(self.key, &args)
    }
}

impl Part {
    fn arg(&self, words: impl Words) -> Arg<'_> {
        match self {
            Self::Text(text) => Arg::Text(Cow::Borrowed(text)),
            Self::Number(value) => Arg::Number(*value),
            other => Arg::Text(Cow::Owned(other.say(words))),
        }
    }

    /// This part as text in `words`.
    pub fn say(&self, words: impl Words) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Number(value) => words.number(*value, 2),
            Self::Said(said) => said.say(words),
            Self::Language(code) => words.language_name(code),
            Self::Title(title) => title.say(words),
            Self::List(parts, separator) => (parts.iter())
                .map(|part| part.say(words))
                .collect::<Vec<_>>()
                .join(separator),
        }
    }
}

impl Title {
    /// The title of `text` in each of `languages` (main first), quoted by
    /// the phrase `quoted` or, when it has none, said as `untitled`.
    pub fn of(
        text: &super::Localized,
        languages: &[String],
        quoted: &'static str,
        untitled: Said,
    ) -> Self {
        Self {
            texts: (languages.iter())
                .map(|code| (code.clone(), text.get(code).trim().to_owned()))
                .collect(),
            quoted,
            untitled: Box::new(untitled),
        }
    }

    /// The title in `words`'s language when written in it, else in the main one.
    pub fn text(&self, words: impl Words) -> &str {
        let own = (self.texts.iter()).find(|(code, text)| code == words.code() && !text.is_empty());
        let main = self.texts.first();
        own.or(main).map_or("", |(_, text)| text)
    }

    fn say(&self, words: impl Words) -> String {
        match self.text(words) {
            "" => self.untitled.say(words),
            text => Said::new(self.quoted).with("text", text).say(words),
        }
    }
}

impl From<Said> for Part {
    fn from(said: Said) -> Self {
        Self::Said(Box::new(said))
    }
}

impl From<Title> for Part {
    fn from(title: Title) -> Self {
        Self::Title(title)
    }
}

impl From<&str> for Part {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Part {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&String> for Part {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

super::words::from_numbers!(Part);

/// `said!("key")` or `said!("key", name = value, …)`: a phrase of Carta's
/// as data, to be said later in the interface's words.
#[macro_export]
macro_rules! said {
    ($key:expr) => {
        $crate::model::said::Said::new($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::model::said::Said::new($key)$(.with(stringify!($name), $value))+
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::Localized;

    #[test]
    fn a_phrase_inside_a_phrase_is_said_in_the_same_words() {
        let said = crate::said!("check-empty", field = crate::said!("field-country"));
        assert_eq!(said.say(Language::ENGLISH), "Country is empty.");
        assert_eq!(said.say(Language::SPANISH), "País: está vacío.");
    }

    #[test]
    fn a_title_is_said_in_the_interface_language_when_the_profile_writes_it() {
        let mut text = Localized::new("en", "Cross-Cutting Approach");
        text.set("es", "Enfoque transversal");
        let languages = ["en".to_owned(), "es".to_owned()];
        let untitled = crate::said!("area-numbered-subject", number = "1");
        let title = Title::of(&text, &languages, "area-titled", untitled.clone());
        assert_eq!(title.text(Language::SPANISH), "Enfoque transversal");
        assert_eq!(title.text(Language::FRENCH), "Cross-Cutting Approach");
        let nothing = Title::of(&Localized::default(), &languages, "area-titled", untitled);
        assert_eq!(Part::from(nothing).say(Language::ENGLISH), "Policy area 1");
    }
}
