//! Content languages: where every text of a profile is, which texts a
//! translation still lacks, and the document as it reads in one language,
//! with the main language standing in for gaps.

use super::{Document, Localized, Mandate, ProgramId};

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

/// Where a field is: a panel, and the message id of the field's label in it
/// (the id, not the words, so the place holds in every language).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    City(&'static str),
    Vision(&'static str),
    Motivations(&'static str),
    /// Aim `usize` (from 0) of the motivations.
    Aim(usize),
    /// The Policies panel, outside any area.
    Policies(&'static str),
    /// A policy area by position, and a field.
    Area(usize, &'static str),
    Program(ProgramId, &'static str),
    /// Row `usize` (from 0) of a list inside a program (a partner, an
    /// indicator, a piece of evidence); the message id takes the row's number.
    ProgramRow(ProgramId, &'static str, usize),
    /// Text `usize` (from 0) of an imported page, not placed yet (Check panel).
    Unplaced(usize),
}

impl Place {
    /// The section of the form the place is in; none for text not placed yet.
    pub fn section(&self) -> Option<Section> {
        Some(match self {
            Self::City(_) => Section::City,
            Self::Vision(_) => Section::Vision,
            Self::Motivations(_) | Self::Aim(_) => Section::Motivations,
            Self::Policies(_) | Self::Area(..) => Section::Policies,
            Self::Program(..) | Self::ProgramRow(..) => Section::Programs,
            Self::Unplaced(_) => return None,
        })
    }

    /// The name under which the field asks for the focus: its label's
    /// message id, followed by the row number for a row ("partner-role-2").
    pub fn focus_key(&self) -> String {
        match self {
            Self::City(key)
            | Self::Vision(key)
            | Self::Motivations(key)
            | Self::Policies(key)
            | Self::Area(_, key)
            | Self::Program(_, key) => (*key).to_owned(),
            Self::ProgramRow(_, key, row) => row_focus_key(key, row + 1),
            Self::Aim(index) => row_focus_key("aim", index + 1),
            Self::Unplaced(index) => row_focus_key("unplaced", index + 1),
        }
    }
}

/// The focus name of row `number` (from 1, as the officer counts) of a
/// program's list, as `Place::focus_key` makes it.
pub fn row_focus_key(key: &str, number: usize) -> String {
    format!("{key}-{number}")
}

/// The message ids of the campaign's two questions about the vision.
pub const VISION_QUESTION_KEYS: [&str; 2] = ["vision-question-1", "vision-question-2"];

/// Calls `$visit(place, text)` for every text of `$doc`, reached through
/// `$($ref)*` (`&` or `&mut`), so the shared and the mutable walk cannot drift
/// apart, and counting, checking and translating all see the same texts.
macro_rules! walk_texts {
    ($doc:expr, $visit:expr, $($ref:tt)*) => {{
        let doc = $doc;
        let visit = $visit;
        let city = $($ref)* doc.city;
        visit(Place::City("field-city-name"), $($ref)* city.name);
        visit(Place::City("field-qualifier"), $($ref)* city.qualifier);
        visit(Place::City("field-country"), $($ref)* city.country);
        visit(Place::City("field-leader-title"), $($ref)* city.leader.title);
        if let Mandate::Text(text) = $($ref)* city.mandate {
            visit(Place::City("field-mandate"), text);
        }
        visit(Place::Vision("field-vision-text"), $($ref)* doc.vision.prose);
        for (answer, key) in ($($ref)* doc.vision.answers).into_iter().zip(VISION_QUESTION_KEYS) {
            visit(Place::Vision(key), answer);
        }
        let motivations = $($ref)* doc.motivations;
        visit(Place::Motivations("field-introduction"), $($ref)* motivations.introduction);
        for (index, aim) in ($($ref)* motivations.aims).into_iter().enumerate() {
            visit(Place::Aim(index), aim);
        }
        visit(Place::Motivations("field-closing"), $($ref)* motivations.closing);
        visit(Place::Policies("policies-introduction"), $($ref)* doc.policies.introduction);
        for (index, area) in ($($ref)* doc.policies.areas).into_iter().enumerate() {
            visit(Place::Area(index, "field-area-title"), $($ref)* area.title);
            visit(Place::Area(index, "field-area-description"), $($ref)* area.description);
            visit(Place::Area(index, "field-notes"), $($ref)* area.notes);
        }
        for program in $($ref)* doc.programs {
            let id = program.id;
            visit(Place::Program(id, "field-title"), $($ref)* program.title);
            visit(Place::Program(id, "field-summary"), $($ref)* program.summary);
            visit(Place::Program(id, "field-description"), $($ref)* program.description);
            visit(Place::Program(id, "field-responsible-unit"), $($ref)* program.responsible_unit);
            visit(Place::Program(id, "field-notes"), $($ref)* program.notes);
            for (row, partner) in ($($ref)* program.partners).into_iter().enumerate() {
                visit(Place::ProgramRow(id, "partner-role", row), $($ref)* partner.role);
            }
            for (row, indicator) in ($($ref)* program.indicators).into_iter().enumerate() {
                visit(Place::ProgramRow(id, "indicator-name", row), $($ref)* indicator.name);
                visit(Place::ProgramRow(id, "indicator-unit", row), $($ref)* indicator.unit);
                visit(Place::ProgramRow(id, "indicator-source", row), $($ref)* indicator.source);
                visit(Place::ProgramRow(id, "indicator-reporter", row), $($ref)* indicator.reporter);
            }
            for (row, review) in ($($ref)* program.reviews).into_iter().enumerate() {
                visit(Place::ProgramRow(id, "review-achieved", row), $($ref)* review.achieved);
                visit(Place::ProgramRow(id, "review-difficulties", row), $($ref)* review.difficulties);
                visit(Place::ProgramRow(id, "review-next-steps", row), $($ref)* review.next_steps);
            }
            for (row, evidence) in ($($ref)* program.evidence).into_iter().enumerate() {
                visit(Place::ProgramRow(id, "evidence-title", row), $($ref)* evidence.title);
            }
        }
    }};
}

/// Calls `visit` with every text of the document and the field it is in.
pub fn for_each_text<'a>(document: &'a Document, mut visit: impl FnMut(Place, &'a Localized)) {
    walk_texts!(document, &mut visit, &);
}

/// Like `for_each_text`, for changing the texts.
pub fn for_each_text_mut(document: &mut Document, mut visit: impl FnMut(Place, &mut Localized)) {
    walk_texts!(document, &mut visit, &mut);
}

/// True when the text at `place` is part of the profile as its form stands:
/// the answers to the vision's questions are not while the vision is prose,
/// nor the prose while it is answers (the text is kept, in case the officer
/// switches back, but it is not asked to be translated).
pub fn in_use(document: &Document, place: &Place) -> bool {
    use super::VisionForm;
    match (place, &document.vision.form) {
        (Place::Vision(key), VisionForm::Prose) => !VISION_QUESTION_KEYS.contains(key),
        (Place::Vision(key), VisionForm::Questions) => *key != "field-vision-text",
        _ => true,
    }
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
    for_each_text(document, |place, text| {
        if is_untranslated(text, main, lang)
            && in_use(document, &place)
            && let Some(section) = place.section()
        {
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

    /// Adds `lang` to the content languages (after the main one) if it is
    /// new: tags differ in case only in spelling ("PT-br" is "pt-BR").
    pub fn add_language(&mut self, lang: &str) -> bool {
        let lang = lang.trim();
        if lang.is_empty()
            || self
                .languages
                .iter()
                .any(|known| known.eq_ignore_ascii_case(lang))
        {
            return false;
        }
        self.languages.push(lang.to_owned());
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_added_again_in_another_case_is_the_same_language() {
        let mut document = Document::default();
        assert!(document.add_language("pt-BR"));
        assert!(!document.add_language("PT-br"));
        assert!(!document.add_language(" EN "));
        assert_eq!(document.languages, ["en", "pt-BR"]);
    }

    fn two_languages() -> Document {
        let mut doc = Document::default();
        doc.languages.push("es".into());
        doc.city.name = Localized::new("en", "San Antonio");
        doc.city.country = Localized::new("en", "Chile");
        doc.city.country.set("es", "Chile");
        doc.motivations.aims.push(Localized::new("en", "Learn"));
        let id = doc.add_new_program(crate::i18n::Language::ENGLISH);
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
            spanish += usize::from(!text.get("es").is_empty());
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
