//! The units' sheets: written by Carta, filled by another writer (a
//! workbook made afresh with rust_xlsxwriter, as a spreadsheet program
//! saving it would), read back; and every kind of bad sheet a unit can
//! return.

use calamine::{Data, Reader};
use carta::i18n::Language;
use carta::model::monitoring::value_in;
use carta::model::{BudgetLine, Document, Indicator, Localized, Measurement, Moment, Visibility};
use carta::sheets::{self, read::Input};
use rust_xlsxwriter::{Formula, Workbook};

/// Three units: Social services (two programs, one indicator reported by
/// the Observatory), Culture, and an internal program never sent.
pub fn units_profile() -> Document {
    let mut document = carta::store::embedded_profile();
    document.programs.clear();
    document.identity = Some("profile-of-the-test".to_owned());
    let plans = [
        ("Social services", "Shelter beds", "Observatory", false),
        ("Social services", "Cases heard", "", false),
        ("Culture", "Festival visitors", "", false),
        ("Culture", "Secret work", "", true),
    ];
    for (n, (unit, indicator, reporter, internal)) in plans.into_iter().enumerate() {
        let id = document.add_new_program(carta::i18n::Language::ENGLISH);
        let program = document.program_mut(id).unwrap();
        program.title = Localized::new("en", format!("Program {n}"));
        program.responsible_unit = Localized::new("en", unit);
        program.visibility = if internal {
            Visibility::Internal
        } else {
            Visibility::Public
        };
        program.indicators.push(Indicator {
            name: Localized::new("en", indicator),
            reporter: Localized::new("en", reporter),
            baseline: Some(10.0),
            target: Some(50.0),
            measurements: vec![Measurement {
                when: Moment::Year(2024),
                value: 20.0,
                parts: Vec::new(),
                note: Localized::default(),
            }],
            ..Indicator::default()
        });
        program.budget.push(BudgetLine {
            year: 2025,
            amount: 1000.0,
            currency: "CLP".to_owned(),
            ..BudgetLine::default()
        });
    }
    document.give_item_ids(true);
    document
}

fn workbook<'a>(made: &'a [sheets::UnitWorkbook], unit: &str) -> &'a sheets::UnitWorkbook {
    made.iter().find(|book| book.unit == unit).unwrap()
}

/// Every sheet of `bytes` as rows of cells, as a spreadsheet sees them.
pub fn cells(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

/// A cell a unit's spreadsheet writes.
#[derive(Clone)]
pub enum Typed {
    Number(f64),
    Text(&'static str),
    Date,
    /// A formula, and the value the spreadsheet saved with it.
    Formula(&'static str, f64),
    Empty,
}

/// The workbook as a unit returns it: every cell of Carta's copied into a
/// workbook made afresh by another writer, `edits` (sheet, row, column, from
/// 0) typed over it; `rename` gives sheets new names, `drop` leaves some out.
pub fn filled(
    bytes: &[u8],
    edits: &[(&str, u32, u16, Typed)],
    rename: &[(&str, &str)],
    drop: &[&str],
) -> Vec<u8> {
    let mut book = Workbook::new();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (name, rows) in cells(bytes) {
        if drop.contains(&name.as_str()) {
            continue;
        }
        let sheet = book.add_worksheet();
        let new_name = rename
            .iter()
            .find(|(old, _)| *old == name)
            .map_or(name.as_str(), |(_, new)| *new);
        sheet.set_name(new_name).unwrap();
        for (r, row) in (0u32..).zip(&rows) {
            for (c, cell) in (0u16..).zip(row) {
                match cell {
                    Data::String(text) => {
                        sheet.write_string(r, c, text).unwrap();
                    }
                    Data::Float(value) => {
                        sheet.write_number(r, c, *value).unwrap();
                    }
                    Data::Int(value) => {
                        sheet.write_number(r, c, *value as f64).unwrap();
                    }
                    _ => {}
                }
            }
        }
        for (_, r, c, typed) in edits.iter().filter(|(s, ..)| *s == name) {
            match typed {
                Typed::Number(value) => sheet.write_number(*r, *c, *value).map(drop_it),
                Typed::Text(text) => sheet.write_string(*r, *c, *text).map(drop_it),
                Typed::Date => sheet
                    .write_number_with_format(*r, *c, 45_667.0, &date)
                    .map(drop_it),
                Typed::Formula(formula, result) => sheet
                    .write_formula(
                        *r,
                        *c,
                        Formula::new(*formula).set_result(result.to_string()),
                    )
                    .map(drop_it),
                Typed::Empty => sheet
                    .write_blank(*r, *c, &rust_xlsxwriter::Format::new())
                    .map(drop_it),
            }
            .unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

fn drop_it<T>(_: T) {}

fn input(name: &str, bytes: Vec<u8>) -> Input {
    Input {
        name: name.to_owned(),
        bytes,
    }
}

fn described(read: &sheets::ReadBack) -> Vec<String> {
    read.problems
        .iter()
        .map(|p| p.describe(Language::ENGLISH))
        .collect()
}

/// The first indicator of the program titled `title`.
fn indicator<'d>(document: &'d Document, title: &str) -> &'d Indicator {
    let program = document
        .programs
        .iter()
        .find(|p| p.title.get("en") == title)
        .unwrap();
    &program.indicators[0]
}

#[test]
fn one_workbook_per_unit_holds_that_units_rows_and_never_an_internal_program() {
    let document = units_profile();
    let made = sheets::workbooks(&document, 2025, "en", Language::ENGLISH).unwrap();
    let names: Vec<&str> = made.iter().map(|book| book.file_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "culture-2025.xlsx",
            "observatory-2025.xlsx",
            "social-services-2025.xlsx"
        ]
    );
    let social = cells(&workbook(&made, "Social services").bytes);
    let sheet_names: Vec<&str> = social.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        sheet_names,
        ["About", "Indicators", "Budget", "People reached"]
    );
    let indicators = &social[1].1;
    // Hidden keys, headings, then one row: "Cases heard" (the shelter beds
    // are the Observatory's).
    assert_eq!(indicators.len(), 3);
    assert_eq!(indicators[1][10], Data::String("Value in 2025".to_owned()));
    assert_eq!(indicators[2][3], Data::String("Cases heard".to_owned()));
    assert_eq!(indicators[2][8], Data::Float(20.0), "the last value shown");
    let culture = cells(&workbook(&made, "Culture").bytes);
    let everything = format!("{culture:?}");
    assert!(everything.contains("Festival visitors"));
    assert!(
        !everything.contains("Secret work"),
        "an internal program was sent"
    );
}

#[test]
fn values_filled_by_another_program_come_back_and_a_second_read_changes_nothing() {
    let document = units_profile();
    let made = sheets::workbooks(&document, 2025, "en", Language::ENGLISH).unwrap();
    let social = &workbook(&made, "Social services").bytes;
    let returned = filled(
        social,
        &[
            ("Indicators", 2, 10, Typed::Number(31.0)),
            (
                "Indicators",
                2,
                11,
                Typed::Text("Counted at the two offices"),
            ),
            ("Budget", 2, 5, Typed::Formula("=400+350", 750.0)),
            ("People reached", 2, 2, Typed::Text("1,234")),
        ],
        &[],
        &[],
    );
    let inputs = [input("social-services-2025.xlsx", returned)];
    let read = sheets::read_back(&document, Some(2025), &inputs);
    assert_eq!(described(&read), Vec::<String>::new());
    assert_eq!(read.changed, 3);
    let cases = indicator(&read.document, "Program 1");
    assert_eq!(value_in(cases, 2025), Some(31.0));
    assert_eq!(
        cases.measurements.last().unwrap().note.get("en"),
        "Counted at the two offices"
    );
    assert_eq!(read.document.programs[0].budget[0].executed, Some(750.0));
    let reached = &read.document.programs[0].beneficiaries;
    assert_eq!((reached[0].year, reached[0].count), (2025, 1234));
    // Nothing was added: the same programs, indicators and lines.
    assert_eq!(read.document.programs.len(), document.programs.len());
    assert_eq!(read.document.programs[1].indicators.len(), 1);

    let again = sheets::read_back(&read.document, Some(2025), &inputs);
    assert_eq!(again.changed, 0);
    assert!(carta::model::diff::diff(&read.document, &again.document).is_empty());
}

#[test]
fn every_cell_that_cannot_be_used_is_told_by_workbook_sheet_and_cell() {
    let document = units_profile();
    let made = sheets::workbooks(&document, 2025, "en", Language::ENGLISH).unwrap();
    let social = &workbook(&made, "Social services").bytes;
    let rows = cells(social);
    // A row for an indicator deleted since, and the same row twice.
    let keys = &rows[1].1[0];
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Indicators").unwrap();
    for (c, key) in (0u16..).zip(keys) {
        if let Data::String(key) = key {
            sheet.write_string(0, c, key).unwrap();
        }
    }
    let program = document.programs[1].id.0;
    let indicator_id = document.programs[1].indicators[0].id.0;
    let lines: [(u32, u32, Typed); 7] = [
        (program, indicator_id, Typed::Text("about 40")),
        (program, 999, Typed::Number(3.0)),
        (4242, indicator_id, Typed::Number(3.0)),
        (program, indicator_id, Typed::Number(41.0)),
        (0, 0, Typed::Empty),
        (program, indicator_id, Typed::Date),
        (program, indicator_id, Typed::Formula("=1/0", 0.0)),
    ];
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (r, (p, i, typed)) in (2u32..).zip(lines) {
        if p > 0 {
            sheet.write_number(r, 0, p).unwrap();
            sheet.write_number(r, 1, i).unwrap();
        }
        match typed {
            Typed::Number(value) => drop_it(sheet.write_number(r, 10, value).unwrap()),
            Typed::Text(text) => drop_it(sheet.write_string(r, 10, text).unwrap()),
            Typed::Date => drop_it(
                sheet
                    .write_number_with_format(r, 10, 45_667.0, &date)
                    .unwrap(),
            ),
            Typed::Formula(formula, _) => drop_it(
                sheet
                    .write_formula(r, 10, Formula::new(formula).set_result("#DIV/0!"))
                    .unwrap(),
            ),
            Typed::Empty => {}
        }
    }
    let inputs = [input(
        "social-services.xlsx",
        book.save_to_buffer().unwrap(),
    )];
    let read = sheets::read_back(&document, Some(2025), &inputs);
    let told = described(&read);
    assert_eq!(
        told,
        [
            "social-services.xlsx, sheet Indicators, K3: “about 40” is not a number.",
            "social-services.xlsx, sheet Indicators, B4: there is no item number 999 in this program (was it deleted?).",
            "social-services.xlsx, sheet Indicators, A5: there is no program number 4242 in this profile (was it deleted?).",
            // K3 could not be read, so K6 is the row's figure.
            "social-services.xlsx, sheet Indicators, K8: this row was already given at social-services.xlsx, Indicators, K6; the second was not used.",
            "social-services.xlsx, sheet Indicators, K9: this row was already given at social-services.xlsx, Indicators, K6; the second was not used.",
        ]
        .map(str::to_owned)
        .to_vec()
    );
    assert_eq!(read.changed, 1, "only K6's figure was usable");
    assert_eq!(
        value_in(indicator(&read.document, "Program 1"), 2025),
        Some(41.0)
    );
}

#[test]
fn dates_errors_and_decimal_commas_in_value_cells() {
    let document = units_profile();
    let made = sheets::workbooks(&document, 2025, "en", Language::SPANISH).unwrap();
    let social = &workbook(&made, "Social services").bytes;
    let returned = filled(
        social,
        &[
            ("Indicadores", 2, 10, Typed::Date),
            ("Presupuesto", 2, 5, Typed::Text("1.234,5")),
            ("Personas alcanzadas", 2, 2, Typed::Number(-3.0)),
            ("Personas alcanzadas", 3, 2, Typed::Number(12.5)),
        ],
        &[],
        &[],
    );
    let read = sheets::read_back(&document, Some(2025), &[input("s.xlsx", returned)]);
    let told = described(&read);
    assert_eq!(told.len(), 3, "{told:#?}");
    assert!(
        told[0].starts_with("s.xlsx, sheet Indicadores, K3: 2025-01-10"),
        "{}",
        told[0]
    );
    assert!(told[0].ends_with("is a date, not a number (the cell is formatted as a date)."));
    assert_eq!(
        told[1],
        "s.xlsx, sheet Personas alcanzadas, C3: a number of people is a whole number, 0 or more."
    );
    assert_eq!(
        told[2],
        "s.xlsx, sheet Personas alcanzadas, C4: a number of people is a whole number, 0 or more."
    );
    assert_eq!(read.document.programs[0].budget[0].executed, Some(1234.5));
}

#[test]
fn renamed_sheets_are_still_read_and_a_removed_one_is_told() {
    let document = units_profile();
    let made = sheets::workbooks(&document, 2025, "en", Language::ENGLISH).unwrap();
    let social = &workbook(&made, "Social services").bytes;
    let returned = filled(
        social,
        &[("Indicators", 2, 10, Typed::Number(33.0))],
        &[("Indicators", "Hoja1")],
        &["Budget"],
    );
    let read = sheets::read_back(&document, Some(2025), &[input("s.xlsx", returned)]);
    assert_eq!(
        described(&read),
        ["s.xlsx: the budget sheet was removed from this workbook; its figures were not read."]
    );
    assert_eq!(
        value_in(indicator(&read.document, "Program 1"), 2025),
        Some(33.0)
    );
}

#[test]
fn a_sheet_of_another_profile_or_year_is_refused_whole() {
    let document = units_profile();
    let made = sheets::workbooks(&document, 2024, "en", Language::ENGLISH).unwrap();
    let social = filled(
        &workbook(&made, "Social services").bytes,
        &[("Indicators", 2, 10, Typed::Number(33.0))],
        &[],
        &[],
    );
    let read = sheets::read_back(&document, Some(2025), &[input("s.xlsx", social.clone())]);
    assert!(
        described(&read)
            .iter()
            .all(|p| p.contains("collects 2024, not 2025"))
    );
    assert_eq!(read.changed, 0);

    let mut other = document.clone();
    other.identity = Some("someone-else".to_owned());
    let read = sheets::read_back(&other, None, &[input("s.xlsx", social)]);
    assert!(
        described(&read)
            .iter()
            .all(|p| p.contains("written for another profile"))
    );
    assert_eq!(read.changed, 0);
}

#[test]
fn broken_protected_huge_and_foreign_files_are_refused_with_a_reason() {
    let folder = tempfile::tempdir().unwrap();
    let corrupt = folder.path().join("corrupt.xlsx");
    std::fs::write(&corrupt, b"PK\x03\x04 not really a zip").unwrap();
    // What a password gives an .xlsx: an encrypted OLE container.
    let protected = folder.path().join("protected.xlsx");
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    std::fs::write(&protected, ole).unwrap();
    let huge = folder.path().join("huge.xlsx");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let foreign = folder.path().join("budget.xlsx");
    let mut book = Workbook::new();
    book.add_worksheet().write_string(0, 0, "Total").unwrap();
    std::fs::write(&foreign, book.save_to_buffer().unwrap()).unwrap();
    std::fs::write(folder.path().join("~$budget.xlsx"), b"lock").unwrap();

    let started = std::time::Instant::now();
    let (inputs, mut problems) = sheets::read_files(&[folder.path().to_owned()]);
    assert!(started.elapsed().as_secs() < 2, "the huge file was read");
    let read = sheets::read_back(&units_profile(), Some(2025), &inputs);
    problems.extend(read.problems);
    let told: Vec<String> = problems
        .iter()
        .map(|p| p.describe(Language::ENGLISH))
        .collect();
    assert_eq!(told.len(), 4, "{told:#?}");
    assert_eq!(
        told[0],
        "huge.xlsx: the file is 100 MB; sheets of more than 20 MB are not read."
    );
    assert!(told[1].starts_with("budget.xlsx: no sheet of this file was written by Carta"));
    assert!(told[2].starts_with("corrupt.xlsx: this is not a workbook Carta can read"));
    assert!(told[3].starts_with("protected.xlsx: this is not a workbook Carta can read"));
}

#[test]
fn a_csv_saved_by_a_spreadsheet_in_windows_1252_with_semicolons_is_read() {
    let document = units_profile();
    let made = sheets::workbooks(&document, 2025, "en", Language::FRENCH).unwrap();
    let rows = cells(&workbook(&made, "Social services").bytes);
    let budget = &rows[2].1;
    // As a French spreadsheet saves the budget sheet as CSV: semicolons,
    // decimal commas, Windows-1252 for the accented headings.
    let mut text = String::new();
    for (r, row) in budget.iter().enumerate() {
        let mut cells: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Data::Float(value) => value.to_string().replace('.', ","),
                Data::Empty => String::new(),
                other => other.to_string(),
            })
            .collect();
        if r == 2 {
            cells[5] = "987,25".to_owned();
        }
        text.push_str(&cells.join(";"));
        text.push_str("\r\n");
    }
    assert!(text.contains("Dépensé en 2025"));
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    let read = sheets::read_back(
        &document,
        Some(2025),
        &[input("budget.csv", bytes.into_owned())],
    );
    assert_eq!(described(&read), Vec::<String>::new());
    assert_eq!(read.document.programs[0].budget[0].executed, Some(987.25));
}

#[test]
fn money_spent_cannot_be_negative() {
    let document = units_profile();
    let made = sheets::workbooks(&document, 2025, "en", Language::ENGLISH).unwrap();
    let returned = filled(
        &workbook(&made, "Culture").bytes,
        &[("Budget", 2, 5, Typed::Number(-50.0))],
        &[],
        &[],
    );
    let read = sheets::read_back(&document, Some(2025), &[input("c.xlsx", returned)]);
    assert_eq!(
        described(&read),
        ["c.xlsx, sheet Budget, F3: money spent cannot be negative."]
    );
    assert_eq!(read.document.programs[2].budget[0].executed, None);
}

#[test]
fn an_english_sheet_saved_as_csv_by_a_spanish_spreadsheet_keeps_its_decimals() {
    let document = units_profile();
    let made = sheets::workbooks(&document, 2025, "en", Language::ENGLISH).unwrap();
    let rows = cells(&workbook(&made, "Social services").bytes);
    // Saved by a Spanish Excel: semicolons, and "12,5" for twelve and a half.
    let mut text = String::new();
    for (r, row) in rows[1].1.iter().enumerate() {
        let mut cells: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Data::Float(value) => value.to_string().replace('.', ","),
                Data::Empty => String::new(),
                other => other.to_string(),
            })
            .collect();
        if r == 2 {
            cells[10] = "12,5".to_owned();
        }
        text.push_str(&cells.join(";"));
        text.push('\n');
    }
    let read = sheets::read_back(&document, Some(2025), &[input("i.csv", text.into_bytes())]);
    assert_eq!(described(&read), Vec::<String>::new());
    assert_eq!(
        value_in(indicator(&read.document, "Program 1"), 2025),
        Some(12.5)
    );
}

#[test]
fn two_years_read_at_once_are_two_rows_and_a_bad_copy_does_not_shadow_a_good_one() {
    let document = units_profile();
    let mut inputs = Vec::new();
    for (year, value) in [(2024, 25.0), (2025, 31.0)] {
        let made = sheets::workbooks(&document, year, "en", Language::ENGLISH).unwrap();
        let edits = [("Indicators", 2, 10, Typed::Number(value))];
        let bytes = filled(&workbook(&made, "Social services").bytes, &edits, &[], &[]);
        inputs.push(input(&format!("social-{year}.xlsx"), bytes));
    }
    let made = sheets::workbooks(&document, 2025, "en", Language::ENGLISH).unwrap();
    let typo = [("Indicators", 2, 10, Typed::Text("31 people"))];
    let bad = filled(&workbook(&made, "Social services").bytes, &typo, &[], &[]);
    inputs.insert(0, input("a-first-try.xlsx", bad));
    let read = sheets::read_back(&document, None, &inputs);
    let told = described(&read);
    assert_eq!(told.len(), 1, "{told:#?}");
    assert!(told[0].starts_with("a-first-try.xlsx"), "{told:#?}");
    let cases = indicator(&read.document, "Program 1");
    assert_eq!(value_in(cases, 2024), Some(25.0));
    assert_eq!(value_in(cases, 2025), Some(31.0));
}

#[test]
fn people_reached_counted_twice_in_a_year_are_sent_as_their_total_and_replaced_by_one() {
    let mut document = units_profile();
    document.programs[0].beneficiaries = vec![
        carta::model::Beneficiaries {
            count: 100,
            year: 2025,
            parts: Vec::new(),
        },
        carta::model::Beneficiaries {
            count: 50,
            year: 2025,
            parts: Vec::new(),
        },
    ];
    let made = sheets::workbooks(&document, 2025, "en", Language::ENGLISH).unwrap();
    let social = &workbook(&made, "Social services").bytes;
    assert_eq!(
        cells(social)[3].1[2][2],
        Data::Float(150.0),
        "the total is shown"
    );
    let returned = filled(
        social,
        &[("People reached", 2, 2, Typed::Number(170.0))],
        &[],
        &[],
    );
    let read = sheets::read_back(&document, Some(2025), &[input("s.xlsx", returned)]);
    let counts: Vec<u64> = read.document.programs[0]
        .beneficiaries
        .iter()
        .map(|b| b.count)
        .collect();
    assert_eq!(counts, [170], "one entry holds the unit's total");
}
