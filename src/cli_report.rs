//! `carta report`: the annual report of a year as a PDF, an HTML page, the
//! data annex workbook, or the year's figures as JSON for other tools.

use std::path::Path;
use std::process::ExitCode;

use carta::export::report::{ReportFormat, report_bytes};
use carta::i18n::Language;

use crate::{is_dash, read_profile, write_out, writes_over};

/// Writes `file`'s report of `year` in `format` to `output` (standard
/// output without it). The JSON holds budget planned and spent per goal,
/// article and group (per currency), each indicator's latest value and the
/// program's rating.
pub fn report(
    file: &Path,
    year: i32,
    format: ReportFormat,
    output: Option<&Path>,
    lang: Option<&str>,
) -> ExitCode {
    let words = Language::from_system();
    let output = output.filter(|path| !is_dash(path));
    if writes_over(file, output, words) {
        return ExitCode::FAILURE;
    }
    let Some(document) = read_profile(file, words) else {
        return ExitCode::FAILURE;
    };
    let lang = lang.unwrap_or(document.main_language()).to_owned();
    match report_bytes(&document, year, &lang, format) {
        Ok(bytes) => write_out(output, &bytes, words),
        Err(reason) => {
            crate::complain(&reason);
            ExitCode::FAILURE
        }
    }
}
