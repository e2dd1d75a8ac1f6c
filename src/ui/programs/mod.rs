//! The Programs panel: the catalogue as a searchable, sortable table beside the
//! editor of the chosen program.

mod breakdown;
mod editor;
mod table;
mod toolbar;

use crate::tr;
use std::collections::BTreeSet;

use egui::Ui;

use super::widgets::hint;
use super::{Edit, Panel, panel_header_ui};
use crate::model::catalogue::{self, Filters, SearchIndex, Sort};
use crate::model::{Document, ProgramId};

/// What the catalogue table shows; kept across frames, never saved.
#[derive(Clone, Debug, Default)]
pub struct CatalogueView {
    pub search: String,
    pub filters: Filters,
    pub sort: Sort,
    /// Programs selected for tagging at once; the editor shows `ViewState::selected_program`.
    pub selection: BTreeSet<ProgramId>,
    /// Where a Shift-click range starts.
    pub anchor: Option<ProgramId>,
    /// The row that takes the keyboard focus, and is scrolled to, on the
    /// next drawing (after an arrow key).
    focus_row: Option<ProgramId>,
    cache: Option<Cache>,
    /// The officer opened (`Some(true)`) or folded the filters; `None`:
    /// folded on a short window (1024×600) unless one is set, so that the
    /// table and the editor keep their room.
    pub filters_open: Option<bool>,
}

/// The rows found for one document revision and one query, so that an idle
/// frame costs only the drawing of the visible rows.
#[derive(Clone, Debug)]
struct Cache {
    revision: u64,
    /// Built on the first search after an edit: typing in the editor of a big
    /// catalogue should not pay for an index nobody uses.
    index: Option<SearchIndex>,
    query: (String, Filters, Sort),
    rows: Vec<usize>,
}

impl CatalogueView {
    /// Forgets the selection and the rows of a document no longer open.
    pub fn forget_document(&mut self) {
        self.selection.clear();
        self.anchor = None;
        self.cache = None;
    }

    /// Positions in `document.programs` of the rows to show, recomputed only when
    /// the document or the query changed.
    fn rows(&mut self, document: &Document, revision: u64, lang: &str) -> &[usize] {
        let query = (self.search.clone(), self.filters.clone(), self.sort);
        let stale_document = self.cache.as_ref().is_none_or(|c| c.revision != revision);
        if stale_document {
            self.cache = None;
        }
        let cache = self.cache.get_or_insert_with(|| Cache {
            revision,
            index: None,
            query: (String::new(), Filters::default(), Sort::default()),
            rows: Vec::new(),
        });
        if stale_document || cache.query != query {
            let index = if query.0.trim().is_empty() {
                &SearchIndex::default()
            } else {
                cache.index.get_or_insert_with(|| {
                    SearchIndex::build(document, &crate::i18n::Language::all())
                })
            };
            cache.rows = catalogue::find(document, index, &query.0, &query.1, query.2, lang);
            cache.query = query;
        }
        &cache.rows
    }

    /// Forgets the rows, e.g. after the document changed during this frame.
    fn invalidate(&mut self) {
        self.cache = None;
    }
}

/// The narrowest the program editor and the table beside it become.
const EDITOR_MIN_WIDTH: f32 = 360.0;
const TABLE_MIN_WIDTH: f32 = 300.0;

pub fn programs_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Programs);
    toolbar::toolbar_ui(ui, edit);
    ui.add_space(6.0);
    // The editor takes room only when there is something to edit: an empty
    // editor beside a wide table would just hide columns.
    let editing = edit.view.selected_program.is_some() || !edit.view.catalogue.selection.is_empty();
    if editing {
        // The table keeps room for its titles whatever the editor holds.
        let widest = (ui.available_width() - TABLE_MIN_WIDTH).clamp(EDITOR_MIN_WIDTH, 720.0);
        egui::Panel::right("program_editor_panel")
            .resizable(true)
            .default_size(440.0_f32.min(widest))
            .size_range(EDITOR_MIN_WIDTH..=widest)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    // Each program opens at its top, not where the last one was left.
                    .id_salt(("program_editor", edit.view.selected_program))
                    .auto_shrink([false, false])
                    .show(ui, |ui| editor_area_ui(ui, edit));
            });
    }
    if edit.change != super::Change::None {
        edit.view.catalogue.invalidate();
    }
    egui::CentralPanel::default().show(ui, |ui| table::table_ui(ui, edit));
}

fn editor_area_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    ui.add_space(4.0);
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
        if ui
            .small_button(edit.tr("editor-close"))
            .on_hover_text(edit.tr("editor-close-hint"))
            .clicked()
        {
            edit.view.selected_program = None;
            edit.view.catalogue.selection.clear();
        }
    });
    let selected = edit.view.catalogue.selection.len();
    if selected > 1 {
        ui.add_space(20.0);
        hint(
            ui,
            &tr!(edit.words, "editor-many-selected", count = selected),
        );
        return;
    }
    let position = edit
        .view
        .selected_program
        .and_then(|id| edit.document.program_index(id));
    match position {
        Some(position) => editor::program_editor_ui(ui, edit, position),
        None => {
            ui.add_space(20.0);
            hint(ui, &edit.tr("editor-choose"));
        }
    }
}
