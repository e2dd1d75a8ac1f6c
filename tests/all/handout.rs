//! The handout: the slides as PDF pages, laid out by the screen's engine
//! with the faces the PDF embeds, read back as a reader (and a screen
//! reader) would with poppler's tools.

use std::path::Path;

use carta::store;

use crate::present::hostile_profile;

#[test]
fn the_pdf_handout_holds_each_slide_title_in_order_with_embedded_fonts() {
    if !crate::support::have_poppler() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let profile = folder.path().join("sa.ron");
    let mut document = store::embedded_profile();
    document.programs[1].visibility = carta::model::Visibility::Internal;
    store::save(&document, &profile).unwrap();
    let pdf = folder.path().join("slides.pdf");
    let text = handout_text(&profile, &pdf, &[]);
    // Every part's heading, in order (a part flowed over several pages is
    // found once, at its first).
    let whole =
        carta::model::slides::whole_slides(&document, "en", carta::i18n::Language::for_content);
    let mut from = 0;
    for slide in &whole {
        let heading: String = slide
            .heading()
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        let found = text[from..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading:?} after {from} in {text}"));
        from += found + heading.len();
    }
    let pages = page_count(&pdf);
    assert!(
        pages >= whole.len(),
        "{pages} pages for {} parts",
        whole.len()
    );
    for page in 1..=pages {
        assert!(
            text.contains(&format!("{page} / {pages}")),
            "page {page} says its number: {text}"
        );
    }
    assert!(
        !text.contains("Access to Justice"),
        "internal programs stay out of the handout"
    );
    let fonts = std::process::Command::new("pdffonts")
        .arg(&pdf)
        .output()
        .unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(
        fonts.lines().skip(2).all(|line| line.contains(" yes ")),
        "every font embedded:\n{fonts}"
    );
}

#[test]
fn the_pdf_handout_speaks_the_chosen_content_language() {
    if std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_err()
    {
        eprintln!("skipped: poppler-utils is not installed (.ci/run installs it)");
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let profile = folder.path().join("sa.ron");
    store::save(&store::embedded_profile(), &profile).unwrap();
    let pdf = folder.path().join("diapositivas.pdf");
    let text = handout_text(&profile, &pdf, &["--lang", "es"]);
    for words in [
        "Ciudad de Derechos Humanos desde 2022",
        "Nuestra visión",
        "Los municipios, como parte del Estado",
        "Enfoque transversal en la institución",
        "Gracias",
    ] {
        assert!(text.contains(words), "{words:?} not in {text}");
    }
    assert!(!text.contains("Our vision"), "{text}");
}

/// Exports `profile` as a PDF handout to `pdf` with `carta export` (and `args`),
/// and reads its text back with `pdftotext`, lines joined by spaces.
fn handout_text(profile: &Path, pdf: &Path, args: &[&str]) -> String {
    export(profile, pdf, "slides-pdf", args);
    let text = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&text.stdout).replace('\n', " ")
}

/// Writes `profile` to `pdf` as `carta export --to FORMAT` (and `args`) does.
fn export(profile: &Path, pdf: &Path, format: &str, args: &[&str]) {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_carta"))
        .arg("export")
        .arg(profile)
        .args(["--to", format])
        .args(args)
        .arg("-o")
        .arg(pdf)
        .status()
        .unwrap();
    assert!(status.success(), "carta export --to {format} {args:?}");
}

#[test]
fn the_handout_says_its_title_author_and_language() {
    if !crate::support::have_poppler() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let profile = folder.path().join("sample.ron");
    store::save(&store::embedded_profile(), &profile).unwrap();
    let pdf = folder.path().join("handout.pdf");
    let _ = handout_text(&profile, &pdf, &["--lang", "es"]);
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    let field = |name: &str| {
        info.lines()
            .find_map(|line| line.strip_prefix(name))
            .map(|rest| rest.trim_start_matches(':').trim().to_owned())
    };
    assert_eq!(
        field("Title").as_deref(),
        Some("San Antonio (Chile)"),
        "{info}"
    );
    assert_eq!(
        field("Author").as_deref(),
        Some("San Antonio (Chile)"),
        "{info}"
    );
    assert_eq!(field("Creator").as_deref(), Some("Carta"), "{info}");
}

/// The number of pages `pdfinfo` counts.
fn page_count(pdf: &Path) -> usize {
    let info = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    info.lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|count| count.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"))
}

/// A word as `pdftotext -bbox` places it, in points from the page's top left.
#[derive(Debug)]
struct Word {
    text: String,
    top: f32,
    bottom: f32,
}

/// Each page's height and words, read back with `pdftotext -bbox`.
fn pages_of(pdf: &Path) -> Vec<(f32, Vec<Word>)> {
    let out = std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let number = |tag: &str, name: &str| -> f32 {
        let from = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let to = from + tag[from..].find('"').unwrap();
        tag[from..to].parse().unwrap()
    };
    let mut pages = Vec::new();
    for page in html.split("<page ").skip(1) {
        let height = number(page, "height");
        let words = page
            .split("<word ")
            .skip(1)
            .map(|word| {
                let text_at = word.find('>').unwrap() + 1;
                let text_end = word.find("</word>").unwrap();
                Word {
                    text: word[text_at..text_end].to_owned(),
                    top: number(word, "yMin"),
                    bottom: number(word, "yMax"),
                }
            })
            .collect();
        pages.push((height, words));
    }
    pages
}

#[test]
fn hostile_content_stays_above_the_footer_on_every_page_and_nothing_is_lost() {
    if !crate::support::have_poppler() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let profile = folder.path().join("hostile.ron");
    store::save(&hostile_profile(), &profile).unwrap();
    for format in ["slides-pdf", "slides-pdf-a4"] {
        let pdf = folder.path().join(format!("{format}.pdf"));
        export(&profile, &pdf, format, &[]);
        let pages = pages_of(&pdf);
        assert!(pages.len() >= 8, "{format}: {} pages", pages.len());
        // The part each page belongs to: a page headed "… (continued)"
        // goes on with the one before.
        let mut part = 0;
        let mut fullness: Vec<(usize, f32)> = Vec::new();
        for (number, (height, words)) in pages.iter().enumerate() {
            // The slide geometry: 720 units to the page's height, 64 of
            // margin above, 64 kept for the foot.
            let unit = height / 720.0;
            let body_bottom = height - 64.0 * unit;
            let (foot, body): (Vec<&Word>, Vec<&Word>) =
                words.iter().partition(|word| word.top >= body_bottom);
            for word in &body {
                assert!(
                    word.bottom <= body_bottom + 0.5,
                    "{format}, page {}: {word:?} runs into the footer (body ends at {body_bottom})",
                    number + 1
                );
            }
            // The foot is one row: the city's name and the counter.
            let first_row = foot.first().map_or(0.0, |word| word.top);
            assert!(
                foot.iter().all(|word| (word.top - first_row).abs() < 2.0),
                "{format}, page {}: the foot holds more than its row: {foot:?}",
                number + 1
            );
            let page_text: String = body
                .iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if !page_text.contains("(continued)") {
                part += 1;
            }
            let top = body.iter().map(|w| w.top).fold(f32::MAX, f32::min);
            let bottom = body.iter().map(|w| w.bottom).fold(0.0, f32::max);
            fullness.push((part, (bottom - top) / (body_bottom - 64.0 * unit)));
        }
        for (part, full) in &fullness {
            if fullness.iter().filter(|(p, _)| p == part).count() > 1 {
                assert!(
                    *full >= 0.33,
                    "{format}: a page of part {part} is {:.0} % full: {fullness:?}",
                    full * 100.0
                );
            }
        }
        // Nothing is lost in the splitting: the 16 sentences of the vision
        // and the 12 repetitions of the Chinese paragraph all read back.
        let text = std::process::Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout);
        let joined: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            joined
                .matches("claim their rights in their own language.")
                .count(),
            16,
            "{format}: {joined}"
        );
        let unspaced: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(
            unspaced.matches("保障所有居民平等参与公共生活").count(),
            12,
            "{format}"
        );
        for n in 1..=40 {
            assert!(
                joined.contains(&format!("Program number {n} of the city")),
                "{format}: program {n} missing"
            );
        }
    }
}

#[test]
fn the_handout_is_tagged_for_screen_readers_in_reading_order_without_its_footers() {
    if !crate::support::have_poppler() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let profile = folder.path().join("sample.ron");
    let document = store::embedded_profile();
    store::save(&document, &profile).unwrap();
    let pdf = folder.path().join("handout.pdf");
    export(&profile, &pdf, "slides-pdf", &[]);
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Tagged:          yes"), "{info}");
    let tree = crate::support::pdf_structure(&pdf);
    // A section per page, each with its heading first, in the deck's order.
    let pages = page_count(&pdf);
    assert_eq!(tree.matches("\n  Sect").count(), pages, "{tree}");
    let mut from = 0;
    for slide in
        carta::model::slides::whole_slides(&document, "en", carta::i18n::Language::for_content)
    {
        let heading = format!("H1 \"{}", slide.heading());
        let found = tree[from..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading} after {from}:\n{tree}"));
        from += found;
    }
    // Lists are lists; the foot is page furniture, not read out.
    assert!(
        tree.contains("LI (block)") && tree.contains("LBody"),
        "{tree}"
    );
    assert!(!tree.contains(&format!("1 / {pages}")), "{tree}");
    // The overview's bars read as label and count, not as a bulleted "label: count".
    assert!(tree.contains("\"26 · Right to education\""), "{tree}");
    assert!(!tree.contains("Right to education: 2"), "{tree}");
}

#[test]
fn the_handout_with_notes_puts_each_slide_and_its_notes_on_a_page() {
    if !crate::support::have_poppler() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let profile = folder.path().join("sample.ron");
    let mut document = store::embedded_profile();
    document.policies.areas[0].notes =
        carta::model::Localized::new("en", "Mention the 2023 results to the council.");
    store::save(&document, &profile).unwrap();
    let slides_pdf = folder.path().join("slides.pdf");
    export(&profile, &slides_pdf, "slides-pdf", &[]);
    let pdf = folder.path().join("notes.pdf");
    export(&profile, &pdf, "notes-pdf", &[]);
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.contains("595.28 x 841.89 pts (A4)"),
        "upright A4: {info}"
    );
    let pages = pages_of(&pdf);
    assert_eq!(pages.len(), page_count(&slides_pdf), "a page per slide");
    let area = document.policies.areas[0].title.get("en").to_owned();
    for (number, (_, words)) in pages.iter().enumerate() {
        let text: String = words
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains("Notes"),
            "page {} has room for notes",
            number + 1
        );
        let is_area = text.contains(&area) && !text.contains("(continued)");
        assert_eq!(
            text.contains("Mention the 2023 results to the council."),
            is_area,
            "page {}: the notes under their slide only: {text}",
            number + 1
        );
    }
}

#[test]
fn the_window_writes_the_handout_on_its_own_thread_and_says_where() {
    if !crate::support::have_poppler() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let pdf = folder.path().join("notes.pdf");
    let harness = export_through_the_window(folder.path(), carta::export::Format::NotesPdf, &pdf);
    assert!(!harness.state().is_exporting());
    let said = harness.state().status_text().unwrap_or_default();
    assert!(said.starts_with("Exported to"), "{said:?}");
    assert_eq!(page_count(&pdf), page_count_of_slides(folder.path()));
}

/// The pages of the sample's 16:9 handout, written by the command line.
fn page_count_of_slides(folder: &Path) -> usize {
    let profile = folder.join("sample.ron");
    store::save(&store::embedded_profile(), &profile).unwrap();
    let pdf = folder.join("slides.pdf");
    export(&profile, &pdf, "slides-pdf", &[]);
    page_count(&pdf)
}

#[test]
fn an_export_that_cannot_be_written_says_why_and_stops_saying_it_is_writing() {
    let folder = tempfile::tempdir().unwrap();
    let nowhere = folder.path().join("no such folder").join("slides.pdf");
    let harness =
        export_through_the_window(folder.path(), carta::export::Format::SlidesPdf, &nowhere);
    assert!(
        harness.state().alert_message().is_some(),
        "the officer is told"
    );
    let said = harness.state().status_text().unwrap_or_default();
    assert!(!said.starts_with("Writing"), "{said:?}");
    assert!(!nowhere.exists());
}

/// The sample exported in `format` to `path` through the window (File ▸
/// Export and the typed-path window), once the export thread is done.
fn export_through_the_window(
    folder: &Path,
    format: carta::export::Format,
    path: &Path,
) -> egui_kittest::Harness<'static, carta::app::CartaApp> {
    export_document_through_the_window(store::embedded_profile(), folder, format, path)
}

/// `document` open in the window, exported to `path` in `format` through
/// File ▸ Export and the typed-path window, waiting for the export thread.
pub(crate) fn export_document_through_the_window(
    document: carta::model::Document,
    folder: &Path,
    format: carta::export::Format,
    path: &Path,
) -> egui_kittest::Harness<'static, carta::app::CartaApp> {
    use egui_kittest::kittest::Queryable;
    let mut harness = crate::support::harness_with(document, None, folder);
    harness
        .state_mut()
        .queue(carta::app::Command::Export(format));
    crate::support::settle(&mut harness);
    harness.get_by_label("File path").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("File path")
        .type_text(&path.display().to_string());
    harness.get_by_label("Export").click();
    for _ in 0..400 {
        harness.step();
        if !harness.state().is_exporting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    crate::support::settle(&mut harness);
    harness
}

#[test]
fn the_year_in_reviews_charts_are_figures_of_the_handout_with_their_words() {
    if !crate::support::have_poppler() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let profile = folder.path().join("three-years.ron");
    store::save(&crate::year_window::three_years(), &profile).unwrap();
    let pdf = folder.path().join("slides.pdf");
    let text = handout_text(&profile, &pdf, &[]);
    for expected in [
        "2025 in review",
        "Our programs in 2025",
        "Budget planned and spent, year by year (CLP)",
        "Cases heard by the legal aid office",
        "Baseline",
        "Target",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    let tree = crate::support::pdf_structure(&pdf);
    let alts = crate::report::alternative_texts(&std::fs::read(&pdf).unwrap());
    assert!(
        alts.iter().any(|alt| alt
            == "Cases heard by the legal aid office — 2023: 140, 2024: 198, 2025: 246; Baseline 80; Target 300 (2025)"),
        "{alts:#?}"
    );
    // Every chart a figure with its words (the logo is one more).
    assert_eq!(alts.len(), tree.matches("  Figure").count(), "{tree}");
    assert!(tree.matches("  Figure").count() >= 5, "{tree}");
}
