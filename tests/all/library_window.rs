//! The Other cities panel as an officer uses it: open a folder as a library,
//! search, filter, read a program, copy it into the open profile and undo,
//! compare two cities with the officer's; snapshots at three sizes.

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use carta::app::CartaApp;
use carta::model::{Document, Localized, PopulationRange, Program, Region, TargetGroup};
use carta::store;

use crate::support::{harness_sized, harness_with, settle, test_options, wait_for};

/// One city with one program.
fn city(
    name: &str,
    country: &str,
    region: Region,
    program: (&str, &[u8], TargetGroup, u8),
) -> Document {
    let mut document = Document::default();
    document.city.name = Localized::new("en", name);
    document.city.qualifier = Localized::new("en", country);
    document.city.country = Localized::new("en", country);
    document.city.region = Some(region);
    document.city.population = Some(PopulationRange::From50kTo250k);
    let (title, rights, group, goal) = program;
    let id = document.allocate_program_id();
    let mut added = Program::new(id);
    added.title = Localized::new("en", title);
    added.summary = Localized::new("en", "Open every weekday at the town hall.");
    added.rights = rights.to_vec();
    added.target_groups = vec![group];
    added.sdgs = vec![goal];
    document.programs.push(added);
    document
}

/// Vienna and Bilbao (San Antonio's size, in Europe), Gwangju (in Korean,
/// elsewhere) and a profile cut off mid-file.
fn library_folder() -> (tempfile::TempDir, std::path::PathBuf) {
    let parent = tempfile::tempdir().unwrap();
    // A name of its own: the panel shows it, and snapshots must not vary.
    let folder = parent.path().join("campaign-library");
    std::fs::create_dir(&folder).unwrap();
    let vienna = city(
        "Vienna",
        "Austria",
        Region::Europe,
        (
            "Housing first for homeless people",
            &[23, 25],
            TargetGroup::Homeless,
            11,
        ),
    );
    let bilbao = city(
        "Bilbao",
        "Spain",
        Region::Europe,
        (
            "Legal aid office for migrants",
            &[8, 14],
            TargetGroup::Migrants,
            16,
        ),
    );
    let mut bilbao = bilbao;
    bilbao.programs[0].description = Localized::new(
        "en",
        "With lawyers of the *INDH*, **free**:\n\n- asylum\n- residence",
    );
    let mut gwangju = city(
        "광주",
        "대한민국",
        Region::AsiaPacific,
        ("인권 옴부즈맨 사무소", &[8], TargetGroup::AllResidents, 16),
    );
    gwangju.city.population = Some(PopulationRange::Above5m);
    for (file, document) in [
        ("vienna.ron", vienna),
        ("bilbao.ron", bilbao),
        ("gwangju.ron", gwangju),
    ] {
        store::save(&document, &folder.join(file)).unwrap();
    }
    std::fs::write(
        folder.join("broken.ron"),
        "(format_version: 1, city: (name: {\"en\": \"Cut",
    )
    .unwrap();
    (parent, folder)
}

/// Opens `library` by File ▸ Open library… (Ctrl+Shift+O) and a typed path,
/// and waits for the worker thread to read it.
fn open_library(harness: &mut Harness<'_, CartaApp>, library: &Path) {
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    settle(harness);
    harness
        .get_by_label("File path")
        .type_text(&library.display().to_string());
    harness.key_press(Key::Enter);
    settle(harness);
    let heading = "campaign-library: 3 profiles, 3 programs";
    assert!(wait_for(harness, heading), "the library is read");
    assert!(!harness.state().is_reading_library());
    settle(harness);
}

#[test]
fn an_officer_searches_other_cities_filters_reads_copies_and_undoes() {
    let folder = tempfile::tempdir().unwrap();
    let (_keep, library) = library_folder();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    open_library(&mut harness, &library);
    assert_eq!(harness.state().panel(), carta::ui::Panel::Library);
    harness.get_by_label("One file could not be read");
    harness.get_by_label("3 programs in 3 cities");

    harness.get_by_label("Find").click();
    harness.get_by_label("Find").type_text("legal aid");
    settle(&mut harness);
    harness.get_by_label("1 program in 1 city");
    assert!(
        harness
            .query_by_label("Housing first for homeless people")
            .is_none()
    );

    // The same words in Korean find Gwangju's office.
    harness.get_by_label("Find").focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Find").type_text("옴부즈맨");
    settle(&mut harness);
    harness.get_by_label("인권 옴부즈맨 사무소");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    settle(&mut harness);

    if harness.query_by_label("Filter by region").is_none() {
        harness.get_by_label("Filters").click();
        settle(&mut harness);
    }
    harness.get_by_label("Filter by region").click();
    settle(&mut harness);
    harness.get_by_label("Asia-Pacific").click();
    settle(&mut harness);
    harness.get_by_label("1 program in 1 city");
    harness.get_by_label("Clear filters").click();
    settle(&mut harness);
    harness.get_by_label("3 programs in 3 cities");

    harness
        .get_by_label("Legal aid office for migrants")
        .click();
    settle(&mut harness);
    harness.get_by_label_contains("From Bilbao (Spain) · ");
    // The description reads as written, without Markdown's marks.
    harness.get_by_label("With lawyers of the INDH, free:");
    harness.get_by_label("• asylum");
    assert!(harness.query_by_label_contains("*INDH*").is_none());
    harness.get_by_label("Copy into my profile").click();
    settle(&mut harness);
    let document = harness.state().document();
    assert_eq!(document.programs.len(), 5);
    let copy = document.programs.last().unwrap();
    assert_eq!(copy.title.get("en"), "Legal aid office for migrants");
    assert_eq!(copy.origin.as_deref(), Some("Bilbao (Spain)"));
    assert!(
        harness
            .state()
            .status_text()
            .is_some_and(|s| s.contains("copied from Bilbao (Spain)")),
        "{:?}",
        harness.state().status_text()
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(harness.state().document().programs.len(), 4, "undone");

    // Several at once, from two cities, as one step.
    harness
        .get_by_label("Tick Legal aid office for migrants to copy it")
        .click();
    harness
        .get_by_label("Tick Housing first for homeless people to copy it")
        .click();
    settle(&mut harness);
    harness
        .get_by_label("Copy the 2 ticked programs into my profile")
        .click();
    settle(&mut harness);
    assert_eq!(harness.state().document().programs.len(), 6);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(harness.state().document().programs.len(), 4, "one step");
    assert!(
        harness
            .query_by_label("Copy ticked programs into my profile")
            .is_some_and(|button| button.accesskit_node().is_disabled()),
        "nothing ticked: the button is there but disabled"
    );
    for file in ["vienna.ron", "bilbao.ron", "gwangju.ron"] {
        assert!(store::load(&library.join(file)).is_ok(), "{file} untouched");
    }
}

#[test]
fn an_officer_compares_two_cities_and_reads_the_gaps() {
    let folder = tempfile::tempdir().unwrap();
    let (_keep, library) = library_folder();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    open_library(&mut harness, &library);
    harness
        .get_by_label("Compare Vienna (Austria) with my city")
        .click();
    harness
        .get_by_label("Compare Bilbao (Spain) with my city")
        .click();
    settle(&mut harness);
    harness.get_by_label("Compare (2)").click();
    settle(&mut harness);
    assert!(
        harness
            .query_all_by_label("San Antonio (Chile) (yours)")
            .count()
            >= 3,
        "heads the table and the charts"
    );
    harness.get_by_label("Rights addressed");
    harness.get_by_label("8 / 30");
    harness.get_by_label_contains("Bilbao (Spain) addresses article 14 (");
    harness.get_by_label_contains("Vienna (Austria) addresses article 23 (");
    harness.get_by_label_contains("Vienna (Austria) addresses goal 11 (");
    harness.get_by_label(
        "2 cities in the library are of your size (Cities between 50,000 and 250,000 inhabitants).",
    );
    harness.get_by_label_contains("One city of your size addresses article 14 (");
    harness
        .get_by_label("Remove Vienna (Austria) from the comparison")
        .click();
    settle(&mut harness);
    harness.get_by_label("Compare (1)");
    assert!(
        harness
            .query_by_label_contains("Vienna (Austria) addresses")
            .is_none()
    );
}

#[test]
fn every_gap_of_a_comparison_can_be_read() {
    let folder = tempfile::tempdir().unwrap();
    let (_keep, library) = library_folder();
    // A new profile: every right, goal and group of the others is a gap.
    let mut mine = Document::default();
    mine.city.name = Localized::new("en", "Mayo");
    let mut harness = harness_with(mine, None, folder.path());
    open_library(&mut harness, &library);
    for city in ["Vienna (Austria)", "Bilbao (Spain)", "광주 (대한민국)"] {
        harness
            .get_by_label(&format!("Compare {city} with my city"))
            .click();
    }
    settle(&mut harness);
    harness.get_by_label("Compare (3)").click();
    settle(&mut harness);
    let gaps_shown = |harness: &Harness<'_, CartaApp>| {
        harness
            .query_all_by_label_contains("and you do not.")
            .count()
    };
    let before = gaps_shown(&harness);
    harness.get_by_label("…and 1 more.").scroll_to_me();
    settle(&mut harness);
    harness.get_by_label("…and 1 more.").click();
    settle(&mut harness);
    assert_eq!(gaps_shown(&harness), before + 1, "the ninth gap opens");
}

#[test]
fn snapshots_of_the_library_and_a_comparison() {
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    let mut results = egui_kittest::SnapshotResults::new();
    let (_keep, library) = library_folder();
    for (width, height) in [(1024.0, 600.0), (1366.0, 768.0), (1920.0, 1080.0)] {
        let folder = tempfile::tempdir().unwrap();
        let mut harness = harness_sized(
            store::embedded_profile(),
            None,
            test_options(folder.path()),
            egui::vec2(width, height),
        );
        harness.ctx.set_theme(egui::Theme::Light);
        open_library(&mut harness, &library);
        harness
            .get_by_label("Legal aid office for migrants")
            .click();
        if let Some(tick) = harness.query_by_label("Tick 인권 옴부즈맨 사무소 to copy it")
        {
            tick.click();
        }
        settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(2);
        harness.snapshot_options(format!("library_search_{width}x{height}"), &options);
        results.extend_harness(&mut harness);

        harness
            .get_by_label("Compare Bilbao (Spain) with my city")
            .click();
        settle(&mut harness);
        harness
            .get_by_label("Compare 광주 (대한민국) with my city")
            .click();
        settle(&mut harness);
        harness.get_by_label("Compare (2)").click();
        settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(2);
        harness.snapshot_options(format!("library_compare_{width}x{height}"), &options);
        results.extend_harness(&mut harness);
    }
}
