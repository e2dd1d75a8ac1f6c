//! The Policies panel: the numbered policy areas and the programs each presents.

use egui::{RichText, Ui};

use super::widgets::{
    field_label, field_width, hint, icon_button, localized_line, localized_text, section_title,
};
use super::{Change, Edit, Panel, panel_header_ui};
use crate::model::{PolicyArea, ProgramId, move_item};
use crate::tr;

pub fn policies_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Policies);
    egui::Panel::left("policy_area_list")
        .resizable(true)
        .default_size(280.0)
        .size_range(200.0..=420.0)
        .show(ui, |ui| area_list_ui(ui, edit));
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("policy_area_editor")
            .show(ui, |ui| {
                ui.add_space(4.0);
                let mut introduction = std::mem::take(&mut edit.document.policies.introduction);
                localized_text(ui, edit, "policies-introduction", &mut introduction, 3);
                edit.document.policies.introduction = introduction;
                ui.add_space(8.0);
                ui.separator();
                match edit.view.selected_area {
                    Some(index) if index < edit.document.policies.areas.len() => {
                        area_editor_ui(ui, edit, index);
                    }
                    _ => {
                        ui.add_space(20.0);
                        hint(ui, &edit.tr("policies-choose"));
                    }
                }
            });
    });
}

fn area_list_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui.button(edit.tr("area-add")).clicked() {
            let mut area = PolicyArea {
                id: crate::model::ItemId::fresh(),
                ..PolicyArea::default()
            };
            let title = tr!(edit.content_words(), "area-new-title");
            area.title.set(&edit.lang, title);
            edit.document.policies.areas.push(area);
            edit.view.selected_area = Some(edit.document.policies.areas.len() - 1);
            // Typing goes on into the new area's title.
            edit.view.focus_field = Some("field-area-title".to_owned());
            edit.changed(Change::Discrete);
        }
    });
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .id_salt("policy_area_list_scroll")
        .show(ui, |ui| {
            let count = edit.document.policies.areas.len();
            for index in 0..count {
                let title = edit.shown(&edit.document.policies.areas[index].title);
                let title = if title.trim().is_empty() {
                    edit.tr("untitled-area")
                } else {
                    title.to_owned()
                };
                let selected = edit.view.selected_area == Some(index);
                let label = format!("{}. {title}", index + 1);
                let color = ui.visuals().text_color();
                let label = crate::ui::text::shown(ui, &label, color);
                let response = ui.add(
                    egui::Button::selectable(selected, label)
                        .wrap()
                        .min_size(egui::vec2(ui.available_width(), 30.0)),
                );
                if response.clicked() {
                    edit.view.selected_area = Some(index);
                }
            }
            if count == 0 {
                hint(ui, &edit.tr("areas-none"));
            }
        });
}

fn area_editor_ui(ui: &mut Ui, edit: &mut Edit<'_>, index: usize) {
    let count = edit.document.policies.areas.len();
    let mut removed = false;
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(tr!(edit.words, "area-numbered", number = index + 1))
                .size(20.0)
                .strong(),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(edit.tr("area-remove")).clicked() {
                edit.document.policies.areas.remove(index);
                edit.view.selected_area = None;
                edit.changed(Change::Discrete);
                removed = true;
                return;
            }
            ui.add_enabled_ui(index + 1 < count, |ui| {
                if icon_button(ui, "⬇", &edit.tr("area-down")).clicked() {
                    move_item(&mut edit.document.policies.areas, index, 1);
                    edit.view.selected_area = Some(index + 1);
                    edit.changed(Change::Discrete);
                }
            });
            ui.add_enabled_ui(index > 0, |ui| {
                if icon_button(ui, "⬆", &edit.tr("area-up")).clicked() {
                    move_item(&mut edit.document.policies.areas, index, -1);
                    edit.view.selected_area = Some(index - 1);
                    edit.changed(Change::Discrete);
                }
            });
        });
    });
    if removed {
        return;
    }
    let Some(area) = edit.document.policies.areas.get_mut(index) else {
        return;
    };
    let mut area = std::mem::take(area);
    ui.add_space(6.0);
    egui::Grid::new("area_form")
        .num_columns(2)
        .spacing([24.0, 12.0])
        .show(ui, |ui| {
            localized_line(ui, edit, "field-area-title", &mut area.title, "");
            ui.end_row();
        });
    ui.add_space(6.0);
    localized_text(ui, edit, "field-area-description", &mut area.description, 6);
    ui.add_space(6.0);
    localized_text(ui, edit, "field-notes", &mut area.notes, 2);
    hint(ui, &edit.tr("notes-hint"));
    linked_programs_ui(ui, edit, &mut area);
    edit.document.policies.areas[index] = area;
}

fn linked_programs_ui(ui: &mut Ui, edit: &mut Edit<'_>, area: &mut PolicyArea) {
    section_title(ui, &edit.tr("area-programs"));
    let mut action: Option<LinkAction> = None;
    let count = area.programs.len();
    for (position, id) in area.programs.iter().enumerate() {
        ui.horizontal(|ui| {
            match edit.document.program(*id) {
                Some(program) => {
                    let title = edit.shown(&program.title);
                    if ui
                        .link(title)
                        .on_hover_text(edit.tr("open-in-catalogue"))
                        .clicked()
                    {
                        edit.view.focus_program(*id);
                        edit.commands.push(super::Command::Show(Panel::Programs));
                    }
                }
                None => {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        tr!(edit.words, "program-missing", id = id.0),
                    );
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let number = position + 1;
                let remove = tr!(edit.words, "area-program-remove", number = number);
                if icon_button(ui, "✖", &remove).clicked() {
                    action = Some(LinkAction::Remove(position));
                }
                ui.add_enabled_ui(position + 1 < count, |ui| {
                    let down = tr!(edit.words, "area-program-down", number = number);
                    if icon_button(ui, "⬇", &down).clicked() {
                        action = Some(LinkAction::Move(position, 1));
                    }
                });
                ui.add_enabled_ui(position > 0, |ui| {
                    let up = tr!(edit.words, "area-program-up", number = number);
                    if icon_button(ui, "⬆", &up).clicked() {
                        action = Some(LinkAction::Move(position, -1));
                    }
                });
            });
        });
    }
    if count == 0 {
        hint(ui, &edit.tr("area-programs-none"));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let label_id = field_label(ui, &edit.tr("area-add-program")).id;
        let combo = egui::ComboBox::from_id_salt("add_program_to_area")
            .selected_text(edit.tr("choose-from-catalogue"))
            .width(field_width(ui) - 160.0)
            .show_ui(ui, |ui| {
                let unlinked = edit
                    .document
                    .programs
                    .iter()
                    .filter(|program| !area.programs.contains(&program.id));
                for program in unlinked {
                    if ui
                        .selectable_label(
                            false,
                            crate::ui::text::shown(
                                ui,
                                edit.shown(&program.title),
                                ui.visuals().text_color(),
                            ),
                        )
                        .clicked()
                    {
                        action = Some(LinkAction::Add(program.id));
                    }
                }
            })
            .response
            .labelled_by(label_id);
        edit.take_focus("area-add-program", &combo);
        if ui.button(edit.tr("area-new-program")).clicked() {
            let words = crate::i18n::Language::for_content(edit.document.main_language());
            let id = edit.document.add_new_program(words);
            edit.view.focus_program(id);
            action = Some(LinkAction::Add(id));
        }
    });
    if let Some(action) = action {
        match action {
            LinkAction::Add(id) => area.programs.push(id),
            LinkAction::Remove(position) => {
                area.programs.remove(position);
            }
            LinkAction::Move(position, delta) => move_item(&mut area.programs, position, delta),
        }
        edit.changed(Change::Discrete);
    }
}

#[derive(Clone, Copy)]
enum LinkAction {
    Add(ProgramId),
    Remove(usize),
    Move(usize, isize),
}
