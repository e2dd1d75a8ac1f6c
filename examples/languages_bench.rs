//! Times what the table of languages costs:
//!
//!     cargo run --release --example languages_bench
//!
//! the table built (every built-in language's phrases parsed, once per
//! run, at the first phrase asked for), a city's own translation read and
//! added (the whole template, as Help ▸ Translate Carta… writes it), a
//! phrase said, and numbers and dates written and read back as CLDR writes
//! them.

use std::time::Instant;

use carta::i18n::{self, Language, added};

fn timed<T>(what: &str, runs: u32, mut work: impl FnMut() -> T) {
    let started = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(work());
    }
    println!("{what}: {:.3?} each", started.elapsed() / runs);
}

fn main() {
    let started = Instant::now();
    let first = i18n::text(Language::ENGLISH, "menu-file", None);
    println!(
        "the table built ({} languages, first phrase \"{first}\"): {:.1?}",
        Language::all().len(),
        started.elapsed()
    );
    let folder = std::env::temp_dir();
    let files: Vec<(String, String)> = added::template(Language::SPANISH)
        .into_iter()
        .map(|(file, text)| (file.to_owned(), text))
        .collect();
    timed("a whole translation read and added", 5, || {
        added::add(added::Translation {
            code: "eu".to_owned(),
            about: None,
            files: files.clone(),
            guide: None,
            folder: folder.clone(),
        })
        .map(|added| added.total)
    });
    let korean = Language::from_code("ko").unwrap_or_default();
    timed("a phrase with arguments said", 10_000, || {
        carta::tr!(korean, "programs-shown", shown = 3, total = 10)
    });
    timed("a number written", 10_000, || {
        i18n::format_number(Language::FRENCH, 12_500_000.25, 2)
    });
    timed("a number read back", 10_000, || {
        i18n::parse_number(Language::SPANISH, "12.500.000,25")
    });
    let date = carta::model::Moment::Date {
        year: 2024,
        month: 3,
        day: 5,
    };
    timed("a date written", 10_000, || {
        i18n::format_moment(korean, date)
    });
    timed("a date read back", 10_000, || {
        i18n::parse_moment(Language::SPANISH, "5/3/2024")
    });
}
