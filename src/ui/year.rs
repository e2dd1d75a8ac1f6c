//! The Year panel: a year's numbers typed in like a spreadsheet — each
//! indicator's value, each budget line's money spent, each program's people
//! reached — filtered by responsible unit and by what is still missing.
//!
//! Only the rows in sight are drawn, and the list of rows is worked out
//! again only when the year, a filter or the catalogue changes elsewhere,
//! so a catalogue of 30,000 indicators types as fast as one of ten.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::widgets::{accessible_name, hint};
use super::{Change, Edit, Panel, panel_header_ui};
use crate::i18n::{format_number, parse_number};
use crate::model::monitoring::{self, IndicatorRow, YearFilter};
use crate::model::{Beneficiaries, Document, ItemId, ProgramId};
use crate::tr;

const ROW_HEIGHT: f32 = 30.0;

/// Which table the panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum YearTab {
    #[default]
    Indicators,
    Budget,
    Beneficiaries,
    /// The year at a glance: charts, money, what is missing, what changed.
    Progress,
}

/// What the Year panel keeps between frames.
#[derive(Clone, Debug, Default)]
pub struct YearView {
    /// The year shown; chosen from the catalogue the first time.
    pub year: Option<i32>,
    pub tab: YearTab,
    pub filter: YearFilter,
    rows: Option<Rows>,
    /// The cell being typed into, and its text as typed (a number half
    /// written, "1.2", is kept as typed).
    editing: Option<(egui::Id, String)>,
    /// The cell to give the keyboard to (Enter moves down), and its row.
    focus_next: Option<(egui::Id, usize)>,
    /// What the last text typed could not be, said under the table.
    problem: Option<String>,
    /// This panel changed the document in the last frame: its rows still hold.
    edited: bool,
    /// The Progress tab's figures and layout.
    pub progress: super::progress::ProgressView,
}

impl YearView {
    /// The year shown: the one chosen, else (chosen now) the latest year the
    /// catalogue has figures for up to this one, or this year.
    pub fn chosen_year(&mut self, document: &crate::model::Document) -> i32 {
        *self.year.get_or_insert_with(|| {
            let known = monitoring::years(document);
            let this_year = jiff::Zoned::now().year().into();
            known
                .into_iter()
                .rfind(|year| *year <= this_year)
                .unwrap_or(this_year)
        })
    }

    /// Forgets what belonged to the document that was open.
    pub fn forget_document(&mut self) {
        self.rows = None;
        self.editing = None;
        self.focus_next = None;
        self.problem = None;
        self.year = None;
        // A unit of another profile would match nothing here.
        self.filter.unit = None;
    }
}

/// The rows listed, for the key they were made for.
#[derive(Clone, Debug)]
struct Rows {
    key: (i32, YearFilter, YearTab, String),
    revision: u64,
    units: Vec<String>,
    indicators: Vec<IndicatorRow>,
    /// Budget lines of the year: the program's place and id, the line's id.
    lines: Vec<(usize, ProgramId, ItemId)>,
    /// Programs, for the people reached.
    programs: Vec<(usize, ProgramId)>,
}

impl Rows {
    fn of(document: &Document, key: (i32, YearFilter, YearTab, String), revision: u64) -> Self {
        let (year, filter, tab, lang) = &key;
        let (year, lang) = (*year, lang.as_str());
        let in_unit = |program: &crate::model::Program| {
            (filter.unit.as_ref())
                .is_none_or(|unit| program.responsible_unit.get(lang).trim() == unit)
        };
        let mut lines = Vec::new();
        let mut programs = Vec::new();
        let indicators = match tab {
            YearTab::Indicators => monitoring::indicator_rows(document, year, filter, lang),
            _ => Vec::new(),
        };
        for (at, program) in document.programs.iter().enumerate() {
            if !in_unit(program) {
                continue;
            }
            match tab {
                YearTab::Budget => lines.extend(
                    (program.budget.iter())
                        .filter(|line| line.year == year)
                        .filter(|line| !filter.missing || line.executed.is_none())
                        .map(|line| (at, program.id, line.id)),
                ),
                YearTab::Beneficiaries => {
                    let reached = program.beneficiaries.iter().any(|b| b.year == year);
                    if !filter.missing || !reached {
                        programs.push((at, program.id));
                    }
                }
                YearTab::Indicators | YearTab::Progress => {}
            }
        }
        Self {
            units: monitoring::units(document, lang),
            key,
            revision,
            indicators,
            lines,
            programs,
        }
    }

    fn len(&self) -> usize {
        match self.key.2 {
            YearTab::Indicators => self.indicators.len(),
            YearTab::Budget => self.lines.len(),
            YearTab::Beneficiaries => self.programs.len(),
            YearTab::Progress => 0,
        }
    }
}

pub fn year_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Year);
    let words = edit.words;
    let year = edit.view.year.chosen_year(edit.document);
    let key = (
        year,
        edit.view.year.filter.clone(),
        edit.view.year.tab,
        edit.lang.clone(),
    );
    let view = &mut edit.view.year;
    let stale = match &view.rows {
        None => true,
        Some(rows) => rows.key != key || (rows.revision != edit.revision && !view.edited),
    };
    if stale {
        // Written in another language, the unit chosen would match nothing.
        if view
            .rows
            .as_ref()
            .is_some_and(|rows| rows.key.3 != edit.lang)
        {
            view.filter.unit = None;
        }
        // The document changed elsewhere (an undo, say): a cell's text as
        // typed no longer says what the document holds.
        view.editing = None;
        let key = (year, view.filter.clone(), view.tab, edit.lang.clone());
        view.rows = Some(Rows::of(edit.document, key, edit.revision));
    } else if let Some(rows) = &mut view.rows {
        rows.revision = edit.revision;
    }
    view.edited = false;
    controls_ui(ui, edit, year);
    ui.add_space(6.0);
    if edit.view.year.tab == YearTab::Progress {
        super::progress::progress_ui(ui, edit, year);
        return;
    }
    let Some(rows) = edit.view.year.rows.take() else {
        return;
    };
    if rows.len() == 0 {
        hint(ui, &tr!(words, "year-none"));
    } else {
        ui.horizontal(|ui| {
            hint(ui, &tr!(words, "year-count", count = rows.len()));
            hint(ui, &tr!(words, "year-keys"));
        });
        if let Some(problem) = &edit.view.year.problem {
            ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
        }
        // A narrow window scrolls the table sideways rather than cut columns.
        egui::ScrollArea::horizontal()
            .id_salt("year_table_sideways")
            .show(ui, |ui| table_ui(ui, edit, &rows, year));
    }
    edit.view.year.rows = Some(rows);
}

/// The year, the tab and the filters.
fn controls_ui(ui: &mut Ui, edit: &mut Edit<'_>, year: i32) {
    let words = edit.words;
    let view = &mut edit.view.year;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(words, "year-year"));
        let mut chosen = year;
        let response = ui.add(
            egui::DragValue::new(&mut chosen)
                .range(1900..=2200)
                .speed(0.1),
        );
        accessible_name(&response, &tr!(words, "year-year"));
        if chosen != year {
            view.year = Some(chosen);
            view.editing = None;
        }
        ui.separator();
        for (tab, key) in [
            (YearTab::Indicators, "year-tab-indicators"),
            (YearTab::Budget, "year-tab-budget"),
            (YearTab::Beneficiaries, "year-tab-beneficiaries"),
            (YearTab::Progress, "year-tab-progress"),
        ] {
            if ui
                .selectable_label(view.tab == tab, tr!(words, key))
                .clicked()
            {
                view.tab = tab;
                view.editing = None;
            }
        }
        ui.separator();
        // The label and its list go to the next row together, never the
        // label's words apart (Catalan's "Unitat responsable" at 1024×600):
        // both are measured, and the row ends first when they would not fit.
        let label_text = tr!(words, "year-unit");
        let all = tr!(words, "year-unit-all");
        let shown = view.filter.unit.clone().unwrap_or_else(|| all.clone());
        let shown = crate::model::elide(&shown, 40).into_owned();
        let font = egui::TextStyle::Body.resolve(ui.style());
        let width_of = |text: &str| {
            ui.fonts_mut(|fonts| {
                fonts
                    .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
                    .size()
                    .x
            })
        };
        let spacing = ui.spacing();
        let needed = width_of(&label_text)
            + width_of(&shown)
            + spacing.icon_width
            + 2.0 * spacing.button_padding.x
            + 3.0 * spacing.item_spacing.x;
        if needed > ui.available_size_before_wrap().x {
            ui.end_row();
        }
        let label_id = ui.add(egui::Label::new(label_text).extend()).id;
        let units = view
            .rows
            .as_ref()
            .map(|rows| rows.units.clone())
            .unwrap_or_default();
        egui::ComboBox::from_id_salt("year_unit")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(view.filter.unit.is_none(), &all)
                    .clicked()
                {
                    view.filter.unit = None;
                }
                for unit in units {
                    let chosen = view.filter.unit.as_deref() == Some(unit.as_str());
                    if ui.selectable_label(chosen, &unit).clicked() {
                        view.filter.unit = Some(unit);
                    }
                }
            })
            .response
            .labelled_by(label_id);
        ui.checkbox(&mut view.filter.missing, tr!(words, "year-missing"));
        ui.separator();
        // The units' own sheets: the figures most often come from them.
        for command in [super::Command::SendSheets, super::Command::ReadSheets] {
            if ui.button(command.label(words)).clicked() {
                edit.commands.push(command);
            }
        }
    });
}

/// The table of the chosen tab: only the rows in sight are drawn.
fn table_ui(ui: &mut Ui, edit: &mut Edit<'_>, rows: &Rows, year: i32) {
    let words = edit.words;
    let tab = rows.key.2;
    let headers: Vec<String> = match tab {
        // The cell to type in comes right after the names, so a narrow
        // window never pushes it out of sight.
        YearTab::Indicators => vec![
            tr!(words, "year-col-program"),
            tr!(words, "year-col-indicator"),
            tr!(words, "year-col-value", year = year),
            tr!(words, "year-col-last"),
            tr!(words, "year-col-baseline"),
            tr!(words, "year-col-target"),
            tr!(words, "year-col-unit"),
            tr!(words, "year-col-reporter"),
        ],
        YearTab::Budget => vec![
            tr!(words, "year-col-program"),
            tr!(words, "year-col-currency"),
            tr!(words, "year-col-planned"),
            tr!(words, "year-col-executed", year = year),
        ],
        YearTab::Beneficiaries | YearTab::Progress => vec![
            tr!(words, "year-col-program"),
            tr!(words, "year-col-reached", year = year),
        ],
    };
    let mut table = TableBuilder::new(ui)
        .id_salt(("year_table", tab as u8))
        .striped(true)
        .auto_shrink([false, false])
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    let count = headers.len();
    for index in 0..count {
        // Names first and widest; every other column a set width (the
        // officer can drag its edge), so the table fits a 1024-pixel window.
        let column = match (tab, index) {
            (_, 0) => Column::initial(170.0).at_least(90.0).clip(true),
            (YearTab::Indicators, 1) => Column::initial(190.0).at_least(100.0).clip(true),
            (YearTab::Indicators, 2) => Column::exact(110.0),
            (_, index) if index + 1 == count => Column::remainder().at_least(110.0).clip(true),
            _ => Column::initial(86.0).at_least(52.0).clip(true),
        };
        table = table.column(column);
    }
    if let Some((_, row)) = edit.view.year.focus_next {
        table = table.scroll_to_row(row, None);
    }
    table
        .header(ROW_HEIGHT, |mut header| {
            for title in &headers {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                let index = row.index();
                match tab {
                    YearTab::Indicators => indicator_row(&mut row, edit, rows, index, year),
                    YearTab::Budget => line_row(&mut row, edit, rows, index, year),
                    YearTab::Beneficiaries | YearTab::Progress => {
                        reached_row(&mut row, edit, rows, index, year);
                    }
                }
            });
        });
}

/// `text` as a table cell shows it: in the language being edited, else in
/// the main language, else in whichever language it is written.
fn cell_text<'t>(edit: &Edit<'_>, text: &'t crate::model::Localized) -> &'t str {
    text.shown(&edit.lang, edit.document.main_language())
}

/// `value` as a cell being typed into starts: no grouping marks.
fn plain_number(words: crate::i18n::Language, value: Option<f64>) -> String {
    value.map_or_else(String::new, |value| {
        crate::i18n::format_plain(words, value, 4)
    })
}

fn number_text(words: crate::i18n::Language, value: Option<f64>) -> String {
    value.map_or_else(String::new, |value| format_number(words, value, 4))
}

fn indicator_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    edit: &mut Edit<'_>,
    rows: &Rows,
    index: usize,
    year: i32,
) {
    let words = edit.words;
    let Some(found) = rows.indicators[index].find(edit.document) else {
        return;
    };
    let (program, indicator) = found;
    let title = cell_text(edit, &program.title).to_owned();
    let name = cell_text(edit, &indicator.name).to_owned();
    let names = [format!("#{} {title}", program.id.0), name.clone()];
    let after = [
        monitoring::last_before(indicator, year)
            .map(|m| format!("{} ({})", number_text(words, Some(m.value)), m.when.year()))
            .unwrap_or_default(),
        number_text(words, indicator.baseline),
        number_text(words, indicator.target),
        cell_text(edit, &indicator.unit).to_owned(),
        cell_text(edit, &indicator.reporter).to_owned(),
    ];
    let current = monitoring::value_in(indicator, year);
    for text in names {
        row.col(|ui| {
            ui.label(text);
        });
    }
    let label = tr!(
        words,
        "year-value-name",
        indicator = name,
        program = title,
        year = year
    );
    let here = &rows.indicators[index];
    let id = egui::Id::unique(("year_value", here.indicator, here.program, year, index));
    let next = (rows.indicators.get(index + 1)).map(|below| {
        egui::Id::unique((
            "year_value",
            below.indicator,
            below.program,
            year,
            index + 1,
        ))
    });
    row.col(|ui| {
        let typed = number_cell(ui, edit, id, current, &label, next.map(|n| (n, index + 1)));
        if let Some(value) = typed
            && let Some(indicator) = here.find_mut(edit.document)
        {
            if !monitoring::set_value(indicator, year, value) {
                edit.view.year.problem = Some(tr!(words, "year-kept-breakdown"));
            }
            edit.view.year.edited = true;
        }
    });
    for text in after {
        row.col(|ui| {
            ui.label(text);
        });
    }
}

fn line_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    edit: &mut Edit<'_>,
    rows: &Rows,
    index: usize,
    year: i32,
) {
    let words = edit.words;
    let (at, program_id, line_id) = rows.lines[index];
    let found = (edit.document.programs.get(at))
        .filter(|p| p.id == program_id)
        .and_then(|p| Some((p, p.budget.iter().find(|line| line.id == line_id)?)));
    let Some((program, line)) = found else {
        return;
    };
    let title = format!("#{} {}", program.id.0, cell_text(edit, &program.title));
    let currency = line.currency.clone();
    let (planned, executed) = (line.amount, line.executed);
    row.col(|ui| {
        ui.label(&title);
    });
    row.col(|ui| {
        ui.label(&currency);
    });
    row.col(|ui| {
        ui.label(number_text(words, Some(planned)));
    });
    let label = tr!(
        words,
        "year-executed-name",
        program = title,
        year = year,
        currency = currency
    );
    let id = egui::Id::unique(("year_spent", line_id, program_id, index));
    let next = (rows.lines.get(index + 1)).map(|(_, program, line)| {
        (
            egui::Id::unique(("year_spent", *line, *program, index + 1)),
            index + 1,
        )
    });
    row.col(|ui| {
        if let Some(value) = number_cell(ui, edit, id, executed, &label, next)
            && let Some(program) = edit.document.programs.get_mut(at)
            && let Some(line) = program.budget.iter_mut().find(|line| line.id == line_id)
        {
            line.executed = value;
            edit.view.year.edited = true;
        }
    });
}

fn reached_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    edit: &mut Edit<'_>,
    rows: &Rows,
    index: usize,
    year: i32,
) {
    let (at, program_id) = rows.programs[index];
    let Some(program) = edit
        .document
        .programs
        .get(at)
        .filter(|p| p.id == program_id)
    else {
        return;
    };
    let title = format!("#{} {}", program.id.0, cell_text(edit, &program.title));
    let reached = (program.beneficiaries.iter())
        .find(|b| b.year == year)
        .map(|b| b.count as f64);
    row.col(|ui| {
        ui.label(&title);
    });
    let label = tr!(
        edit.words,
        "year-reached-name",
        program = title,
        year = year
    );
    let id = egui::Id::unique(("year_reached", program_id, year, index));
    let next = (rows.programs.get(index + 1)).map(|(_, below)| {
        (
            egui::Id::unique(("year_reached", *below, year, index + 1)),
            index + 1,
        )
    });
    row.col(|ui| {
        if let Some(value) = number_cell(ui, edit, id, reached, &label, next)
            && let Some(program) = edit.document.programs.get_mut(at)
        {
            let entries = &mut program.beneficiaries;
            let count = value.map(|v| v.max(0.0).round() as u64);
            match (entries.iter().position(|b| b.year == year), count) {
                (Some(found), Some(count)) => entries[found].count = count,
                (Some(found), None) => {
                    entries.remove(found);
                }
                (None, Some(count)) => entries.push(Beneficiaries {
                    count,
                    year,
                    parts: Vec::new(),
                }),
                (None, None) => {}
            }
            edit.view.year.edited = true;
        }
    });
}

/// A cell for a number, typed into like a spreadsheet's. Returns the new
/// value when the officer changed it to a number (`Some(None)`: emptied);
/// text that is no number is kept as typed and said under the table.
/// Enter gives the keyboard to `next` (the cell below, and its row).
fn number_cell(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    id: egui::Id,
    current: Option<f64>,
    label: &str,
    next: Option<(egui::Id, usize)>,
) -> Option<Option<f64>> {
    let words = edit.words;
    let view = &mut edit.view.year;
    // A cell that just got the keyboard (a click, Tab, Enter from above)
    // starts from its number written without grouping ("1500,5", not
    // "1.500,5": typing after a group mark would read as decimals), all of
    // it selected, so what is typed replaces it as in a spreadsheet.
    let requested = view.focus_next.is_some_and(|(wanted, _)| wanted == id);
    let ctx = ui.ctx().clone();
    let start = |view: &mut YearView| {
        view.editing = Some((id, plain_number(words, current)));
        let mut state = egui::TextEdit::load_state(&ctx, id).unwrap_or_default();
        // Past the end is clamped to the text's end: everything is selected.
        let everything = egui::text::CCursorRange::two(
            egui::text::CCursor::new(0),
            egui::text::CCursor::new(usize::MAX),
        );
        state.cursor.set_char_range(Some(everything));
        state.store(&ctx, id);
    };
    let mut text = match &view.editing {
        Some((editing, text)) if *editing == id => text.clone(),
        _ => number_text(words, current),
    };
    let response = ui.add(
        egui::TextEdit::singleline(&mut text)
            .id(id)
            .align(egui::Align2::RIGHT_CENTER)
            .desired_width(f32::INFINITY),
    );
    accessible_name(&response, label);
    if requested {
        response.request_focus();
        view.focus_next = None;
    }
    let mine = view
        .editing
        .as_ref()
        .is_some_and(|(editing, _)| *editing == id);
    if response.has_focus() && !mine {
        // Just clicked or tabbed into: start over from the plain number.
        start(view);
        ctx.request_repaint();
    } else if response.has_focus() {
        view.editing = Some((id, text.clone()));
    } else if view
        .editing
        .as_ref()
        .is_some_and(|(editing, _)| *editing == id)
    {
        view.editing = None;
    }
    if response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
        view.focus_next = next;
    }
    if !response.changed() {
        return None;
    }
    let typed = text.trim();
    let value = if typed.is_empty() {
        Some(None)
    } else {
        parse_number(words, typed).map(Some)
    };
    view.problem = match value {
        Some(_) => None,
        None => Some(tr!(words, "year-not-a-number", text = typed)),
    };
    if value.is_some() {
        edit.changed(Change::Typing);
        // Typing a number is one undo step while its cell has the keyboard.
        edit.typing_number = Some(response.id);
    }
    value
}
