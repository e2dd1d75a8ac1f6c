//! The annual report's data annex as a workbook: every public program's
//! indicators (one column per year), budget lines, people reached and
//! reviews, numbers as numbers, for whoever goes on with the figures.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::i18n::Language;
use crate::model::{Document, Visibility};
use crate::tr;

/// The annex of `year` (its indicators' values up to that year) in `lang`.
pub fn report_xlsx(document: &Document, year: i32, lang: &str) -> Result<Vec<u8>, String> {
    annex(document, year, lang).map_err(|error| {
        let words = Language::from_tag(lang).unwrap_or_default();
        tr!(words, "report-workbook-failed", reason = error.to_string())
    })
}

fn annex(document: &Document, year: i32, lang: &str) -> Result<Vec<u8>, XlsxError> {
    let words = Language::from_tag(lang).unwrap_or_default();
    let main = document.main_language();
    let text = |t: &crate::model::Localized| t.shown(lang, main).to_owned();
    let bold = Format::new().set_bold();
    let public: Vec<&crate::model::Program> = (document.programs.iter())
        .filter(|p| p.visibility == Visibility::Public)
        .collect();
    let mut years: Vec<i32> = (public.iter())
        .flat_map(|p| {
            p.indicators
                .iter()
                .flat_map(|i| i.measurements.iter().map(|m| m.when.year()))
        })
        .filter(|y| *y <= year)
        .collect();
    years.sort_unstable();
    years.dedup();
    let mut book = Workbook::new();

    let sheet = book.add_worksheet();
    sheet.set_name(tr!(words, "sheets-name-indicators"))?;
    let mut head = vec![
        tr!(words, "sheets-head-program-number"),
        tr!(words, "sheets-head-program"),
        tr!(words, "sheets-head-indicator"),
        tr!(words, "sheets-head-unit"),
        tr!(words, "sheets-head-baseline"),
        tr!(words, "sheets-head-target"),
        tr!(words, "sheets-head-target-year"),
    ];
    head.extend(years.iter().map(i32::to_string));
    heads(sheet, &head, &bold)?;
    let mut row = 1;
    for program in &public {
        for indicator in &program.indicators {
            sheet.write_number(row, 0, program.id.0)?;
            sheet.write_string(row, 1, &*crate::sheets::fit_cell(&text(&program.title)))?;
            sheet.write_string(row, 2, &*crate::sheets::fit_cell(&text(&indicator.name)))?;
            sheet.write_string(row, 3, &*crate::sheets::fit_cell(&text(&indicator.unit)))?;
            if let Some(v) = indicator.baseline {
                sheet.write_number(row, 4, v)?;
            }
            if let Some(v) = indicator.target {
                sheet.write_number(row, 5, v)?;
            }
            if let Some(v) = indicator.target_year {
                sheet.write_number(row, 6, v)?;
            }
            for (column, y) in (7u16..).zip(&years) {
                if let Some(v) = crate::model::monitoring::value_in(indicator, *y) {
                    sheet.write_number(row, column, v)?;
                }
            }
            row += 1;
        }
    }

    let sheet = book.add_worksheet();
    sheet.set_name(tr!(words, "sheets-name-budget"))?;
    let head = [
        tr!(words, "sheets-head-program-number"),
        tr!(words, "sheets-head-program"),
        tr!(words, "year-year"),
        tr!(words, "sheets-head-currency"),
        tr!(words, "report-col-planned"),
        tr!(words, "report-col-spent"),
    ];
    heads(sheet, &head, &bold)?;
    let mut row = 1;
    for program in &public {
        for line in program.budget.iter().filter(|line| line.year <= year) {
            sheet.write_number(row, 0, program.id.0)?;
            sheet.write_string(row, 1, &*crate::sheets::fit_cell(&text(&program.title)))?;
            sheet.write_number(row, 2, line.year)?;
            sheet.write_string(row, 3, line.currency.trim().to_uppercase())?;
            sheet.write_number(row, 4, line.amount)?;
            if let Some(spent) = line.executed {
                sheet.write_number(row, 5, spent)?;
            }
            row += 1;
        }
    }

    let sheet = book.add_worksheet();
    sheet.set_name(tr!(words, "sheets-name-people"))?;
    let head = [
        tr!(words, "sheets-head-program-number"),
        tr!(words, "sheets-head-program"),
        tr!(words, "year-year"),
        tr!(words, "report-col-people"),
    ];
    heads(sheet, &head, &bold)?;
    let mut row = 1;
    for program in &public {
        for reached in program.beneficiaries.iter().filter(|b| b.year <= year) {
            sheet.write_number(row, 0, program.id.0)?;
            sheet.write_string(row, 1, &*crate::sheets::fit_cell(&text(&program.title)))?;
            sheet.write_number(row, 2, reached.year)?;
            // People counted: whole and far below 2^53.
            #[allow(clippy::cast_precision_loss)]
            sheet.write_number(row, 3, reached.count as f64)?;
            row += 1;
        }
    }

    let sheet = book.add_worksheet();
    sheet.set_name(tr!(words, "report-sheet-reviews"))?;
    let head = [
        tr!(words, "sheets-head-program-number"),
        tr!(words, "sheets-head-program"),
        tr!(words, "year-year"),
        tr!(words, "report-col-rating"),
        tr!(words, "review-achieved-label"),
        tr!(words, "review-difficulties-label"),
        tr!(words, "review-next-steps-label"),
    ];
    heads(sheet, &head, &bold)?;
    let mut row = 1;
    for program in &public {
        for review in program.reviews.iter().filter(|r| r.year <= year) {
            sheet.write_number(row, 0, program.id.0)?;
            sheet.write_string(row, 1, &*crate::sheets::fit_cell(&text(&program.title)))?;
            sheet.write_number(row, 2, review.year)?;
            sheet.write_string(row, 3, tr!(words, &review.rating.key()))?;
            sheet.write_string(row, 4, &*crate::sheets::fit_cell(&text(&review.achieved)))?;
            sheet.write_string(
                row,
                5,
                &*crate::sheets::fit_cell(&text(&review.difficulties)),
            )?;
            sheet.write_string(row, 6, &*crate::sheets::fit_cell(&text(&review.next_steps)))?;
            row += 1;
        }
    }
    book.save_to_buffer()
}

fn heads(sheet: &mut Worksheet, head: &[String], bold: &Format) -> Result<(), XlsxError> {
    for (column, text) in (0u16..).zip(head) {
        sheet.write_string_with_format(0, column, text, bold)?;
        let width = (text.chars().count() as f64 + 2.0).clamp(10.0, 40.0);
        sheet.set_column_width(column, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}
