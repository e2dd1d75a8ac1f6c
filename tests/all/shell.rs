//! The app shell as an officer meets it in a first hour: settings kept,
//! per-document state forgotten with its document, every panel's shortcut,
//! status messages in the current language that fade, and a content language
//! that changes only when the officer picks one.

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable};

use carta::model::Document;
use carta::store;
use carta::ui::Panel;

use crate::languages::choose_interface_language;
use crate::support::nav;
use crate::support::{harness_with, settle, wait};

type Harness = egui_kittest::Harness<'static, carta::app::CartaApp>;

#[test]
fn ctrl_7_opens_the_check_panel_and_the_menu_says_so() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num7);
    settle(&mut harness);
    assert_eq!(harness.state().panel(), Panel::Check);
    let shortcut = carta::app::Command::Show(Panel::Check).shortcuts();
    assert_eq!(shortcut.len(), 1, "the View menu shows Check's shortcut");
}

/// Clicks the catalogue row titled `title`.
fn select_row(harness: &mut Harness, title: &str) {
    harness.get_by_label(title).click();
    settle(harness);
}

#[test]
fn a_selection_never_survives_into_another_document() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Programs");
    select_row(&mut harness, "Community Outreach");
    assert!(harness.state().selected_program().is_some());
    // Another profile, with programs of the same ids, opened as from Open Recent.
    let mut other = Document::default();
    for title in ["Legal aid", "Housing first", "Shelter"] {
        let id = other.add_new_program(carta::i18n::Language::ENGLISH);
        let index = other.program_index(id).unwrap();
        other.programs[index].title.set("en", title);
    }
    let path = folder.path().join("other.ron");
    store::save(&other, &path).unwrap();
    harness.state_mut().request_open(path);
    settle(&mut harness);
    assert_eq!(harness.state().document().programs.len(), 3);
    assert_eq!(harness.state().selected_program(), None);
    assert!(harness.state().selection().is_empty());
    // The rows are the new document's, counted right, and none is highlighted.
    harness.get_by_label("3 shown of 3");
    assert!(
        harness
            .get_by_label("🗑 Delete")
            .accesskit_node()
            .is_disabled(),
        "no program is open to delete"
    );
}

#[test]
fn status_messages_follow_the_interface_language_and_fade() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness
        .state_mut()
        .queue(carta::app::Command::Show(Panel::City));
    crate::support::type_at_end(&mut harness, "Country", "!");
    crate::support::pause(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(harness.state().status_text().as_deref(), Some("Undone."));
    choose_interface_language(&mut harness, "View", "Español");
    let spanish = harness.state().status_text().expect("still shown");
    assert_ne!(spanish, "Undone.", "said again in Spanish");
    harness.get_by_label(&spanish);
    wait(&mut harness, 30.0);
    assert_eq!(harness.state().status_text(), None, "gone after a while");
}

#[test]
fn the_interface_language_never_changes_the_content_language() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    assert_eq!(harness.state().content_lang(), "en");
    choose_interface_language(&mut harness, "View", "Español");
    assert_eq!(
        harness.state().content_lang(),
        "en",
        "no side-by-side translation"
    );
    // The English texts are still the ones being edited.
    let title = harness.get_by_label("Cargo de la autoridad");
    assert_eq!(title.value().as_deref(), Some("Mayor"));
}

#[test]
fn a_settings_folder_that_cannot_be_written_is_told_once() {
    let folder = tempfile::tempdir().unwrap();
    // The settings folder's place is taken by a file.
    std::fs::write(folder.path().join("config"), "in the way").unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    choose_interface_language(&mut harness, "View", "Español");
    let told = harness.state().status_text().expect("the officer is told");
    assert!(told.contains("configuración"), "{told}");
    wait(&mut harness, 30.0);
    choose_interface_language(&mut harness, "Ver", "English");
    assert_eq!(
        harness.state().status_text(),
        None,
        "told once, not at every change"
    );
    assert!(
        harness
            .query_by_label_contains("could not be kept")
            .is_none()
    );
}

#[test]
fn a_new_aim_takes_the_keyboard() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Motivations");
    let before = harness.state().document().motivations.aims.len();
    harness.get_by_label("➕ Add an aim").click();
    settle(&mut harness);
    settle(&mut harness);
    // Typed right away, without a click into the field: the focus is there.
    assert!(
        harness
            .get_by_label(&format!("Aim {}", before + 1))
            .is_focused()
    );
    harness
        .get_by_label(&format!("Aim {}", before + 1))
        .type_text("Train every clerk");
    settle(&mut harness);
    let aims = &harness.state().document().motivations.aims;
    assert_eq!(aims.len(), before + 1);
    assert!(
        aims[before].get("en").contains("Train every clerk"),
        "{aims:?}"
    );
}

#[test]
fn a_new_program_opens_with_its_title_focused() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Programs");
    harness.get_by_label("➕ Add").click();
    settle(&mut harness);
    settle(&mut harness);
    assert!(harness.get_by_label("Title").is_focused());
}

#[test]
fn closing_while_asked_about_opening_asks_about_closing() {
    let folder = tempfile::tempdir().unwrap();
    let other = folder.path().join("other.ron");
    store::save(&Document::default(), &other).unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    crate::support::type_at_end(&mut harness, "Country", "!");
    harness.state_mut().request_open(other);
    settle(&mut harness);
    assert!(harness.state().is_asking_about_unsaved_changes());
    // The officer gives up and closes the window instead.
    crate::gui::request_close(&mut harness);
    settle(&mut harness);
    harness.get_by_label("Don't save").click();
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::Close),
        "the answer closes the window, not opens the other file"
    );
}
