//! One workbook per responsible unit, for a year: the rows of that unit's
//! indicators, budget lines and programs, the id columns locked, the
//! year's column to fill, in the officer's interface language.

use std::collections::BTreeMap;

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, Format, ProtectionOptions, Workbook, Worksheet,
    XlsxError,
};

use super::{
    Kind, Names, PROFILE_KEY, WRITTEN_KEY, file_stem, indicator_unit, profile_mark, program_unit,
};
use crate::i18n::Language;
use crate::model::monitoring::{last_before, value_in};
use crate::model::{Document, Indicator, Program, Visibility};
use crate::tr;

/// A unit's workbook, ready to be written to a file of its name.
pub struct UnitWorkbook {
    /// The unit as the profile names it ("" for programs without one).
    pub unit: String,
    /// "social-services-2025.xlsx".
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// How many rows there are to fill, over all its sheets.
    pub rows: usize,
}

/// What one unit is asked: its indicators, its budget lines of the year and
/// its programs (for the people reached).
#[derive(Default)]
struct Asked<'d> {
    indicators: Vec<(&'d Program, &'d Indicator)>,
    budget: Vec<(&'d Program, usize)>,
    programs: Vec<&'d Program>,
}

/// Every unit's workbook for `year`: names in `lang`, the sheets' own
/// words in `words`. Internal programs are never sent: like every output,
/// a sheet holds only what the profile shows.
pub fn workbooks(
    document: &Document,
    year: i32,
    lang: &str,
    words: Language,
) -> Result<Vec<UnitWorkbook>, String> {
    let names = Names {
        lang,
        main: document.main_language(),
    };
    let mut units: BTreeMap<String, Asked<'_>> = BTreeMap::new();
    for program in document.programs.iter() {
        if program.visibility == Visibility::Internal {
            continue;
        }
        for indicator in &program.indicators {
            let unit = indicator_unit(program, indicator, names);
            units
                .entry(unit)
                .or_default()
                .indicators
                .push((program, indicator));
        }
        let asked = units.entry(program_unit(program, names)).or_default();
        for (index, line) in program.budget.iter().enumerate() {
            if line.year == year {
                asked.budget.push((program, index));
            }
        }
        asked.programs.push(program);
    }
    let mut taken = std::collections::HashSet::new();
    let mut made = Vec::new();
    for (unit, asked) in &units {
        let shown = if unit.is_empty() {
            tr!(words, "sheets-no-unit")
        } else {
            unit.clone()
        };
        let mut stem = file_stem(&shown);
        if stem.is_empty() {
            stem = file_stem(&tr!(words, "sheets-no-unit"));
        }
        // Two units whose names differ only in punctuation or case.
        let mut file_name = format!("{stem}-{year}.xlsx");
        let mut second = 2;
        while !taken.insert(file_name.to_lowercase()) {
            file_name = format!("{stem}-{second}-{year}.xlsx");
            second += 1;
        }
        let rows = asked.indicators.len() + asked.budget.len() + asked.programs.len();
        let bytes = workbook(document, year, names, words, &shown, asked)
            .map_err(|error| error.to_string())?;
        made.push(UnitWorkbook {
            unit: unit.clone(),
            file_name,
            bytes,
            rows,
        });
    }
    Ok(made)
}

/// The formats of a workbook: headings, the locked rows, the cells to fill.
struct Looks {
    heading: Format,
    fill: Format,
    fill_text: Format,
    wrap: Format,
}

impl Looks {
    fn new() -> Self {
        Self {
            heading: Format::new().set_bold().set_text_wrap(),
            // The cells to fill: unlocked, and pale yellow, as forms do.
            fill: Format::new()
                .set_unlocked()
                .set_background_color(Color::RGB(0x00FF_F2CC)),
            fill_text: Format::new()
                .set_unlocked()
                .set_text_wrap()
                .set_background_color(Color::RGB(0x00FF_F2CC)),
            wrap: Format::new().set_text_wrap(),
        }
    }
}

fn workbook(
    document: &Document,
    year: i32,
    names: Names<'_>,
    words: Language,
    unit: &str,
    asked: &Asked<'_>,
) -> Result<Vec<u8>, XlsxError> {
    let looks = Looks::new();
    let mut book = Workbook::new();
    let written: Vec<Kind> = Kind::ALL
        .into_iter()
        .filter(|kind| match kind {
            Kind::Indicators => !asked.indicators.is_empty(),
            Kind::Budget => !asked.budget.is_empty(),
            Kind::People => !asked.programs.is_empty(),
        })
        .collect();
    about_sheet(
        book.add_worksheet(),
        document,
        year,
        names,
        words,
        unit,
        &written,
        &looks,
    )?;
    let mark = format!(
        "{PROFILE_KEY} {} {} {}",
        profile_mark(document),
        names.lang,
        words.code()
    );
    for kind in written {
        let sheet = book.add_worksheet();
        sheet.set_name(tr!(words, kind.name_key()))?;
        match kind {
            Kind::Indicators => indicators_sheet(sheet, year, names, words, asked, &looks)?,
            Kind::Budget => budget_sheet(sheet, year, names, words, asked, &looks)?,
            Kind::People => people_sheet(sheet, year, names, words, asked, &looks)?,
        }
        let columns = match kind {
            Kind::Indicators => 12,
            Kind::Budget => 6,
            Kind::People => 3,
        };
        sheet.write_string(0, columns, &mark)?;
        sheet.set_row_hidden(0)?;
        sheet.set_freeze_panes(2, 0)?;
        sheet.protect_with_options(&ProtectionOptions {
            format_columns: true,
            format_rows: true,
            sort: true,
            use_autofilter: true,
            ..ProtectionOptions::default()
        });
    }
    book.save_to_buffer()
}

/// The first sheet: what the workbook is and how to fill it, in words.
#[allow(clippy::too_many_arguments)]
fn about_sheet(
    sheet: &mut Worksheet,
    document: &Document,
    year: i32,
    names: Names<'_>,
    words: Language,
    unit: &str,
    written: &[Kind],
    looks: &Looks,
) -> Result<(), XlsxError> {
    sheet.set_name(tr!(words, "sheets-name-about"))?;
    sheet.set_column_width(0, 100)?;
    let city = names.of(&document.city.name);
    let lines = [
        tr!(words, "sheets-about-title", city = city, year = year),
        tr!(words, "sheets-about-unit", unit = unit),
        String::new(),
        tr!(words, "sheets-about-fill", year = year),
        tr!(words, "sheets-about-numbers"),
        tr!(words, "sheets-about-notes"),
        tr!(words, "sheets-about-locked"),
        tr!(words, "sheets-about-return"),
    ];
    // Row 0 is hidden: the sheets this workbook was written with.
    let codes: Vec<&str> = written.iter().map(|kind| kind.code()).collect();
    sheet.write_string(0, 0, WRITTEN_KEY)?;
    sheet.write_string(0, 1, codes.join(" "))?;
    sheet.set_row_hidden(0)?;
    for (row, line) in (1..).zip(&lines) {
        if row == 1 {
            sheet.write_string_with_format(row, 0, line, &looks.heading)?;
        } else {
            sheet.write_string_with_format(row, 0, line, &looks.wrap)?;
        }
    }
    sheet.set_active(true);
    Ok(())
}

/// Writes the hidden row of keys and the row of headings, and sizes the
/// columns; `fill` columns are the ones left open.
fn heads(
    sheet: &mut Worksheet,
    keys: &[String],
    headings: &[String],
    widths: &[f64],
    looks: &Looks,
) -> Result<(), XlsxError> {
    for (column, ((key, heading), width)) in (0..).zip(keys.iter().zip(headings).zip(widths)) {
        sheet.write_string(0, column, key)?;
        sheet.write_string_with_format(1, column, heading, &looks.heading)?;
        sheet.set_column_width(column, *width)?;
    }
    Ok(())
}

/// A number typed into the column the unit fills must be a number.
fn numbers_only(
    sheet: &mut Worksheet,
    rows: usize,
    column: u16,
    words: Language,
    whole: bool,
) -> Result<(), XlsxError> {
    if rows == 0 {
        return Ok(());
    }
    let last = u32::try_from(rows + 1).unwrap_or(u32::MAX);
    let rule = if whole {
        DataValidation::new().allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
    } else {
        DataValidation::new().allow_decimal_number(DataValidationRule::Between(-1e15, 1e15))
    };
    let rule = rule
        .set_error_title(tr!(words, "sheets-validation-title"))?
        .set_error_message(tr!(words, "sheets-validation-message"))?;
    sheet.add_data_validation(2, column, last, column, &rule)?;
    Ok(())
}

fn indicators_sheet(
    sheet: &mut Worksheet,
    year: i32,
    names: Names<'_>,
    words: Language,
    asked: &Asked<'_>,
    looks: &Looks,
) -> Result<(), XlsxError> {
    let keys: Vec<String> = [
        "program_id",
        "indicator_id",
        "program",
        "indicator",
        "unit",
        "baseline",
        "target",
        "target_year",
        "last_value",
        "last_year",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain([format!("value_{year}"), format!("note_{year}")])
    .collect();
    let headings = [
        tr!(words, "sheets-head-program-number"),
        tr!(words, "sheets-head-indicator-number"),
        tr!(words, "sheets-head-program"),
        tr!(words, "sheets-head-indicator"),
        tr!(words, "sheets-head-unit"),
        tr!(words, "sheets-head-baseline"),
        tr!(words, "sheets-head-target"),
        tr!(words, "sheets-head-target-year"),
        tr!(words, "sheets-head-last-value"),
        tr!(words, "sheets-head-last-year"),
        tr!(words, "sheets-head-value", year = year),
        tr!(words, "sheets-head-note", year = year),
    ];
    let widths = [
        10.0, 10.0, 32.0, 36.0, 14.0, 11.0, 11.0, 10.0, 11.0, 9.0, 14.0, 40.0,
    ];
    heads(sheet, &keys, &headings, &widths, looks)?;
    for (row, (program, indicator)) in (2..).zip(&asked.indicators) {
        sheet.write_number(row, 0, program.id.0)?;
        sheet.write_number(row, 1, indicator.id.0)?;
        sheet.write_string_with_format(
            row,
            2,
            &*super::fit_cell(names.of(&program.title)),
            &looks.wrap,
        )?;
        sheet.write_string_with_format(
            row,
            3,
            &*super::fit_cell(names.of(&indicator.name)),
            &looks.wrap,
        )?;
        sheet.write_string(row, 4, &*super::fit_cell(names.of(&indicator.unit)))?;
        if let Some(baseline) = indicator.baseline {
            sheet.write_number(row, 5, baseline)?;
        }
        if let Some(target) = indicator.target {
            sheet.write_number(row, 6, target)?;
        }
        if let Some(target_year) = indicator.target_year {
            sheet.write_number(row, 7, target_year)?;
        }
        if let Some(last) = last_before(indicator, year) {
            sheet.write_number(row, 8, last.value)?;
            sheet.write_number(row, 9, last.when.year())?;
        }
        match value_in(indicator, year) {
            Some(value) => sheet.write_number_with_format(row, 10, value, &looks.fill)?,
            None => sheet.write_blank(row, 10, &looks.fill)?,
        };
        let note = (indicator.measurements.iter())
            .filter(|m| m.when.year() == year)
            .max_by_key(|m| m.when)
            .map(|m| m.note.get(names.lang))
            .unwrap_or_default();
        sheet.write_string_with_format(row, 11, &*super::fit_cell(note), &looks.fill_text)?;
    }
    numbers_only(sheet, asked.indicators.len(), 10, words, false)
}

fn budget_sheet(
    sheet: &mut Worksheet,
    year: i32,
    names: Names<'_>,
    words: Language,
    asked: &Asked<'_>,
    looks: &Looks,
) -> Result<(), XlsxError> {
    let keys: Vec<String> = ["program_id", "line_id", "program", "currency", "planned"]
        .into_iter()
        .map(str::to_owned)
        .chain([format!("executed_{year}")])
        .collect();
    let headings = [
        tr!(words, "sheets-head-program-number"),
        tr!(words, "sheets-head-line-number"),
        tr!(words, "sheets-head-program"),
        tr!(words, "sheets-head-currency"),
        tr!(words, "sheets-head-planned", year = year),
        tr!(words, "sheets-head-executed", year = year),
    ];
    let widths = [10.0, 10.0, 40.0, 10.0, 16.0, 16.0];
    heads(sheet, &keys, &headings, &widths, looks)?;
    for (row, (program, index)) in (2..).zip(&asked.budget) {
        let line = &program.budget[*index];
        sheet.write_number(row, 0, program.id.0)?;
        sheet.write_number(row, 1, line.id.0)?;
        sheet.write_string_with_format(
            row,
            2,
            &*super::fit_cell(names.of(&program.title)),
            &looks.wrap,
        )?;
        sheet.write_string(row, 3, &line.currency)?;
        sheet.write_number(row, 4, line.amount)?;
        match line.executed {
            Some(spent) => sheet.write_number_with_format(row, 5, spent, &looks.fill)?,
            None => sheet.write_blank(row, 5, &looks.fill)?,
        };
    }
    numbers_only(sheet, asked.budget.len(), 5, words, false)
}

fn people_sheet(
    sheet: &mut Worksheet,
    year: i32,
    names: Names<'_>,
    words: Language,
    asked: &Asked<'_>,
    looks: &Looks,
) -> Result<(), XlsxError> {
    let keys = [
        "program_id".to_owned(),
        "program".to_owned(),
        format!("reached_{year}"),
    ];
    let headings = [
        tr!(words, "sheets-head-program-number"),
        tr!(words, "sheets-head-program"),
        tr!(words, "sheets-head-reached", year = year),
    ];
    heads(sheet, &keys, &headings, &[10.0, 50.0, 18.0], looks)?;
    for (row, program) in (2..).zip(&asked.programs) {
        sheet.write_number(row, 0, program.id.0)?;
        sheet.write_string_with_format(
            row,
            1,
            &*super::fit_cell(names.of(&program.title)),
            &looks.wrap,
        )?;
        // The year's total, as every report adds it up.
        let reached = (program.beneficiaries.iter())
            .filter(|b| b.year == year)
            .map(|b| b.count)
            .reduce(u64::saturating_add);
        match reached {
            // Counts are whole and far below 2^53: exact as a float.
            Some(count) => sheet.write_number_with_format(row, 2, count as f64, &looks.fill)?,
            None => sheet.write_blank(row, 2, &looks.fill)?,
        };
    }
    numbers_only(sheet, asked.programs.len(), 2, words, true)
}
