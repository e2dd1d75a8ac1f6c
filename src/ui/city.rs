//! The City panel: the facts at the top of the campaign's profile.

use egui::Ui;

use super::widgets::{
    field_label, hint, localized_line, optional_year_combo, plain_line, vocabulary_combo, year_drag,
};
use super::{Change, Edit, Panel, panel_header_ui};
use crate::model::{Localized, Mandate};

/// The first year cities could join the campaign.
const FIRST_CAMPAIGN_YEAR: i32 = 2022;
const LAST_CAMPAIGN_YEAR: i32 = 2030;

pub fn city_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::City);
    // Take the city out so fields can borrow it while `edit` records changes.
    let mut city = std::mem::take(&mut edit.document.city);
    egui::Grid::new("city_form")
        .num_columns(2)
        .spacing([24.0, 14.0])
        .min_col_width(180.0)
        .show(ui, |ui| {
            localized_line(ui, edit, "City name", &mut city.name, "e.g. San Antonio");
            ui.end_row();
            localized_line(ui, edit, "Qualifier", &mut city.qualifier, "e.g. Chile");
            ui.end_row();
            ui.label("");
            hint(
                ui,
                "Shown in brackets after the name, as in “San Antonio (Chile)”.",
            );
            ui.end_row();
            localized_line(ui, edit, "Country", &mut city.country, "");
            ui.end_row();
            vocabulary_combo(ui, edit, "Region", &mut city.region);
            ui.end_row();
            vocabulary_combo(ui, edit, "Type of government", &mut city.government);
            ui.end_row();
            vocabulary_combo(ui, edit, "Population range", &mut city.population);
            ui.end_row();
            optional_year_combo(
                ui,
                edit,
                "Year of joining",
                &mut city.joined,
                FIRST_CAMPAIGN_YEAR..=LAST_CAMPAIGN_YEAR,
            );
            ui.end_row();
            plain_line(ui, edit, "Leader", &mut city.leader.name);
            ui.end_row();
            localized_line(
                ui,
                edit,
                "Leader's title",
                &mut city.leader.title,
                "e.g. Mayor",
            );
            ui.end_row();
            field_label(ui, "Mandate");
            mandate_ui(ui, edit, &mut city.mandate);
            ui.end_row();
        });
    edit.document.city = city;
}

fn mandate_ui(ui: &mut Ui, edit: &mut Edit<'_>, mandate: &mut Mandate) {
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            let is_years = matches!(mandate, Mandate::Years { .. });
            let is_text = matches!(mandate, Mandate::Text(_));
            if ui.radio(is_years, "From year to year").clicked() && !is_years {
                let start = edit.document.city.joined.unwrap_or(FIRST_CAMPAIGN_YEAR);
                *mandate = Mandate::Years {
                    start,
                    end: start + 4,
                };
                edit.changed(Change::Discrete);
            }
            if ui.radio(is_text, "In words").clicked() && !is_text {
                *mandate = Mandate::Text(Localized::default());
                edit.changed(Change::Discrete);
            }
            let unknown = matches!(mandate, Mandate::Unknown);
            if ui.radio(unknown, "Not set").clicked() && !unknown {
                *mandate = Mandate::Unknown;
                edit.changed(Change::Discrete);
            }
        });
        match mandate {
            Mandate::Years { start, end } => {
                ui.horizontal(|ui| {
                    year_drag(ui, edit, "Mandate start", start);
                    ui.label("to");
                    year_drag(ui, edit, "Mandate end", end);
                });
                if end < start {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        "The mandate ends before it starts.",
                    );
                }
            }
            Mandate::Text(text) => {
                let mut value = text.get(&edit.lang).to_owned();
                let response = ui.add(
                    egui::TextEdit::singleline(&mut value)
                        .hint_text("e.g. 4 years")
                        .desired_width(super::widgets::field_width(ui)),
                );
                super::widgets::accessible_name(&response, "Mandate in words");
                if response.changed() {
                    text.set(&edit.lang, value);
                    edit.changed(Change::Typing);
                }
            }
            Mandate::Unknown => {}
        }
    });
}
