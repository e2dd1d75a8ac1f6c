//! Nothing lost: autosave and recovery, saves that fail, files changed on disk.

use egui_kittest::kittest::Queryable;

use carta::store;

use crate::gui::type_at_end;
use crate::support::{harness_with, settle};

type Harness = egui_kittest::Harness<'static, carta::app::CartaApp>;

/// Lets `seconds` of the app's clock pass, as an idle officer would.
fn wait(harness: &mut Harness, seconds: f64) {
    let time = harness.input().time.unwrap_or(0.0);
    harness.input_mut().time = Some(time + seconds);
    harness.run_steps(3);
}

#[test]
fn unsaved_work_comes_back_after_a_crash() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("san-antonio.ron");
    store::save(&store::embedded_profile(), &path).unwrap();

    let mut harness = harness_with(
        store::load(&path).unwrap(),
        Some(path.clone()),
        folder.path(),
    );
    type_at_end(&mut harness, "Leader", " (acting)");
    wait(&mut harness, 6.0);
    let recovery = harness.state().recovery_path().expect("autosave is on");
    assert!(recovery.exists(), "unsaved work is in the recovery file");
    assert_eq!(
        store::load(&path).unwrap().city.leader.name,
        "Omar Vera Castro",
        "the officer's own file is never written by autosave"
    );
    // The process dies: nothing of the app runs any more, the file stays.
    drop(harness);

    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    assert!(harness.state().is_offering_recovery());
    harness.get_by_label_contains("Carta closed without saving your changes to");
    harness.get_by_label("Restore").click();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.document().city.leader.name, "Omar Vera Castro (acting)");
    assert_eq!(app.path(), Some(path.as_path()));
    assert!(app.is_dirty(), "restored work still needs saving");
    assert!(
        !recovery.exists(),
        "the old recovery file is gone once handled"
    );
}

#[test]
fn discarding_the_recovery_forgets_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    type_at_end(&mut harness, "Country", "!");
    wait(&mut harness, 6.0);
    drop(harness);
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.get_by_label("Discard").click();
    settle(&mut harness);
    assert_eq!(harness.state().document().city.country.get("en"), "Chile");
    drop(harness);
    let harness = harness_with(store::embedded_profile(), None, folder.path());
    assert!(!harness.state().is_offering_recovery());
}

#[test]
fn saving_removes_the_recovery_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("profile.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    let mut harness = harness_with(
        store::load(&path).unwrap(),
        Some(path.clone()),
        folder.path(),
    );
    type_at_end(&mut harness, "Country", "!");
    wait(&mut harness, 6.0);
    let recovery = harness.state().recovery_path().unwrap();
    assert!(recovery.exists());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    settle(&mut harness);
    assert!(!recovery.exists(), "saved work needs no recovery");
}

#[test]
fn losing_the_focus_writes_the_recovery_file_at_once() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    type_at_end(&mut harness, "Country", "!");
    wait(&mut harness, 6.0);
    type_at_end(&mut harness, "Country", "?");
    let recovery = harness.state().recovery_path().unwrap();
    let before = std::fs::read_to_string(&recovery).unwrap();
    assert!(!before.contains("Chile!?"));
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .focused = Some(false);
    harness.run_steps(2);
    assert!(
        std::fs::read_to_string(&recovery)
            .unwrap()
            .contains("Chile!?")
    );
}
