//! What the officer is looking at, and what a panel gets to work with for
//! one frame: the panels, the view state (never saved with the document),
//! the `Edit` handed to each panel, and how the document changed.

use super::command::Command;
use crate::i18n::Language;
use crate::model::translation::Section;
use crate::model::{Document, ProgramId};
use crate::tr;

/// The parts of the campaign's form, one panel each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Panel {
    #[default]
    City,
    Vision,
    Motivations,
    Policies,
    Programs,
    Overview,
    Check,
    /// A year's numbers: every indicator's value, the money spent, the people reached.
    Year,
    /// Other cities' profiles: search, compare, copy.
    Library,
}

impl Panel {
    pub const ALL: [Self; 9] = [
        Self::City,
        Self::Vision,
        Self::Motivations,
        Self::Policies,
        Self::Programs,
        Self::Overview,
        Self::Check,
        Self::Year,
        Self::Library,
    ];

    /// The message id of the panel's title.
    pub fn title_key(self) -> &'static str {
        match self {
            Self::City => "panel-city",
            Self::Vision => "panel-vision",
            Self::Motivations => "panel-motivations",
            Self::Policies => "panel-policies",
            Self::Programs => "panel-programs",
            Self::Overview => "panel-overview",
            Self::Check => "panel-check",
            Self::Year => "panel-year",
            Self::Library => "panel-library",
        }
    }

    pub fn title(self, language: Language) -> String {
        tr!(language, self.title_key())
    }

    /// One line under the title, saying what the panel holds.
    pub fn subtitle(self, language: Language) -> String {
        tr!(language, &format!("{}-subtitle", self.title_key()))
    }

    /// The part of the document the panel edits, for counting what is left to translate.
    pub fn section(self) -> Option<Section> {
        match self {
            Self::City => Some(Section::City),
            Self::Vision => Some(Section::Vision),
            Self::Motivations => Some(Section::Motivations),
            Self::Policies => Some(Section::Policies),
            Self::Programs => Some(Section::Programs),
            Self::Overview | Self::Check | Self::Year | Self::Library => None,
        }
    }
}

impl ViewState {
    /// Forgets what belonged to the document that was open: its selections,
    /// the field to focus, the findings. The panel, the search and the
    /// filters stay, as an officer moving between profiles expects.
    pub fn forget_document(&mut self) {
        self.selected_area = None;
        self.selected_program = None;
        self.catalogue.forget_document();
        self.focus_field = None;
        self.check_cache = None;
        self.year.forget_document();
    }
}

/// The Check panel's findings of one document revision.
#[derive(Clone, Debug)]
pub struct CheckCache {
    pub revision: u64,
    pub findings: std::sync::Arc<[crate::model::check::Finding]>,
    /// The findings' messages, in the language they were last said in.
    pub said: Option<(Language, std::sync::Arc<[String]>)>,
}

/// What the officer is looking at; not part of the document, never saved with it.
#[derive(Clone, Debug, Default)]
pub struct ViewState {
    pub panel: Panel,
    pub selected_area: Option<usize>,
    /// The program open in the editor.
    pub selected_program: Option<ProgramId>,
    pub catalogue: super::programs::CatalogueView,
    /// The field (by its label's message id) that takes the focus on its next drawing, e.g. after
    /// a click on a finding of the Check panel.
    pub focus_field: Option<String>,
    /// Findings of the Check panel, for the document revision they were
    /// made for, and their words in the interface language they were said
    /// in (switching language says them again; it checks nothing again).
    /// Shared, so a frame of the panel costs no copy of (possibly many
    /// thousands of) findings.
    pub check_cache: Option<CheckCache>,
    /// The content language being edited; `None` is the document's main language.
    pub content_lang: Option<String>,
    /// The Other cities panel.
    pub library: super::library::LibraryView,
    /// The Year panel.
    pub year: super::year::YearView,
}

impl ViewState {
    /// Opens program `id` in the editor, as the only one selected.
    pub fn focus_program(&mut self, id: ProgramId) {
        self.selected_program = Some(id);
        self.catalogue.selection = [id].into();
        self.catalogue.anchor = Some(id);
    }
}

/// How the document changed during a frame, for undo grouping.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    #[default]
    None,
    /// Typing or dragging: joins the current undo step.
    Typing,
    /// A click or a pick: a step of its own.
    Discrete,
}

/// What a panel gets to work with during one frame.
pub struct Edit<'a> {
    pub document: &'a mut Document,
    pub view: &'a mut ViewState,
    pub commands: &'a mut Vec<Command>,
    /// Requests that carry what the officer picked (programs to copy…).
    pub actions: &'a mut Vec<super::command::Action>,
    /// What the app has of a library of other cities' profiles.
    pub library: super::library::Shelf<'a>,
    /// The content language being edited.
    pub lang: String,
    /// The language being translated from, when translating side by side.
    pub source: Option<String>,
    /// The interface language.
    pub words: Language,
    /// Changes with every edit and comes back with undo; lets panels cache.
    pub revision: u64,
    pub change: Change,
    /// The number field being typed into this frame: its typing stays one
    /// undo step for as long as it keeps the keyboard, however slowly the
    /// officer types (an amount is one value, not its digits).
    pub typing_number: Option<egui::Id>,
}

impl Edit<'_> {
    /// Notes that the document changed in this way.
    pub fn changed(&mut self, change: Change) {
        self.change = self.change.max(change);
    }

    /// `text` in the language being edited, or in the source language while
    /// it is not translated yet (for titles in lists, not for fields).
    pub fn shown<'t>(&self, text: &'t crate::model::Localized) -> &'t str {
        match (text.get(&self.lang), &self.source) {
            (translated, Some(source)) if translated.trim().is_empty() => text.get(source),
            (translated, _) => translated,
        }
    }

    /// The language of words Carta writes into the document itself (e.g. "New
    /// program"): the content language being edited, when Carta speaks it.
    pub fn content_words(&self) -> Language {
        Language::from_tag(&self.lang).unwrap_or(self.words)
    }

    /// A message in the interface language.
    pub fn tr(&self, key: &str) -> String {
        tr!(self.words, key)
    }

    /// Gives the keyboard focus to the field `key` (its label's message id) if
    /// it was asked for.
    pub fn take_focus(&mut self, key: &str, response: &egui::Response) {
        if self.view.focus_field.as_deref() == Some(key) {
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            self.view.focus_field = None;
        }
    }

    /// [`Self::take_focus`] for a number field (`DragValue`), its value
    /// selected so that typing replaces it (a new budget line's "2025").
    pub fn take_focus_selected(&mut self, key: &str, response: &egui::Response) {
        if self.view.focus_field.as_deref() == Some(key) {
            let mut state =
                egui::TextEdit::load_state(&response.ctx, response.id).unwrap_or_default();
            // Past the end is clamped to the text's end: everything is selected.
            let everything = egui::text::CCursorRange::two(
                egui::text::CCursor::new(0),
                egui::text::CCursor::new(usize::MAX),
            );
            state.cursor.set_char_range(Some(everything));
            state.store(&response.ctx, response.id);
        }
        self.take_focus(key, response);
    }

    /// Notes a text edit when `response` reports one.
    pub fn typed(&mut self, response: &egui::Response) {
        if response.changed() {
            self.changed(Change::Typing);
        }
    }

    /// Notes an edit of a number field (`DragValue`) when `response` reports
    /// one: typing "25000000" is one undo step, not "2", "25", …
    pub fn typed_number(&mut self, response: &egui::Response) {
        if response.changed() {
            self.changed(Change::Typing);
            if response.has_focus() {
                self.typing_number = Some(response.id);
            }
        }
    }
}
