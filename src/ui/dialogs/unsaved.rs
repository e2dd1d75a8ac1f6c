//! "Save your changes?" before unsaved work would be lost.

use egui::RichText;

use crate::i18n::Language;
use crate::tr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

/// Asks about the unsaved changes to `file_name` (`None`: never saved).
pub fn unsaved_ui(
    ctx: &egui::Context,
    words: Language,
    file_name: Option<&str>,
) -> Option<UnsavedChoice> {
    let mut choice = None;
    let modal = super::modal(ctx, "unsaved_changes").show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(tr!(words, "unsaved-title"));
        ui.add_space(6.0);
        let name = file_name.map_or_else(
            || tr!(words, "unsaved-this-profile"),
            |name| format!("“{name}”"),
        );
        ui.label(tr!(words, "unsaved-message", name = name));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(tr!(words, "save")).strong())
                .clicked()
            {
                choice = Some(UnsavedChoice::Save);
            }
            if ui.button(tr!(words, "dont-save")).clicked() {
                choice = Some(UnsavedChoice::Discard);
            }
            if ui.button(tr!(words, "cancel")).clicked() {
                choice = Some(UnsavedChoice::Cancel);
            }
        });
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(UnsavedChoice::Cancel);
    }
    choice
}
