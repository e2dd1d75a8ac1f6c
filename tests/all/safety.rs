//! Nothing lost: autosave and recovery, saves that fail, files changed on disk.

use egui_kittest::kittest::Queryable;

use carta::store;

use crate::support::type_at_end;
use crate::support::{harness_with, open_saved, settle, wait, wait_for};

type Harness = egui_kittest::Harness<'static, carta::app::CartaApp>;

/// An unsaved profile is edited, autosaved, and the app dies; a new one starts.
fn restart_after_a_crash(folder: &std::path::Path) -> Harness {
    let mut harness = harness_with(store::embedded_profile(), None, folder);
    type_at_end(&mut harness, "Country", "!");
    wait(&mut harness, 6.0);
    drop(harness);
    harness_with(store::embedded_profile(), None, folder)
}

#[test]
fn unsaved_work_comes_back_after_a_crash() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved(folder.path());
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
    let mut harness = restart_after_a_crash(folder.path());
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
    let (_path, mut harness) = open_saved(folder.path());
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
    settle(&mut harness);
    assert!(
        std::fs::read_to_string(&recovery)
            .unwrap()
            .contains("Chile!?")
    );
}

fn colleague_saves(path: &std::path::Path, country: &str) {
    let mut theirs = store::embedded_profile();
    theirs.city.country.set("en", country);
    store::save(&theirs, path).unwrap();
}

#[test]
fn a_change_by_another_program_is_noticed_and_can_be_reloaded() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved(folder.path());
    settle(&mut harness);
    colleague_saves(&path, "República de Chile");
    assert!(wait_for(&mut harness, "was changed by another program"));
    harness.get_by_label("Reload theirs").click();
    settle(&mut harness);
    assert_eq!(
        harness.state().document().city.country.get("en"),
        "República de Chile"
    );
    assert!(!harness.state().is_dirty());
}

#[test]
fn saving_never_overwrites_newer_work_silently() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved(folder.path());
    type_at_end(&mut harness, "Leader", " (acting)");
    // The colleague's save lands; whether or not the watcher saw it, Ctrl+S must ask.
    colleague_saves(&path, "Chile (their edit)");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    settle(&mut harness);
    assert!(wait_for(&mut harness, "was changed by another program"));
    assert_eq!(
        store::load(&path).unwrap().city.country.get("en"),
        "Chile (their edit)"
    );
    assert!(
        harness.state().is_dirty(),
        "my changes are still here, unsaved"
    );
    harness.get_by_label("View both").click();
    settle(&mut harness);
    // Field by field, in the officer's words, not two RON texts.
    assert!(harness.query_by_label_contains("City · Country").is_some());
    assert!(harness.query_by_label("Chile (their edit)").is_some());
    assert!(harness.query_by_label_contains("City · Leader").is_some());
}

#[test]
fn a_deleted_file_is_noticed_and_can_be_saved_again() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved(folder.path());
    type_at_end(&mut harness, "Country", "!");
    std::fs::remove_file(&path).unwrap();
    assert!(wait_for(&mut harness, "was deleted or moved"));
    harness.get_by_label("Save mine again here").click();
    settle(&mut harness);
    assert_eq!(store::load(&path).unwrap().city.country.get("en"), "Chile!");
    assert!(!harness.state().is_dirty());
}

#[test]
fn a_failed_save_keeps_the_document_open_and_unsaved() {
    let folder = tempfile::tempdir().unwrap();
    let inner = folder.path().join("drive");
    std::fs::create_dir(&inner).unwrap();
    let path = inner.join("profile.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    let mut harness = harness_with(
        store::load(&path).unwrap(),
        Some(path.clone()),
        folder.path(),
    );
    type_at_end(&mut harness, "Country", "!");
    // The shared drive goes away, and a file takes the folder's name.
    std::fs::remove_dir_all(&inner).unwrap();
    std::fs::write(&inner, "not a folder").unwrap();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    settle(&mut harness);
    if harness.state().alert_message().is_none() {
        // The watcher saw the file vanish first: saving it again here is the way.
        harness.get_by_label("Save mine again here").click();
        settle(&mut harness);
    }
    let message = harness
        .state()
        .alert_message()
        .expect("the failure is explained");
    assert!(message.contains("could not be saved"), "{message}");
    assert!(message.contains("Save As"), "{message}");
    assert!(harness.state().is_dirty());
    assert_eq!(harness.state().document().city.country.get("en"), "Chile!");
}

fn snapshot(harness: &mut Harness, name: &str) {
    harness.remove_cursor();
    harness.run_steps(3);
    // The status bar shows the temporary folder's random name.
    harness.mask(egui::Rect::from_min_size(
        egui::pos2(0.0, 766.0),
        egui::vec2(1280.0, 34.0),
    ));
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options(name, &options);
}

#[test]
fn snapshot_of_the_restore_offer() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = restart_after_a_crash(folder.path());
    harness.ctx.set_theme(egui::Theme::Light);
    snapshot(&mut harness, "restore_offer_light");
}

#[test]
fn snapshot_of_the_file_changed_prompt() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved(folder.path());
    harness.ctx.set_theme(egui::Theme::Light);
    colleague_saves(&path, "Chile (their edit)");
    assert!(wait_for(&mut harness, "was changed by another program"));
    snapshot(&mut harness, "file_changed_light");
}
