//! The Motivations panel: introduction, the list of aims, closing.

use egui::Ui;

use super::widgets::{icon_button, localized_item, localized_text};
use super::{Change, Edit, Panel, panel_header_ui};
use crate::model::{Localized, move_item};

pub fn motivations_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Motivations);
    let mut motivations = std::mem::take(&mut edit.document.motivations);
    localized_text(ui, edit, "Introduction", &mut motivations.introduction, 6);

    ui.add_space(12.0);
    let aims = super::widgets::field_label(ui, "Aims");
    edit.take_focus("Aims", &aims);
    let count = motivations.aims.len();
    let mut action = None;
    for (index, aim) in motivations.aims.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(format!("{}.", index + 1)).strong());
            localized_item(ui, edit, &format!("Aim {}", index + 1), aim);
            ui.vertical(|ui| {
                ui.add_enabled_ui(index > 0, |ui| {
                    if icon_button(ui, "⬆", &format!("Move aim {} up", index + 1)).clicked() {
                        action = Some(ListAction::Move(index, -1));
                    }
                });
                ui.add_enabled_ui(index + 1 < count, |ui| {
                    if icon_button(ui, "⬇", &format!("Move aim {} down", index + 1)).clicked() {
                        action = Some(ListAction::Move(index, 1));
                    }
                });
            });
            if icon_button(ui, "🗑", &format!("Remove aim {}", index + 1)).clicked() {
                action = Some(ListAction::Remove(index));
            }
        });
        ui.add_space(4.0);
    }
    if ui.button("➕ Add an aim").clicked() {
        action = Some(ListAction::Add);
    }
    if let Some(action) = action {
        action.apply(&mut motivations.aims);
        edit.changed(Change::Discrete);
    }

    ui.add_space(12.0);
    localized_text(ui, edit, "Closing", &mut motivations.closing, 4);
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
