//! Drawing: one module per panel of the form, the shell around them, the
//! modal windows and the slides. Drawing edits the document in memory and
//! emits `Action`s; it never touches files and never imports `app`.

mod bidi_edit;
mod chart;
mod check;
mod city;
pub mod command;
pub mod dialogs;
pub mod fonts;
pub mod icon;
mod language_search;
pub mod library;
mod motivations;
mod overview;
mod picker;
mod pictures;
mod policies;
pub mod present;
mod programs;
mod progress;
pub mod shell;
pub mod slide_flow;
pub mod text;
pub mod theme;
mod view;
mod vision;
pub mod welcome;
mod widgets;
mod year;

pub use bidi_edit::caret_drawn;

pub use command::{Action, Command};
pub use language_search::{SearchFor, open as open_language_search};
pub use view::{Change, Edit, Panel, ViewState};

use crate::i18n::Language;
use crate::tr;

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
        Panel::Year => year::year_ui(ui, edit),
        Panel::Library => library::library_ui(ui, edit),
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
