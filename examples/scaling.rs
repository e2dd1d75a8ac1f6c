//! Shows that the page import, the HTML export and the reading of a library
//! grow with their input, not with its square, up to 10 MB pages:
//!
//!     cargo run --release --example scaling
//!
//! For each size (1, 2, 5 and 10 MB) it times, once each (a quadratic step
//! shows as a time four times longer for twice the input, which one run
//! tells plainly):
//! - importing a page of repeated headings (the shape that took 52 s for
//!   1.5 MB), and a page of list items (100,000 items took 38 s);
//! - exporting as HTML a profile whose description is nested `- - - …`
//!   (98 KB took 14.8 s);
//! - reading a library folder of pages of that size.
//!
//! and prints the time per megabyte, which stays flat when the work is linear.

use std::time::Instant;

const MB: usize = 1024 * 1024;

fn headings_page(bytes: usize) -> String {
    let unit = "VISION AS HUMAN RIGHTS CITY / TERRITORY\n\nA line of the vision.\n\n";
    format!("Tetouan (Morocco)\n\n{}", unit.repeat(bytes / unit.len()))
}

fn items_page(bytes: usize) -> String {
    let head = "Tetouan (Morocco)\n\nHUMAN RIGHTS LOCAL POLICIES, MECHANISMS AND PROGRAMS\n\n\
                1. Housing\n\nThe city houses people:\n\n";
    let mut page = head.to_owned();
    let mut n = 0;
    while page.len() < bytes {
        page.push_str(&format!("- Program {n}: a service for the residents.\n"));
        n += 1;
    }
    page
}

fn nested_profile(bytes: usize) -> carta::model::Document {
    let mut document = carta::store::embedded_profile();
    let nested = "- ".repeat(bytes / 2) + "the last item";
    document.programs[0].description = carta::model::Localized::new("en", nested);
    document
}

fn seconds(work: impl FnOnce()) -> f64 {
    let started = Instant::now();
    work();
    started.elapsed().as_secs_f64()
}

fn main() {
    println!(
        "| input | import, headings | import, items | HTML export, nested lists | library of 4 pages |"
    );
    println!("|---|---|---|---|---|");
    for megabytes in [1, 2, 5, 10] {
        let bytes = megabytes * MB;
        let page = headings_page(bytes);
        let headings = seconds(|| {
            let (document, _) = carta::import::import_text(&page);
            std::hint::black_box(document);
        });
        let page = items_page(bytes);
        let items = seconds(|| {
            let (document, _) = carta::import::import_text(&page);
            std::hint::black_box(document);
        });
        let document = nested_profile(bytes.min(100_000 * megabytes));
        let options = carta::export::ExportOptions::default();
        let html = seconds(|| {
            let page = carta::export::export(&document, carta::export::Format::Html, &options);
            std::hint::black_box(page);
        });
        let folder = tempfile::tempdir().expect("a temporary folder");
        for index in 0..4 {
            let page = if index % 2 == 0 {
                items_page(bytes / 4)
            } else {
                headings_page(bytes / 4)
            };
            std::fs::write(folder.path().join(format!("page-{index}.txt")), page)
                .expect("a page written");
        }
        let library = seconds(|| {
            let opened = carta::library::open(folder.path());
            std::hint::black_box(opened.library.profiles.len());
        });
        let per = |time: f64| format!("{time:.2} s ({:.2} s/MB)", time / megabytes as f64);
        println!(
            "| {megabytes} MB | {} | {} | {} | {} |",
            per(headings),
            per(items),
            per(html),
            per(library)
        );
    }
}
