//! What the model needs of a language to write Carta's own words into what
//! it makes (a finding of the check, a slide's heading, a vocabulary name):
//! the model says which phrase and with what, and whoever asks passes the
//! words to say it in. The language table implements this; the
//! model knows nothing of it.

use std::borrow::Cow;

/// A language's phrases and number conventions.
pub trait Words: Copy {
    /// The phrase `key` with its `args` (the key itself when no language
    /// has it, so a missing phrase shows instead of vanishing).
    fn phrase(self, key: &str, args: &[(&str, Arg<'_>)]) -> String;
    /// `value` with at most `decimals` decimals, as this language writes it.
    fn number(self, value: f64, decimals: usize) -> String;
    /// The name of content language `code` in these words.
    fn language_name(self, code: &str) -> String;
    /// The BCP 47 code of the language these words are in.
    fn code(self) -> &'static str;
}

/// An argument of a phrase.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Self::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Self::Text(Cow::Owned(text))
    }
}

/// `From` each number type for `$target`, as its `Number(f64)`.
macro_rules! from_numbers {
    ($target:ty) => {
        $crate::model::words::from_numbers!($target: u8, u16, u32, u64, usize, i32, i64, f64);
    };
    ($target:ty: $($kind:ty),*) => {
        $(impl From<$kind> for $target {
            fn from(value: $kind) -> Self {
                Self::Number(value as f64)
            }
        })*
    };
}
pub(crate) use from_numbers;

from_numbers!(Arg<'_>);

/// `phrase!(words, "key")` or `phrase!(words, "key", name = value, …)`: a
/// phrase of Carta's in `words`.
#[macro_export]
macro_rules! phrase {
    ($words:expr, $key:expr) => {
        $crate::model::Words::phrase($words, $key, &[])
    };
    ($words:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::model::Words::phrase(
            $words,
            $key,
            &[$((stringify!($name), $crate::model::words::Arg::from($value))),+],
        )
    };
}
