//! Stories of an officer using the real app, driven headless through kittest.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use carta::model::{Mandate, TargetGroup};
use carta::store;

use crate::support::{harness_with, nav, pause, settle, type_at_end};

fn saved_profile(folder: &std::path::Path) -> std::path::PathBuf {
    let path = folder.join("san-antonio.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    path
}

/// The San Antonio profile saved to a file in `folder`, open in the app.
fn open_saved_profile(
    folder: &std::path::Path,
) -> (
    std::path::PathBuf,
    egui_kittest::Harness<'static, carta::app::CartaApp>,
) {
    let path = saved_profile(folder);
    let harness = harness_with(store::load(&path).unwrap(), Some(path.clone()), folder);
    (path, harness)
}

#[test]
fn edit_every_panel_save_and_reopen() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved_profile(folder.path());

    // City
    type_at_end(&mut harness, "City name", " de Chile");

    // Vision
    nav(&mut harness, "Vision");
    type_at_end(&mut harness, "Vision text", " Every resident counts.");

    // Motivations: add an aim and write it
    nav(&mut harness, "Motivations");
    harness.get_by_label("➕ Add an aim").click();
    settle(&mut harness);
    type_at_end(&mut harness, "Aim 4", "Publish a yearly rights report.");

    // Policies: rename the third area
    nav(&mut harness, "Policies");
    harness
        .get_by_label("3. Institutional Strengthening through External Collaboration")
        .click();
    settle(&mut harness);
    type_at_end(&mut harness, "Area title", " and Networks");

    // Programs: give the first program a new target group
    nav(&mut harness, "Programs");
    harness.get_by_label("Community Programs").click();
    settle(&mut harness);
    harness.get_by_label("Women").scroll_to_me();
    settle(&mut harness);
    harness.get_by_label("Women").click();
    settle(&mut harness);

    assert!(harness.state().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    assert!(
        !harness.state().is_dirty(),
        "{:?}",
        harness.state().alert_message()
    );

    let reopened = store::load(&path).unwrap();
    assert_eq!(reopened.city.name.get("en"), "San Antonio de Chile");
    assert!(
        reopened
            .vision
            .prose
            .get("en")
            .ends_with("Every resident counts.")
    );
    assert_eq!(
        reopened.motivations.aims[3].get("en"),
        "Publish a yearly rights report."
    );
    assert_eq!(
        reopened.policies.areas[2].title.get("en"),
        "Institutional Strengthening through External Collaboration and Networks"
    );
    assert!(
        reopened.programs[0]
            .target_groups
            .contains(&TargetGroup::Women)
    );

    // The edit is on screen after reopening the file in a fresh app.
    let harness = harness_with(reopened, Some(path), folder.path());
    assert_eq!(
        harness.get_by_label("City name").value().as_deref(),
        Some("San Antonio de Chile")
    );
}

#[test]
fn undo_and_redo_with_every_shortcut() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    type_at_end(&mut harness, "Leader", " Jr.");
    pause(&mut harness);
    let leader = |h: &egui_kittest::Harness<'_, carta::app::CartaApp>| {
        h.state().document().city.leader.name.clone()
    };
    assert_eq!(leader(&harness), "Omar Vera Castro Jr.");
    assert_eq!(
        harness.state().window_title(),
        "● Untitled — San Antonio (Chile) — Carta",
        "the title marks unsaved changes"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(
        leader(&harness),
        "Omar Vera Castro",
        "a burst of typing is one step"
    );
    assert!(
        !harness.state().is_dirty(),
        "undo back to the saved state is clean"
    );

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    settle(&mut harness);
    assert_eq!(leader(&harness), "Omar Vera Castro Jr.");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    settle(&mut harness);
    assert_eq!(leader(&harness), "Omar Vera Castro Jr.");
    assert!(harness.state().is_dirty());
}

#[test]
fn undo_a_deleted_program() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Programs");
    harness.get_by_label("Internal Training").click();
    settle(&mut harness);
    harness.get_by_label("🗑 Delete").click();
    settle(&mut harness);
    assert_eq!(harness.state().document().programs.len(), 3);
    assert!(harness.state().document().policies.areas[1].programs.len() == 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(harness.state().document().programs.len(), 4);
    assert_eq!(
        harness.state().document().policies.areas[1].programs.len(),
        2
    );
}

pub fn request_close(harness: &mut egui_kittest::Harness<'_, carta::app::CartaApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
}

fn asked_to_close(harness: &egui_kittest::Harness<'_, carta::app::CartaApp>) -> (bool, bool) {
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    (
        commands.contains(&egui::ViewportCommand::CancelClose),
        commands.contains(&egui::ViewportCommand::Close),
    )
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());

    // Nothing to lose: the window just closes.
    request_close(&mut harness);
    assert_eq!(asked_to_close(&harness), (false, false));
    assert!(!harness.state().is_asking_about_unsaved_changes());

    type_at_end(&mut harness, "Country", "!");

    request_close(&mut harness);
    assert_eq!(
        asked_to_close(&harness),
        (true, false),
        "close is held back"
    );
    settle(&mut harness);
    harness.get_by_label("Save your changes?");
    harness.get_by_label("Cancel").click();
    settle(&mut harness);
    assert!(!harness.state().is_asking_about_unsaved_changes());
    assert_eq!(harness.state().document().city.country.get("en"), "Chile!");

    request_close(&mut harness);
    settle(&mut harness);
    harness.get_by_label("Don't save").click();
    harness.step();
    assert_eq!(asked_to_close(&harness), (false, true), "the window closes");
}

#[test]
fn saving_from_the_close_prompt_writes_the_file_then_closes() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved_profile(folder.path());
    type_at_end(&mut harness, "Country", "?");
    request_close(&mut harness);
    settle(&mut harness);
    harness.get_by_label("Save").click();
    harness.step();
    assert_eq!(asked_to_close(&harness), (false, true));
    assert_eq!(store::load(&path).unwrap().city.country.get("en"), "Chile?");
}

#[test]
fn opening_a_corrupt_file_shows_the_error_and_keeps_the_document() {
    let folder = tempfile::tempdir().unwrap();
    let bad = folder.path().join("broken.ron");
    std::fs::write(&bad, "(format_version: 1,\n city: (name: {\"en\": 42}))").unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    type_at_end(&mut harness, "Country", " (edited)");
    let before = harness.state().document().clone();

    // Through the menu-less path: the open command, then the typed-path window.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    harness.get_by_label("Don't save").click();
    settle(&mut harness);
    harness.get_by_label("File path").focus();
    harness
        .get_by_label("File path")
        .type_text(&bad.display().to_string());
    settle(&mut harness);
    harness.get_by_label("Open").click();
    settle(&mut harness);

    let message = harness.state().alert_message().expect("an error is shown");
    assert!(
        message.contains(&format!("{}:2:", bad.display())),
        "{message}"
    );
    harness.get_by_label_contains("broken.ron:2:");
    assert_eq!(
        *harness.state().document(),
        before,
        "the open document is untouched"
    );
    harness.get_by_label("OK").click();
    settle(&mut harness);
    assert!(harness.state().alert_message().is_none());
}

#[test]
fn open_a_file_through_the_typed_path_window_and_see_it() {
    let folder = tempfile::tempdir().unwrap();
    let other = folder.path().join("utrecht.ron");
    let mut document = store::embedded_profile();
    document.city.name.set("en", "Utrecht");
    document.city.qualifier.set("en", "Netherlands");
    document.city.mandate = Mandate::Text(carta::model::Localized::new("en", "4 years"));
    store::save(&document, &other).unwrap();

    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    harness.get_by_label("File path").focus();
    harness
        .get_by_label("File path")
        .type_text(&other.display().to_string());
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert_eq!(harness.state().path(), Some(other.as_path()));
    assert_eq!(
        harness.get_by_label("City name").value().as_deref(),
        Some("Utrecht")
    );
    assert_eq!(
        harness.get_by_label("Mandate in words").value().as_deref(),
        Some("4 years")
    );
    assert_eq!(
        harness.state().settings().recent_files.first(),
        Some(&other)
    );
}

#[test]
fn a_dropped_file_opens() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_profile(folder.path());
    let mut harness = harness_with(carta::model::Document::default(), None, folder.path());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(crate::support::DroppedPath(
            path.clone(),
        )));
    settle(&mut harness);
    assert_eq!(harness.state().path(), Some(path.as_path()));
    assert_eq!(
        harness.state().document().city.name.get("en"),
        "San Antonio"
    );
}

#[test]
fn new_document_after_the_prompt() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    type_at_end(&mut harness, "Country", "x");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    settle(&mut harness);
    assert!(harness.state().is_asking_about_unsaved_changes());
    harness.get_by_label("Don't save").click();
    settle(&mut harness);
    assert!(harness.state().document().programs.is_empty());
    assert_eq!(
        harness.get_by_label("City name").value().as_deref(),
        Some("")
    );
}

#[test]
fn save_as_through_the_typed_path_window() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("copy.ron");
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    settle(&mut harness);
    let field = harness.get_by_label("File path");
    assert!(
        field
            .value()
            .unwrap_or_default()
            .ends_with("san-antonio-chile.ron")
    );
    field.focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("File path")
        .type_text(&target.display().to_string());
    settle(&mut harness);
    harness.get_by_label("Save").click();
    settle(&mut harness);
    assert_eq!(
        crate::support::content(store::load(&target).unwrap()),
        store::embedded_profile()
    );
    assert_eq!(harness.state().path(), Some(target.as_path()));
}

#[test]
fn link_programs_to_a_policy_area_from_both_sides() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Policies");
    harness
        .get_by_label("3. Institutional Strengthening through External Collaboration")
        .click();
    settle(&mut harness);
    // From the area: pick a program from the catalogue.
    harness.get_by_label("Add a program").click();
    settle(&mut harness);
    harness.get_by_label("Internal Training").click();
    settle(&mut harness);
    let area = |h: &egui_kittest::Harness<'_, carta::app::CartaApp>| {
        h.state().document().policies.areas[2].programs.clone()
    };
    assert_eq!(area(&harness), vec![carta::model::ProgramId(3)]);

    // From the program: tick the area.
    nav(&mut harness, "Programs");
    harness.get_by_label("Community Outreach").click();
    settle(&mut harness);
    let checkbox = "3. Institutional Strengthening through External Collaboration";
    harness.get_by_label(checkbox).scroll_to_me();
    settle(&mut harness);
    harness.get_by_label(checkbox).click();
    settle(&mut harness);
    assert_eq!(
        area(&harness),
        vec![carta::model::ProgramId(3), carta::model::ProgramId(4)]
    );

    // Deleting the program removes its link; undo brings both back.
    harness.get_by_label("🗑 Delete").click();
    settle(&mut harness);
    assert_eq!(area(&harness), vec![carta::model::ProgramId(3)]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(
        area(&harness),
        vec![carta::model::ProgramId(3), carta::model::ProgramId(4)]
    );
}

#[test]
fn add_and_duplicate_programs() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Programs");
    harness.get_by_label("➕ Add").click();
    settle(&mut harness);
    assert_eq!(
        harness.get_by_label("Title").value().as_deref(),
        Some("New program")
    );
    harness.get_by_label("Title").focus();
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Title").type_text("Migrant Help Desk");
    settle(&mut harness);
    harness.get_by_label("Duplicate").click();
    settle(&mut harness);
    let doc = harness.state().document();
    let titles: Vec<&str> = doc.programs.iter().map(|p| p.title.get("en")).collect();
    assert_eq!(
        &titles[4..],
        ["Migrant Help Desk", "Migrant Help Desk (copy)"]
    );
    let ids: Vec<u32> = doc.programs.iter().map(|p| p.id.0).collect();
    assert_eq!(ids, vec![1, 2, 3, 4, 5, 6], "new ids, never reused");
    harness.get_by_label("6 shown of 6");
    type_at_end(&mut harness, "Search", "help desk");
    harness.get_by_label("2 shown of 6");
}

#[test]
fn the_vision_as_answers_to_the_campaign_questions() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Vision");
    harness
        .get_by_label("Answers to the campaign's questions")
        .click();
    settle(&mut harness);
    let question = carta::model::vocab::vision_question(carta::i18n::Language::ENGLISH, 1);
    type_at_end(&mut harness, &question, "Because they are shared by all.");
    let vision = &harness.state().document().vision;
    assert_eq!(vision.form, carta::model::VisionForm::Questions);
    assert_eq!(
        vision.answers[1].get("en"),
        "Because they are shared by all."
    );
    assert!(!vision.prose.is_empty(), "the prose is kept when switching");
}
