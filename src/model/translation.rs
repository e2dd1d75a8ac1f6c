//! Content languages: which texts a translation still lacks, and the document
//! as it reads in one language, with the main language standing in for gaps.

use super::{Document, Localized, Mandate};

/// The parts of the form that hold texts, for counting what is left to translate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    City,
    Vision,
    Motivations,
    Policies,
    Programs,
}

impl Section {
    pub const ALL: [Self; 5] = [
        Self::City,
        Self::Vision,
        Self::Motivations,
        Self::Policies,
        Self::Programs,
    ];
}

/// Calls `$visit(section, text)` for every text of `$doc`, reached through
/// `$($ref)*` (`&` or `&mut`), so the shared and the mutable walk cannot drift apart.
macro_rules! walk_texts {
    ($doc:expr, $visit:expr, $($ref:tt)*) => {{
        let doc = $doc;
        let visit = $visit;
        let city = $($ref)* doc.city;
        visit(Section::City, $($ref)* city.name);
        visit(Section::City, $($ref)* city.qualifier);
        visit(Section::City, $($ref)* city.country);
        visit(Section::City, $($ref)* city.leader.title);
        if let Mandate::Text(text) = $($ref)* city.mandate {
            visit(Section::City, text);
        }
        visit(Section::Vision, $($ref)* doc.vision.prose);
        for answer in $($ref)* doc.vision.answers {
            visit(Section::Vision, answer);
        }
        visit(Section::Motivations, $($ref)* doc.motivations.introduction);
        for aim in $($ref)* doc.motivations.aims {
            visit(Section::Motivations, aim);
        }
        visit(Section::Motivations, $($ref)* doc.motivations.closing);
        visit(Section::Policies, $($ref)* doc.policies.introduction);
        for area in $($ref)* doc.policies.areas {
            visit(Section::Policies, $($ref)* area.title);
            visit(Section::Policies, $($ref)* area.description);
            visit(Section::Policies, $($ref)* area.notes);
        }
        for program in $($ref)* doc.programs {
            visit(Section::Programs, $($ref)* program.title);
            visit(Section::Programs, $($ref)* program.summary);
            visit(Section::Programs, $($ref)* program.description);
            visit(Section::Programs, $($ref)* program.responsible_unit);
            visit(Section::Programs, $($ref)* program.notes);
            for partner in $($ref)* program.partners {
                visit(Section::Programs, $($ref)* partner.role);
            }
            for indicator in $($ref)* program.indicators {
                visit(Section::Programs, $($ref)* indicator.name);
                visit(Section::Programs, $($ref)* indicator.unit);
            }
            for evidence in $($ref)* program.evidence {
                visit(Section::Programs, $($ref)* evidence.title);
            }
        }
    }};
}

/// Calls `visit` with every text of the document and the section it belongs to.
pub fn for_each_text<'a>(document: &'a Document, mut visit: impl FnMut(Section, &'a Localized)) {
    walk_texts!(document, &mut visit, &);
}

/// Like `for_each_text`, for changing the texts.
pub fn for_each_text_mut(document: &mut Document, mut visit: impl FnMut(Section, &mut Localized)) {
    walk_texts!(document, &mut visit, &mut);
}

/// True when `text` is written in `main` but not in `lang`.
pub fn is_untranslated(text: &Localized, main: &str, lang: &str) -> bool {
    !text.get(main).trim().is_empty() && text.get(lang).trim().is_empty()
}

/// How many texts of each section (in `Section::ALL` order) have no `lang` version yet.
pub fn missing_translations(document: &Document, lang: &str) -> [usize; 5] {
    let main = document.main_language();
    let mut counts = [0; 5];
    if lang == main {
        return counts;
    }
    for_each_text(document, |section, text| {
        if is_untranslated(text, main, lang) {
            counts[section as usize] += 1;
        }
    });
    counts
}

impl Document {
    /// The document as it reads in `lang`, for slides and exports: `lang`
    /// becomes the main language and every text it lacks is taken from the
    /// main language, so nothing is left blank.
    pub fn in_language(&self, lang: &str) -> Document {
        let main = self.main_language().to_owned();
        let mut translated = self.clone();
        if lang == main {
            return translated;
        }
        for_each_text_mut(&mut translated, |_, text| {
            if text.get(lang).trim().is_empty() {
                let fallback = text.get(&main).to_owned();
                text.set(lang, fallback);
            }
        });
        translated.languages.retain(|known| known != lang);
        translated.languages.insert(0, lang.to_owned());
        translated
    }

    /// Removes content language `lang` and every text written in it; the main
    /// language cannot be removed.
    pub fn remove_language(&mut self, lang: &str) -> bool {
        if lang == self.main_language() || !self.languages.iter().any(|l| l == lang) {
            return false;
        }
        self.languages.retain(|known| known != lang);
        for_each_text_mut(self, |_, text| text.set(lang, ""));
        true
    }

    /// Makes `lang`, already a content language, the main one: the others are
    /// then translated from it.
    pub fn set_main_language(&mut self, lang: &str) -> bool {
        let Some(position) = self.languages.iter().position(|known| known == lang) else {
            return false;
        };
        if position == 0 {
            return false;
        }
        let lang = self.languages.remove(position);
        self.languages.insert(0, lang);
        true
    }

    /// Adds `lang` to the content languages (after the main one) if it is new.
    pub fn add_language(&mut self, lang: &str) -> bool {
        let lang = lang.trim();
        if lang.is_empty() || self.languages.iter().any(|known| known == lang) {
            return false;
        }
        self.languages.push(lang.to_owned());
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_languages() -> Document {
        let mut doc = Document::default();
        doc.languages.push("es".into());
        doc.city.name = Localized::new("en", "San Antonio");
        doc.city.country = Localized::new("en", "Chile");
        doc.city.country.set("es", "Chile");
        doc.motivations.aims.push(Localized::new("en", "Learn"));
        let id = doc.add_program();
        let _ = id;
        doc.programs[0].summary = Localized::new("en", "Help");
        doc
    }

    #[test]
    fn missing_translations_are_counted_per_section() {
        let doc = two_languages();
        // City name; the aim; the program's title and summary.
        assert_eq!(missing_translations(&doc, "es"), [1, 0, 1, 0, 2]);
        assert_eq!(missing_translations(&doc, "en"), [0; 5]);
    }

    #[test]
    fn a_document_in_another_language_falls_back_to_the_main_one() {
        let mut doc = two_languages();
        doc.motivations.aims[0].set("es", "Aprender");
        let spanish = doc.in_language("es");
        assert_eq!(spanish.main_language(), "es");
        assert_eq!(spanish.motivations.aims[0].get("es"), "Aprender");
        assert_eq!(spanish.city.name.get("es"), "San Antonio");
        assert_eq!(spanish.city.country.get("es"), "Chile");
        // The original is untouched.
        assert_eq!(doc.city.name.get("es"), "");
    }

    #[test]
    fn the_embedded_profile_is_completely_translated_into_spanish() {
        let doc = crate::store::embedded_profile();
        assert_eq!(doc.languages, ["en", "es"]);
        assert_eq!(missing_translations(&doc, "es"), [0; 5]);
        assert_eq!(
            doc.policies.areas[1].title.get("es"),
            "Educación y promoción de los derechos humanos"
        );
    }

    #[test]
    fn removing_a_language_removes_its_texts_but_never_the_main_one() {
        let mut doc = crate::store::embedded_profile();
        assert!(!doc.remove_language("en"));
        assert!(doc.remove_language("es"));
        assert_eq!(doc.languages, ["en"]);
        let mut spanish = 0;
        for_each_text(&doc, |_, text| {
            spanish += usize::from(!text.get("es").is_empty())
        });
        assert_eq!(spanish, 0);
    }

    #[test]
    fn a_translation_can_become_the_main_language() {
        let mut doc = crate::store::embedded_profile();
        assert!(doc.set_main_language("es"));
        assert_eq!(doc.languages, ["es", "en"]);
        assert_eq!(doc.main_language(), "es");
        assert!(!doc.set_main_language("es"));
        assert!(!doc.set_main_language("fr"));
        // Every text is still there, in both languages.
        assert_eq!(missing_translations(&doc, "en"), [0; 5]);
    }

    #[test]
    fn languages_are_added_once() {
        let mut doc = Document::default();
        assert!(doc.add_language("fr"));
        assert!(!doc.add_language("fr"));
        assert!(!doc.add_language("en"));
        assert!(!doc.add_language(" "));
        assert_eq!(doc.languages, ["en", "fr"]);
    }
}
