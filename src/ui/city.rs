//! The City panel: the facts at the top of the campaign's profile.

use egui::Ui;

use super::command::Action;
use super::widgets::{
    field_label, hint, localized_item, localized_line, optional_year_combo, plain_line,
    vocabulary_combo, year_drag,
};
use super::{Change, Edit, Panel, panel_header_ui};
use crate::model::{Localized, Mandate, Picture, PictureRole};

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
            localized_line(
                ui,
                edit,
                "field-city-name",
                &mut city.name,
                "city-name-hint",
            );
            ui.end_row();
            localized_line(
                ui,
                edit,
                "field-qualifier",
                &mut city.qualifier,
                "qualifier-hint",
            );
            ui.end_row();
            ui.label("");
            hint(ui, &edit.tr("qualifier-explained"));
            ui.end_row();
            localized_line(ui, edit, "field-country", &mut city.country, "");
            ui.end_row();
            vocabulary_combo(ui, edit, "field-region", &mut city.region);
            ui.end_row();
            vocabulary_combo(ui, edit, "field-government", &mut city.government);
            ui.end_row();
            vocabulary_combo(ui, edit, "field-population", &mut city.population);
            ui.end_row();
            optional_year_combo(
                ui,
                edit,
                "field-joined",
                &mut city.joined,
                FIRST_CAMPAIGN_YEAR..=LAST_CAMPAIGN_YEAR,
            );
            ui.end_row();
            plain_line(ui, edit, "field-leader", &mut city.leader.name);
            ui.end_row();
            localized_line(
                ui,
                edit,
                "field-leader-title",
                &mut city.leader.title,
                "leader-title-hint",
            );
            ui.end_row();
            field_label(ui, &edit.tr("field-mandate"));
            mandate_ui(ui, edit, &mut city.mandate);
            ui.end_row();
            field_label(ui, &edit.tr("field-logo"));
            picture_ui(ui, edit, &mut city.logo, PictureRole::Logo);
            ui.end_row();
            field_label(ui, &edit.tr("field-cover"));
            picture_ui(ui, edit, &mut city.cover, PictureRole::Cover);
            ui.end_row();
            ui.label("");
            hint(ui, &edit.tr("pictures-explained"));
            ui.end_row();
        });
    edit.document.city = city;
}

/// A picture of the city: a small view of it, and buttons to choose
/// another (a file dialog, run by the app) or to remove it.
fn picture_ui(ui: &mut Ui, edit: &mut Edit<'_>, slot: &mut Option<Picture>, role: PictureRole) {
    ui.horizontal(|ui| {
        if let Some(picture) = slot.as_ref() {
            let height = 64.0;
            let width = (height * picture.aspect()).min(220.0);
            match super::pictures::texture(ui.ctx(), picture) {
                Some(texture) => {
                    let image = egui::Image::new(&texture)
                        .fit_to_exact_size(egui::vec2(width, width / picture.aspect()));
                    ui.add(image);
                }
                None => {
                    ui.colored_label(ui.visuals().warn_fg_color, edit.tr("picture-damaged"));
                }
            }
            ui.label(egui::RichText::new(format!("{} × {}", picture.width, picture.height)).weak());
        } else {
            ui.label(egui::RichText::new(edit.tr("picture-none")).weak());
        }
        let choose = if slot.is_some() {
            "picture-change"
        } else {
            "picture-choose"
        };
        if ui.button(edit.tr(choose)).clicked() {
            edit.actions.push(Action::ChoosePicture(role));
        }
        if slot.is_some() && ui.button(edit.tr("picture-remove")).clicked() {
            *slot = None;
            edit.changed(Change::Discrete);
        }
    });
}

fn mandate_ui(ui: &mut Ui, edit: &mut Edit<'_>, mandate: &mut Mandate) {
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            let is_years = matches!(mandate, Mandate::Years { .. });
            let is_text = matches!(mandate, Mandate::Text(_));
            if ui.radio(is_years, edit.tr("mandate-years")).clicked() && !is_years {
                let start = edit.document.city.joined.unwrap_or(FIRST_CAMPAIGN_YEAR);
                *mandate = Mandate::Years {
                    start,
                    end: start + 4,
                };
                edit.changed(Change::Discrete);
            }
            if ui.radio(is_text, edit.tr("mandate-words")).clicked() && !is_text {
                *mandate = Mandate::Text(Localized::default());
                edit.changed(Change::Discrete);
            }
            let unknown = matches!(mandate, Mandate::Unknown);
            if ui.radio(unknown, edit.tr("not-set")).clicked() && !unknown {
                *mandate = Mandate::Unknown;
                edit.changed(Change::Discrete);
            }
        });
        match mandate {
            Mandate::Years { start, end } => {
                ui.horizontal(|ui| {
                    let (from, to) = (edit.tr("mandate-start"), edit.tr("mandate-end"));
                    year_drag(ui, edit, &from, start);
                    ui.label(edit.tr("mandate-to"));
                    year_drag(ui, edit, &to, end);
                });
                if end < start {
                    ui.colored_label(ui.visuals().warn_fg_color, edit.tr("mandate-reversed"));
                }
            }
            Mandate::Text(text) => {
                let name = edit.tr("mandate-in-words");
                let response = localized_item(ui, edit, &name, text);
                edit.take_focus("field-mandate", &response);
            }
            Mandate::Unknown => {}
        }
    });
}
