//! Form fields shared by the panels. Each field is labelled for screen readers
//! (and for the tests, which find fields by their labels).

use egui::{Response, RichText, Ui};

use super::{Change, Edit};
use crate::i18n::Language;
use crate::model::vocab::{SDG_COUNT, UDHR_ARTICLE_COUNT, sdg_name, udhr_title};
use crate::model::{Localized, Vocabulary};
use crate::text::bidi::has_rtl;
use crate::tr;

/// The widest a form field grows: long lines are hard to read.
pub const FIELD_WIDTH: f32 = 560.0;

/// Room between the source text and its translation.
const SIDE_BY_SIDE_GAP: f32 = 16.0;

/// A label for a form field, in the field-label style.
pub fn field_label(ui: &mut Ui, text: &str) -> Response {
    ui.label(RichText::new(text).strong())
}

/// How a text field looks: its width, rows, hint and margin.
#[derive(Clone, Debug, Default)]
struct Look {
    width: f32,
    rows: Option<usize>,
    hint: Option<String>,
    margin: Option<egui::Margin>,
}

/// A text field over `value`. Text with right-to-left letters is edited as
/// it is read (`ui::bidi_edit`); other text in egui's own field. Both
/// take the same id in the same place, so the first Arabic letter typed
/// does not take the focus away.
fn text_field(ui: &mut Ui, value: &mut String, multiline: bool, look: Look) -> Response {
    ui.vertical(|ui| field_of_either_kind(ui, value, multiline, look))
        .inner
}

fn field_of_either_kind(ui: &mut Ui, value: &mut String, multiline: bool, look: Look) -> Response {
    if has_rtl(value) {
        let mut field = super::bidi_edit::BidiEdit::new(value, multiline)
            .desired_width(look.width)
            .char_limit(crate::model::MAX_TEXT_CHARS);
        if let Some(rows) = look.rows {
            field = field.desired_rows(rows);
        }
        if let Some(hint) = look.hint {
            field = field.hint_text(hint);
        }
        if let Some(margin) = look.margin {
            field = field.margin(margin);
        }
        return ui.add(field);
    }
    let mut field = if multiline {
        egui::TextEdit::multiline(value)
    } else {
        egui::TextEdit::singleline(value)
    }
    .char_limit(crate::model::MAX_TEXT_CHARS)
    .font(super::text::body_content_font(ui))
    .desired_width(look.width);
    if let Some(rows) = look.rows {
        field = field.desired_rows(rows);
    }
    if let Some(hint) = look.hint {
        field = field.hint_text(hint);
    }
    if let Some(margin) = look.margin {
        field = field.margin(margin);
    }
    ui.add(field)
}

/// Draws `field` at the width it may take; while translating, the text in the
/// source language sits on its left, read-only, so the officer translates
/// field by field without switching back and forth.
fn beside_source(
    ui: &mut Ui,
    edit: &Edit<'_>,
    text: &Localized,
    field: impl FnOnce(&mut Ui, f32) -> Response,
) -> Response {
    let Some(source) = &edit.source else {
        return field(ui, field_width(ui));
    };
    // Never narrower than a few words, even where a grid has not measured its
    // columns yet (egui refuses negative sizes).
    let width = ((ui.available_width() - SIDE_BY_SIDE_GAP) / 2.0).clamp(120.0, FIELD_WIDTH);
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = SIDE_BY_SIDE_GAP;
        let original = text.get(source).trim();
        egui::Frame::new()
            .fill(ui.visuals().faint_bg_color)
            .corner_radius(4.0)
            .inner_margin(egui::Margin::symmetric(8, 5))
            .show(ui, |ui| {
                ui.set_width(width - 16.0);
                if original.is_empty() {
                    ui.weak(edit.tr("translate-source-empty"));
                } else {
                    super::text::label(ui, original);
                }
            });
        field(ui, width)
    })
    .inner
}

/// A one-line text field for a localized text, labelled with message `key`.
pub fn localized_line(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    key: &str,
    text: &mut Localized,
    hint_key: &str,
) -> Response {
    let label_id = field_label(ui, &edit.tr(key)).id;
    let hint = if hint_key.is_empty() || edit.source.is_some() {
        String::new()
    } else {
        edit.tr(hint_key)
    };
    let mut value = text.get(&edit.lang).to_owned();
    let response = beside_source(ui, edit, text, |ui, width| {
        let look = Look {
            width,
            hint: Some(hint),
            ..Look::default()
        };
        text_field(ui, &mut value, false, look)
    })
    .labelled_by(label_id);
    edit.take_focus(key, &response);
    if response.changed() {
        text.set(&edit.lang, value);
        edit.changed(Change::Typing);
    }
    response
}

/// A plain one-line text field (a name, the same in every language), labelled
/// with message `key`.
pub fn plain_line(ui: &mut Ui, edit: &mut Edit<'_>, key: &str, value: &mut String) -> Response {
    let label_id = field_label(ui, &edit.tr(key)).id;
    let width = field_width(ui);
    let response = text_field(
        ui,
        value,
        false,
        Look {
            width,
            ..Look::default()
        },
    )
    .labelled_by(label_id);
    edit.take_focus(key, &response);
    edit.typed(&response);
    response
}

/// A multi-line text field for long, Markdown-capable texts, labelled with
/// message `key`.
pub fn localized_text(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    key: &str,
    text: &mut Localized,
    rows: usize,
) -> Response {
    let label_id = field_label(ui, &edit.tr(key)).id;
    let mut value = text.get(&edit.lang).to_owned();
    let response = beside_source(ui, edit, text, |ui, width| {
        let look = Look {
            width,
            rows: Some(rows),
            margin: Some(egui::Margin::symmetric(10, 8)),
            ..Look::default()
        };
        text_field(ui, &mut value, true, look)
    })
    .labelled_by(label_id);
    edit.take_focus(key, &response);
    if response.changed() {
        text.set(&edit.lang, value);
        edit.changed(Change::Typing);
    }
    response
}

/// A multi-line field without a visible label of its own (the label is given to
/// screen readers only), for list items.
pub fn localized_item(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    label: &str,
    text: &mut Localized,
) -> Response {
    let mut value = text.get(&edit.lang).to_owned();
    let response = beside_source(ui, edit, text, |ui, width| {
        let look = Look {
            width,
            rows: Some(2),
            ..Look::default()
        };
        text_field(ui, &mut value, true, look)
    });
    accessible_name(&response, label);
    if response.changed() {
        text.set(&edit.lang, value);
        edit.changed(Change::Typing);
    }
    response
}

/// A drop-down over a fixed list, with "Not set" and an "Other…" escape whose
/// text the officer writes. Labelled with message `key`.
pub fn vocabulary_combo<T: Vocabulary>(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    key: &str,
    value: &mut Option<T>,
) {
    let label_id = field_label(ui, &edit.tr(key)).id;
    let words = edit.words;
    let (not_set, other) = (edit.tr("not-set"), edit.tr("other"));
    ui.vertical(|ui| {
        let shown = match value {
            None => not_set.clone(),
            Some(v) if v.other_text().is_some() => other.clone(),
            Some(v) => v.name(words),
        };
        let mut picked: Option<Option<T>> = None;
        let response = egui::ComboBox::from_id_salt(key)
            .selected_text(shown)
            .width(field_width(ui))
            .show_ui(ui, |ui| {
                if choice(ui, value.is_none(), &not_set).clicked() {
                    picked = Some(None);
                }
                for known in T::KNOWN {
                    let selected = value.as_ref() == Some(known);
                    if choice(ui, selected, known.name(words)).clicked() {
                        picked = Some(Some(known.clone()));
                    }
                }
                let is_other = value.as_ref().is_some_and(|v| v.other_text().is_some());
                if choice(ui, is_other, &other).clicked() && !is_other {
                    picked = Some(Some(T::other(String::new())));
                }
            })
            .response
            .labelled_by(label_id);
        edit.take_focus(key, &response);
        apply_pick(edit, value, picked);
        if let Some(other) = value
            .as_mut()
            .and_then(|v| v.other_text().map(str::to_owned))
        {
            let mut text = other;
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut text)
                        .char_limit(crate::model::MAX_TEXT_CHARS)
                        .hint_text(edit.tr("other-hint"))
                        .desired_width(field_width(ui)),
                )
                .labelled_by(response.id);
            if field.changed() {
                *value = Some(T::other(text));
                edit.changed(Change::Typing);
            }
        }
    });
}

/// A year that may be unknown: a drop-down of "Not set" and the years in `range`.
pub fn optional_year_combo(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    key: &str,
    value: &mut Option<i32>,
    range: std::ops::RangeInclusive<i32>,
) {
    let label_id = field_label(ui, &edit.tr(key)).id;
    let not_set = edit.tr("not-set");
    let shown = value.map_or_else(|| not_set.clone(), |year| year.to_string());
    let mut picked = None;
    let response = egui::ComboBox::from_id_salt(key)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if choice(ui, value.is_none(), &not_set).clicked() {
                picked = Some(None);
            }
            if let Some(year) = *value
                && !range.contains(&year)
            {
                let _ = choice(ui, true, year.to_string());
            }
            for year in range.rev() {
                if ui
                    .selectable_label(*value == Some(year), year.to_string())
                    .clicked()
                {
                    picked = Some(Some(year));
                }
            }
        })
        .response
        .labelled_by(label_id);
    edit.take_focus(key, &response);
    apply_pick(edit, value, picked);
}

/// Applies a choice made in a drop-down, as an undo step of its own.
fn apply_pick<T: PartialEq>(edit: &mut Edit<'_>, value: &mut T, picked: Option<T>) {
    if let Some(new_value) = picked
        && *value != new_value
    {
        *value = new_value;
        edit.changed(Change::Discrete);
    }
}

/// A year field with a drag value; typing and dragging join one undo step.
pub fn year_drag(ui: &mut Ui, edit: &mut Edit<'_>, label: &str, year: &mut i32) -> Response {
    let response = ui.add(egui::DragValue::new(year).range(1900..=2200).speed(0.2));
    accessible_name(&response, label);
    edit.typed_number(&response);
    response
}

/// A small icon button with a tooltip and an accessible name.
pub fn icon_button(ui: &mut Ui, icon: &str, name: &str) -> Response {
    let response = ui.add(egui::Button::new(icon).min_size(egui::vec2(28.0, 24.0)));
    accessible_name(&response, name);
    response.on_hover_text(name)
}

/// Width for a field: the room there is, up to `FIELD_WIDTH`.
pub fn field_width(ui: &Ui) -> f32 {
    ui.available_width().min(FIELD_WIDTH)
}

/// A section title inside a panel.
pub fn section_title(ui: &mut Ui, text: &str) -> Response {
    ui.add_space(10.0);
    let response = ui.label(RichText::new(text).size(18.0).strong());
    ui.add_space(4.0);
    response
}

/// Grey explanatory text.
pub fn hint(ui: &mut Ui, text: &str) {
    ui.label(
        RichText::new(text)
            .color(ui.visuals().weak_text_color())
            .small(),
    );
}

/// Names a widget for screen readers (and tests) when no visible label sits beside it.
pub fn accessible_name(response: &Response, name: &str) {
    response
        .ctx
        .accesskit_node_builder(response.id, |builder| builder.set_label(name));
}

/// A field for an amount or a count, written and read as the interface
/// language writes numbers (12.500.000 in Spanish, 12 500 000 in French), so
/// an officer's "1.500.000" is a million and a half, not a typo ignored. Not
/// for years, which are never grouped. Speed and range are the caller's.
pub fn number_field<N: egui::emath::Numeric>(
    words: crate::i18n::Language,
    value: &mut N,
) -> egui::DragValue<'_> {
    let decimals = if N::INTEGRAL { 0 } else { 2 };
    egui::DragValue::new(value)
        .custom_formatter(move |number, _| crate::i18n::format_number(words, number, decimals))
        .custom_parser(move |text| crate::i18n::parse_number(words, text))
}

/// A breakdown's dimension in words: the known ones in the interface
/// language, the city's own as she named it.
pub fn dimension_name(words: Language, dimension: &crate::model::year::Dimension) -> String {
    match (dimension.key(), dimension) {
        (Some(key), _) => tr!(words, &key),
        (None, crate::model::year::Dimension::Other(own)) if !own.trim().is_empty() => own.clone(),
        (None, _) => tr!(words, "dimension-unnamed"),
    }
}

/// "1 · Free and equal in dignity and rights", … for every UDHR article.
pub fn articles(words: Language) -> impl Iterator<Item = (u8, String)> {
    (1..=UDHR_ARTICLE_COUNT).map(move |n| {
        let title = udhr_title(words, n).unwrap_or_default();
        (n, format!("{n} · {title}"))
    })
}

/// "1 · No poverty", … for every SDG.
pub fn goals(words: Language) -> impl Iterator<Item = (u8, String)> {
    (1..=SDG_COUNT).map(move |n| {
        let name = sdg_name(words, n).unwrap_or_default();
        (n, format!("{n} · {name}"))
    })
}

/// A drop-down filter: "Kind: all" or "Kind: Training". `key` names the filter.
pub fn filter_combo<T: Clone + PartialEq>(
    ui: &mut Ui,
    words: Language,
    key: &str,
    value: &mut Option<T>,
    choices: impl Iterator<Item = (T, String)>,
) {
    let name = tr!(words, key);
    let choices: Vec<(T, String)> = choices.collect();
    let shown = value
        .as_ref()
        .and_then(|v| choices.iter().find(|(c, _)| c == v))
        .map_or_else(
            || tr!(words, "filter-all", name = name.as_str()),
            |(_, label)| format!("{name}: {label}"),
        );
    let response = egui::ComboBox::from_id_salt(("filter", key))
        .selected_text(shown)
        .width(120.0)
        .truncate()
        .show_ui(ui, |ui| {
            if choice(ui, value.is_none(), tr!(words, "filter-everything")).clicked() {
                *value = None;
            }
            for (option, label) in choices {
                let selected = value.as_ref() == Some(&option);
                if choice(ui, selected, label).clicked() {
                    *value = Some(option);
                }
            }
        })
        .response;
    let filter_by = tr!(words, "filter-by", name = name.to_lowercase());
    accessible_name(&response, &filter_by);
}

/// One choice of a drop-down list. When the list opens, the current value
/// takes the keyboard focus (Down moves on from it, not from the top); a
/// choice picked by click, Enter or Space closes the list.
pub fn choice(ui: &mut Ui, selected: bool, text: impl Into<egui::WidgetText>) -> Response {
    let response = ui.selectable_label(selected, text);
    // When this list was opened: the first frame after a frame without it.
    let key = ui.scope_id().with("choice_list_opened");
    let frame = ui.ctx().cumulative_frame_nr();
    let (opened, seen): (u64, u64) = ui.data(|d| d.get_temp(key)).unwrap_or((frame, frame));
    let opened = if seen + 1 < frame { frame } else { opened };
    ui.data_mut(|d| d.insert_temp(key, (opened, frame)));
    if selected && opened == frame {
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::Center));
    }
    if response.clicked() {
        ui.close();
    }
    response
}

/// A year ("2024") or a date ("2024-03-15"), typed; `salt` tells apart
/// fields of one label in a list.
pub fn moment_field(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    salt: usize,
    key: &str,
    value: &mut Option<crate::model::Moment>,
) {
    let label_id = field_label(ui, &edit.tr(key)).id;
    ui.vertical(|ui| {
        let id = ui.make_persistent_id(("moment", key, salt));
        let words = edit.words;
        let shown = value
            .map(|moment| crate::i18n::format_moment(words, moment))
            .unwrap_or_default();
        let mut text: String = ui.data_mut(|data| data.get_temp(id)).unwrap_or(shown);
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .char_limit(crate::model::MAX_TEXT_CHARS)
                    .hint_text(edit.tr("moment-hint"))
                    .desired_width(240.0),
            )
            .labelled_by(label_id);
        let parsed = if text.trim().is_empty() {
            Some(None)
        } else {
            crate::i18n::parse_moment(words, &text).map(Some)
        };
        if response.changed() {
            if let Some(moment) = parsed
                && moment != *value
            {
                *value = moment;
                edit.changed(Change::Typing);
            }
            ui.data_mut(|data| data.insert_temp(id, text.clone()));
        }
        if parsed.is_none() {
            ui.colored_label(ui.visuals().warn_fg_color, edit.tr("moment-invalid"));
        } else if !response.has_focus() {
            ui.data_mut(|data| data.remove::<String>(id));
        }
    });
}
