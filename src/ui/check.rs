//! The Check panel: what the campaign form still lacks or gets wrong, each
//! finding a link to the field to fix.

use std::sync::Arc;

use egui::{Color32, RichText, Ui};

use super::view::CheckCache;
use super::widgets::hint;
use super::{Change, Edit, Panel, panel_header_ui};
use crate::model::Destination;
use crate::model::check::{self, Finding, Place, Severity};
use crate::tr;

pub fn check_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Check);
    let (findings, said) = findings_said(edit);
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
    let jump = findings_list_ui(ui, edit, &findings, &said);
    if let Some((place, lang)) = jump {
        go_to(edit, &place);
        // A missing translation is fixed in its language, beside the original.
        if lang.is_some() {
            edit.view.content_lang = lang;
        }
    }
}

/// The findings of the document as it is, and their messages in the
/// interface's language: checked once per revision, said once per language.
fn findings_said(edit: &mut Edit<'_>) -> (Arc<[Finding]>, Arc<[String]>) {
    let (revision, words) = (edit.revision, edit.words);
    let cache = match &mut edit.view.check_cache {
        Some(cache) if cache.revision == revision => cache,
        cache => cache.insert(CheckCache {
            revision,
            findings: check::check(edit.document).into(),
            said: None,
        }),
    };
    let said = match &cache.said {
        Some((language, said)) if *language == words => Arc::clone(said),
        _ => {
            let said: Arc<[String]> = (cache.findings.iter())
                .map(|finding| finding.message.say(words))
                .collect();
            cache.said = Some((words, Arc::clone(&said)));
            said
        }
    };
    (Arc::clone(&cache.findings), said)
}

/// The findings, each a link wrapped to the panel's width (a finding cut
/// with "…" at 1024 px said too little); only those in view are drawn. The
/// rows' heights are measured once per document state, language and width,
/// not at every frame. Returns the place of a finding clicked.
fn findings_list_ui(
    ui: &mut Ui,
    edit: &Edit<'_>,
    findings: &Arc<[Finding]>,
    said: &Arc<[String]>,
) -> Option<(Place, Option<String>)> {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mark_width = 28.0;
    let gap = 8.0;
    let width = (ui.available_width() - mark_width - ui.spacing().scroll.bar_width).max(120.0);
    let key = (edit.revision, edit.words, width.round() as i32);
    let id = ui.scope_id().with("check_row_tops");
    let cached: Option<(Key, Arc<[f32]>)> = ui.data(|data| data.get_temp(id));
    let tops = match cached {
        Some((known, tops)) if known == key => tops,
        _ => {
            let tops: Arc<[f32]> = ui.fonts_mut(|fonts| {
                let mut top = 0.0;
                let mut tops = Vec::with_capacity(findings.len() + 1);
                for message in said.iter() {
                    tops.push(top);
                    let galley = fonts.layout(message.clone(), font.clone(), Color32::WHITE, width);
                    top += galley.rect.height().max(font.size) + gap;
                }
                tops.push(top);
                tops.into()
            });
            ui.data_mut(|data| data.insert_temp(id, (key, Arc::clone(&tops))));
            tops
        }
    };
    let mut jump = None;
    egui::ScrollArea::vertical()
        .id_salt("check_findings")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let total = tops.last().copied().unwrap_or(0.0);
            ui.set_height(total);
            let origin = ui.min_rect().min;
            // The first row reaching into view, by halving over the tops.
            let first = tops[..findings.len()]
                .partition_point(|top| *top + font.size * 4.0 < viewport.min.y)
                .saturating_sub(1);
            for (index, finding) in findings.iter().enumerate().skip(first) {
                let top = tops[index];
                if top > viewport.max.y {
                    break;
                }
                let (mark, color) = match finding.severity {
                    Severity::Error => ("⛔", ui.visuals().error_fg_color),
                    Severity::Warning => ("⚠", ui.visuals().warn_fg_color),
                };
                // The mark beside the first line, the words wrapped beside it.
                let line = ui.text_style_height(&egui::TextStyle::Body);
                let mark_rect = egui::Rect::from_min_size(
                    origin + egui::vec2(0.0, top),
                    egui::vec2(mark_width, line),
                );
                ui.put(
                    mark_rect,
                    egui::Label::new(RichText::new(mark).color(color)),
                );
                let text_rect = egui::Rect::from_min_max(
                    origin + egui::vec2(mark_width, top),
                    origin + egui::vec2(mark_width + width, tops[index + 1] - gap),
                );
                let builder = egui::UiBuilder::new()
                    .max_rect(text_rect)
                    .layout(egui::Layout::top_down(egui::Align::Min));
                ui.scope_builder(builder, |ui| {
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                    let link = ui.visuals().hyperlink_color;
                    let shown = crate::ui::text::wrapped(ui, &said[index], link, width);
                    if ui.link(shown).clicked() {
                        jump = Some((finding.place.clone(), finding.lang.clone()));
                    }
                });
            }
        });
    jump
}

/// What the rows' heights were measured for: the document's state, the
/// interface language and the width.
type Key = (u64, crate::i18n::Language, i32);

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
