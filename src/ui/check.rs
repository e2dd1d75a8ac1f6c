//! The Check panel: what the campaign form still lacks or gets wrong, each
//! finding a link to the field to fix.

use std::sync::Arc;

use egui::{RichText, Ui};

use super::widgets::hint;
use super::{Edit, Panel, panel_header_ui};
use crate::model::check::{self, Finding, Place, Severity};
use crate::tr;

pub fn check_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Check);
    let findings: Arc<[Finding]> = match &edit.view.check_cache {
        Some((revision, words, findings)) if *revision == edit.revision && *words == edit.words => {
            Arc::clone(findings)
        }
        _ => {
            let findings: Arc<[Finding]> = check::check(edit.document, edit.words).into();
            edit.view.check_cache = Some((edit.revision, edit.words, Arc::clone(&findings)));
            findings
        }
    };
    if findings.is_empty() {
        ui.label(RichText::new(edit.tr("check-nothing")).size(17.0));
        return;
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    let parts: Vec<String> = [
        (errors, "check-to-correct"),
        (warnings, "check-to-complete"),
    ]
    .into_iter()
    .filter(|(count, _)| *count > 0)
    .map(|(count, key)| tr!(edit.words, key, count = count))
    .collect();
    ui.label(RichText::new(parts.join(", ")).size(17.0));
    hint(ui, &edit.tr("check-click"));
    ui.add_space(8.0);
    let mut jump = None;
    egui::ScrollArea::vertical()
        .id_salt("check_findings")
        .auto_shrink([false, false])
        .show_rows(ui, 30.0, findings.len(), |ui, rows| {
            for finding in &findings[rows] {
                ui.horizontal(|ui| {
                    let (mark, color) = match finding.severity {
                        Severity::Error => ("⛔", ui.visuals().error_fg_color),
                        Severity::Warning => ("⚠", ui.visuals().warn_fg_color),
                    };
                    ui.label(RichText::new(mark).color(color));
                    let link = ui.visuals().hyperlink_color;
                    if ui
                        .link(crate::ui::text::shown(ui, &finding.message, link))
                        .clicked()
                    {
                        jump = Some((finding.place.clone(), finding.lang.clone()));
                    }
                });
            }
        });
    if let Some((place, lang)) = jump {
        go_to(edit, &place);
        // A missing translation is fixed in its language, beside the original.
        if lang.is_some() {
            edit.view.content_lang = lang;
        }
    }
}

/// Shows the panel of `place` and asks its field to take the focus.
fn go_to(edit: &mut Edit<'_>, place: &Place) {
    let view = &mut *edit.view;
    view.panel = match place {
        Place::City(_) => Panel::City,
        Place::Vision(_) => Panel::Vision,
        Place::Motivations(_) => Panel::Motivations,
        Place::Policies(_) => Panel::Policies,
        Place::Area(index, _) => {
            view.selected_area = Some(*index);
            Panel::Policies
        }
        Place::Program(id, _) | Place::ProgramRow(id, ..) => {
            view.focus_program(*id);
            Panel::Programs
        }
    };
    view.focus_field = Some(place.focus_key());
}
