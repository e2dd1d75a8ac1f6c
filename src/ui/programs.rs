//! The Programs panel: the catalogue of municipal programs, a list beside an editor.

use egui::{RichText, Ui};

use super::widgets::{
    accessible_name, field_label, hint, icon_button, localized_line, localized_text,
    optional_year_combo, section_title, vocabulary_combo,
};
use super::{Change, Edit, Panel, panel_header_ui};
use crate::model::vocab::{SDGS, UDHR_ARTICLES};
use crate::model::{Partner, Program, ProgramStatus, TargetGroup, Visibility, Vocabulary};

pub fn programs_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Programs);
    egui::Panel::left("program_list")
        .resizable(true)
        .default_size(300.0)
        .size_range(220.0..=460.0)
        .show(ui, |ui| program_list_ui(ui, edit));
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("program_editor")
            .show(ui, |ui| {
                let selected = edit
                    .view
                    .selected_program
                    .and_then(|id| edit.document.program_index(id));
                match selected {
                    Some(index) => program_editor_ui(ui, edit, index),
                    None => {
                        ui.add_space(20.0);
                        hint(ui, "Choose a program on the left, or add one.");
                    }
                }
            });
    });
}

fn program_list_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button("➕ Add").clicked() {
            let id = edit.document.add_program();
            edit.view.selected_program = Some(id);
            edit.changed(Change::Discrete);
        }
        let selected = edit.view.selected_program;
        ui.add_enabled_ui(selected.is_some(), |ui| {
            if ui.button("Duplicate").clicked()
                && let Some(id) = selected.and_then(|id| edit.document.duplicate_program(id))
            {
                edit.view.selected_program = Some(id);
                edit.changed(Change::Discrete);
            }
            if ui.button("🗑 Delete").clicked()
                && let Some(id) = selected
                && edit.document.delete_program(id).is_some()
            {
                edit.view.selected_program = None;
                edit.changed(Change::Discrete);
            }
        });
    });
    ui.add_space(6.0);
    let search_label = ui.label("Search").id;
    ui.add(
        egui::TextEdit::singleline(&mut edit.view.program_search)
            .hint_text("Title, summary, unit…")
            .desired_width(f32::INFINITY),
    )
    .labelled_by(search_label);
    ui.add_space(6.0);
    let lang = edit.lang.clone();
    let needle = edit.view.program_search.to_lowercase();
    let matches: Vec<usize> = (edit.document.programs.iter().enumerate())
        .filter(|(_, program)| needle.is_empty() || program_matches(program, &needle))
        .map(|(index, _)| index)
        .collect();
    hint(
        ui,
        &format!(
            "{} of {} programs",
            matches.len(),
            edit.document.programs.len()
        ),
    );
    let row_height = 44.0;
    egui::ScrollArea::vertical()
        .id_salt("program_list_scroll")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, matches.len(), |ui, rows| {
            for &index in &matches[rows] {
                let program = &edit.document.programs[index];
                let selected = edit.view.selected_program == Some(program.id);
                let title = program.title.get(&lang);
                let title = if title.trim().is_empty() {
                    "(untitled)"
                } else {
                    title
                };
                let detail = format!("{} · {}", program.kind.label(), program.status.label());
                let response = ui.add(
                    egui::Button::selectable(selected, title)
                        .right_text(RichText::new(detail).small())
                        .truncate()
                        .min_size(egui::vec2(ui.available_width(), row_height - 4.0)),
                );
                if response.clicked() {
                    edit.view.selected_program = Some(program.id);
                }
            }
        });
}

/// True when any text of the program contains `needle` (already lower-case).
fn program_matches(program: &Program, needle: &str) -> bool {
    let texts = [
        &program.title,
        &program.summary,
        &program.description,
        &program.responsible_unit,
    ];
    texts
        .iter()
        .flat_map(|text| text.texts())
        .chain(program.partners.iter().map(|partner| partner.name.as_str()))
        .chain(std::iter::once(program.kind.label()))
        .any(|text| text.to_lowercase().contains(needle))
}

fn program_editor_ui(ui: &mut Ui, edit: &mut Edit<'_>, index: usize) {
    let mut program = edit.document.programs[index].clone();
    let before = program.clone();
    ui.add_space(6.0);
    ui.label(RichText::new(format!("Program #{}", program.id.0)).weak());
    egui::Grid::new("program_form")
        .num_columns(2)
        .spacing([24.0, 12.0])
        .min_col_width(150.0)
        .show(ui, |ui| {
            localized_line(ui, edit, "Title", &mut program.title, "");
            ui.end_row();
            let mut kind = Some(program.kind.clone());
            vocabulary_combo(ui, edit, "Kind", &mut kind);
            if let Some(kind) = kind {
                program.kind = kind;
            }
            ui.end_row();
            status_combo(ui, edit, &mut program.status);
            ui.end_row();
            localized_line(
                ui,
                edit,
                "Responsible unit",
                &mut program.responsible_unit,
                "",
            );
            ui.end_row();
            optional_year_combo(ui, edit, "Start year", &mut program.start_year, 1990..=2040);
            ui.end_row();
            optional_year_combo(ui, edit, "End year", &mut program.end_year, 1990..=2040);
            ui.end_row();
            field_label(ui, "Visibility");
            ui.horizontal(|ui| {
                for (value, label) in [
                    (Visibility::Public, "Public"),
                    (Visibility::Internal, "Internal (never published)"),
                ] {
                    if ui.radio(program.visibility == value, label).clicked() {
                        program.visibility = value;
                    }
                }
            });
            ui.end_row();
        });
    ui.add_space(8.0);
    localized_text(ui, edit, "Summary", &mut program.summary, 3);
    ui.add_space(8.0);
    localized_text(ui, edit, "Description", &mut program.description, 6);

    section_title(ui, "Policy areas");
    areas_ui(ui, edit, &program);
    section_title(ui, "Target groups");
    groups_ui(ui, &mut program.target_groups);
    section_title(ui, "Partners");
    partners_ui(ui, edit, &mut program.partners);
    numbered_checklist_ui(
        ui,
        "Rights addressed (Universal Declaration of Human Rights)",
        "Article",
        &UDHR_ARTICLES,
        &mut program.rights,
    );
    numbered_checklist_ui(
        ui,
        "Sustainable Development Goals",
        "SDG",
        &SDGS,
        &mut program.sdgs,
    );
    ui.add_space(20.0);

    if program != before {
        // Changes not already reported by a text field are clicks: steps of their own.
        if edit.change == Change::None {
            edit.changed(Change::Discrete);
        }
        edit.document.programs[index] = program;
    }
}

fn status_combo(ui: &mut Ui, edit: &mut Edit<'_>, status: &mut ProgramStatus) {
    let label_id = field_label(ui, "Status").id;
    egui::ComboBox::from_id_salt("program_status")
        .selected_text(status.label())
        .show_ui(ui, |ui| {
            for value in ProgramStatus::ALL {
                if ui
                    .selectable_label(*status == value, value.label())
                    .clicked()
                    && *status != value
                {
                    *status = value;
                    edit.changed(Change::Discrete);
                }
            }
        })
        .response
        .labelled_by(label_id);
}

/// Checkboxes linking the program to the profile's policy areas.
fn areas_ui(ui: &mut Ui, edit: &mut Edit<'_>, program: &Program) {
    let lang = edit.lang.clone();
    if edit.document.policies.areas.is_empty() {
        hint(ui, "The profile has no policy areas yet.");
        return;
    }
    let linked = edit.document.areas_of(program.id);
    for index in 0..edit.document.policies.areas.len() {
        let title = edit.document.policies.areas[index]
            .title
            .get(&lang)
            .to_owned();
        let mut on = linked.contains(&index);
        if ui
            .checkbox(&mut on, format!("{}. {title}", index + 1))
            .changed()
        {
            edit.document.set_link(index, program.id, on);
            edit.changed(Change::Discrete);
        }
    }
}

fn groups_ui(ui: &mut Ui, groups: &mut Vec<TargetGroup>) {
    egui::Grid::new("target_groups")
        .num_columns(2)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for (n, group) in TargetGroup::KNOWN.iter().enumerate() {
                let mut on = groups.contains(group);
                if ui.checkbox(&mut on, group.label()).changed() {
                    toggle(groups, group.clone(), on);
                }
                if n % 2 == 1 {
                    ui.end_row();
                }
            }
        });
    let own: Vec<String> = groups
        .iter()
        .filter_map(|group| group.other_text().map(str::to_owned))
        .collect();
    for text in own {
        ui.horizontal(|ui| {
            ui.label(format!("• {text}"));
            if icon_button(ui, "✖", &format!("Remove group {text}")).clicked() {
                groups.retain(|group| group.other_text() != Some(text.as_str()));
            }
        });
    }
    ui.horizontal(|ui| {
        let id = ui.make_persistent_id("new_group");
        let mut draft: String = ui.data_mut(|data| data.get_temp(id).unwrap_or_default());
        let label_id = ui.label("Another group:").id;
        let response = ui
            .add(egui::TextEdit::singleline(&mut draft).desired_width(240.0))
            .labelled_by(label_id);
        let submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Add group").clicked() || submitted) && !draft.trim().is_empty() {
            let group = TargetGroup::Other(draft.trim().to_owned());
            if !groups.contains(&group) {
                groups.push(group);
            }
            draft.clear();
        }
        ui.data_mut(|data| data.insert_temp(id, draft));
    });
}

fn partners_ui(ui: &mut Ui, edit: &mut Edit<'_>, partners: &mut Vec<Partner>) {
    let mut remove = None;
    for (index, partner) in partners.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let name = ui.add(
                egui::TextEdit::singleline(&mut partner.name)
                    .hint_text("Organisation")
                    .desired_width(240.0),
            );
            accessible_name(&name, &format!("Partner {} name", index + 1));
            edit.typed(&name);
            let mut role = partner.role.get(&edit.lang).to_owned();
            let response = ui.add(
                egui::TextEdit::singleline(&mut role)
                    .hint_text("Role, e.g. co-funding")
                    .desired_width(240.0),
            );
            accessible_name(&response, &format!("Partner {} role", index + 1));
            if response.changed() {
                partner.role.set(&edit.lang, role);
                edit.changed(Change::Typing);
            }
            if icon_button(ui, "✖", &format!("Remove partner {}", index + 1)).clicked() {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = remove {
        partners.remove(index);
    }
    if ui.button("➕ Add a partner").clicked() {
        partners.push(Partner::default());
    }
}

/// A collapsible list of numbered checkboxes (UDHR articles, SDGs).
fn numbered_checklist_ui(
    ui: &mut Ui,
    title: &str,
    prefix: &str,
    names: &[&str],
    chosen: &mut Vec<u8>,
) {
    ui.add_space(8.0);
    let header = format!("{title} — {} chosen", chosen.len());
    egui::CollapsingHeader::new(RichText::new(header).size(16.0).strong())
        .id_salt(title)
        .default_open(false)
        .show(ui, |ui| {
            egui::Grid::new(title)
                .num_columns(2)
                .spacing([24.0, 4.0])
                .show(ui, |ui| {
                    for (offset, name) in names.iter().enumerate() {
                        let number = u8::try_from(offset + 1).unwrap_or(u8::MAX);
                        let mut on = chosen.contains(&number);
                        if ui
                            .checkbox(&mut on, format!("{prefix} {number} · {name}"))
                            .changed()
                        {
                            toggle(chosen, number, on);
                            chosen.sort_unstable();
                        }
                        if offset % 2 == 1 {
                            ui.end_row();
                        }
                    }
                });
        });
    // Names, not bare numbers: the officer should not need the declaration at hand.
    for number in chosen.iter() {
        let name = names
            .get(usize::from(*number).wrapping_sub(1))
            .unwrap_or(&"?");
        hint(ui, &format!("{prefix} {number} · {name}"));
    }
}

fn toggle<T: PartialEq>(items: &mut Vec<T>, item: T, on: bool) {
    let present = items.contains(&item);
    if on && !present {
        items.push(item);
    } else if !on && present {
        items.retain(|other| *other != item);
    }
}
