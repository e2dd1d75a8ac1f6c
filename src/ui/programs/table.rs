//! The catalogue table: one row per program, sortable columns, only the visible
//! rows laid out, so ten thousand programs scroll as smoothly as ten.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::super::Edit;
use super::toolbar::select_only;
use crate::model::catalogue::{Sort, SortColumn};
use crate::model::{Program, ProgramId, Vocabulary};
use crate::tr;

const ROW_HEIGHT: f32 = 30.0;

/// Each column and the message id of its header.
const COLUMNS: [(SortColumn, &str); 7] = [
    (SortColumn::Title, "column-title"),
    (SortColumn::Kind, "column-kind"),
    (SortColumn::Status, "column-status"),
    (SortColumn::Unit, "column-unit"),
    (SortColumn::Groups, "column-groups"),
    (SortColumn::Rights, "column-rights"),
    (SortColumn::Sdgs, "column-sdgs"),
];

pub fn table_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    let rows: Vec<usize> = (edit.view.catalogue)
        .rows(edit.document, edit.revision, &edit.lang)
        .to_vec();
    if edit.document.programs.is_empty() {
        ui.add_space(20.0);
        super::hint(ui, &edit.tr("catalogue-empty"));
        return;
    }
    let mut clicked: Option<(ProgramId, egui::Modifiers)> = None;
    let mut sort = edit.view.catalogue.sort;
    let words = edit.words;
    let untitled = edit.tr("untitled-program");
    // The columns need more room than a laptop leaves beside the editor: scroll sideways.
    egui::ScrollArea::horizontal()
        .id_salt("catalogue_table_sideways")
        .show(ui, |ui| {
            TableBuilder::new(ui)
                .id_salt("catalogue_table")
                .striped(true)
                .sense(egui::Sense::click())
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(
                    Column::initial(230.0)
                        .at_least(120.0)
                        .clip(true)
                        .resizable(true),
                )
                .column(Column::initial(95.0).clip(true).resizable(true))
                .column(Column::initial(85.0).clip(true).resizable(true))
                .column(Column::initial(120.0).clip(true).resizable(true))
                .column(Column::initial(140.0).clip(true).resizable(true))
                .column(Column::initial(70.0).clip(true).resizable(true))
                .column(Column::initial(60.0).clip(true).resizable(true))
                .auto_shrink([false, false])
                .header(28.0, |mut header| {
                    for (column, key) in COLUMNS {
                        let name = tr!(words, key);
                        let hint = tr!(words, "sort-by", column = name.to_lowercase());
                        header.col(|ui| sort_header_ui(ui, &mut sort, column, &name, &hint));
                    }
                })
                .body(|body| {
                    body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                        let Some(program) = rows
                            .get(row.index())
                            .and_then(|&position| edit.document.programs.get(position))
                        else {
                            return;
                        };
                        let selected = edit.view.catalogue.selection.contains(&program.id)
                            || edit.view.selected_program == Some(program.id);
                        row.set_selected(selected);
                        let title = edit.shown(&program.title);
                        let title = if title.trim().is_empty() {
                            &untitled
                        } else {
                            title
                        };
                        row_cells(&mut row, program, title, edit);
                        let response = row.response();
                        if response.clicked() {
                            let modifiers = response.ctx.input(|input| input.modifiers);
                            clicked = Some((program.id, modifiers));
                        }
                    });
                });
        });
    edit.view.catalogue.sort = sort;
    if let Some((id, modifiers)) = clicked {
        click_row(edit, &rows, id, modifiers);
    }
}

fn sort_header_ui(ui: &mut Ui, sort: &mut Sort, column: SortColumn, name: &str, hint: &str) {
    let arrow = match (sort.column == column, sort.descending) {
        (true, false) => " ⏶",
        (true, true) => " ⏷",
        (false, _) => "",
    };
    let response = ui
        .add(egui::Button::new(RichText::new(format!("{name}{arrow}")).strong()).frame(false))
        .on_hover_text(hint);
    super::super::widgets::accessible_name(&response, hint);
    if response.clicked() {
        *sort = match (sort.column == column, sort.descending) {
            (false, _) => Sort {
                column,
                descending: false,
            },
            (true, false) => Sort {
                column,
                descending: true,
            },
            // A third click returns to the catalogue's own order.
            (true, true) => Sort::default(),
        };
    }
}

fn row_cells(
    row: &mut egui_extras::TableRow<'_, '_>,
    program: &Program,
    title: &str,
    edit: &Edit<'_>,
) {
    let words = edit.words;
    row.col(|ui| {
        crate::ui::text::cell(ui, title);
    });
    row.col(|ui| {
        ui.add(
            egui::Label::new(program.kind.name(words))
                .truncate()
                .selectable(false),
        );
    });
    row.col(|ui| {
        ui.add(egui::Label::new(program.status.name(words)).selectable(false));
    });
    row.col(|ui| {
        let unit = edit.shown(&program.responsible_unit);
        crate::ui::text::cell(ui, unit);
    });
    row.col(|ui| {
        let groups: Vec<String> = (program.target_groups.iter())
            .map(|group| group.name(words))
            .collect();
        crate::ui::text::cell(ui, &groups.join(", "));
    });
    row.col(|ui| {
        ui.add(
            egui::Label::new(numbers(&program.rights))
                .truncate()
                .selectable(false),
        );
    });
    row.col(|ui| {
        ui.add(
            egui::Label::new(numbers(&program.sdgs))
                .truncate()
                .selectable(false),
        );
    });
}

fn numbers(values: &[u8]) -> String {
    let texts: Vec<String> = values.iter().map(u8::to_string).collect();
    texts.join(", ")
}

/// Click selects one program; Ctrl-click adds or removes one; Shift-click selects a range.
fn click_row(edit: &mut Edit<'_>, rows: &[usize], id: ProgramId, modifiers: egui::Modifiers) {
    let catalogue = &mut edit.view.catalogue;
    if modifiers.command {
        if let Some(focused) = edit.view.selected_program {
            catalogue.selection.insert(focused);
        }
        if !catalogue.selection.remove(&id) {
            catalogue.selection.insert(id);
        }
        catalogue.anchor = Some(id);
    } else if modifiers.shift
        && let Some(anchor) = catalogue.anchor
    {
        let ids: Vec<ProgramId> = (rows.iter())
            .filter_map(|&position| edit.document.programs.get(position).map(|p| p.id))
            .collect();
        let from = ids.iter().position(|known| *known == anchor);
        let to = ids.iter().position(|known| *known == id);
        if let (Some(from), Some(to)) = (from, to) {
            let (low, high) = (from.min(to), from.max(to));
            catalogue.selection = ids[low..=high].iter().copied().collect();
        }
    } else {
        select_only(edit, id);
        return;
    }
    // The editor shows a program only while it is the single one selected.
    let catalogue = &edit.view.catalogue;
    edit.view.selected_program = match catalogue.selection.len() {
        1 => catalogue.selection.first().copied(),
        _ => None,
    };
}
