//! Above the catalogue table: search, filters, and the actions on selected programs.

use egui::{RichText, Ui};

use super::super::widgets::{articles, filter_combo, goals};
use super::super::{Change, Edit};
use crate::i18n::Language;
use crate::model::catalogue::Tag;
use crate::model::{ProgramId, ProgramKind, ProgramStatus, Vocabulary};
use crate::tr;

pub fn toolbar_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    let active = edit.view.catalogue.filters.count();
    let roomy = ui.ctx().content_rect().height() >= ROOMY_HEIGHT;
    let mut filters_shown = (edit.view.catalogue.filters_open).unwrap_or(roomy || active > 0);
    ui.horizontal_wrapped(|ui| {
        actions_ui(ui, edit);
        ui.separator();
        let search_label = ui.label(edit.tr("search")).id;
        let search_hint = edit.tr("search-hint");
        ui.add(
            egui::TextEdit::singleline(&mut edit.view.catalogue.search)
                .hint_text(search_hint)
                .desired_width(220.0),
        )
        .labelled_by(search_label);
        let total = edit.document.programs.len();
        let shown = (edit.view.catalogue)
            .rows(edit.document, edit.revision, &edit.lang)
            .len();
        // Kept on one line: where the toolbar runs out of room (French,
        // Spanish), the count moves to the next row whole instead of splitting.
        let count = tr!(edit.words, "programs-shown", shown = shown, total = total);
        let count = RichText::new(count)
            .color(ui.visuals().weak_text_color())
            .small();
        ui.add(egui::Label::new(count).wrap_mode(egui::TextWrapMode::Extend));
        let label = tr!(edit.words, "library-filters", count = active);
        if ui.toggle_value(&mut filters_shown, label).clicked() {
            edit.view.catalogue.filters_open = Some(filters_shown);
        }
    });
    if filters_shown {
        ui.horizontal_wrapped(|ui| {
            filters_ui(ui, edit);
        });
    }
}

/// Window heights from which the filters are open at first: below, two
/// rows of filters left the program editor 230 px at 1024×600.
const ROOMY_HEIGHT: f32 = 720.0;

fn actions_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    if ui.button(edit.tr("program-add")).clicked() {
        // Titled in the words of the profile's main language.
        let words = Language::for_content(edit.document.main_language());
        let id = edit.document.add_new_program(words);
        select_only(edit, id);
        // The new program's title takes the keyboard, in view.
        edit.view.focus_field = Some("field-title".to_owned());
        edit.changed(Change::Discrete);
    }
    let focused = edit.view.selected_program;
    let selection: Vec<ProgramId> = edit.view.catalogue.selection.iter().copied().collect();
    // Buttons that cannot act now are greyed out and say why, rather than
    // looking as if they would do something ("Delete 0").
    let duplicate = ui
        .add_enabled(
            focused.is_some() && selection.len() <= 1,
            egui::Button::new(edit.tr("program-duplicate")),
        )
        .on_disabled_hover_text(edit.tr("program-duplicate-none"));
    if duplicate.clicked()
        && let Some(id) = focused.and_then(|id| {
            let words = Language::for_content(edit.document.main_language());
            edit.document.duplicate_program(id, words)
        })
    {
        select_only(edit, id);
        edit.changed(Change::Discrete);
    }
    let to_delete: Vec<ProgramId> = if selection.is_empty() {
        focused.into_iter().collect()
    } else {
        selection.clone()
    };
    let label = tr!(edit.words, "program-delete", count = to_delete.len());
    let delete = ui
        .add_enabled(!to_delete.is_empty(), egui::Button::new(label))
        .on_hover_text(edit.tr("undo-hint"))
        .on_disabled_hover_text(edit.tr("program-delete-none"));
    if delete.clicked() {
        for id in &to_delete {
            edit.document.delete_program(*id);
        }
        edit.view.selected_program = None;
        edit.view.catalogue.selection.clear();
        edit.changed(Change::Discrete);
    }
    let text = tr!(edit.words, "tag-selected", count = selection.len());
    if selection.is_empty() {
        ui.add_enabled(false, egui::Button::new(text))
            .on_disabled_hover_text(edit.tr("tag-selected-none"));
        return;
    }
    {
        ui.menu_button(text, |ui| {
            if let Some(tag) = tag_menu_ui(ui, edit) {
                let changed = edit.document.tag_programs(&selection, &tag);
                if changed > 0 {
                    edit.changed(Change::Discrete);
                }
                ui.close();
            }
        });
    }
}

/// Makes `id` the one selected and edited program.
pub fn select_only(edit: &mut Edit<'_>, id: ProgramId) {
    edit.view.focus_program(id);
}

fn tag_menu_ui(ui: &mut Ui, edit: &Edit<'_>) -> Option<Tag> {
    let words = edit.words;
    let mut tag = None;
    ui.menu_button(edit.tr("field-target-group"), |ui| {
        for group in edit.document.target_group_choices() {
            if ui.button(group.name(words)).clicked() {
                tag = Some(Tag::Group(group.clone()));
            }
        }
    });
    ui.menu_button(edit.tr("tag-right"), |ui| {
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                for (number, name) in articles(words) {
                    if ui.button(name).clicked() {
                        tag = Some(Tag::Right(number));
                    }
                }
            });
    });
    ui.menu_button(edit.tr("tag-sdg"), |ui| {
        for (number, name) in goals(words) {
            if ui.button(name).clicked() {
                tag = Some(Tag::Sdg(number));
            }
        }
    });
    ui.menu_button(edit.tr("column-status"), |ui| {
        for status in ProgramStatus::ALL {
            if ui.button(status.name(words)).clicked() {
                tag = Some(Tag::Status(status));
            }
        }
    });
    ui.menu_button(edit.tr("tag-area"), |ui| {
        for (index, area) in edit.document.policies.areas.iter().enumerate() {
            let title = edit.shown(&area.title);
            if ui.button(format!("{}. {title}", index + 1)).clicked() {
                tag = Some(Tag::Area(index));
            }
        }
    });
    tag
}

fn filters_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    let words = edit.words;
    ui.label(RichText::new(edit.tr("filter-show")).strong());
    let areas: Vec<(usize, String)> = (edit.document.policies.areas.iter().enumerate())
        .map(|(index, area)| (index, format!("{}. {}", index + 1, edit.shown(&area.title))))
        .collect();
    let groups = edit.document.target_group_choices();
    let filters = &mut edit.view.catalogue.filters;
    filter_combo(
        ui,
        words,
        "column-kind",
        &mut filters.kind,
        ProgramKind::KNOWN
            .iter()
            .map(|k| (k.clone(), k.name(words))),
    );
    filter_combo(
        ui,
        words,
        "column-status",
        &mut filters.status,
        ProgramStatus::ALL.iter().map(|s| (*s, s.name(words))),
    );
    filter_combo(
        ui,
        words,
        "filter-group",
        &mut filters.group,
        groups.iter().map(|g| (g.clone(), g.name(words))),
    );
    filter_combo(
        ui,
        words,
        "filter-right",
        &mut filters.right,
        articles(words),
    );
    filter_combo(ui, words, "column-sdgs", &mut filters.sdg, goals(words));
    filter_combo(
        ui,
        words,
        "filter-area",
        &mut filters.area,
        areas.into_iter(),
    );
    if !filters.is_empty() && ui.button(tr!(words, "filter-clear")).clicked() {
        *filters = Default::default();
    }
}
