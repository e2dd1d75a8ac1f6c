//! The open file was changed or deleted by someone else: what now? (The two
//! versions compared field by field are `together::comparison_ui`.)

use egui::RichText;

use crate::i18n::Language;
use crate::tr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    Reload,
    Compare,
    /// Merge the version on disk into mine, asking about what both changed.
    Merge,
    SaveHere,
    SaveAs,
    Later,
}

/// Asks what to do about file `name`, changed (or `deleted`) by another program.
pub fn conflict_ui(
    ctx: &egui::Context,
    words: Language,
    name: &str,
    deleted: bool,
) -> Option<ConflictChoice> {
    let mut choice = None;
    let shown = super::modal(ctx, "file_changed").show(ctx, |ui| {
        ui.set_width(520.0);
        if deleted {
            ui.heading(tr!(words, "conflict-deleted-title", name = name));
            ui.label(tr!(words, "conflict-deleted-message"));
        } else {
            ui.heading(tr!(words, "conflict-changed-title", name = name));
            ui.label(tr!(words, "conflict-changed-message"));
        }
        ui.add_space(12.0);
        ui.horizontal_wrapped(|ui| {
            if deleted {
                if ui
                    .button(RichText::new(tr!(words, "conflict-save-here")).strong())
                    .clicked()
                {
                    choice = Some(ConflictChoice::SaveHere);
                }
            } else {
                if ui.button(tr!(words, "conflict-reload")).clicked() {
                    choice = Some(ConflictChoice::Reload);
                }
                if ui.button(tr!(words, "conflict-compare")).clicked() {
                    choice = Some(ConflictChoice::Compare);
                }
                if ui.button(tr!(words, "conflict-merge")).clicked() {
                    choice = Some(ConflictChoice::Merge);
                }
            }
            if ui
                .button(RichText::new(tr!(words, "conflict-save-as")).strong())
                .clicked()
            {
                choice = Some(ConflictChoice::SaveAs);
            }
            if ui.button(tr!(words, "not-now")).clicked() {
                choice = Some(ConflictChoice::Later);
            }
        });
    });
    if shown.should_close() && choice.is_none() {
        choice = Some(ConflictChoice::Later);
    }
    choice
}
