//! `carta report`: the year's figures of a profile, for scripts and for the
//! campaign's own tools. Only JSON so far; the PDF, HTML and workbook of the
//! annual report are still to come.

use std::path::Path;
use std::process::ExitCode;

use carta::i18n::Language;
use carta::model::monitoring::YearFigures;

use crate::{is_dash, read_profile, write_out, writes_over};

/// Writes `file`'s figures for `year` as JSON to `output` (standard output
/// without it): budget planned and spent per goal, article and group (per
/// currency), each indicator's latest value and the program's rating.
pub fn report(file: &Path, year: i32, output: Option<&Path>, lang: Option<&str>) -> ExitCode {
    let words = Language::from_system();
    let output = output.filter(|path| !is_dash(path));
    if writes_over(file, output, words) {
        return ExitCode::FAILURE;
    }
    let Some(document) = read_profile(file, words) else {
        return ExitCode::FAILURE;
    };
    let lang = lang.unwrap_or(document.main_language()).to_owned();
    let figures = YearFigures::of(&document.in_language(&lang), year, &lang);
    let mut text = serde_json::to_string_pretty(&figures).unwrap_or_default();
    text.push('\n');
    write_out(output, text.as_bytes(), words)
}
