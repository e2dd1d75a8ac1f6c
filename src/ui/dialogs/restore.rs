//! The offer, at start, to bring back work a Carta that did not close cleanly
//! left behind.

use egui::RichText;

use crate::i18n::Language;
use crate::tr;

/// Offers the recovered work of `what` (a file or "never saved"), the profile
/// of `city`, kept `age` ago: `Some(true)` to restore, `Some(false)` to discard.
pub fn restore_offer_ui(
    ctx: &egui::Context,
    words: Language,
    what: &str,
    city: &str,
    age: &str,
) -> Option<bool> {
    let mut choice = None;
    super::modal(ctx, "restore_offer").show(ctx, |ui| {
        ui.set_width(480.0);
        ui.heading(tr!(words, "restore-title"));
        ui.add_space(6.0);
        ui.label(tr!(
            words,
            "restore-message",
            what = what,
            city = city,
            age = age
        ));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(tr!(words, "restore")).strong())
                .clicked()
            {
                choice = Some(true);
            }
            if ui.button(tr!(words, "discard")).clicked() {
                choice = Some(false);
            }
        });
    });
    choice
}
