//! Catalan, Portuguese and Korean on screen: the City, Programs, Progress
//! and Other cities panels and a slide, at a small laptop's, a common
//! laptop's and a desktop's window size, compared with the checked-in
//! pictures (which were looked at: nothing cut, nothing overlapping, no boxes).

use egui::Key;
use egui_kittest::kittest::Queryable;

use carta::i18n::{self, Language};
use carta::model::Document;

use crate::support::{harness_sized, nav, settle, test_options};

const SIZES: [(f32, f32); 3] = [(1024.0, 600.0), (1366.0, 768.0), (1920.0, 1080.0)];

/// The three-year example written in `code` (its texts still the English
/// ones): what an officer who just switched her profile to her language has.
fn example_in(code: &str) -> Document {
    let mut document = crate::year_window::three_years();
    document.add_language(code);
    let mut document = document.in_language(code);
    document.remove_language("en");
    document
}

fn screens_in(code: &str) {
    let words = Language::from_code(code).unwrap();
    let say = |key: &str| i18n::text(words, key, None);
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    let mut results = egui_kittest::SnapshotResults::new();
    for (width, height) in SIZES {
        let folder = tempfile::tempdir().unwrap();
        let document = example_in(code);
        let program = document.programs[0].title.get(code).to_owned();
        let options_here = carta::app::Options {
            language: Some(words),
            ..test_options(folder.path())
        };
        let mut harness = harness_sized(document, None, options_here, egui::vec2(width, height));
        harness.ctx.set_theme(egui::Theme::Light);
        let size = format!("{code}_{}x{}", width as u32, height as u32);
        let mut snap = |harness: &mut egui_kittest::Harness<'_, carta::app::CartaApp>, name| {
            harness.remove_cursor();
            harness.run_ok();
            results.add(harness.try_snapshot_options(format!("{name}_{size}"), &options));
        };

        nav(&mut harness, &say("panel-city"));
        snap(&mut harness, "city");

        nav(&mut harness, &say("panel-programs"));
        harness.get_by_label(&program).click();
        settle(&mut harness);
        snap(&mut harness, "programs");

        nav(&mut harness, &say("panel-year"));
        harness.get_by_label(&say("year-tab-progress")).click();
        settle(&mut harness);
        snap(&mut harness, "progress");

        nav(&mut harness, &say("panel-library"));
        snap(&mut harness, "library");

        // The overview's bars: Carta's own words on a slide.
        harness.key_press(Key::F5);
        settle(&mut harness);
        let (slides, _) = harness.state().presented_slides().unwrap();
        let heading = say("slide-groups");
        let bars = slides
            .iter()
            .position(|slide| slide.heading() == heading)
            .expect("an overview slide in the interface's language");
        for _ in 0..bars {
            harness.key_press(Key::ArrowRight);
        }
        settle(&mut harness);
        assert_eq!(harness.state().presented_slide(), Some(bars));
        snap(&mut harness, "slide");
    }
}

#[test]
fn catalan_screens_at_three_sizes() {
    screens_in("ca");
}

#[test]
fn portuguese_screens_at_three_sizes() {
    screens_in("pt");
}

#[test]
fn korean_screens_at_three_sizes() {
    screens_in("ko");
}
