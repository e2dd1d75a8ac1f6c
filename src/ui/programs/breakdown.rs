//! What an indicator is broken down by (sex, age group, disability, …, or
//! the city's own grounds), and each measurement's note and its figures per
//! category: the disaggregation OHCHR asks for, entered by hand.

use egui::Ui;

use super::super::widgets::{accessible_name, dimension_name, icon_button, number_field};
use super::super::{Change, Edit};
use super::editor::localized_cell_named;
use crate::model::translation::row_focus_key;
use crate::model::year::{Dimension, Part};
use crate::model::{Indicator, Measurement};
use crate::tr;

/// The longest name of a city's own dimension or of a category.
const NAME_CHARS: usize = 80;

/// The ticks of the known dimensions and the city's own, named in fields.
/// Unticking or removing one drops its figures from every measurement (undo
/// brings them back); renaming one renames them.
pub(super) fn dimensions_ui(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    indicator: &mut Indicator,
    number: usize,
) {
    let words = edit.words;
    let mut dropped: Option<Dimension> = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(edit.tr("indicator-breakdown-label"));
        for known in Dimension::KNOWN {
            let mut on = indicator.disaggregation.contains(&known);
            let name = dimension_name(words, &known);
            let response = ui.checkbox(&mut on, &name);
            accessible_name(
                &response,
                &tr!(
                    words,
                    "indicator-breakdown-by",
                    number = number,
                    dimension = name.as_str()
                ),
            );
            if response.changed() {
                if on {
                    indicator.disaggregation.push(known);
                } else {
                    dropped = Some(known);
                }
            }
        }
    });
    // Own breakdowns go by their row: two may share a name while typed.
    let mut renamed: Option<(usize, String)> = None;
    let mut removed: Option<usize> = None;
    let mut own_number = 0;
    for (at, dimension) in indicator.disaggregation.iter().enumerate() {
        let Dimension::Other(own) = dimension else {
            continue;
        };
        own_number += 1;
        ui.horizontal(|ui| {
            ui.add_space(16.0);
            let mut name = own.clone();
            let response = ui.add(
                egui::TextEdit::singleline(&mut name)
                    .char_limit(NAME_CHARS)
                    .hint_text(edit.tr("dimension-own-hint"))
                    .desired_width(220.0),
            );
            let label = tr!(words, "dimension-own", number = number, nth = own_number);
            accessible_name(&response, &label);
            edit.take_focus(
                &row_focus_key(&format!("dimension-own-{number}"), at),
                &response,
            );
            if response.changed() {
                renamed = Some((at, name));
                edit.changed(Change::Typing);
            }
            let shown = dimension_name(words, dimension);
            let remove = tr!(
                words,
                "dimension-own-remove",
                number = number,
                nth = own_number,
                name = shown.as_str()
            );
            if icon_button(ui, "✖", &remove).clicked() {
                removed = Some(at);
            }
        });
    }
    if let Some((at, new)) = renamed {
        let old = indicator.disaggregation[at].clone();
        let shared = (indicator.disaggregation.iter())
            .filter(|d| **d == old)
            .count()
            > 1;
        indicator.disaggregation[at] = Dimension::Other(new.clone());
        // Its figures follow the new name, unless another row still has
        // the old one (then they stay with that row).
        if !shared {
            for part in (indicator.measurements.iter_mut()).flat_map(|m| m.parts.iter_mut()) {
                if part.dimension == old {
                    part.dimension = Dimension::Other(new.clone());
                }
            }
        }
    }
    if let Some(at) = removed {
        dropped = Some(indicator.disaggregation.remove(at));
    } else if let Some(gone) = &dropped {
        indicator.disaggregation.retain(|d| d != gone);
    }
    // Figures go with the last row of their breakdown.
    if let Some(gone) = dropped
        && !indicator.disaggregation.contains(&gone)
    {
        for measurement in &mut indicator.measurements {
            measurement.parts.retain(|part| part.dimension != gone);
        }
    }
    ui.horizontal(|ui| {
        ui.add_space(16.0);
        let add = ui.small_button(edit.tr("dimension-own-add"));
        accessible_name(&add, &tr!(words, "dimension-own-add-to", number = number));
        if add.clicked() {
            // One unnamed row at a time: the button goes to it.
            let empty = Dimension::Other(String::new());
            let at = match indicator.disaggregation.iter().position(|d| *d == empty) {
                Some(at) => at,
                None => {
                    indicator.disaggregation.push(empty);
                    indicator.disaggregation.len() - 1
                }
            };
            edit.view.focus_field = Some(row_focus_key(&format!("dimension-own-{number}"), at));
        }
    });
}

/// Under a measurement: its note, and its figures per category of the
/// indicator's dimensions (women 230 of 512).
pub(super) fn measurement_details_ui(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    measurement: &mut Measurement,
    dimensions: &[Dimension],
    (number, nth): (usize, usize),
) {
    let words = edit.words;
    ui.horizontal_wrapped(|ui| {
        ui.add_space(16.0);
        ui.label(edit.tr("measurement-note-label"));
        let hint = edit.tr("measurement-note-hint");
        let name = tr!(words, "measurement-note", number = number, nth = nth);
        let focus = row_focus_key(&format!("measurement-note-{number}"), nth);
        localized_cell_named(
            ui,
            edit,
            &mut measurement.note,
            &hint,
            260.0,
            (&focus, &name),
        );
    });
    let owner = tr!(words, "measurement-owner", number = number, nth = nth);
    parts_ui(ui, edit, &mut measurement.parts, dimensions, &owner);
}

/// The dimensions people reached can be counted by: the known ones, then the
/// city's own that the program's indicators or its counts already use.
pub(super) fn reach_dimensions(program: &crate::model::Program) -> Vec<Dimension> {
    let mut dimensions = Dimension::KNOWN.to_vec();
    let used = (program.indicators.iter())
        .flat_map(|indicator| indicator.disaggregation.iter())
        .chain(
            program
                .beneficiaries
                .iter()
                .flat_map(|b| b.parts.iter().map(|p| &p.dimension)),
        );
    for dimension in used {
        if !dimensions.contains(dimension) {
            dimensions.push(dimension.clone());
        }
    }
    dimensions
}

/// Figures per category of `dimensions` (women 230, men 180), each
/// removable, and a button for one more; `owner` names what they break down
/// ("Indicator 1 measurement 2") in their accessible names.
pub(super) fn parts_ui(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    parts: &mut Vec<Part>,
    dimensions: &[Dimension],
    owner: &str,
) {
    if dimensions.is_empty() {
        return;
    }
    let words = edit.words;
    let mut remove = None;
    for (index, part) in parts.iter_mut().enumerate() {
        let nth = index + 1;
        let name = |key: &str| tr!(words, key, owner = owner, part = nth);
        ui.horizontal_wrapped(|ui| {
            ui.add_space(16.0);
            let combo = egui::ComboBox::from_id_salt(("part", owner, index))
                .selected_text(dimension_name(words, &part.dimension))
                .show_ui(ui, |ui| {
                    for dimension in dimensions {
                        let name = dimension_name(words, dimension);
                        ui.selectable_value(&mut part.dimension, dimension.clone(), name);
                    }
                });
            accessible_name(&combo.response, &name("part-dimension"));
            let response = ui.add(
                egui::TextEdit::singleline(&mut part.category)
                    .char_limit(NAME_CHARS)
                    .hint_text(edit.tr("part-category-hint"))
                    .desired_width(140.0),
            );
            accessible_name(&response, &name("part-category"));
            edit.take_focus(&row_focus_key(&format!("part-{owner}"), nth), &response);
            if response.changed() {
                edit.changed(Change::Typing);
            }
            let response = ui.add(number_field(words, &mut part.value).speed(1.0));
            accessible_name(&response, &name("part-value"));
            edit.typed_number(&response);
            if icon_button(ui, "✖", &name("part-remove")).clicked() {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = remove {
        parts.remove(index);
    }
    ui.horizontal(|ui| {
        ui.add_space(16.0);
        let add = ui.small_button(edit.tr("part-add"));
        accessible_name(&add, &tr!(words, "part-add-to", owner = owner));
        if add.clicked() {
            // The dimension the last figure was in (the next category of
            // it, most likely), else the first.
            let dimension = (parts.last())
                .map(|part| part.dimension.clone())
                .or_else(|| dimensions.first().cloned());
            if let Some(dimension) = dimension {
                parts.push(Part {
                    dimension,
                    category: String::new(),
                    value: 0.0,
                });
                edit.view.focus_field = Some(row_focus_key(&format!("part-{owner}"), parts.len()));
            }
        }
    });
}
