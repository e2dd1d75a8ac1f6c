//! The Motivations panel: introduction, the list of aims, closing.

use egui::Ui;

use super::widgets::{icon_button, localized_item, localized_text};
use super::{Change, Edit, Panel, panel_header_ui};
use crate::model::translation::row_focus_key;
use crate::model::{Localized, move_item};
use crate::tr;

pub fn motivations_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Motivations);
    let mut motivations = std::mem::take(&mut edit.document.motivations);
    localized_text(
        ui,
        edit,
        "field-introduction",
        &mut motivations.introduction,
        6,
    );

    ui.add_space(12.0);
    let aims = super::widgets::field_label(ui, &edit.tr("field-aims"));
    edit.take_focus("field-aims", &aims);
    let count = motivations.aims.len();
    let mut action = None;
    for (index, aim) in motivations.aims.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(format!("{}.", index + 1)).strong());
            let number = index + 1;
            let response = localized_item(ui, edit, &tr!(edit.words, "aim", number = number), aim);
            edit.take_focus(&row_focus_key("aim", number), &response);
            ui.vertical(|ui| {
                ui.add_enabled_ui(index > 0, |ui| {
                    let up = tr!(edit.words, "aim-up", number = number);
                    if icon_button(ui, "⬆", &up).clicked() {
                        action = Some(ListAction::Move(index, -1));
                    }
                });
                ui.add_enabled_ui(index + 1 < count, |ui| {
                    let down = tr!(edit.words, "aim-down", number = number);
                    if icon_button(ui, "⬇", &down).clicked() {
                        action = Some(ListAction::Move(index, 1));
                    }
                });
            });
            let remove = tr!(edit.words, "aim-remove", number = number);
            if icon_button(ui, "🗑", &remove).clicked() {
                action = Some(ListAction::Remove(index));
            }
        });
        ui.add_space(4.0);
    }
    if ui.button(edit.tr("aim-add")).clicked() {
        action = Some(ListAction::Add);
    }
    if let Some(action) = action {
        action.apply(&mut motivations.aims);
        edit.changed(Change::Discrete);
        if let ListAction::Add = action {
            // The new aim takes the keyboard, so typing goes into it.
            let number = motivations.aims.len();
            edit.view.focus_field = Some(row_focus_key("aim", number));
        }
    }

    ui.add_space(12.0);
    localized_text(ui, edit, "field-closing", &mut motivations.closing, 4);
    edit.document.motivations = motivations;
}

/// A change to an ordered list, decided while drawing and applied after.
#[derive(Clone, Copy)]
enum ListAction {
    Add,
    Remove(usize),
    Move(usize, isize),
}

impl ListAction {
    fn apply(self, aims: &mut Vec<Localized>) {
        match self {
            Self::Add => aims.push(Localized::default()),
            Self::Remove(index) => {
                if index < aims.len() {
                    aims.remove(index);
                }
            }
            Self::Move(index, delta) => move_item(aims, index, delta),
        }
    }
}
