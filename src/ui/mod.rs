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
use crate::model::{Document, ProgramId};

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

    pub fn title(self) -> &'static str {
        match self {
            Self::City => "City",
            Self::Vision => "Vision",
            Self::Motivations => "Motivations",
            Self::Policies => "Policies",
            Self::Programs => "Programs",
            Self::Overview => "Overview",
            Self::Check => "Check",
        }
    }

    /// One line under the title, saying what the panel holds.
    pub fn subtitle(self) -> &'static str {
        match self {
            Self::City => "Who the city is: the facts at the top of the campaign's profile.",
            Self::Vision => "The city's vision as a Human Rights City or Territory.",
            Self::Motivations => "Why the city joined the campaign, and what it aims for.",
            Self::Policies => "The numbered policy areas and the programs each presents.",
            Self::Programs => "The catalogue of municipal programs behind the profile.",
            Self::Overview => {
                "Which rights, groups and goals the catalogue covers, and which it leaves out."
            }
            Self::Check => "What the campaign's form still lacks or gets wrong.",
        }
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
    /// The field (by label) that takes the focus on its next drawing, e.g. after
    /// a click on a finding of the Check panel.
    pub focus_field: Option<String>,
    /// Findings of the Check panel, for the document revision they were made for.
    pub check_cache: Option<(u64, Vec<crate::model::check::Finding>)>,
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
    /// Changes with every edit and comes back with undo; lets panels cache.
    pub revision: u64,
    pub change: Change,
}

impl Edit<'_> {
    /// Notes that the document changed in this way.
    pub fn changed(&mut self, change: Change) {
        self.change = self.change.max(change);
    }

    /// Gives the keyboard focus to the field labelled `label` if it was asked for.
    pub fn take_focus(&mut self, label: &str, response: &egui::Response) {
        if self.view.focus_field.as_deref() == Some(label) {
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
    ui.add_space(4.0);
    ui.heading(panel.title());
    ui.label(egui::RichText::new(panel.subtitle()).color(ui.visuals().weak_text_color()));
    ui.add_space(8.0);
    ui.separator();
    ui.add_space(8.0);
}
