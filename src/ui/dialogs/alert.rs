//! A message the officer must read, with one button to close it.

use crate::i18n::Language;
use crate::tr;

/// What an alert says.
#[derive(Clone, Debug)]
pub struct Alert {
    pub title: String,
    pub message: String,
}

/// Shows `alert`; true on the frame the officer closes it.
pub fn alert_ui(ctx: &egui::Context, words: Language, alert: &Alert) -> bool {
    let mut close = false;
    let modal = super::modal(ctx, "alert").show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(&alert.title);
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                ui.label(&alert.message);
            });
        ui.add_space(12.0);
        if ui.button(tr!(words, "ok")).clicked() {
            close = true;
        }
    });
    close || modal.should_close()
}
