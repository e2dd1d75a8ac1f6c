//! The Check panel: what the campaign form still lacks or gets wrong, each
//! finding a link to the field to fix.

use std::sync::Arc;

use egui::{RichText, Ui};

use super::widgets::hint;
use super::{Change, Edit, Panel, panel_header_ui};
use crate::model::Destination;
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
    if !edit.document.unplaced.is_empty() {
        unplaced_ui(ui, edit);
        ui.add_space(10.0);
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
                    // One line a finding: a long one is cut, and told whole on hover.
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                    let link = ui.visuals().hyperlink_color;
                    let shown = crate::ui::text::shown(ui, &finding.message, link);
                    let response = ui.link(shown);
                    let response = if response
                        .intrinsic_size()
                        .is_some_and(|size| size.x > response.rect.width() + 0.5)
                    {
                        response.on_hover_text(&finding.message)
                    } else {
                        response
                    };
                    if response.clicked() {
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
        Place::Motivations(_) | Place::Aim(_) => Panel::Motivations,
        Place::Policies(_) => Panel::Policies,
        Place::Area(index, _) => {
            view.selected_area = Some(*index);
            Panel::Policies
        }
        Place::Program(id, _) | Place::ProgramRow(id, ..) => {
            view.focus_program(*id);
            Panel::Programs
        }
        Place::Unplaced(_) => Panel::Check,
    };
    view.focus_field = Some(place.focus_key());
}

/// What the officer decided for a text not placed yet.
enum Placing {
    Put(usize, Destination),
    LetGo(usize),
}

/// The texts of an imported page not placed yet, each with a menu of the
/// fields it may go to, and a button to let it go.
fn unplaced_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    let count = edit.document.unplaced.len();
    ui.label(RichText::new(tr!(edit.words, "unplaced-title", count = count)).strong());
    hint(ui, &edit.tr("unplaced-how"));
    ui.add_space(4.0);
    let mut placing = None;
    let mut focus = edit.view.focus_field.take();
    let words = edit.words;
    let height = (ui.available_height() * 0.45).max(120.0);
    egui::ScrollArea::vertical()
        .id_salt("check_unplaced")
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (index, piece) in edit.document.unplaced.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let line = tr!(words, "unplaced-line", line = piece.line.to_string());
                    ui.label(RichText::new(line).weak());
                    let text = crate::model::elide(&piece.text, 400);
                    crate::ui::text::label(ui, &text);
                    ui.horizontal(|ui| {
                        let number = index + 1;
                        let put =
                            ui.menu_button(tr!(words, "unplaced-put", number = number), |ui| {
                                for to in Destination::ALL {
                                    if ui.button(tr!(words, to.key())).clicked() {
                                        placing = Some(Placing::Put(index, to));
                                        ui.close();
                                    }
                                }
                            });
                        let key = Place::Unplaced(index).focus_key();
                        if focus.as_deref() == Some(key.as_str()) {
                            put.response.request_focus();
                            put.response.scroll_to_me(Some(egui::Align::Center));
                            focus = None;
                        }
                        let let_go = tr!(words, "unplaced-let-go", number = number);
                        if ui.button(let_go).clicked() {
                            placing = Some(Placing::LetGo(index));
                        }
                    });
                });
                ui.add_space(4.0);
            }
        });
    edit.view.focus_field = focus;
    match placing {
        Some(Placing::Put(index, to)) => {
            let lang = edit.document.main_language().to_owned();
            if let Some(place) = edit.document.place_unplaced(index, to, &lang) {
                edit.changed(Change::Discrete);
                go_to(edit, &place);
            }
        }
        Some(Placing::LetGo(index)) if edit.document.discard_unplaced(index).is_some() => {
            edit.changed(Change::Discrete);
        }
        _ => {}
    }
}
