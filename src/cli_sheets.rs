//! `carta sheets`: the units' workbooks of a year written to a folder, and
//! filled ones read back into a new profile file.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use carta::i18n::Language;
use carta::{sheets, store, tr};

use crate::{complain, read_profile};

/// Writes one workbook per responsible unit of `file` for `year` into
/// `folder` (made if missing), one line per workbook on standard output.
pub fn write(file: &Path, year: i32, folder: &Path, lang: Option<&str>) -> ExitCode {
    let words = Language::from_system();
    if !(1900..=2200).contains(&year) {
        complain(&tr!(words, "sheets-strange-year", year = year));
        return ExitCode::FAILURE;
    }
    let Some(document) = read_profile(file, words) else {
        return ExitCode::FAILURE;
    };
    let lang = lang.unwrap_or(document.main_language()).to_owned();
    let made = match sheets::workbooks(&document, year, &lang, words) {
        Ok(made) => made,
        Err(reason) => {
            complain(&format!("{}: {reason}", tr!(words, "alert-sheets-failed")));
            return ExitCode::FAILURE;
        }
    };
    if made.is_empty() {
        complain(&tr!(words, "status-sheets-none"));
        return ExitCode::FAILURE;
    }
    if let Err(error) = std::fs::create_dir_all(folder) {
        complain(&format!("{}: {error}", folder.display()));
        return ExitCode::FAILURE;
    }
    for book in &made {
        let path = folder.join(&book.file_name);
        if let Err(error) = store::write_atomically(&path, &book.bytes, false) {
            complain(&error.describe(words));
            return ExitCode::FAILURE;
        }
        // A closed pipe is not the workbooks' failure: they are written.
        let _ = writeln!(std::io::stdout(), "{}", path.display());
    }
    ExitCode::SUCCESS
}

/// Reads the filled workbooks and CSV files `inputs` (folders stand for the
/// sheets in them) into `file`'s profile, written to `output`. Exit 1 when
/// some cell could not be used (each listed on standard error, the rest
/// still written), 2 when nothing could be written.
pub fn read(file: &Path, inputs: &[PathBuf], year: Option<i32>, output: &Path) -> ExitCode {
    let words = Language::from_system();
    if store::same_file(file, output) {
        complain(&format!(
            "{}: {}",
            output.display(),
            tr!(words, "cli-sheets-over-profile")
        ));
        return ExitCode::from(2);
    }
    let Some(document) = read_profile(file, words) else {
        return ExitCode::from(2);
    };
    let (files, mut problems) = sheets::read_files(inputs);
    let read = sheets::read_back(&document, year, &files);
    problems.extend(read.problems);
    if let Err(error) = store::save(&read.document, output) {
        complain(&error.describe(words));
        return ExitCode::from(2);
    }
    for problem in &problems {
        complain(&problem.describe(words));
    }
    complain(&tr!(
        words,
        "cli-sheets-read",
        files = read.files,
        count = read.changed
    ));
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
