//! Times the annual report and the units' sheets at issue 27's sizes:
//!
//!     cargo run --release --example report_bench
//!
//! - the annual report of 10,000 programs with 3 indicators and 5 years of
//!   measurements and budget each: laid out (`Report::of`), then written
//!   as PDF (target: under 3 s), HTML and the annex workbook;
//! - the Progress tab's figures for that profile;
//! - 50 units' workbooks written, then read back from disk (target:
//!   under 2 s for the reading).
//!
//! Each time is the median of several runs (fewer for the slow ones); the
//! figures go in BENCHMARKS.md.

mod support;

use std::time::Instant;

use support::{five_years, median};

use carta::export::report::{Report, ReportFormat, report_bytes};
use carta::i18n::Language;
use carta::model::progress::Progress;

fn main() {
    let document = five_years();
    let progress = median(5, || {
        std::hint::black_box(Progress::of(&document, 2025, "en"));
    });
    println!("Progress tab's figures, 10,000 programs: {progress:.1?}");
    let laid = median(3, || {
        std::hint::black_box(Report::of(&document, 2025, "en"));
    });
    println!("annual report laid out as blocks: {laid:.1?}");
    for (format, runs) in [
        (ReportFormat::Pdf, 3),
        (ReportFormat::Html, 3),
        (ReportFormat::Xlsx, 3),
    ] {
        let mut size = 0;
        let took = median(runs, || {
            let bytes = report_bytes(&document, 2025, "en", format).unwrap();
            size = bytes.len();
        });
        println!(
            "annual report as {format:?}: {took:.2?} ({:.1} MB)",
            size as f64 / 1e6
        );
    }

    let folder = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let made = carta::sheets::workbooks(&document, 2025, "en", Language::ENGLISH).unwrap();
    for book in &made {
        std::fs::write(folder.path().join(&book.file_name), &book.bytes).unwrap();
    }
    println!(
        "{} units' workbooks written: {:.2?}",
        made.len(),
        started.elapsed()
    );
    let mut changed = 0;
    let read = median(3, || {
        let (inputs, problems) = carta::sheets::read_files(&[folder.path().to_owned()]);
        assert!(problems.is_empty());
        let back = carta::sheets::read_back(&document, Some(2025), &inputs);
        assert!(back.problems.is_empty());
        changed = back.changed;
    });
    println!(
        "{} workbooks read back from disk: {read:.2?} ({changed} figures changed)",
        made.len()
    );
}
