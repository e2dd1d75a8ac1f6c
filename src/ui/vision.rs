//! The Vision panel: prose, or answers to the campaign's two questions.

use egui::Ui;

use super::widgets::{hint, localized_text};
use super::{Change, Edit, Panel, panel_header_ui};
use crate::model::VisionForm;
use crate::model::check::VISION_QUESTION_KEYS;

pub fn vision_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Vision);
    let mut vision = std::mem::take(&mut edit.document.vision);
    ui.horizontal(|ui| {
        ui.label(edit.tr("vision-form"));
        for (form, key) in [
            (VisionForm::Prose, "vision-form-prose"),
            (VisionForm::Questions, "vision-form-questions"),
        ] {
            if ui.radio(vision.form == form, edit.tr(key)).clicked() && vision.form != form {
                vision.form = form;
                edit.changed(Change::Discrete);
            }
        }
    });
    hint(ui, &edit.tr("vision-hint"));
    ui.add_space(10.0);
    match vision.form {
        VisionForm::Prose => {
            localized_text(ui, edit, "field-vision-text", &mut vision.prose, 14);
        }
        VisionForm::Questions => {
            for (key, answer) in VISION_QUESTION_KEYS.iter().zip(vision.answers.iter_mut()) {
                localized_text(ui, edit, key, answer, 8);
                ui.add_space(12.0);
            }
        }
    }
    edit.document.vision = vision;
}
