//! Times finding a content language by its name, as the side bar's
//! "Another language…" window does on each keystroke:
//!
//!     cargo run --release --example language_search_bench
//!
//! The first search also finds every language CLDR names (once per run).

use std::time::Instant;

use carta::i18n::names::search;

fn main() {
    let started = Instant::now();
    let first = search("a", "en", 8);
    println!(
        "first search (every language named once): {:.1?} ({} shown)",
        started.elapsed(),
        first.len()
    );
    for (query, interface) in [
        ("ar", "en"),
        ("arabe", "fr"),
        ("한국어", "es"),
        ("pt-br", "en"),
    ] {
        let runs = 20;
        let started = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(search(query, interface, 8));
        }
        println!(
            "search {query:?} in {interface}: {:.2?} a keystroke",
            started.elapsed() / runs
        );
    }
}
