//! After a campaign page is imported: what the import could not place or
//! guessed, and the kinds and target groups it suggests for the programs,
//! each to accept or reject here (or later, in the program's editor).

use egui::RichText;

use super::super::widgets::accessible_name;
use crate::i18n::Language;
use crate::model::ProgramId;
use crate::tr;

/// What the window shows.
#[derive(Clone, Debug)]
pub struct ImportReport {
    pub title: String,
    pub message: String,
    pub suggestions: Vec<SuggestionRow>,
}

/// One program's suggestions and the officer's answer so far.
#[derive(Clone, Debug)]
pub struct SuggestionRow {
    pub id: ProgramId,
    pub program: String,
    /// "kind “Training”; target groups Municipal staff".
    pub what: String,
    /// `Some(true)` accepted, `Some(false)` rejected, `None` left for later.
    pub accepted: Option<bool>,
}

/// Shows the window; on the frame the officer closes it, the answers given
/// (programs left unanswered keep their suggestions).
pub fn import_report_ui(
    ctx: &egui::Context,
    words: Language,
    report: &mut ImportReport,
) -> Option<Vec<(ProgramId, bool)>> {
    let mut done = false;
    let modal = super::modal(ctx, "import_report").show(ctx, |ui| {
        let width = (ctx.content_rect().width() - 80.0).clamp(320.0, 720.0);
        ui.set_width(width);
        ui.heading(&report.title);
        ui.add_space(6.0);
        let height = (ctx.content_rect().height() * 0.3).clamp(80.0, 320.0);
        egui::ScrollArea::vertical()
            .id_salt("import_report_notes")
            .max_height(height)
            .show(ui, |ui| {
                ui.label(&report.message);
            });
        if !report.suggestions.is_empty() {
            ui.add_space(10.0);
            ui.separator();
            ui.label(RichText::new(tr!(words, "import-suggestions")).strong());
            ui.horizontal_wrapped(|ui| {
                if ui.button(tr!(words, "suggestions-accept-all")).clicked() {
                    report
                        .suggestions
                        .iter_mut()
                        .for_each(|row| row.accepted = Some(true));
                }
                if ui.button(tr!(words, "suggestions-reject-all")).clicked() {
                    report
                        .suggestions
                        .iter_mut()
                        .for_each(|row| row.accepted = Some(false));
                }
            });
            let height = (ctx.content_rect().height() * 0.3).clamp(100.0, 360.0);
            egui::ScrollArea::vertical()
                .id_salt("import_report_suggestions")
                .max_height(height)
                .show(ui, |ui| {
                    for row in &mut report.suggestions {
                        ui.add_space(4.0);
                        ui.label(RichText::new(&row.program).strong());
                        ui.label(&row.what);
                        ui.horizontal(|ui| {
                            let accept =
                                tr!(words, "suggestion-accept", program = row.program.as_str());
                            let reject =
                                tr!(words, "suggestion-reject", program = row.program.as_str());
                            let yes =
                                ui.radio(row.accepted == Some(true), tr!(words, "suggestion-yes"));
                            accessible_name(&yes, &accept);
                            if yes.clicked() {
                                row.accepted = Some(true);
                            }
                            let no =
                                ui.radio(row.accepted == Some(false), tr!(words, "suggestion-no"));
                            accessible_name(&no, &reject);
                            if no.clicked() {
                                row.accepted = Some(false);
                            }
                        });
                    }
                });
        }
        ui.add_space(12.0);
        if ui
            .button(RichText::new(tr!(words, "ok")).strong())
            .clicked()
        {
            done = true;
        }
    });
    (done || modal.should_close()).then(|| {
        (report.suggestions.iter())
            .filter_map(|row| row.accepted.map(|accepted| (row.id, accepted)))
            .collect()
    })
}
