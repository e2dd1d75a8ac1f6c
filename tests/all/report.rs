//! The annual report of the bundled example with three years of figures:
//! as PDF (read back with poppler: its text and its structure), as HTML
//! (self-contained, fetching nothing, valid by an independent checker) and
//! as the data annex workbook (read back with calamine); internal programs
//! in none of them.

use calamine::{Data, Reader};
use carta::export::report::{ReportFormat, report_bytes};
use carta::model::{Document, Localized, Visibility};

use crate::year_window::three_years;

/// The example with an internal program whose words must appear nowhere.
fn with_a_secret() -> Document {
    let mut document = three_years();
    let id = document.add_new_program(carta::i18n::Language::ENGLISH);
    let program = document.program_mut(id).unwrap();
    program.title = Localized::new("en", "Witness protection desk");
    program.visibility = Visibility::Internal;
    program.sdgs = vec![16];
    program.indicators.push(carta::model::Indicator {
        name: Localized::new("en", "Protected witnesses"),
        measurements: vec![carta::model::Measurement {
            when: carta::model::Moment::Year(2025),
            value: 7.0,
            parts: Vec::new(),
            note: Localized::default(),
        }],
        ..Default::default()
    });
    document
}

fn poppler(program: &str, args: &[&str], pdf: &std::path::Path) -> String {
    let output = std::process::Command::new(program)
        .args(args)
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_pdf_report_reads_back_with_its_headings_tables_and_charts_in_words() {
    if !crate::support::have_poppler() {
        return;
    }
    let bytes = report_bytes(&with_a_secret(), 2025, "en", ReportFormat::Pdf).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let pdf = folder.path().join("report.pdf");
    std::fs::write(&pdf, &bytes).unwrap();
    let text = poppler("pdftotext", &[], &pdf);
    for expected in [
        "San Antonio: human rights report 2025",
        "Adopted by the city council on 2025-12-18.",
        "4 of 5 indicators have a value for 2025",
        "What was achieved: Saturday clinic opened; waiting time down to ten days.",
        "Indicator: Cases heard by the legal aid office (cases)",
        "Target 300 (2025)",
        "SDG 16 · Peace, justice and strong institutions",
        "Article 25 · Right to an adequate standard of living",
        "2025-04-12: 96 residents and 11 neighbourhood councils",
        "Data annex",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    assert!(
        !text.contains("Witness") && !text.contains("witnesses"),
        "{text}"
    );
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Page size:       595.28 x 841.89 pts (A4)"),
        "{info}"
    );
    let tree = crate::support::pdf_structure(&pdf);
    assert!(
        tree.contains("H1 \"San Antonio: human rights report 2025\""),
        "{tree}"
    );
    assert!(tree.contains("H2 \"Progress by policy area\""), "{tree}");
    assert!(
        tree.contains("H4 \"#2 Access to Justice Programs\""),
        "{tree}"
    );
    // Tables are tables, with their header cells; charts are figures with
    // their words.
    assert!(
        tree.contains("Table (block)") && tree.contains("/Scope /Column"),
        "{tree}"
    );
    assert!(tree.contains("Figure"), "{tree}");
    let alts = alternative_texts(&bytes);
    assert!(
        alts.iter().any(|alt| alt
            == "Cases heard by the legal aid office — 2023: 140, 2024: 198, 2025: 246; Baseline 80; Target 300 (2025)"),
        "{alts:#?}"
    );
    assert_eq!(
        alts.len(),
        tree.matches("  Figure").count(),
        "every figure has its words"
    );
    assert!(
        !tree.contains("/ 6\""),
        "the page numbers are furniture: {tree}"
    );
}

/// The figures' alternative texts as the PDF's structure holds them (a
/// literal string, or UTF-16 in hexadecimal when not plain ASCII).
pub fn alternative_texts(pdf: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(pdf);
    let mut alts = Vec::new();
    for piece in text.split("/Alt").skip(1) {
        if let Some(hex) = piece.strip_prefix("<FEFF") {
            let hex = &hex[..hex.find('>').unwrap()];
            let units: Vec<u16> = (0..hex.len() / 4)
                .map(|at| u16::from_str_radix(&hex[at * 4..at * 4 + 4], 16).unwrap())
                .collect();
            alts.push(String::from_utf16(&units).unwrap());
        } else if let Some(literal) = piece.strip_prefix('(') {
            // Parentheses inside are escaped with a backslash.
            let mut out = String::new();
            let mut chars = literal.chars();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => out.extend(chars.next()),
                    ')' => break,
                    c => out.push(c),
                }
            }
            alts.push(out);
        }
    }
    alts
}

#[test]
fn the_html_report_fetches_nothing_and_is_valid() {
    let bytes = report_bytes(&with_a_secret(), 2025, "es", ReportFormat::Html).unwrap();
    let page = String::from_utf8(bytes).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"es\">"));
    assert!(page.contains("San Antonio: informe de derechos humanos 2025"));
    assert!(
        page.contains("Casos atendidos por la oficina jurídica"),
        "in Spanish where translated"
    );
    assert!(page.matches("<svg").count() >= 6, "the charts are inline");
    assert!(!page.contains("Witness"));
    // Nothing fetched: no script, stylesheet, picture or font from elsewhere.
    for fetch in ["<script", "<link", "<img", "url(", "@import", "src="] {
        assert!(!page.contains(fetch), "{fetch}");
    }
    let without_namespace = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assert!(!without_namespace.contains("http"), "a link out");

    // An independent checker (html-validate, installed by scripts/test).
    let Ok(validator) = std::env::var("CARTA_HTML_VALIDATE") else {
        eprintln!(
            "skipped the validation: html-validate is not installed (scripts/test installs it)"
        );
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("report.html");
    std::fs::write(&file, &page).unwrap();
    let config = folder.path().join("htmlvalidate.json");
    std::fs::write(&config, r#"{"extends":["html-validate:recommended"]}"#).unwrap();
    let checked = std::process::Command::new(validator)
        .arg("--config")
        .arg(&config)
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        checked.status.success(),
        "{}{}",
        String::from_utf8_lossy(&checked.stdout),
        String::from_utf8_lossy(&checked.stderr)
    );
}

#[test]
fn the_data_annex_holds_every_public_figure_as_numbers() {
    let document = with_a_secret();
    let bytes = report_bytes(&document, 2025, "en", ReportFormat::Xlsx).unwrap();
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Indicators", "Budget", "People reached", "Reviews"]
    );
    let indicators = book.worksheet_range("Indicators").unwrap();
    let rows: Vec<&[Data]> = indicators.rows().collect();
    assert_eq!(rows.len(), 1 + 5, "a header and the five public indicators");
    assert_eq!(rows[0][7], Data::String("2023".to_owned()));
    let cases = rows
        .iter()
        .find(|row| row[2] == Data::String("Cases heard by the legal aid office".to_owned()))
        .unwrap();
    assert_eq!(
        &cases[7..10],
        [Data::Float(140.0), Data::Float(198.0), Data::Float(246.0)]
    );
    let budget = book.worksheet_range("Budget").unwrap();
    let spent: f64 = budget
        .rows()
        .skip(1)
        .filter(|row| row[2] == Data::Float(2025.0))
        .map(|row| match row.get(5) {
            Some(Data::Float(value)) => *value,
            _ => 0.0,
        })
        .sum();
    // Worked out from the example's own lines: 17.9 + 10.3 + 1.2 million.
    assert_eq!(spent, 29_400_000.0);
    let everything = format!("{:?}", book.worksheet_range("Reviews").unwrap());
    assert!(everything.contains("Saturday clinic opened"));
    let all: String = ["Indicators", "Budget", "People reached", "Reviews"]
        .iter()
        .map(|name| format!("{:?}", book.worksheet_range(name).unwrap()))
        .collect();
    assert!(!all.contains("Witness"));
}

#[test]
fn a_program_not_reviewed_is_said_to_be_so_never_given_a_rating() {
    let mut document = three_years();
    for program in document.programs.iter_mut() {
        program.reviews.retain(|r| r.year != 2025);
    }
    let report = carta::export::report::Report::of(&document, 2025, "en");
    let text = format!("{:?}", report.blocks);
    assert_eq!(text.matches("Not reviewed for 2025 yet.").count(), 4);
    assert!(!text.contains("Rating {"), "{text}");
}

#[test]
fn a_review_longer_than_a_page_runs_on_over_the_next_pages_whole() {
    if !crate::support::have_poppler() {
        return;
    }
    let mut document = three_years();
    let sentence = "The clinic opened on Saturdays and the waiting time fell. ";
    let long = format!("{}\n\nLast words of the review.", sentence.repeat(400));
    document.programs[1].reviews[1].achieved = Localized::new("en", long);
    let bytes = report_bytes(&document, 2025, "en", ReportFormat::Pdf).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let pdf = folder.path().join("report.pdf");
    std::fs::write(&pdf, &bytes).unwrap();
    let text = poppler("pdftotext", &[], &pdf);
    assert!(
        text.contains("Last words of the review."),
        "the end is not cut off"
    );
    assert_eq!(
        text.matches("waiting time fell.").count(),
        400,
        "every line once: none lost at a page's foot, none twice"
    );
    // Nothing drawn over the page numbers at the foot.
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    for (index, page) in pages.iter().enumerate() {
        let last = page.trim_end().lines().last().unwrap_or_default();
        assert_eq!(
            last.trim(),
            format!("{} / {}", index + 1, pages.len()),
            "page {}",
            index + 1
        );
    }
}
