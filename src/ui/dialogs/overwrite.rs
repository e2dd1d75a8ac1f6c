//! "“x.ron” already exists. Replace it?", for a typed path.

use egui::RichText;

use crate::i18n::Language;
use crate::tr;

/// Asks whether to replace file `name` in `folder`: `Some(true)` to replace.
pub fn overwrite_ui(
    ctx: &egui::Context,
    words: Language,
    name: &str,
    folder: &str,
) -> Option<bool> {
    let mut choice = None;
    let shown = super::modal(ctx, "overwrite").show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(tr!(words, "overwrite-title", name = name));
        ui.add_space(6.0);
        ui.label(tr!(words, "overwrite-message", folder = folder));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(tr!(words, "overwrite-replace")).strong())
                .clicked()
            {
                choice = Some(true);
            }
            if ui.button(tr!(words, "cancel")).clicked() {
                choice = Some(false);
            }
        });
    });
    if shown.should_close() && choice.is_none() {
        choice = Some(false);
    }
    choice
}
