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
    let mut row_focused = false;
    let mut focused_rect: Option<egui::Rect> = None;
    let focus_row = edit.view.catalogue.focus_row.take();
    let scroll_to = focus_row.and_then(|id| {
        (rows.iter()).position(|&p| edit.document.programs.get(p).is_some_and(|p| p.id == id))
    });
    let mut sort = edit.view.catalogue.sort;
    let words = edit.words;
    let untitled = edit.tr("untitled-program");
    // The columns need more room than a laptop leaves beside the editor: scroll sideways.
    egui::ScrollArea::horizontal()
        .id_salt("catalogue_table_sideways")
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui).id_salt("catalogue_table");
            if let Some(index) = scroll_to {
                table = table.scroll_to_row(index, None);
            }
            table
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
                        // The row's own name: its title, kind and status, as a
                        // screen reader should say it when the row takes the focus.
                        let said = tr!(
                            words,
                            "table-row",
                            title = title,
                            kind = program.kind.name(words),
                            status = program.status.name(words)
                        );
                        super::super::widgets::accessible_name(&response, &said);
                        if focus_row == Some(program.id) {
                            response.request_focus();
                        }
                        if response.has_focus() {
                            row_focused = true;
                            focused_rect = Some(response.rect);
                        }
                        if response.clicked() {
                            let modifiers = response.ctx.input(|input| input.modifiers);
                            clicked = Some((program.id, modifiers));
                        }
                    });
                });
            // A visible focus: the row outlined, within the table's view
            // (the row runs on under the editor when columns are hidden).
            if let Some(rect) = focused_rect {
                let stroke = ui.visuals().selection.stroke;
                let shown = rect.shrink(1.0).intersect(ui.clip_rect());
                ui.painter()
                    .rect_stroke(shown, 2.0, stroke, egui::StrokeKind::Inside);
            }
        });
    edit.view.catalogue.sort = sort;
    if let Some((id, modifiers)) = clicked {
        click_row(edit, &rows, id, modifiers);
        // Enter on the focused row "clicks" it: that edits the program. A
        // click of the pointer gives the row the keyboard, for the arrows.
        let by_key = ui.input(|i| i.key_pressed(egui::Key::Enter));
        if by_key {
            edit.view.focus_field = Some("field-title".to_owned());
        } else {
            edit.view.catalogue.focus_row = Some(id);
        }
    }
    // The keys act on the table while one of its rows has the focus (a
    // click gives it), never while the officer types in a field: Enter in
    // the editor's fields leaves them without a focus for a frame.
    if row_focused {
        keys_ui(ui, edit, &rows);
    }
}

/// Rows a Page Up or Page Down moves by.
const PAGE_ROWS: usize = 10;

/// Up/Down, Home/End, Page Up/Page Down move the selection; Enter edits the
/// program (its title takes the keyboard); Delete deletes the selected ones
/// (Ctrl+Z brings them back, as the Delete button says).
fn keys_ui(ui: &Ui, edit: &mut Edit<'_>, rows: &[usize]) {
    use egui::Key;
    let ids: Vec<ProgramId> = (rows.iter())
        .filter_map(|&p| edit.document.programs.get(p).map(|p| p.id))
        .collect();
    if ids.is_empty() {
        return;
    }
    let current = (edit.view.selected_program).and_then(|id| ids.iter().position(|k| *k == id));
    let last = ids.len() - 1;
    let pressed = |key| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
    let target = if pressed(Key::ArrowDown) {
        Some(current.map_or(0, |c| (c + 1).min(last)))
    } else if pressed(Key::ArrowUp) {
        Some(current.map_or(0, |c| c.saturating_sub(1)))
    } else if pressed(Key::Home) {
        Some(0)
    } else if pressed(Key::End) {
        Some(last)
    } else if pressed(Key::PageDown) {
        Some(current.map_or(0, |c| (c + PAGE_ROWS).min(last)))
    } else if pressed(Key::PageUp) {
        Some(current.map_or(0, |c| c.saturating_sub(PAGE_ROWS)))
    } else {
        None
    };
    if let Some(index) = target {
        select_only(edit, ids[index]);
        edit.view.catalogue.focus_row = Some(ids[index]);
        return;
    }
    if current.is_some() && pressed(Key::Enter) {
        edit.view.focus_field = Some("field-title".to_owned());
        return;
    }
    if pressed(Key::Delete) {
        let chosen: Vec<ProgramId> = if edit.view.catalogue.selection.is_empty() {
            edit.view.selected_program.into_iter().collect()
        } else {
            edit.view.catalogue.selection.iter().copied().collect()
        };
        if chosen.is_empty() {
            return;
        }
        for id in &chosen {
            edit.document.delete_program(*id);
        }
        edit.view.selected_program = None;
        edit.view.catalogue.selection.clear();
        edit.changed(super::super::Change::Discrete);
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
