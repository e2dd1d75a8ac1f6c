//! Text of an imported page the import could not place: kept in the
//! document, where the Check panel lists it, until the officer puts it in a
//! field or lets it go. Never published: it is the officer's to sort.

use serde::{Deserialize, Serialize};

use super::translation::{Place, VISION_QUESTION_KEYS};
use super::{Document, Localized, Program, VisionForm, wording};

/// A piece of a page's text, as the page wrote it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Unplaced {
    /// The page's line it starts on (from 1), to find it there.
    pub line: usize,
    #[serde(deserialize_with = "super::localized::bounded")]
    pub text: String,
}

/// Where the officer may put a piece of unplaced text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Destination {
    /// After the vision's prose (a vision in prose).
    VisionProse,
    /// After the answer to the campaign's question 0 or 1.
    VisionAnswer(usize),
    MotivationsIntroduction,
    /// A new aim at the end of the list.
    Aim,
    MotivationsClosing,
    PoliciesIntroduction,
    /// A new program of the catalogue, titled by its first words.
    NewProgram,
}

impl Destination {
    pub const ALL: [Self; 8] = [
        Self::VisionProse,
        Self::VisionAnswer(0),
        Self::VisionAnswer(1),
        Self::MotivationsIntroduction,
        Self::Aim,
        Self::MotivationsClosing,
        Self::PoliciesIntroduction,
        Self::NewProgram,
    ];

    /// The message id naming the destination.
    pub fn key(self) -> &'static str {
        match self {
            Self::VisionProse => "place-in-vision",
            Self::VisionAnswer(0) => "place-in-answer-1",
            Self::VisionAnswer(_) => "place-in-answer-2",
            Self::MotivationsIntroduction => "place-in-introduction",
            Self::Aim => "place-as-aim",
            Self::MotivationsClosing => "place-in-closing",
            Self::PoliciesIntroduction => "place-in-policies",
            Self::NewProgram => "place-as-program",
        }
    }
}

impl Document {
    /// Moves unplaced text `index` to `to`, written in `lang`, and tells
    /// where it went so the app can show it there. `None` (and no change)
    /// for an index the list does not have.
    pub fn place_unplaced(&mut self, index: usize, to: Destination, lang: &str) -> Option<Place> {
        if index >= self.unplaced.len() {
            return None;
        }
        let text = self.unplaced.remove(index).text;
        let append = |field: &mut Localized| {
            let before = field.get(lang).trim_end();
            let joined = if before.is_empty() {
                text.clone()
            } else {
                format!("{before}\n\n{text}")
            };
            field.set(lang, joined);
        };
        let place = match to {
            Destination::VisionProse => {
                self.vision.form = VisionForm::Prose;
                append(&mut self.vision.prose);
                Place::Vision("field-vision-text")
            }
            Destination::VisionAnswer(question) => {
                let question = question.min(1);
                self.vision.form = VisionForm::Questions;
                append(&mut self.vision.answers[question]);
                Place::Vision(VISION_QUESTION_KEYS[question])
            }
            Destination::MotivationsIntroduction => {
                append(&mut self.motivations.introduction);
                Place::Motivations("field-introduction")
            }
            Destination::Aim => {
                self.motivations.aims.push(Localized::new(lang, text));
                Place::Motivations("field-aims")
            }
            Destination::MotivationsClosing => {
                append(&mut self.motivations.closing);
                Place::Motivations("field-closing")
            }
            Destination::PoliciesIntroduction => {
                append(&mut self.policies.introduction);
                Place::Policies("policies-introduction")
            }
            Destination::NewProgram => {
                let id = self.allocate_program_id();
                let mut program = Program::new(id);
                let (title, summary) = wording::split_item(&text);
                program.title = Localized::new(lang, title);
                program.summary = Localized::new(lang, summary);
                self.programs.push(program);
                Place::Program(id, "field-title")
            }
        };
        Some(place)
    }

    /// Lets unplaced text `index` go: the officer has read it and does not want it.
    pub fn discard_unplaced(&mut self, index: usize) -> Option<Unplaced> {
        (index < self.unplaced.len()).then(|| self.unplaced.remove(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(texts: &[&str]) -> Document {
        Document {
            unplaced: (texts.iter().enumerate())
                .map(|(line, text)| Unplaced {
                    line: line + 1,
                    text: (*text).to_owned(),
                })
                .collect(),
            ..Document::default()
        }
    }

    #[test]
    fn placed_text_joins_the_field_after_what_it_holds() {
        let mut document = with(&["Second paragraph.", "An aim."]);
        document.motivations.introduction = Localized::new("en", "First paragraph.");
        let place = document.place_unplaced(0, Destination::MotivationsIntroduction, "en");
        assert_eq!(place, Some(Place::Motivations("field-introduction")));
        assert_eq!(
            document.motivations.introduction.get("en"),
            "First paragraph.\n\nSecond paragraph."
        );
        document.place_unplaced(0, Destination::Aim, "en");
        assert_eq!(document.motivations.aims, [Localized::new("en", "An aim.")]);
        assert!(document.unplaced.is_empty());
    }

    #[test]
    fn a_text_made_a_program_is_titled_by_its_head() {
        let mut document = with(&["Legal aid office: free advice for migrants."]);
        let Some(Place::Program(id, _)) = document.place_unplaced(0, Destination::NewProgram, "fr")
        else {
            panic!("no program made");
        };
        let program = document.program(id).expect("the program");
        assert_eq!(program.title.get("fr"), "Legal aid office");
        assert_eq!(program.summary.get("fr"), "free advice for migrants.");
    }

    #[test]
    fn an_answer_turns_the_vision_to_questions_and_a_bad_index_changes_nothing() {
        let mut document = with(&["Because rights are local."]);
        assert_eq!(document.place_unplaced(3, Destination::Aim, "en"), None);
        assert_eq!(document.discard_unplaced(3), None);
        document.place_unplaced(0, Destination::VisionAnswer(1), "en");
        assert_eq!(document.vision.form, VisionForm::Questions);
        assert_eq!(
            document.vision.answers[1].get("en"),
            "Because rights are local."
        );
    }
}
