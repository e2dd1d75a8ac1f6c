//! The headings of the campaign's published profile pages, read from the
//! language table (`assets/i18n/<code>/language.ron` of each campaign language).

use crate::i18n::Language;
use crate::model::wording;

/// Which part of the form a heading introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Heading {
    Region,
    Country,
    Joined,
    Leader,
    Mandate,
    Government,
    Population,
    Vision,
    Motivations,
    Policies,
}

impl Heading {
    pub const ALL: [Self; 10] = [
        Self::Region,
        Self::Country,
        Self::Joined,
        Self::Leader,
        Self::Mandate,
        Self::Government,
        Self::Population,
        Self::Vision,
        Self::Motivations,
        Self::Policies,
    ];

    /// Its name in a language's `language.ron`.
    fn name(self) -> String {
        format!("{self:?}")
    }
}

/// The wordings pages print for `heading` in `language` (none for a
/// language the campaign does not publish in). The first is the one the text
/// export writes: the campaign's own where its pages were seen, else Carta's
/// translation; the others are variants seen on its pages. Small typos,
/// accents, plurals and punctuation need no entry (`wording::same`).
fn wordings(heading: Heading, language: Language) -> &'static [String] {
    let name = heading.name();
    language
        .campaign_words()
        .and_then(|words| words.headings.iter().find(|(known, _)| *known == name))
        .map_or(&[], |(_, wordings)| wordings.as_slice())
}

/// The heading a line is, if it is one, and the language it is written in.
/// Pages print headings in capitals, so a value such as "Region" under TYPE OF
/// GOVERNMENT is not taken for one; accents, spacing, punctuation, plurals
/// and a typo in a dozen letters do not matter.
pub fn heading_of(line: &str) -> Option<(Heading, Language)> {
    let line = line.trim();
    if line.is_empty() || line.to_uppercase() != line || !line.chars().any(char::is_alphabetic) {
        return None;
    }
    // Exact wordings first, accents kept ("REGION" is English, "RÉGION"
    // French): a typo allowance must not let one heading take another's.
    let spaced = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let exact = |a: &str, b: &str| spaced(a) == spaced(b);
    let languages = Language::campaign();
    for matches in [&exact as &dyn Fn(&str, &str) -> bool, &wording::same] {
        for heading in Heading::ALL {
            for language in &languages {
                if wordings(heading, *language)
                    .iter()
                    .any(|label| matches(label, line))
                {
                    return Some((heading, *language));
                }
            }
        }
    }
    None
}

/// The words the text export prints for `heading` in `language`, in
/// English's for a language the campaign does not publish in.
pub fn label_of(heading: Heading, language: Language) -> &'static str {
    [language, Language::ENGLISH]
        .into_iter()
        .find_map(|language| wordings(heading, language).first())
        .map_or("", String::as_str)
}

/// Which of the campaign's vision questions `line` is (0 or 1), and its
/// language: a line ending with "?" holding the question's words.
pub fn vision_question_of(line: &str) -> Option<(usize, Language)> {
    let line = line.trim();
    if !line.ends_with('?') {
        return None;
    }
    let key = wording::key(line);
    // Words that tell the two questions apart, whatever their exact wording
    // on a page ("fulfilling", "upholding"; "local and regional governments",
    // "the role of local authorities"…).
    for question in 0..2 {
        for language in Language::campaign() {
            let Some(words) = language.campaign_words() else {
                continue;
            };
            if words.vision_questions[question]
                .iter()
                .any(|k| key.contains(&wording::key(k)))
            {
                return Some((question, language));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_campaign_language_has_every_heading_and_both_vision_questions() {
        let languages = Language::campaign();
        assert_eq!(languages.len(), 3, "English, Spanish and French");
        for language in languages {
            for heading in Heading::ALL {
                assert!(
                    !wordings(heading, language).is_empty(),
                    "{language:?} lacks {heading:?}"
                );
            }
            let words = language.campaign_words().unwrap();
            assert!(words.vision_questions.iter().all(|keys| !keys.is_empty()));
            assert!(!words.small_words.is_empty());
        }
    }
}
