//! Filled workbooks (and CSV) read back into a copy of the profile: rows
//! matched by their ids, never added; every cell that could not be used
//! told by file, sheet and cell. Reading the same sheet twice changes
//! nothing the second time.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader};

use super::{Kind, NO_IDENTITY, PROFILE_KEY, Problem, WRITTEN_KEY, cell_name, profile_mark};
use crate::i18n::{Language, Message};
use crate::model::monitoring::{set_value, value_in};
use crate::model::{Beneficiaries, Document, ItemId, ProgramId};
use crate::msg;

/// A workbook bigger than this is refused before it is read: a unit's
/// sheet is a few hundred kilobytes; this much is a mistake (or a bomb).
pub const LARGEST: u64 = 20 * 1024 * 1024;

/// A file named by the officer, read: its name and its bytes.
pub struct Input {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What reading the sheets back made of the profile.
pub struct ReadBack {
    /// The profile with every usable value in it.
    pub document: Document,
    /// How many cells changed something.
    pub changed: usize,
    /// How many workbooks and CSV files were read.
    pub files: usize,
    pub problems: Vec<Problem>,
}

/// The files named (a folder stands for the sheets in it), read; what could
/// not be read becomes a problem.
pub fn read_files(paths: &[PathBuf]) -> (Vec<Input>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    let mut found: Vec<PathBuf> = entries
                        .filter_map(Result::ok)
                        .map(|entry| entry.path())
                        .filter(|path| is_sheet_file(path))
                        .collect();
                    found.sort();
                    files.extend(found);
                }
                Err(error) => problems.push(file_problem(
                    path,
                    msg!("sheets-unreadable-file", reason = error.to_string()),
                )),
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut inputs = Vec::new();
    for path in files {
        let size = std::fs::metadata(&path).map(|meta| meta.len());
        match size {
            Ok(size) if size > LARGEST => problems.push(file_problem(
                &path,
                msg!(
                    "sheets-too-big",
                    megabytes = size / (1024 * 1024),
                    largest = LARGEST / (1024 * 1024)
                ),
            )),
            Ok(_) => match std::fs::read(&path) {
                Ok(bytes) => inputs.push(Input {
                    name: display_name(&path),
                    bytes,
                }),
                Err(error) => problems.push(file_problem(
                    &path,
                    msg!("sheets-unreadable-file", reason = error.to_string()),
                )),
            },
            Err(error) => problems.push(file_problem(
                &path,
                msg!("sheets-unreadable-file", reason = error.to_string()),
            )),
        }
    }
    (inputs, problems)
}

/// A workbook or CSV file, and not the lock file a spreadsheet leaves
/// beside an open one (`~$x.xlsx`, `.~lock.x.ods#`).
fn is_sheet_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    !name.starts_with("~$")
        && !name.starts_with(".~lock")
        && matches!(
            extension.as_deref(),
            Some("xlsx" | "xlsm" | "xls" | "ods" | "csv")
        )
}

fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

fn file_problem(path: &Path, what: Message) -> Problem {
    Problem {
        file: display_name(path),
        sheet: None,
        cell: None,
        what,
    }
}

/// One sheet's cells, from a workbook or a CSV file: `rows[r][c]` is the
/// cell at row `start.0 + r`, column `start.1 + c`.
struct Grid {
    /// The sheet's name; none for a CSV file.
    sheet: Option<String>,
    start: (u32, u32),
    rows: Vec<Vec<Data>>,
    /// For a CSV file, whether its numbers were saved with a decimal comma
    /// (a spreadsheet separates fields with semicolons where it does);
    /// `None` for a workbook, whose numbers are numbers.
    decimal_comma: Option<bool>,
}

impl Grid {
    fn at(&self, row: u32, column: u32) -> &Data {
        static EMPTY: Data = Data::Empty;
        let (Some(r), Some(c)) = (
            row.checked_sub(self.start.0),
            column.checked_sub(self.start.1),
        ) else {
            return &EMPTY;
        };
        (self.rows.get(r as usize))
            .and_then(|cells| cells.get(c as usize))
            .unwrap_or(&EMPTY)
    }

    fn text(&self, row: u32, column: u32) -> String {
        match self.at(row, column) {
            Data::String(text) => text.trim().to_owned(),
            Data::Empty => String::new(),
            other => other.to_string(),
        }
    }

    fn end_row(&self) -> u32 {
        self.start.0 + u32::try_from(self.rows.len()).unwrap_or(u32::MAX)
    }
}

/// The sheets of one file: a workbook's, or a CSV file's one.
fn grids(input: &Input) -> Result<Vec<Grid>, Message> {
    let is_csv = Path::new(&input.name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        return Ok(vec![csv_grid(&input.bytes)?]);
    }
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(input.bytes.as_slice()))
        .map_err(|error| msg!("sheets-not-workbook", reason = error.to_string()))?;
    let mut grids = Vec::new();
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else {
            continue;
        };
        let start = range.start().unwrap_or((0, 0));
        let rows = range.rows().map(<[Data]>::to_vec).collect();
        grids.push(Grid {
            sheet: Some(name),
            start,
            rows,
            decimal_comma: None,
        });
    }
    Ok(grids)
}

/// A CSV file as a spreadsheet saves it: UTF-8 (with or without its mark),
/// UTF-16 ("Unicode text"), or the Windows code page of Western Europe;
/// separated by commas, semicolons (where the comma is the decimal mark)
/// or tabs.
fn csv_grid(bytes: &[u8]) -> Result<Grid, Message> {
    let text = decode(bytes);
    let first_line = text.lines().next().unwrap_or_default();
    let separator = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|sep| first_line.bytes().filter(|b| b == sep).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record =
            record.map_err(|error| msg!("sheets-not-workbook", reason = error.to_string()))?;
        rows.push(
            record
                .iter()
                .map(|cell| {
                    if cell.trim().is_empty() {
                        Data::Empty
                    } else {
                        Data::String(cell.to_owned())
                    }
                })
                .collect(),
        );
    }
    Ok(Grid {
        sheet: None,
        start: (0, 0),
        rows,
        decimal_comma: Some(separator == b';'),
    })
}

fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding.decode_with_bom_removal(bytes).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// What a sheet's hidden first row says: its kind and year, the columns by
/// key, the profile it was written for and the language of its words.
struct Layout {
    kind: Kind,
    year: i32,
    row: u32,
    columns: HashMap<String, u32>,
    profile: String,
    lang: String,
    words: Language,
}

/// The layout of `grid`, if its first used row is one of Carta's rows of
/// keys.
fn layout(grid: &Grid) -> Option<Layout> {
    let row = grid.start.0;
    let mut columns = HashMap::new();
    let mut kind_year = None;
    let mut mark = None;
    for (column, cell) in (grid.start.1..).zip(grid.rows.first()?) {
        let Data::String(key) = cell else { continue };
        let key = key.trim();
        if let Some(rest) = key.strip_prefix(PROFILE_KEY) {
            mark = Some(
                rest.split_whitespace()
                    .map(str::to_owned)
                    .collect::<Vec<_>>(),
            );
            continue;
        }
        for kind in Kind::ALL {
            let year = (key.strip_prefix(kind.value_key()))
                .and_then(|rest| rest.strip_prefix('_'))
                .and_then(|year| year.parse::<i32>().ok());
            if let Some(year) = year {
                kind_year = Some((kind, year));
            }
        }
        columns.insert(key.to_owned(), column);
    }
    let (kind, year) = kind_year?;
    columns.get("program_id")?;
    let mark = mark.unwrap_or_default();
    let words = (mark.get(2).and_then(|code| Language::from_tag(code))).unwrap_or_default();
    Some(Layout {
        kind,
        year,
        row,
        columns,
        profile: mark.first().cloned().unwrap_or_default(),
        lang: mark.get(1).cloned().unwrap_or_default(),
        words,
    })
}

/// The kinds the About sheet says were written, if the grid is one.
fn written(grid: &Grid) -> Option<Vec<Kind>> {
    let first = grid.rows.first()?;
    if !matches!(first.first(), Some(Data::String(key)) if key.trim() == WRITTEN_KEY) {
        return None;
    }
    let list = match first.get(1) {
        Some(Data::String(list)) => list.clone(),
        _ => String::new(),
    };
    Some(
        list.split_whitespace()
            .filter_map(|code| Kind::ALL.into_iter().find(|kind| kind.code() == code))
            .collect(),
    )
}

/// A number written in a cell as text: with both a comma and a dot, the
/// last of them is the decimal mark whatever the language ("1.234,5",
/// "1,234.5"); otherwise as the CSV file was saved (`decimal_comma`), else
/// as the sheet's language writes numbers.
fn number_in_text(text: &str, words: Language, decimal_comma: Option<bool>) -> Option<f64> {
    let text = text.trim();
    let (dot, comma) = (text.rfind('.'), text.rfind(','));
    if let (Some(dot), Some(comma)) = (dot, comma) {
        let (decimal, group) = if dot > comma { ('.', ',') } else { (',', '.') };
        let plain: String = (text.chars())
            .filter(|c| *c != group && !c.is_whitespace() && *c != '\'')
            .map(|c| if c == decimal { '.' } else { c })
            .collect();
        return plain.parse::<f64>().ok().filter(|value| value.is_finite());
    }
    match decimal_comma {
        // Saved with semicolons: the comma is the decimal mark, a dot groups.
        Some(true) => crate::i18n::parse_number(Language::SPANISH, text),
        Some(false) => crate::i18n::parse_number(Language::ENGLISH, text),
        None => crate::i18n::parse_number(words, text),
    }
}

/// A cell's number, or why it has none (`Ok(None)`: the cell is empty).
fn number(
    cell: &Data,
    words: Language,
    decimal_comma: Option<bool>,
) -> Result<Option<f64>, Message> {
    match cell {
        Data::Empty => Ok(None),
        Data::Float(value) if value.is_finite() => Ok(Some(*value)),
        // Far below 2^53 in any sheet a unit fills.
        #[allow(clippy::cast_precision_loss)]
        Data::Int(value) => Ok(Some(*value as f64)),
        Data::String(text) if text.trim().is_empty() => Ok(None),
        Data::String(text) => number_in_text(text, words, decimal_comma)
            .map(Some)
            .ok_or_else(|| {
                msg!(
                    "sheets-not-a-number",
                    text = crate::model::elide(text.trim(), 60).into_owned()
                )
            }),
        Data::DateTime(date) => {
            let (year, month, day, ..) = date.to_ymd_hms_milli();
            Err(msg!(
                "sheets-a-date",
                text = format!("{year:04}-{month:02}-{day:02}")
            ))
        }
        Data::DateTimeIso(_) | Data::DurationIso(_) => {
            Err(msg!("sheets-a-date", text = cell.to_string()))
        }
        Data::Error(error) => Err(msg!("sheets-cell-error", text = error.to_string())),
        Data::Bool(_) | Data::Float(_) => Err(msg!("sheets-not-a-number", text = cell.to_string())),
    }
}

/// A row's id (a program's number, an item's id), read from a number cell
/// or a number written as text.
fn id(cell: &Data) -> Option<u32> {
    let value = match cell {
        Data::Float(value) => *value,
        #[allow(clippy::cast_precision_loss)]
        Data::Int(value) => *value as f64,
        Data::String(text) => text.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    (value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value)).then_some(value as u32)
}

/// Reads `inputs` into a copy of `document`. With `year`, sheets of any
/// other year are refused (the Year view reads the year it shows).
pub fn read_back(document: &Document, year: Option<i32>, inputs: &[Input]) -> ReadBack {
    let mut reading = Reading {
        document: document.clone(),
        // Sheets are written for public programs only; a row naming an
        // internal one (or a number two programs share in a hand-edited
        // file) is not theirs to fill.
        places: public_places(document),
        seen: HashMap::new(),
        changed: 0,
        problems: Vec::new(),
        profile: profile_mark(document),
        year,
    };
    for input in inputs {
        reading.file(input);
    }
    ReadBack {
        document: reading.document,
        changed: reading.changed,
        files: inputs.len(),
        problems: reading.problems,
    }
}

/// Each public program's place in the catalogue, by number; a number
/// given twice (a hand-edited file) belongs to neither.
fn public_places(document: &Document) -> HashMap<ProgramId, usize> {
    let mut places = HashMap::new();
    let mut shared = Vec::new();
    for (index, program) in document.programs.iter().enumerate() {
        if places.insert(program.id, index).is_some() {
            shared.push(program.id);
        }
    }
    for id in shared {
        places.remove(&id);
    }
    places.retain(|_, index| {
        document.programs[*index].visibility == crate::model::Visibility::Public
    });
    places
}

/// Where a row was read, for "given twice".
type Place = String;

struct Reading {
    document: Document,
    places: HashMap<ProgramId, usize>,
    /// Every row read, by kind, year, program and item: a second is refused.
    seen: HashMap<(u8, i32, ProgramId, u32), Place>,
    changed: usize,
    problems: Vec<Problem>,
    profile: String,
    year: Option<i32>,
}

impl Reading {
    fn file(&mut self, input: &Input) {
        let grids = match grids(input) {
            Ok(grids) => grids,
            Err(what) => {
                self.problems.push(Problem {
                    file: input.name.clone(),
                    sheet: None,
                    cell: None,
                    what,
                });
                return;
            }
        };
        let mut expected = Vec::new();
        let mut found = Vec::new();
        for grid in &grids {
            if let Some(kinds) = written(grid) {
                expected = kinds;
            } else if let Some(layout) = layout(grid) {
                found.push(layout.kind);
                self.sheet(input, grid, &layout);
            }
        }
        for kind in expected.into_iter().filter(|kind| !found.contains(kind)) {
            let what = match kind {
                Kind::Indicators => msg!("sheets-removed-indicators"),
                Kind::Budget => msg!("sheets-removed-budget"),
                Kind::People => msg!("sheets-removed-people"),
            };
            self.problems.push(Problem {
                file: input.name.clone(),
                sheet: None,
                cell: None,
                what,
            });
        }
        if found.is_empty() && !self.problems.iter().any(|p| p.file == input.name) {
            self.problems.push(Problem {
                file: input.name.clone(),
                sheet: None,
                cell: None,
                what: msg!("sheets-not-carta"),
            });
        }
    }

    fn sheet(&mut self, input: &Input, grid: &Grid, layout: &Layout) {
        let problem = |cell: Option<String>, what: Message| Problem {
            file: input.name.clone(),
            sheet: grid.sheet.clone(),
            cell,
            what,
        };
        let known = |mark: &str| !mark.is_empty() && mark != NO_IDENTITY;
        if known(&self.profile) && known(&layout.profile) && layout.profile != self.profile {
            self.problems
                .push(problem(None, msg!("sheets-other-profile")));
            return;
        }
        if let Some(expected) = self.year.filter(|expected| *expected != layout.year) {
            let what = msg!("sheets-other-year", year = layout.year, expected = expected);
            self.problems.push(problem(None, what));
            return;
        }
        if !(1900..=2200).contains(&layout.year) {
            let what = msg!("sheets-strange-year", year = layout.year);
            self.problems.push(problem(None, what));
            return;
        }
        let column = |key: &str| layout.columns.get(key).copied();
        let (Some(program_column), Some(value_column)) = (
            column("program_id"),
            column(&format!("{}_{}", layout.kind.value_key(), layout.year)),
        ) else {
            return;
        };
        let item_column = match layout.kind {
            Kind::Indicators => column("indicator_id"),
            Kind::Budget => column("line_id"),
            Kind::People => None,
        };
        let note_column = column(&format!("note_{}", layout.year));
        // The headings' row follows the keys.
        for row in layout.row + 2..grid.end_row() {
            let value_cell = grid.at(row, value_column);
            let note = note_column.map(|c| grid.text(row, c)).unwrap_or_default();
            let program_id = id(grid.at(row, program_column));
            let item_id = item_column.map(|c| id(grid.at(row, c)));
            let empty = matches!(value_cell, Data::Empty) && note.is_empty();
            if empty {
                continue;
            }
            let value_name = cell_name(row, value_column);
            let Some(program) = program_id.map(ProgramId) else {
                let what = msg!("sheets-no-program-number");
                self.problems
                    .push(problem(Some(cell_name(row, program_column)), what));
                continue;
            };
            let Some(&index) = self.places.get(&program) else {
                let what = msg!("sheets-unknown-program", number = program.0);
                self.problems
                    .push(problem(Some(cell_name(row, program_column)), what));
                continue;
            };
            let item = match (item_column, item_id) {
                (Some(c), Some(None)) => {
                    let what = msg!("sheets-no-item-number");
                    self.problems.push(problem(Some(cell_name(row, c)), what));
                    continue;
                }
                (_, Some(Some(item))) => item,
                _ => 0,
            };
            let kind_code = Kind::ALL
                .iter()
                .position(|k| *k == layout.kind)
                .unwrap_or(0) as u8;
            let here = format!(
                "{}{}",
                grid.sheet
                    .as_ref()
                    .map_or(String::new(), |s| format!("{s}, ")),
                cell_name(row, value_column)
            );
            let key = (kind_code, layout.year, program, item);
            if let Some(before) = self.seen.get(&key) {
                let what = msg!("sheets-given-twice", place = before.clone());
                self.problems.push(problem(Some(value_name), what));
                continue;
            }
            let value = match number(value_cell, layout.words, grid.decimal_comma) {
                Ok(value) => value,
                Err(what) => {
                    self.problems.push(problem(Some(value_name), what));
                    continue;
                }
            };
            // Only a row whose figure could be read counts as given: a
            // corrected copy in another file is still read.
            self.seen.insert(key, format!("{}, {here}", input.name));
            let outcome = match layout.kind {
                Kind::Indicators => self.indicator(index, ItemId(item), layout, value, &note),
                Kind::Budget => self.spent(index, ItemId(item), layout.year, value),
                Kind::People => self.reached(index, layout.year, value),
            };
            match outcome {
                Ok(changed) => self.changed += usize::from(changed),
                Err(what) => {
                    let cell = match what.key {
                        "sheets-unknown-item" | "sheets-line-of-other-year" => {
                            item_column.map(|c| cell_name(row, c))
                        }
                        _ => Some(value_name),
                    };
                    self.problems.push(problem(cell, what));
                }
            }
        }
    }

    fn indicator(
        &mut self,
        index: usize,
        item: ItemId,
        layout: &Layout,
        value: Option<f64>,
        note: &str,
    ) -> Result<bool, Message> {
        let program = &self.document.programs[index];
        let Some(at) = program.indicators.iter().position(|i| i.id == item) else {
            return Err(msg!("sheets-unknown-item", number = item.0));
        };
        let year = layout.year;
        let indicator = &program.indicators[at];
        let lang = if layout.lang.is_empty() {
            self.document.main_language().to_owned()
        } else {
            layout.lang.clone()
        };
        let new_value = value.is_some_and(|value| value_in(indicator, year) != Some(value));
        let in_year = || {
            (indicator.measurements.iter())
                .filter(|m| m.when.year() == year)
                .max_by_key(|m| m.when)
        };
        // A note with no value this year has nothing to sit on.
        let has_value = value.is_some() || in_year().is_some();
        let new_note = has_value
            && !note.is_empty()
            && in_year().is_none_or(|m| m.note.get(&lang).trim() != note);
        if !new_value && !new_note {
            return if has_value || note.is_empty() {
                Ok(false)
            } else {
                Err(msg!("sheets-note-without-value"))
            };
        }
        let indicator = &mut self.document.programs[index].indicators[at];
        if new_value {
            set_value(indicator, year, value);
        }
        // A note no longer than any text of the profile may be.
        let note: String = note.chars().take(crate::model::MAX_TEXT_CHARS).collect();
        let note = note.as_str();
        if new_note
            && let Some(measurement) = (indicator.measurements.iter_mut())
                .filter(|m| m.when.year() == year)
                .max_by_key(|m| m.when)
        {
            measurement.note.set(&lang, note);
        }
        Ok(true)
    }

    fn spent(
        &mut self,
        index: usize,
        item: ItemId,
        year: i32,
        value: Option<f64>,
    ) -> Result<bool, Message> {
        let program = &self.document.programs[index];
        let Some(at) = program.budget.iter().position(|line| line.id == item) else {
            return Err(msg!("sheets-unknown-item", number = item.0));
        };
        if program.budget[at].year != year {
            return Err(msg!(
                "sheets-line-of-other-year",
                year = program.budget[at].year
            ));
        }
        let Some(value) = value else { return Ok(false) };
        if value < 0.0 {
            return Err(msg!("sheets-negative"));
        }
        if program.budget[at].executed == Some(value) {
            return Ok(false);
        }
        self.document.programs[index].budget[at].executed = Some(value);
        Ok(true)
    }

    fn reached(&mut self, index: usize, year: i32, value: Option<f64>) -> Result<bool, Message> {
        let Some(value) = value else { return Ok(false) };
        if value < 0.0 || value.fract() != 0.0 || value > 1e12 {
            return Err(msg!("sheets-not-a-count"));
        }
        // Whole, not negative and below 10^12: exact as a count.
        let count = value as u64;
        let program = &self.document.programs[index];
        // The year's total, as the sheet showed it (several entries for a
        // year are added up everywhere): the unit's figure replaces them all.
        let entries = program
            .beneficiaries
            .iter()
            .filter(|b| b.year == year)
            .count();
        let total = (program.beneficiaries.iter())
            .filter(|b| b.year == year)
            .fold(0u64, |sum, b| sum.saturating_add(b.count));
        match program.beneficiaries.iter().position(|b| b.year == year) {
            Some(_) if entries == 1 && total == count => Ok(false),
            Some(at) => {
                let list = &mut self.document.programs[index].beneficiaries;
                list[at].count = count;
                let mut seen_first = false;
                list.retain(|b| {
                    let later = b.year == year && seen_first;
                    seen_first |= b.year == year;
                    !later
                });
                Ok(true)
            }
            None => {
                let list = &mut self.document.programs[index].beneficiaries;
                let at = list
                    .iter()
                    .position(|b| b.year > year)
                    .unwrap_or(list.len());
                list.insert(
                    at,
                    Beneficiaries {
                        count,
                        year,
                        parts: Vec::new(),
                    },
                );
                Ok(true)
            }
        }
    }
}
