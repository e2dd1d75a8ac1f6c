//! The Vision panel: prose, or answers to the campaign's two questions.

use egui::Ui;

use super::widgets::{hint, localized_text};
use super::{Change, Edit, Panel, panel_header_ui};
use crate::model::VisionForm;
use crate::model::vocab::VISION_QUESTIONS;

pub fn vision_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Vision);
    let mut vision = std::mem::take(&mut edit.document.vision);
    ui.horizontal(|ui| {
        ui.label("Write the vision as");
        for (form, label) in [
            (VisionForm::Prose, "Prose"),
            (VisionForm::Questions, "Answers to the campaign's questions"),
        ] {
            if ui.radio(vision.form == form, label).clicked() && vision.form != form {
                vision.form = form;
                edit.changed(Change::Discrete);
            }
        }
    });
    hint(
        ui,
        "Both forms are kept in the file; the profile shows the one chosen here. \
         Leave a blank line between paragraphs; start a line with “- ” for a list.",
    );
    ui.add_space(10.0);
    match vision.form {
        VisionForm::Prose => {
            localized_text(ui, edit, "Vision text", &mut vision.prose, 14);
        }
        VisionForm::Questions => {
            for (question, answer) in VISION_QUESTIONS.iter().zip(vision.answers.iter_mut()) {
                localized_text(ui, edit, question, answer, 8);
                ui.add_space(12.0);
            }
        }
    }
    edit.document.vision = vision;
}
