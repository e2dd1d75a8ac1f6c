//! Pictures of each panel, compared with the checked-in ones under `tests/snapshots`.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use carta::store;

use carta::app::CartaApp;
use egui_kittest::Harness;

use crate::support::{harness_with, settle};

fn snapshot_panel(panel: &str, select: Option<&str>, dark: bool) {
    snapshot_panel_at(panel, select, None, dark, &panel.to_lowercase());
}

fn snapshot_panel_at(
    panel: &str,
    select: Option<&str>,
    scroll_to: Option<&str>,
    dark: bool,
    name: &str,
) {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    if dark {
        harness.ctx.set_theme(egui::Theme::Dark);
    } else {
        harness.ctx.set_theme(egui::Theme::Light);
    }
    let theme = if dark { "dark" } else { "light" };
    show_and_snapshot(
        &mut harness,
        panel,
        select,
        scroll_to,
        &format!("{name}_{theme}"),
    );
}

/// Opens `panel` through the side bar, clicks `select` and scrolls to
/// `scroll_to` if asked, then compares the window with snapshot `name`.
fn show_and_snapshot(
    harness: &mut Harness<'_, CartaApp>,
    panel: &str,
    select: Option<&str>,
    scroll_to: Option<&str>,
    name: &str,
) {
    harness.get_by_role_and_label(Role::Button, panel).click();
    settle(harness);
    if let Some(label) = select {
        // A table row's cell by its exact text (the row itself is named
        // with its kind and status too), else the start of a title.
        match harness.query_by_label(label) {
            Some(node) => node.click(),
            None => harness.get_by_label_contains(label).click(),
        }
        settle(harness);
    }
    if let Some(label) = scroll_to {
        harness.get_by_label(label).scroll_to_me();
        settle(harness);
    }
    harness.remove_cursor();
    harness.run_ok();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options(name, &options);
}

#[test]
fn city_panel() {
    snapshot_panel("City", None, false);
}

#[test]
fn city_panel_dark() {
    snapshot_panel("City", None, true);
}

#[test]
fn vision_panel() {
    snapshot_panel("Vision", None, false);
}

#[test]
fn motivations_panel() {
    snapshot_panel("Motivations", None, false);
}

#[test]
fn policies_panel() {
    snapshot_panel("Policies", Some("1. Cross-Cutting"), false);
}

#[test]
fn programs_panel() {
    snapshot_panel("Programs", Some("Community Programs"), false);
}

#[test]
fn program_details() {
    snapshot_panel_at(
        "Programs",
        Some("Community Programs"),
        Some("Women"),
        false,
        "program_details",
    );
}

#[test]
fn overview_panel() {
    snapshot_panel("Overview", None, false);
}

#[test]
fn check_panel() {
    snapshot_panel("Check", None, false);
}

/// A panel with the interface in Spanish, editing the Spanish translation
/// side by side with the English source.
fn snapshot_in_spanish(panel: &str, select: Option<&str>, name: &str) {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = crate::support::harness_speaking(
        store::embedded_profile(),
        None,
        folder.path(),
        carta::i18n::Language::SPANISH,
    );
    harness.ctx.set_theme(egui::Theme::Light);
    harness.get_by_label("Idioma del contenido").click();
    settle(&mut harness);
    harness.get_by_label("Español").click();
    settle(&mut harness);
    show_and_snapshot(&mut harness, panel, select, None, name);
}

#[test]
fn city_panel_in_spanish_side_by_side() {
    snapshot_in_spanish("Ciudad", None, "city_es_light");
}

#[test]
fn policies_panel_in_spanish_side_by_side() {
    snapshot_in_spanish(
        "Políticas",
        Some("1. Enfoque transversal"),
        "policies_es_light",
    );
}

#[test]
fn programs_panel_in_spanish() {
    snapshot_in_spanish(
        "Programas",
        Some("Programas comunitarios"),
        "programs_es_light",
    );
}

#[test]
fn overview_panel_in_spanish() {
    snapshot_in_spanish("Panorama", None, "overview_es_light");
}

/// The Overview and the Programs panel (a program open) at a small laptop's,
/// a common laptop's and a desktop's size: at 1024×600 the charts keep their
/// article numbers and the editor its room under the toolbar.
#[test]
fn overview_and_programs_at_three_sizes() {
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    let mut results = egui_kittest::SnapshotResults::new();
    for (width, height) in [(1024.0, 600.0), (1366.0, 768.0), (1920.0, 1080.0)] {
        let folder = tempfile::tempdir().unwrap();
        let mut harness = crate::support::harness_sized(
            store::embedded_profile(),
            None,
            crate::support::test_options(folder.path()),
            egui::vec2(width, height),
        );
        harness.ctx.set_theme(egui::Theme::Light);
        let size = format!("{width}x{height}");
        crate::support::nav(&mut harness, "Overview");
        harness.remove_cursor();
        harness.run_ok();
        results.add(harness.try_snapshot_options(format!("overview_{size}"), &options));
        crate::support::nav(&mut harness, "Programs");
        harness.get_by_label("Community Programs").click();
        settle(&mut harness);
        harness.remove_cursor();
        harness.run_ok();
        results.add(harness.try_snapshot_options(format!("programs_{size}"), &options));
    }
}
