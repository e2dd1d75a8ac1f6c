//! The units' sheets: a year's figures sent to the departments that hold
//! them as one workbook per responsible unit, and read back into the
//! profile. Knows nothing of the window: it makes bytes and reads bytes
//! (and the files the officer names); the app shows the result in the
//! compare view before anything reaches the open profile.
//!
//! Every sheet carries a hidden first row of column keys (`program_id`,
//! `value_2025`, …, and `profile ID LANG` at its end), so a sheet is found
//! again however it was renamed, as CSV too, and tells the year and the
//! profile it was made for.

pub mod read;
mod write;

pub use read::{ReadBack, read_back, read_files};
pub use write::{UnitWorkbook, workbooks};

use crate::i18n::Message;
use crate::model::{Document, Program};

/// The kinds of sheet a unit's workbook holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Indicators,
    Budget,
    People,
}

impl Kind {
    pub const ALL: [Self; 3] = [Self::Indicators, Self::Budget, Self::People];

    /// The key of the column the unit fills, before `_YEAR`.
    fn value_key(self) -> &'static str {
        match self {
            Self::Indicators => "value",
            Self::Budget => "executed",
            Self::People => "reached",
        }
    }

    /// The word for the kind in the About sheet's hidden list.
    fn code(self) -> &'static str {
        match self {
            Self::Indicators => "indicators",
            Self::Budget => "budget",
            Self::People => "people",
        }
    }

    /// The message id of the sheet's name.
    fn name_key(self) -> &'static str {
        match self {
            Self::Indicators => "sheets-name-indicators",
            Self::Budget => "sheets-name-budget",
            Self::People => "sheets-name-people",
        }
    }
}

/// The key of the About sheet's hidden cell that lists the sheets written.
const WRITTEN_KEY: &str = "carta_sheets";
/// The start of the last key of every sheet: `profile IDENTITY LANG`.
const PROFILE_KEY: &str = "profile";

/// Something in a workbook that could not be used, placed as precisely as
/// it can be: the file, then the sheet, then the cell ("D14").
#[derive(Clone, Debug)]
pub struct Problem {
    pub file: String,
    pub sheet: Option<String>,
    pub cell: Option<String>,
    pub what: Message,
}

impl Problem {
    /// "social-services.xlsx, sheet Indicators, D14: “about 40” is not a number".
    pub fn describe(&self, words: crate::i18n::Language) -> String {
        let mut place = self.file.clone();
        if let Some(sheet) = &self.sheet {
            place.push_str(", ");
            place.push_str(&crate::tr!(
                words,
                "sheets-sheet-named",
                name = sheet.as_str()
            ));
        }
        if let Some(cell) = &self.cell {
            place.push_str(", ");
            place.push_str(cell);
        }
        format!("{place}: {}", self.what.text(words))
    }
}

/// The languages a sheet's names are shown in: the one asked for, then the
/// profile's main language (a text not yet translated still names its row).
#[derive(Clone, Copy)]
struct Names<'a> {
    lang: &'a str,
    main: &'a str,
}

impl Names<'_> {
    fn of<'t>(&self, text: &'t crate::model::Localized) -> &'t str {
        text.shown(self.lang, self.main).trim()
    }
}

/// The unit a program's figures are asked of: its responsible unit.
fn program_unit(program: &Program, names: Names<'_>) -> String {
    names.of(&program.responsible_unit).to_owned()
}

/// The unit an indicator is asked of: who reports it, else its program's
/// responsible unit.
fn indicator_unit(
    program: &Program,
    indicator: &crate::model::Indicator,
    names: Names<'_>,
) -> String {
    let reporter = names.of(&indicator.reporter);
    if reporter.is_empty() {
        program_unit(program, names)
    } else {
        reporter.to_owned()
    }
}

/// The profile's mark in a sheet: what a sheet read back is checked
/// against ("-" for a profile never saved, which has no identity yet).
fn profile_mark(document: &Document) -> String {
    (document.identity.as_deref())
        .filter(|identity| !identity.trim().is_empty() && !identity.contains(char::is_whitespace))
        .unwrap_or(NO_IDENTITY)
        .to_owned()
}

/// The mark of a profile without an identity: matches any profile.
const NO_IDENTITY: &str = "-";

/// The most characters a spreadsheet cell holds (Excel's limit); a
/// profile's texts may be longer.
const CELL_CHARS: usize = 32_767;

/// `text` as a cell can hold it: cut with "…" past [`CELL_CHARS`].
pub fn fit_cell(text: &str) -> std::borrow::Cow<'_, str> {
    crate::model::elide(text, CELL_CHARS - 1)
}

/// `A1`-style name of the cell at `row` and `column` (both from 0).
pub fn cell_name(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    letters.reverse();
    let mut name: String = letters.into_iter().collect();
    name.push_str(&(row + 1).to_string());
    name
}

/// A file name made of `unit`'s words: letters and digits of any script
/// kept, everything else a single dash, never empty.
fn file_stem(unit: &str) -> String {
    let mut stem = String::new();
    for c in unit.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    let stem: String = stem.chars().take(60).collect();
    stem.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(13, 3), "D14");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(9, 701), "ZZ10");
        assert_eq!(cell_name(0, 702), "AAA1");
    }

    #[test]
    fn file_names_keep_every_script_and_drop_punctuation() {
        assert_eq!(
            file_stem("Social Services / DIDECO"),
            ["social", "services", "dideco"].join("-")
        );
        assert_eq!(file_stem("인권정책과"), "인권정책과");
        assert_eq!(file_stem("  ..  "), "");
    }
}
