//! Which writing system a text is in, in the words an officer would use, and
//! what to install when the computer has no font for it.

use unicode_script::{Script, UnicodeScript as _};

/// The script of `c`, or `None` for what scripts share (digits, punctuation,
/// spaces, marks) and for symbols and emoji.
pub fn script_of(c: char) -> Option<Script> {
    match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => None,
        script => Some(script),
    }
}

/// The name of the writing system of `c` for a message: "Hangul", "Arabic",
/// or "Emoji" for pictographs and "Symbols" for the rest of what has no script.
pub fn writing_system(c: char) -> &'static str {
    match script_of(c) {
        Some(script) => script.full_name(),
        None if is_pictograph(c) => "Emoji",
        None => "Symbols",
    }
}

/// Emoji and other pictographs, which need a font of their own.
fn is_pictograph(c: char) -> bool {
    matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2600..=0x27BF)
}

/// The Debian/Ubuntu package with a font for `writing_system`.
pub fn debian_package(writing_system: &str) -> &'static str {
    match writing_system {
        "Han" | "Hangul" | "Hiragana" | "Katakana" | "Bopomofo" => "fonts-noto-cjk",
        "Emoji" => "fonts-noto-color-emoji",
        "Latin" | "Greek" | "Cyrillic" | "Arabic" | "Hebrew" | "Devanagari" | "Bengali"
        | "Thai" | "Ethiopic" | "Armenian" | "Georgian" | "Tamil" | "Telugu" | "Kannada"
        | "Malayalam" | "Gujarati" | "Gurmukhi" | "Oriya" | "Sinhala" | "Khmer" | "Lao"
        | "Myanmar" | "Tibetan" | "Thaana" | "Syriac" => "fonts-noto-core",
        _ => "fonts-noto-extra",
    }
}

/// Is `script` the usual script of language `tag` (BCP 47: "ko", "zh-Hant")?
/// Languages Carta does not list here are taken to be written in Latin.
pub fn language_writes(tag: &str, script: Script) -> bool {
    let language = tag
        .split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase();
    let usual: &[Script] = match language.as_str() {
        "ko" => &[Script::Hangul, Script::Han],
        "ja" => &[Script::Han, Script::Hiragana, Script::Katakana],
        "zh" | "yue" => &[Script::Han, Script::Bopomofo],
        "ar" | "fa" | "ur" | "ps" | "ckb" | "ug" => &[Script::Arabic],
        "he" | "yi" => &[Script::Hebrew],
        "hi" | "mr" | "ne" | "sa" => &[Script::Devanagari],
        "bn" | "as" => &[Script::Bengali],
        "th" => &[Script::Thai],
        "ru" | "uk" | "bg" | "sr" | "mk" | "be" | "kk" | "ky" | "mn" | "tg" => &[Script::Cyrillic],
        "el" => &[Script::Greek],
        "am" | "ti" => &[Script::Ethiopic],
        "hy" => &[Script::Armenian],
        "ka" => &[Script::Georgian],
        "ta" => &[Script::Tamil],
        "km" => &[Script::Khmer],
        "lo" => &[Script::Lao],
        "my" => &[Script::Myanmar],
        _ => &[Script::Latin],
    };
    usual.contains(&script)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_scripts_of_the_campaign_cities() {
        assert_eq!(writing_system('광'), "Hangul");
        assert_eq!(writing_system('ت'), "Arabic");
        assert_eq!(writing_system('ố'), "Latin");
        assert_eq!(writing_system('😀'), "Emoji");
        assert_eq!(writing_system('→'), "Symbols");
        assert_eq!(debian_package("Hangul"), "fonts-noto-cjk");
        assert_eq!(debian_package("Ethiopic"), "fonts-noto-core");
    }
}
