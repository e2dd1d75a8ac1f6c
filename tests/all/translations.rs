//! A language a city adds itself: Help ▸ Translate Carta… writes the
//! phrases, a translator edits them, Carta reads them back and speaks them;
//! nothing a translation holds can break the window.
//!
//! The table of languages is the process's: each test uses a language code
//! of its own.

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use carta::i18n::{self, Language};
use carta::store;

use crate::support::{harness_with, settle};

fn translations(folder: &Path) -> std::path::PathBuf {
    folder.join("config").join("translations")
}

fn menu(harness: &mut egui_kittest::Harness<'_, carta::app::CartaApp>, path: &[&str]) {
    harness.get_by_role_and_label(Role::Button, path[0]).click();
    settle(harness);
    for item in &path[1..] {
        harness.get_by_label_contains(item).click();
        settle(harness);
    }
}

/// Picks the interface language whose menu entry starts with `entry`. Other
/// tests add and remove languages of the process's table while this one
/// runs, which can move the menu's entries between two frames: the pick is
/// checked, and tried again if it missed.
fn pick_language(
    harness: &mut egui_kittest::Harness<'_, carta::app::CartaApp>,
    entry: &str,
    code: &str,
) {
    for _ in 0..5 {
        let view = i18n::text(harness.state().language(), "menu-view", None);
        menu(harness, &[&view, "Interface language", entry]);
        if harness.state().language().code() == code {
            return;
        }
        harness.key_press(egui::Key::Escape);
        settle(harness);
    }
    panic!("{entry} could not be picked");
}

/// Replaces the whole line of `id` in `file`.
fn edit_phrase(file: &Path, id: &str, text: &str) {
    let old = std::fs::read_to_string(file).unwrap();
    let new: Vec<String> = old
        .lines()
        .map(|line| {
            if line.starts_with(&format!("{id} =")) {
                format!("{id} = {text}")
            } else {
                line.to_owned()
            }
        })
        .collect();
    assert_ne!(old.lines().count(), 0);
    std::fs::write(file, new.join("\n") + "\n").unwrap();
}

#[test]
fn a_translator_writes_two_phrases_and_carta_speaks_them_after_a_restart() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    menu(&mut harness, &["Help", "Translate Carta…"]);
    harness
        .get_by_label("Search a language by its name")
        .type_text("Basque");
    settle(&mut harness);
    harness.get_by_label_contains("(eu)").click();
    settle(&mut harness);

    // Every file, English as the text to replace and beside it as a comment.
    let basque = translations(folder.path()).join("eu");
    for file in i18n::FLUENT_FILES {
        assert!(basque.join(file).is_file(), "{file}");
    }
    let app = basque.join("app.ftl");
    let written = std::fs::read_to_string(&app).unwrap();
    assert!(written.contains("# English: Save\ncommand-save = Save\n"));
    assert!(basque.join("guide.md").is_file());
    let status = harness.state().status_text().unwrap_or_default();
    assert!(status.contains("translations"), "{status}");

    edit_phrase(&app, "menu-file", "Fitxategia");
    edit_phrase(&app, "command-save", "Gorde");
    drop(harness);

    // The next start reads it; the View menu says how far it is.
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    menu(&mut harness, &["View", "Interface language"]);
    // Of every phrase there is to translate (not "JSON (.json)").
    let all = i18n::message_ids(Language::ENGLISH).len();
    let entry = harness.get_by_label_contains("Euskara — 2 of ");
    let label = entry.accesskit_node().label().unwrap_or_default();
    let total: usize = label
        .split_whitespace()
        .find_map(|word| word.parse().ok().filter(|n| *n > 2))
        .unwrap();
    assert!(total > all - 40 && total < all, "{label}");
    harness.key_press(egui::Key::Escape);
    settle(&mut harness);
    pick_language(&mut harness, "Euskara — 2 of ", "eu");
    harness
        .get_by_role_and_label(Role::Button, "Fitxategia")
        .click();
    settle(&mut harness);
    harness.get_by_label_contains("Gorde");
    // Every other phrase is English's.
    harness.get_by_label_contains("Save As…");
    harness.get_by_role_and_label(Role::Button, "Edit");
    drop(harness);

    // A broken phrase is reported with its file, line and column, and the
    // rest of the translation still speaks.
    let broken = std::fs::read_to_string(&app).unwrap() + "menu-edit = Editatu {\n";
    // The broken phrase's own line.
    let line = broken.lines().count();
    std::fs::write(&app, broken).unwrap();
    let harness = harness_with(store::embedded_profile(), None, folder.path());
    let alert = harness.state().alert_message().unwrap_or_default();
    assert!(
        alert.contains(&format!("eu/app.ftl, line {line}, column")),
        "{alert}"
    );
    assert_eq!(harness.state().language().code(), "eu");
    harness.get_by_role_and_label(Role::Button, "Fitxategia");
}

/// Writes a translation folder `code` under `folder`'s translations with
/// `app` as its app.ftl.
fn plant(folder: &Path, code: &str, app: &str) -> std::path::PathBuf {
    let language = translations(folder).join(code);
    std::fs::create_dir_all(&language).unwrap();
    std::fs::write(language.join("app.ftl"), app).unwrap();
    language
}

#[test]
fn nothing_a_translation_holds_breaks_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let hostile = "\
menu-file = { no-such-phrase }
menu-edit = { cycle-a }
cycle-a = { cycle-b }
cycle-b = { cycle-a }
menu-view = <b>Vista</b> <script>alert(1)</script>
menu-help = مساعدة
command-save = { $nothing } { -no-term } { NUMBER(\"x\") }
";
    plant(folder.path(), "tr", hostile);
    // A file far larger than any translation is refused, not read.
    let huge = plant(folder.path(), "sw", "menu-file = Faili\n");
    std::fs::write(huge.join("panels.ftl"), "a = b\n".repeat(300_000)).unwrap();
    let options = carta::app::Options {
        language: Some(Language::ENGLISH),
        ..crate::support::test_options(folder.path())
    };
    let mut harness = crate::support::harness_sized(
        store::embedded_profile(),
        None,
        options,
        egui::vec2(1024.0, 600.0),
    );
    let alert = harness.state().alert_message().unwrap_or_default();
    assert!(alert.contains("panels.ftl"), "{alert}");
    harness.key_press(egui::Key::Escape);
    settle(&mut harness);
    pick_language(&mut harness, "Türkçe", "tr");
    // A phrase naming what is not there, or going round in circles, is English.
    harness.get_by_role_and_label(Role::Button, "File");
    harness.get_by_role_and_label(Role::Button, "Edit");
    // Markup is only text; right-to-left text is a menu like any other.
    harness.get_by_role_and_label(Role::Button, "<b>Vista</b> <script>alert(1)</script>");
    harness.get_by_role_and_label(Role::Button, "مساعدة");
    // The huge file is left out; the rest of that translation is used.
    pick_language(&mut harness, "Swahili", "sw");
    harness.get_by_role_and_label(Role::Button, "Faili");
}

#[test]
fn a_translation_with_a_built_in_code_or_no_code_is_left_out_and_said() {
    let folder = tempfile::tempdir().unwrap();
    plant(folder.path(), "es", "menu-file = Fichero\n");
    plant(folder.path(), "not a language", "menu-file = Fichier\n");
    // Thousands of stray files beside the translations change nothing.
    let root = translations(folder.path());
    for index in 0..2000 {
        std::fs::write(root.join(format!("stray-{index}.txt")), "").unwrap();
    }
    plant(folder.path(), "fy", "menu-file = Triem\n");
    let harness = harness_with(store::embedded_profile(), None, folder.path());
    let alert = harness.state().alert_message().unwrap_or_default();
    assert!(alert.contains("Español"), "{alert}");
    assert!(alert.contains("not a language"), "{alert}");
    assert_eq!(i18n::text(Language::SPANISH, "menu-file", None), "Archivo");
    let frisian = Language::from_code("fy").expect("the good one is added");
    assert_eq!(i18n::text(frisian, "menu-file", None), "Triem");
}

#[test]
fn a_translations_folder_that_is_a_file_is_said_and_carta_starts() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(folder.path().join("config")).unwrap();
    std::fs::write(translations(folder.path()), "not a folder").unwrap();
    let harness = harness_with(store::embedded_profile(), None, folder.path());
    let alert = harness.state().alert_message().unwrap_or_default();
    assert!(alert.contains("translations"), "{alert}");
    harness.get_by_role_and_label(Role::Button, "File");
}

#[test]
fn settings_naming_a_removed_translation_start_in_english_and_say_so() {
    let folder = tempfile::tempdir().unwrap();
    let config = folder.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("settings.ron"),
        "(interface_language: Some(\"xh\"), welcomed: true)",
    )
    .unwrap();
    let harness = harness_with(store::embedded_profile(), None, folder.path());
    assert_eq!(harness.state().language(), Language::ENGLISH);
    let status = harness.state().status_text().unwrap_or_default();
    assert!(status.contains("(xh) is no longer there"), "{status}");
}

#[test]
fn a_colleagues_translation_folder_is_added_from_the_view_menu() {
    let folder = tempfile::tempdir().unwrap();
    let sent = tempfile::tempdir().unwrap();
    let welsh = sent.path().join("cy");
    std::fs::create_dir_all(&welsh).unwrap();
    std::fs::write(welsh.join("app.ftl"), "menu-file = Ffeil\n").unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    // The menu's entry is a command button like any other; other tests'
    // languages can move it between two frames (see `pick_language`).
    harness
        .state_mut()
        .queue(carta::app::Command::AddTranslation);
    settle(&mut harness);
    // Dialogs are off in tests: the path is typed.
    harness.get_by_label("File path").focus();
    harness
        .get_by_label("File path")
        .type_text(&welsh.display().to_string());
    settle(&mut harness);
    harness.get_by_label("Open").click();
    settle(&mut harness);
    assert!(translations(folder.path()).join("cy/app.ftl").is_file());
    pick_language(&mut harness, "Cymraeg —", "cy");
    harness.get_by_role_and_label(Role::Button, "Ffeil");
}

#[test]
fn a_regional_translation_falls_back_to_its_language_and_hides_nothing() {
    let folder = tempfile::tempdir().unwrap();
    // Saved by Notepad "with BOM"; only one phrase given.
    plant(folder.path(), "es-MX", "\u{feff}menu-file = Archivo MX\n");
    let harness = harness_with(store::embedded_profile(), None, folder.path());
    assert!(harness.state().alert_message().is_none());
    let mexican = Language::from_code("es-MX").expect("added");
    assert_eq!(i18n::text(mexican, "menu-file", None), "Archivo MX");
    // Every other phrase in Spanish, not English.
    assert_eq!(i18n::text(mexican, "menu-edit", None), "Edición");
    // The campaign's Spanish page stays Spanish for Mexican texts.
    assert_eq!(Language::of_campaign_page("es-MX"), Some(Language::SPANISH));
    assert_eq!(Language::of_campaign_page("es"), Some(Language::SPANISH));
}

#[test]
fn a_translation_whose_folder_is_removed_leaves_the_list_when_read_again() {
    let folder = tempfile::tempdir().unwrap();
    let language = plant(folder.path(), "gd", "menu-file = Faidhle\n");
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    assert!(Language::from_code("gd").is_some());
    std::fs::remove_dir_all(&language).unwrap();
    menu(&mut harness, &["View", "Interface language"]);
    // Clicked as a screen reader does, by the item itself: other tests add
    // languages to the process's table above it, which can move it between
    // the frame that found it and the click (a pointer would then pick a
    // language instead, as seen in CI on 2026-12-07).
    (harness.get_by_label_contains("Read translations again")).click_accesskit();
    settle(&mut harness);
    assert!(Language::from_code("gd").is_none());
}

/// Help ▸ Translate Carta… at a small laptop's, a common laptop's and a
/// desktop's size, "Basque" typed: each row says what picking it does.
#[test]
fn the_translate_window_at_three_sizes() {
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
        harness
            .state_mut()
            .queue(carta::app::Command::TranslateCarta);
        settle(&mut harness);
        harness
            .get_by_label("Search a language by its name")
            .type_text("Basque");
        settle(&mut harness);
        harness.get_by_label("Translate into Euskara — Basque (eu)");
        harness.remove_cursor();
        harness.run_ok();
        let name = format!("translate_window_{}x{}", width as u32, height as u32);
        results.add(harness.try_snapshot_options(name, &options));
    }
}

/// Writes `files` into a zip at `path`, each under `prefix`.
fn zip_of(path: &Path, prefix: &str, files: &[(&str, &str)]) {
    use std::io::Write as _;
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, text) in files {
        zip.start_file(
            format!("{prefix}{name}"),
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
}

#[test]
fn a_translation_mailed_as_a_zip_or_picked_by_one_of_its_files_is_added() {
    let folder = tempfile::tempdir().unwrap();
    let sent = tempfile::tempdir().unwrap();
    let settings = folder.path().join("config");
    // A zip of the folder, as an archiver makes it.
    let zipped = sent.path().join("mailed.zip");
    zip_of(
        &zipped,
        "mt/",
        &[("app.ftl", "menu-file = Fajl\n"), ("notes.txt", "ignored")],
    );
    let news = store::translations::add_from(&zipped, &settings);
    assert!(news.iter().all(|news| !news.is_problem()), "{news:?}");
    let maltese = Language::from_code("mt").expect("added from its zip");
    assert_eq!(i18n::text(maltese, "menu-file", None), "Fajl");
    assert!(translations(folder.path()).join("mt/app.ftl").is_file());
    assert!(!translations(folder.path()).join("mt/notes.txt").exists());
    // A zip of the files alone is named by the zip.
    let flat = sent.path().join("lb.zip");
    zip_of(&flat, "", &[("app.ftl", "menu-file = Fichier LB\n")]);
    store::translations::add_from(&flat, &settings);
    assert!(Language::from_code("lb").is_some());
    // Any file of a folder names the folder (a dialog picks files).
    let irish = sent.path().join("ga");
    std::fs::create_dir_all(&irish).unwrap();
    std::fs::write(irish.join("app.ftl"), "menu-file = Comhad\n").unwrap();
    store::translations::add_from(&irish.join("app.ftl"), &settings);
    let irish = Language::from_code("ga").expect("added from one of its files");
    assert_eq!(i18n::text(irish, "menu-file", None), "Comhad");
    // A zip that is no zip is said, and nothing is added.
    let broken = sent.path().join("se.zip");
    std::fs::write(&broken, "not a zip").unwrap();
    let news = store::translations::add_from(&broken, &settings);
    assert!(news.iter().any(store::translations::News::is_problem));
    assert!(Language::from_code("se").is_none());
}
