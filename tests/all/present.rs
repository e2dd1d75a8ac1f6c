//! Presenting at a meeting: keys move through the slides, Esc comes back.

use egui::Key;
use egui_kittest::kittest::Queryable;

use carta::store;

use crate::support::nav;
use crate::support::{harness_with, settle};

#[test]
fn keys_move_through_the_slides_and_escape_returns_to_the_panel() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    document.programs[1].visibility = carta::model::Visibility::Internal;
    let mut harness = harness_with(document, None, folder.path());
    harness.set_size(egui::vec2(1280.0, 720.0));
    nav(&mut harness, "Policies");
    harness.key_press(Key::F5);
    settle(&mut harness);
    let slides = shown_slides(&harness);
    let count = slides.len();
    harness.get_by_label(&format!("Slide 1 / {count}: San Antonio (Chile)"));
    harness.key_press(Key::ArrowRight);
    settle(&mut harness);
    harness.get_by_label(&format!("Slide 2 / {count}: The city"));
    harness.key_press(Key::PageDown);
    harness.key_press(Key::Space);
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), Some(3));
    harness.key_press(Key::PageUp);
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), Some(2));
    harness.key_press(Key::End);
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), Some(count - 1));
    harness.key_press(Key::Num5);
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let heading = slides[4].heading().to_owned();
    harness.get_by_label(&format!("Slide 5 / {count}: {heading}"));
    let shown: Vec<String> = slides.iter().map(|s| format!("{s:?}")).collect();
    assert!(
        !shown.iter().any(|s| s.contains("Access to Justice")),
        "internal programs never appear"
    );
    harness.key_press(Key::Escape);
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), None);
    assert_eq!(
        harness.state().panel(),
        carta::ui::Panel::Policies,
        "back where the officer was"
    );
}

#[test]
fn snapshot_of_the_title_and_a_policy_slide() {
    let folder = tempfile::tempdir().unwrap();
    let document = store::embedded_profile();
    let mut harness = harness_with(document, None, folder.path());
    harness.set_size(egui::vec2(1280.0, 720.0));
    harness.ctx.set_theme(egui::Theme::Light);
    harness.key_press(Key::F5);
    settle(&mut harness);
    let policy = shown_slides(&harness)
        .iter()
        .position(|s| s.heading().starts_with("1. "))
        .unwrap()
        + 1;
    harness.remove_cursor();
    harness.run_steps(2);
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options("slide_title_light", &options);
    for digit in policy.to_string().chars() {
        harness.key_press(match digit {
            '1' => Key::Num1,
            '2' => Key::Num2,
            '3' => Key::Num3,
            '4' => Key::Num4,
            '5' => Key::Num5,
            '6' => Key::Num6,
            '7' => Key::Num7,
            '8' => Key::Num8,
            '9' => Key::Num9,
            _ => Key::Num0,
        });
    }
    harness.key_press(Key::Enter);
    settle(&mut harness);
    harness.remove_cursor();
    harness.run_steps(2);
    harness.snapshot_options("slide_policy_light", &options);
    harness.ctx.set_theme(egui::Theme::Dark);
    harness.run_steps(2);
    harness.snapshot_options("slide_policy_dark", &options);
}

#[test]
fn the_grid_jumps_to_a_slide_and_the_overview_has_bars() {
    let folder = tempfile::tempdir().unwrap();
    let document = store::embedded_profile();
    let mut harness = harness_with(document, None, folder.path());
    harness.set_size(egui::vec2(1280.0, 720.0));
    harness.ctx.set_theme(egui::Theme::Dark);
    harness.key_press(Key::F5);
    settle(&mut harness);
    let bars = shown_slides(&harness)
        .iter()
        .position(|s| s.heading() == "Who our programs serve")
        .expect("an overview slide");
    harness.key_press(Key::G);
    settle(&mut harness);
    // The last rows are scrolled into view (End), then the tile is clicked.
    harness.key_press(Key::End);
    settle(&mut harness);
    harness
        .get_by_label(&format!("{}. Who our programs serve", bars + 1))
        .click();
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), Some(bars));
    harness.remove_cursor();
    harness.run_steps(2);
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options("slide_overview_dark", &options);
    harness.key_press(Key::Home);
    settle(&mut harness);
    harness.remove_cursor();
    harness.run_steps(2);
    harness.snapshot_options("slide_title_dark", &options);
}

#[test]
fn the_presenter_view_shows_next_slide_notes_and_time() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    document.policies.areas[0].notes =
        carta::model::Localized::new("en", "Mention the 2023 results.");
    document.programs[0].notes = carta::model::Localized::new("en", "Thank the Red Cross.");
    let mut harness = harness_with(document, None, folder.path());
    harness.key_press(Key::F5);
    settle(&mut harness);
    harness.key_press(Key::P);
    settle(&mut harness);
    harness.get_by_label("Presenter view");
    harness.get_by_label("The city");
    // The current and next slides drawn as thumbnails.
    harness.get_by_label("Slide 1: San Antonio (Chile)");
    harness.get_by_label("Slide 2: The city");
    let (shown, _) = harness.state().presented_slides().unwrap();
    let area = shown
        .iter()
        .position(|s| s.heading().starts_with("1. "))
        .unwrap();
    let slides = shown.to_vec();
    for _ in 0..area {
        harness.key_press(Key::ArrowRight);
    }
    settle(&mut harness);
    harness.get_by_label_contains("Mention the 2023 results.");
    harness.get_by_label_contains("Community Programs: Thank the Red Cross.");
    harness.get_by_label(slides[area + 1].heading());
}

/// The sample presented at 1280×720 in the light theme.
fn presenting_the_sample() -> (
    tempfile::TempDir,
    egui_kittest::Harness<'static, carta::app::CartaApp>,
) {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.set_size(egui::vec2(1280.0, 720.0));
    harness.ctx.set_theme(egui::Theme::Light);
    harness.key_press(Key::F5);
    settle(&mut harness);
    (folder, harness)
}

#[test]
fn blank_is_black_and_a_key_then_only_brings_the_slide_back() {
    let (_folder, mut harness) = presenting_the_sample();
    harness.key_press(Key::ArrowRight);
    settle(&mut harness);
    harness.key_press(Key::B);
    settle(&mut harness);
    assert!(harness.state().is_blank());
    let image = harness.render().expect("a picture of the screen");
    let middle = image.get_pixel(image.width() / 2, image.height() / 2);
    assert_eq!(
        middle.0,
        [0, 0, 0, 255],
        "blank is black, not the slide's white"
    );
    harness.key_press(Key::ArrowRight);
    settle(&mut harness);
    assert!(!harness.state().is_blank());
    assert_eq!(
        harness.state().presented_slide(),
        Some(1),
        "unblanked, not moved on"
    );
    harness.key_press(Key::ArrowRight);
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), Some(2));
}

#[test]
fn a_slide_number_typed_shows_and_is_forgotten_when_another_key_moves() {
    let (_folder, mut harness) = presenting_the_sample();
    harness.key_press(Key::Num2);
    settle(&mut harness);
    harness.get_by_label("Go to slide 2 (Enter)");
    for _ in 0..3 {
        harness.key_press(Key::ArrowRight);
    }
    settle(&mut harness);
    assert!(harness.query_by_label("Go to slide 2 (Enter)").is_none());
    assert_eq!(harness.state().presented_slide(), Some(3));
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert_eq!(
        harness.state().presented_slide(),
        Some(4),
        "Enter goes on, not back to slide 2"
    );
}

#[test]
fn the_grid_moves_with_the_arrows_and_opens_with_enter() {
    let (_folder, mut harness) = presenting_the_sample();
    harness.key_press(Key::ArrowRight);
    settle(&mut harness);
    harness.key_press(Key::G);
    settle(&mut harness);
    harness.key_press(Key::ArrowRight);
    harness.key_press(Key::ArrowRight);
    settle(&mut harness);
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), Some(3));
    // Each tile is told apart by its number, even under one heading.
    let slides = shown_slides(&harness);
    let tiles: std::collections::HashSet<String> = (slides.iter().enumerate())
        .map(|(i, s)| format!("{}. {}", i + 1, s.heading()))
        .collect();
    assert_eq!(tiles.len(), slides.len());
    // Down goes a row down: four thumbnails a row at 1280 points wide.
    harness.key_press(Key::G);
    settle(&mut harness);
    harness.key_press(Key::ArrowDown);
    settle(&mut harness);
    harness.remove_cursor();
    harness.run_steps(2);
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options("slides_grid_1280x720", &options);
    harness.key_press(Key::ArrowUp);
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), Some(3 + 4));
}

#[test]
fn the_policies_introduction_is_presented_and_the_country_said_once() {
    let slides = carta::model::slides::whole_slides(
        &store::embedded_profile(),
        "en",
        carta::i18n::Language::for_content,
    );
    let introduction = slides
        .iter()
        .find(|s| s.heading() == "Our policies")
        .expect("a slide for the policies' introduction");
    assert!(
        introduction
            .preview()
            .starts_with("The Municipality of San Antonio has implemented"),
        "{introduction:?}"
    );
    let carta::model::slides::Slide::Title { city, lines } = &slides[0] else {
        panic!("a title slide first");
    };
    assert_eq!(city, "San Antonio (Chile)");
    assert!(!lines.iter().any(|l| l == "Chile"), "{lines:?}");
}

#[test]
fn an_empty_profile_says_there_is_nothing_to_present_yet() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(carta::model::Document::default(), None, folder.path());
    harness.key_press(Key::F5);
    settle(&mut harness);
    harness.get_by_label_contains("Nothing to present yet");
}

/// A profile made to break slides: a 120-character city name, a vision of
/// one 400-word paragraph, motivations in Chinese without a space, and a
/// policy area presenting 40 programs.
pub fn hostile_profile() -> carta::model::Document {
    use carta::model::{Localized, PolicyArea, Program};
    let mut document = carta::model::Document::default();
    let name = "Ciudad Autónoma Intercultural y Plurinacional de los Derechos Humanos y la Dignidad de Todas las Personas".to_owned();
    let name = format!(
        "{name}{}",
        " del Sur".repeat((120 - name.chars().count()) / 8)
    );
    document.city.name = Localized::new("en", name);
    document.city.country = Localized::new("en", "Bolivia");
    let sentence = "The city council, its neighbourhood boards and the ombudsman work together every week so that every resident can claim their rights in their own language. ";
    document.vision.prose = Localized::new("en", sentence.repeat(16).trim());
    document.motivations.introduction = Localized::new(
        "en",
        "人权城市是一个尊重每个人尊严并保障所有居民平等参与公共生活的城市".repeat(12),
    );
    let mut area = PolicyArea {
        title: Localized::new("en", "Services for every resident"),
        ..PolicyArea::default()
    };
    for n in 1..=40 {
        let id = document.allocate_program_id();
        let mut program = Program::new(id);
        program.title = Localized::new("en", format!("Program number {n} of the city"));
        program.summary = Localized::new("en", "A short summary of what it does for residents.");
        document.programs.push(program);
        area.programs.push(id);
    }
    document.policies.areas.push(area);
    document
}

#[test]
fn hostile_content_stays_above_the_footer_and_no_follow_on_slide_is_nearly_empty() {
    for (width, height) in [(1280.0, 720.0), (1024.0, 768.0), (1920.0, 1080.0)] {
        let folder = tempfile::tempdir().unwrap();
        let mut harness = harness_with(hostile_profile(), None, folder.path());
        harness.set_size(egui::vec2(width, height));
        harness.key_press(Key::F5);
        settle(&mut harness);
        let (slides, sources) = {
            let (slides, sources) = harness.state().presented_slides().expect("presenting");
            (slides.to_vec(), sources.to_vec())
        };
        let mut fullness: Vec<(usize, f32)> = Vec::new();
        for index in 0..slides.len() {
            assert_eq!(harness.state().presented_slide(), Some(index));
            if let carta::model::slides::Slide::Text { heading, .. } = &slides[index] {
                let (bottom, lines) = harness.state().presented_lines().expect("lines drawn");
                for line in &lines {
                    assert!(
                        line.bottom() <= bottom + 0.5,
                        "{width}x{height}, slide {} “{heading}”: a line ends at {} below the body's end {bottom}",
                        index + 1,
                        line.bottom()
                    );
                }
                let top = lines.first().map_or(bottom, egui::Rect::top);
                let used = lines.last().map_or(0.0, egui::Rect::bottom) - top;
                fullness.push((sources[index], used / (bottom - top)));
            }
            harness.key_press(Key::ArrowRight);
            settle(&mut harness);
        }
        // Every part spread over several slides fills each to a third at least.
        for (source, full) in &fullness {
            let parts = fullness.iter().filter(|(s, _)| s == source).count();
            if parts > 1 {
                assert!(
                    *full >= 0.33,
                    "{width}x{height}: a slide of part {source} is {:.0} % full: {fullness:?}",
                    full * 100.0
                );
            }
        }
        // The 400-word vision and the 40 programs cannot fit one slide each.
        assert!(
            slides.len() >= 8,
            "{width}x{height}: {} slides",
            slides.len()
        );
    }
}

#[test]
fn snapshots_of_the_slides_at_16_9_and_4_3_light_and_dark() {
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    let mut results = egui_kittest::SnapshotResults::new();
    for (width, height) in [(1280.0, 720.0), (1024.0, 768.0)] {
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let folder = tempfile::tempdir().unwrap();
            let mut harness = harness_with(store::embedded_profile(), None, folder.path());
            harness.set_size(egui::vec2(width, height));
            harness.ctx.set_theme(theme);
            harness.key_press(Key::F5);
            settle(&mut harness);
            let (slides, _) = harness.state().presented_slides().unwrap();
            let slides = slides.to_vec();
            let find = |wanted: &dyn Fn(&carta::model::slides::Slide) -> bool| {
                slides.iter().position(wanted).expect("such a slide")
            };
            let chosen = [
                ("title", 0),
                (
                    "text",
                    find(&|s| s.heading() == "Why we joined the campaign"),
                ),
                ("policy", find(&|s| s.heading().starts_with("1. "))),
                (
                    "overview",
                    find(&|s| s.heading() == "Who our programs serve"),
                ),
            ];
            let theme_name = if theme == egui::Theme::Dark {
                "dark"
            } else {
                "light"
            };
            for (name, index) in chosen {
                harness.key_press(Key::Home);
                for _ in 0..index {
                    harness.key_press(Key::ArrowRight);
                }
                settle(&mut harness);
                assert_eq!(harness.state().presented_slide(), Some(index));
                harness.remove_cursor();
                harness.run_steps(2);
                harness.snapshot_options(
                    format!("slide_{name}_{width}x{height}_{theme_name}"),
                    &options,
                );
                results.extend_harness(&mut harness);
            }
        }
    }
}

#[test]
fn a_long_city_name_and_leader_line_fit_the_title_and_closing_slides() {
    for (width, height) in [(1024.0, 768.0), (1280.0, 720.0), (1280.0, 800.0)] {
        let folder = tempfile::tempdir().unwrap();
        let mut document = hostile_profile();
        document.city.leader.name = "María Fernanda de los Ángeles Quispe Mamani".into();
        document.city.leader.title =
            carta::model::Localized::new("en", "Governor of the Autonomous Department");
        document.city.joined = Some(2023);
        let mut harness = harness_with(document, None, folder.path());
        harness.set_size(egui::vec2(width, height));
        harness.key_press(Key::F5);
        settle(&mut harness);
        for slide in ["title", "closing"] {
            let (bottom, lines) = harness.state().presented_lines().expect("drawn");
            assert!(lines.len() >= 2, "{slide}: {lines:?}");
            for line in &lines {
                assert!(
                    line.bottom() <= bottom + 0.5 && line.top() >= 0.0,
                    "{width}x{height} {slide}: {line:?} outside the room above the foot ({bottom})"
                );
                assert!(line.left() >= 0.0 && line.right() <= width, "{line:?}");
                // Each wrapped row centred: the block is symmetric about the middle.
                let middle = (line.left() + line.right()) / 2.0;
                assert!(
                    (middle - width / 2.0).abs() < 2.0,
                    "{slide}: {line:?} not centred"
                );
            }
            harness.key_press(Key::End);
            settle(&mut harness);
        }
    }
}

/// The slides being presented, as laid out for the window.
fn shown_slides(
    harness: &egui_kittest::Harness<'_, carta::app::CartaApp>,
) -> Vec<carta::model::slides::Slide> {
    let (slides, _) = harness.state().presented_slides().expect("presenting");
    slides.to_vec()
}

#[test]
fn with_one_screen_p_shows_the_presenter_view_in_place_and_brings_the_slides_back() {
    let (_folder, mut harness) = presenting_the_sample();
    let count = shown_slides(&harness).len();
    harness.key_press(Key::ArrowRight);
    settle(&mut harness);
    harness.key_press(Key::P);
    settle(&mut harness);
    // In the same window (tests have one screen), saying the room sees it.
    harness.get_by_label("Presenter view");
    harness.get_by_label("One screen: the room sees this view. P brings the slides back.");
    harness.get_by_label("Slide 2: The city");
    assert!(
        harness
            .query_by_label(&format!("Slide 2 / {count}: The city"))
            .is_none(),
        "the slide gives way to the presenter view"
    );
    // Its keys still drive the show.
    harness.key_press(Key::ArrowRight);
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), Some(2));
    harness.key_press(Key::P);
    settle(&mut harness);
    let heading = shown_slides(&harness)[2].heading().to_owned();
    harness.get_by_label(&format!("Slide 3 / {count}: {heading}"));
    assert!(harness.query_by_label("Presenter view").is_none());
}

#[test]
fn snapshots_of_the_presenter_view_at_three_sizes() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    document.policies.areas[0].notes = carta::model::Localized::new(
        "en",
        "Mention the 2023 results: 1,200 residents reached by the community programs.",
    );
    let mut harness = harness_with(document, None, folder.path());
    harness.ctx.set_theme(egui::Theme::Light);
    harness.key_press(Key::F5);
    settle(&mut harness);
    let area = shown_slides(&harness)
        .iter()
        .position(|s| s.heading().starts_with("1. "))
        .unwrap();
    for _ in 0..area {
        harness.key_press(Key::ArrowRight);
    }
    harness.key_press(Key::P);
    settle(&mut harness);
    // The clock on the wall changes from run to run: a few digits' pixels.
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(1500);
    for (width, height) in [(1024.0, 600.0), (1366.0, 768.0), (1920.0, 1080.0)] {
        harness.set_size(egui::vec2(width, height));
        settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(2);
        harness.get_by_label_contains("Mention the 2023 results");
        harness.snapshot_options(format!("presenter_view_{width}x{height}"), &options);
    }
}

#[test]
fn no_slide_of_the_sample_holds_one_item_of_the_list_before_it() {
    use carta::model::slides::{Line, Slide};
    // At 4:3 the first policy area's two items, one long sentence each,
    // cannot share a slide under its two-line "(continued)" heading: there
    // the second goes alone (said in the note).
    for (width, height) in [(1280.0, 720.0), (1280.0, 800.0), (1920.0, 1080.0)] {
        let folder = tempfile::tempdir().unwrap();
        let mut harness = harness_with(store::embedded_profile(), None, folder.path());
        harness.set_size(egui::vec2(width, height));
        harness.key_press(Key::F5);
        settle(&mut harness);
        let slides = shown_slides(&harness);
        let lines = |slide: &Slide| match slide {
            Slide::Text { lines, .. } => lines.clone(),
            _ => Vec::new(),
        };
        for pair in slides.windows(2) {
            let (this, next) = (lines(&pair[0]), lines(&pair[1]));
            let alone = matches!(next.as_slice(), [Line::Bullet(_)])
                && matches!(this.last(), Some(Line::Bullet(_)));
            assert!(
                !alone,
                "{width}x{height}: “{}” holds one item of the list before it",
                pair[1].heading()
            );
        }
    }
}

#[test]
fn no_slide_of_the_sample_holds_only_the_introduction_of_a_list() {
    use carta::model::slides::{Line, Slide};
    for (width, height) in [(1280.0, 720.0), (1024.0, 768.0), (1280.0, 800.0)] {
        let folder = tempfile::tempdir().unwrap();
        let mut harness = harness_with(store::embedded_profile(), None, folder.path());
        harness.set_size(egui::vec2(width, height));
        harness.key_press(Key::F5);
        settle(&mut harness);
        for slide in shown_slides(&harness) {
            if let Slide::Text { lines, heading, .. } = &slide {
                let lone = matches!(
                    lines.as_slice(),
                    [Line::Paragraph(text)] if text.trim_end().ends_with(':')
                );
                assert!(!lone, "{width}x{height}: “{heading}” holds only {lines:?}");
            }
        }
    }
}

/// The sample's slides at 16:9, 16:10 and 4:3: no slide ends with a list's
/// introduction while its list starts on the next (a 1024×768 slide ended
/// with "…non-discrimination:"), and no slide of a part spread over several
/// holds one sentence alone ("2. Education…" had such a slide, 70 % empty).
#[test]
fn the_samples_parts_spread_evenly_with_each_list_after_its_introduction() {
    use carta::model::slides::{Line, Slide};
    for (width, height) in [(1280.0, 720.0), (1280.0, 800.0), (1024.0, 768.0)] {
        let folder = tempfile::tempdir().unwrap();
        let mut harness = harness_with(store::embedded_profile(), None, folder.path());
        harness.set_size(egui::vec2(width, height));
        harness.key_press(Key::F5);
        settle(&mut harness);
        let (slides, sources) = {
            let (slides, sources) = harness.state().presented_slides().expect("presenting");
            (slides.to_vec(), sources.to_vec())
        };
        let lines = |slide: &Slide| match slide {
            Slide::Text { lines, .. } => lines.clone(),
            _ => Vec::new(),
        };
        // At 4:3 "2. Education…"'s introduction and its two items are
        // taller than a slide's body, and an item alone is worse: there the
        // introduction ends the slide before (said in the note of issue 30).
        let four_by_three = (width / height - 4.0 / 3.0).abs() < 0.01;
        for index in 1..slides.len() {
            if four_by_three {
                break;
            }
            let (before, after) = (lines(&slides[index - 1]), lines(&slides[index]));
            let split_list = sources[index - 1] == sources[index]
                && matches!(before.last(), Some(Line::Paragraph(text)) if text.trim_end().ends_with(':'))
                && matches!(after.first(), Some(Line::Bullet(_)));
            assert!(
                !split_list,
                "{width}x{height}: slide {index} ends with the introduction of the list on slide {}",
                index + 1
            );
        }
        // A part spread over several slides never leaves one sentence alone
        // on a slide, but where the only other cuts would end a slide with
        // a list's introduction or leave an item alone ("2. Education…" at
        // 16:9: a sentence, then the introduction and its two items, which
        // cannot share one slide): the introduction stays with its list.
        for (index, slide) in slides.iter().enumerate() {
            let parts = sources.iter().filter(|s| **s == sources[index]).count();
            let alone = matches!(
                lines(slide).as_slice(),
                [Line::Paragraph(text)] if !text.trim_end_matches('.').contains(". ")
            );
            let next = slides.get(index + 1).map(lines).unwrap_or_default();
            let before_its_list = sources.get(index + 1) == Some(&sources[index])
                && matches!(next.as_slice(), [Line::Paragraph(intro), rest @ ..]
                    if intro.trim_end().ends_with(':')
                        && rest.iter().all(|l| matches!(l, Line::Bullet(_))));
            assert!(
                parts == 1 || !alone || before_its_list,
                "{width}x{height}: slide {} of “{}” holds one sentence: {:?}",
                index + 1,
                slide.heading(),
                lines(slide)
            );
        }
    }
}
