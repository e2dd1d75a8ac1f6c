//! Above the catalogue table: search, filters, and the actions on selected programs.

use egui::{RichText, Ui};

use super::super::widgets::{accessible_name, hint};
use super::super::{Change, Edit};
use crate::model::catalogue::Tag;
use crate::model::vocab::{SDGS, UDHR_ARTICLES};
use crate::model::{ProgramId, ProgramKind, ProgramStatus, Vocabulary};

pub fn toolbar_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    ui.horizontal_wrapped(|ui| {
        actions_ui(ui, edit);
        ui.separator();
        let search_label = ui.label("Search").id;
        ui.add(
            egui::TextEdit::singleline(&mut edit.view.catalogue.search)
                .hint_text("Any word of any text")
                .desired_width(220.0),
        )
        .labelled_by(search_label);
        let total = edit.document.programs.len();
        let shown = (edit.view.catalogue)
            .rows(edit.document, edit.revision, &edit.lang)
            .len();
        hint(ui, &format!("{shown} shown of {total}"));
    });
    ui.horizontal_wrapped(|ui| {
        filters_ui(ui, edit);
    });
}

fn actions_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    if ui.button("➕ Add").clicked() {
        let id = edit.document.add_program();
        select_only(edit, id);
        edit.changed(Change::Discrete);
    }
    let focused = edit.view.selected_program;
    let selection: Vec<ProgramId> = edit.view.catalogue.selection.iter().copied().collect();
    ui.add_enabled_ui(focused.is_some() && selection.len() <= 1, |ui| {
        if ui.button("Duplicate").clicked()
            && let Some(id) = focused.and_then(|id| edit.document.duplicate_program(id))
        {
            select_only(edit, id);
            edit.changed(Change::Discrete);
        }
    });
    let to_delete: Vec<ProgramId> = if selection.is_empty() {
        focused.into_iter().collect()
    } else {
        selection.clone()
    };
    ui.add_enabled_ui(!to_delete.is_empty(), |ui| {
        let label = match to_delete.len() {
            0 | 1 => "🗑 Delete".to_owned(),
            n => format!("🗑 Delete {n}"),
        };
        if ui.button(label).on_hover_text("Undo with Ctrl+Z").clicked() {
            for id in &to_delete {
                edit.document.delete_program(*id);
            }
            edit.view.selected_program = None;
            edit.view.catalogue.selection.clear();
            edit.changed(Change::Discrete);
        }
    });
    ui.add_enabled_ui(!selection.is_empty(), |ui| {
        let text = format!("Tag selected ({})", selection.len());
        ui.menu_button(text, |ui| {
            if let Some(tag) = tag_menu_ui(ui, edit) {
                let changed = edit.document.tag_programs(&selection, &tag);
                if changed > 0 {
                    edit.changed(Change::Discrete);
                }
                ui.close();
            }
        });
    });
}

/// Makes `id` the one selected and edited program.
pub fn select_only(edit: &mut Edit<'_>, id: ProgramId) {
    edit.view.focus_program(id);
}

fn tag_menu_ui(ui: &mut Ui, edit: &Edit<'_>) -> Option<Tag> {
    let mut tag = None;
    ui.menu_button("Target group", |ui| {
        for group in edit.document.target_group_choices() {
            if ui.button(group.label()).clicked() {
                tag = Some(Tag::Group(group.clone()));
            }
        }
    });
    ui.menu_button("Right (UDHR article)", |ui| {
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                for (index, name) in UDHR_ARTICLES.iter().enumerate() {
                    if ui.button(format!("{} · {name}", index + 1)).clicked() {
                        tag = u8::try_from(index + 1).ok().map(Tag::Right);
                    }
                }
            });
    });
    ui.menu_button("Sustainable Development Goal", |ui| {
        for (index, name) in SDGS.iter().enumerate() {
            if ui.button(format!("{} · {name}", index + 1)).clicked() {
                tag = u8::try_from(index + 1).ok().map(Tag::Sdg);
            }
        }
    });
    ui.menu_button("Status", |ui| {
        for status in ProgramStatus::ALL {
            if ui.button(status.label()).clicked() {
                tag = Some(Tag::Status(status));
            }
        }
    });
    ui.menu_button("Policy area", |ui| {
        for (index, area) in edit.document.policies.areas.iter().enumerate() {
            let title = area.title.get(&edit.lang);
            if ui.button(format!("{}. {title}", index + 1)).clicked() {
                tag = Some(Tag::Area(index));
            }
        }
    });
    tag
}

fn filters_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    ui.label(RichText::new("Show").strong());
    let filters = &mut edit.view.catalogue.filters;
    filter_combo(
        ui,
        "Kind",
        &mut filters.kind,
        ProgramKind::KNOWN
            .iter()
            .map(|k| (k.clone(), k.label().to_owned())),
    );
    filter_combo(
        ui,
        "Status",
        &mut filters.status,
        ProgramStatus::ALL
            .iter()
            .map(|s| (*s, s.label().to_owned())),
    );
    let groups = edit.document.target_group_choices();
    filter_combo(
        ui,
        "Group",
        &mut filters.group,
        groups.iter().map(|g| (g.clone(), g.label().to_owned())),
    );
    filter_combo(
        ui,
        "Right",
        &mut filters.right,
        (1..=30u8).map(|n| (n, format!("{n} · {}", UDHR_ARTICLES[usize::from(n) - 1]))),
    );
    filter_combo(
        ui,
        "SDG",
        &mut filters.sdg,
        (1..=17u8).map(|n| (n, format!("{n} · {}", SDGS[usize::from(n) - 1]))),
    );
    let areas: Vec<(usize, String)> = (edit.document.policies.areas.iter().enumerate())
        .map(|(index, area)| {
            (
                index,
                format!("{}. {}", index + 1, area.title.get(&edit.lang)),
            )
        })
        .collect();
    filter_combo(ui, "Area", &mut filters.area, areas.into_iter());
    if !filters.is_empty() && ui.button("Clear filters").clicked() {
        *filters = Default::default();
    }
}

/// A drop-down filter: "Kind: all" or "Kind: Training".
fn filter_combo<T: Clone + PartialEq>(
    ui: &mut Ui,
    name: &str,
    value: &mut Option<T>,
    choices: impl Iterator<Item = (T, String)>,
) {
    let choices: Vec<(T, String)> = choices.collect();
    let shown = value
        .as_ref()
        .and_then(|v| choices.iter().find(|(c, _)| c == v))
        .map_or_else(
            || format!("{name}: all"),
            |(_, label)| format!("{name}: {label}"),
        );
    let response = egui::ComboBox::from_id_salt(("filter", name))
        .selected_text(shown)
        .width(120.0)
        .truncate()
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, "All");
            for (choice, label) in choices {
                ui.selectable_value(value, Some(choice), label);
            }
        })
        .response;
    accessible_name(&response, &format!("Filter by {}", name.to_lowercase()));
}
