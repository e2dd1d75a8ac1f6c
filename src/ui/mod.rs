//! Drawing: one module per panel of the form. Panels edit the document in
//! memory and queue commands; they never touch files.

mod check;
mod city;
pub mod icon;
pub mod import;
mod motivations;
mod overview;
mod policies;
pub mod present;
mod programs;
pub mod theme;
mod vision;
mod widgets;

use crate::app::Command;
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
}

impl Panel {
    pub const ALL: [Self; 7] = [
        Self::City,
        Self::Vision,
        Self::Motivations,
        Self::Policies,
        Self::Programs,
        Self::Overview,
        Self::Check,
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
            Self::Overview | Self::Check => None,
        }
    }
}

/// The interface language of the app drawing into `ctx` (kept in egui's memory
/// so that every widget can reach it, and each window may have its own).
pub fn language(ctx: &egui::Context) -> Language {
    ctx.data(|data| data.get_temp(language_id()))
        .unwrap_or_default()
}

/// Sets the interface language that `language` answers.
pub fn set_language(ctx: &egui::Context, language: Language) {
    ctx.data_mut(|data| data.insert_temp(language_id(), language));
}

fn language_id() -> egui::Id {
    egui::Id::unique("carta_interface_language")
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
    }
}

/// What the officer is looking at; not part of the document, never saved with it.
#[derive(Clone, Debug, Default)]
pub struct ViewState {
    pub panel: Panel,
    pub selected_area: Option<usize>,
    /// The program open in the editor.
    pub selected_program: Option<ProgramId>,
    pub catalogue: programs::CatalogueView,
    /// The field (by its label's message id) that takes the focus on its next drawing, e.g. after
    /// a click on a finding of the Check panel.
    pub focus_field: Option<String>,
    /// Findings of the Check panel, for the document revision and interface
    /// language they were made for.
    /// Shared, so a frame of the panel costs no copy of (possibly many
    /// thousands of) findings.
    pub check_cache: Option<(
        u64,
        Language,
        std::sync::Arc<[crate::model::check::Finding]>,
    )>,
    /// The content language being edited; `None` is the document's main language.
    pub content_lang: Option<String>,
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
    /// The content language being edited.
    pub lang: String,
    /// The language being translated from, when translating side by side.
    pub source: Option<String>,
    /// The interface language.
    pub words: Language,
    /// Changes with every edit and comes back with undo; lets panels cache.
    pub revision: u64,
    pub change: Change,
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

    /// Notes a text edit when `response` reports one.
    pub fn typed(&mut self, response: &egui::Response) {
        if response.changed() {
            self.changed(Change::Typing);
        }
    }
}

/// Draws the panel the officer chose.
pub fn panel_ui(ui: &mut egui::Ui, edit: &mut Edit<'_>) {
    if let Some(source) = &edit.source
        && edit.view.panel.section().is_some()
    {
        translating_banner_ui(ui, edit.words, source, &edit.lang);
    }
    match edit.view.panel {
        Panel::City => city::city_ui(ui, edit),
        Panel::Vision => vision::vision_ui(ui, edit),
        Panel::Motivations => motivations::motivations_ui(ui, edit),
        Panel::Policies => policies::policies_ui(ui, edit),
        Panel::Programs => programs::programs_ui(ui, edit),
        Panel::Overview => overview::overview_ui(ui, edit),
        Panel::Check => check::check_ui(ui, edit),
    }
}

/// The title block at the top of every panel.
fn panel_header_ui(ui: &mut egui::Ui, panel: Panel) {
    let language = language(ui.ctx());
    ui.add_space(4.0);
    ui.heading(panel.title(language));
    ui.label(egui::RichText::new(panel.subtitle(language)).color(ui.visuals().weak_text_color()));
    ui.add_space(8.0);
    ui.separator();
    ui.add_space(8.0);
}

/// Says which language is on which side while translating.
fn translating_banner_ui(ui: &mut egui::Ui, words: Language, source: &str, lang: &str) {
    let name = |code| crate::i18n::content_language_name(words, code);
    let text = tr!(
        words,
        "translating",
        source = name(source),
        target = name(lang)
    );
    egui::Frame::new()
        .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.35))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(text);
        });
}
