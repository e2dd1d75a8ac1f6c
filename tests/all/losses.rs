//! Nothing lost: saves, backups, exports, recovery and change detection under
//! a full disk, a hostile colleague and odd file systems.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use carta::store;

use crate::support::{harness_with, open_saved, settle, wait, wait_for};
use crate::support::{nav, type_at_end};

type Harness = egui_kittest::Harness<'static, carta::app::CartaApp>;

/// Runs `carta ARGS` where no file may grow past `blocks` KiB, as on a disk
/// that fills up: writes past it fail (the signal that would kill is ignored).
#[cfg(unix)]
fn carta_on_a_full_disk(blocks: u32, args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" \"$@\""
        ))
        .arg(env!("CARGO_BIN_EXE_carta"))
        .args(args)
        .env("LC_ALL", "C")
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn a_disk_that_fills_while_the_backup_is_made_leaves_the_previous_backup_whole() {
    let folder = tempfile::tempdir().unwrap();
    let page = folder.path().join("page.txt");
    std::fs::copy("tests/data/san-antonio-chile.txt", &page).unwrap();
    let profile = folder.path().join("p.ron");
    // The old version is large; the new one (the imported page) is small, so
    // only copying the old version to the backup runs into the full disk.
    std::fs::write(&profile, "old version ".repeat(50_000)).unwrap();
    std::fs::write(store::backup_path(&profile), "the last good backup").unwrap();
    let output = carta_on_a_full_disk(
        200,
        &[
            "import".as_ref(),
            page.as_os_str(),
            "-o".as_ref(),
            profile.as_os_str(),
        ],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.contains("previous version"), "{stderr}");
    assert!(!stderr.contains(".carta-"), "no temporary names: {stderr}");
    assert_eq!(
        std::fs::read_to_string(store::backup_path(&profile)).unwrap(),
        "the last good backup"
    );
    assert_eq!(
        std::fs::read_to_string(&profile).unwrap(),
        "old version ".repeat(50_000)
    );
}

#[test]
fn file_names_of_255_bytes_save_again_and_again() {
    let folder = tempfile::tempdir().unwrap();
    let name = format!("{}.ron", "a".repeat(251));
    assert_eq!(name.len(), 255);
    let path = folder.path().join(&name);
    let document = store::embedded_profile();
    store::save(&document, &path).unwrap();
    store::save(&document, &path).expect("the second save keeps a backup that fits");
    store::save(&document, &path).expect("and the third");
    assert!(store::backup_path(&path).exists());
    assert_eq!(store::load(&path).unwrap(), document);
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_keeps_the_link() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("real.ron");
    let link = folder.path().join("link.ron");
    let mut document = store::embedded_profile();
    store::save(&document, &target).unwrap();
    std::os::unix::fs::symlink(&target, &link).unwrap();
    document
        .city
        .country
        .set("en", "Chile (saved through the link)");
    store::save(&document, &link).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert_eq!(store::load(&target).unwrap(), document);
    assert!(
        store::backup_path(&target).exists(),
        "the backup is beside the target"
    );
}

#[test]
fn a_profile_too_large_to_open_again_is_never_written() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("huge.ron");
    let mut document = carta::model::Document::default();
    let long = "x".repeat(carta::model::MAX_TEXT_CHARS);
    for _ in 0..700 {
        let id = document.add_new_program(carta::i18n::Language::ENGLISH);
        let index = document.program_index(id).unwrap();
        document.programs[index].description.set("en", long.clone());
    }
    let error = store::save(&document, &path).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("too large for Carta to open again"),
        "{error}"
    );
    assert!(!path.exists());
}

#[test]
fn a_same_size_change_that_keeps_the_time_is_noticed_before_saving() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved(folder.path());
    settle(&mut harness);
    type_at_end(&mut harness, "Leader", " (acting)");
    // A colleague's copy of the same length, put in place with `cp -p`:
    // the modification time is the old one.
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let mine = std::fs::read_to_string(&path).unwrap();
    let theirs = mine.replacen("Chile", "Chila", 1);
    assert_eq!(theirs.len(), mine.len());
    std::fs::write(&path, &theirs).unwrap();
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(before).unwrap();
    drop(file);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    assert!(wait_for(&mut harness, "was changed by another program"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        theirs,
        "their text is kept"
    );
    assert!(harness.state().is_dirty());
}

#[test]
fn restoring_a_stale_recovery_never_overwrites_newer_work() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved(folder.path());
    type_at_end(&mut harness, "Leader", " (acting)");
    wait(&mut harness, 6.0);
    assert!(harness.state().recovery_path().unwrap().exists());
    drop(harness);
    // After the crash, a colleague saves a newer version of the file.
    let mut theirs = store::embedded_profile();
    theirs.city.country.set("en", "Chile (their newer work)");
    store::save(&theirs, &path).unwrap();

    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.get_by_label("Restore").click();
    settle(&mut harness);
    let message = harness
        .state()
        .alert_message()
        .expect("the officer is told");
    assert!(message.contains("changed"), "{message}");
    harness.get_by_label("OK").click();
    settle(&mut harness);
    assert_eq!(
        harness.state().document().city.leader.name,
        "Omar Vera Castro (acting)"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    assert!(wait_for(&mut harness, "was changed by another program"));
    assert_eq!(
        store::load(&path).unwrap(),
        theirs,
        "their newer work is kept"
    );
}

#[test]
fn a_recovery_of_an_unchanged_file_saves_without_asking() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved(folder.path());
    type_at_end(&mut harness, "Leader", " (acting)");
    wait(&mut harness, 6.0);
    drop(harness);
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.get_by_label("Restore").click();
    settle(&mut harness);
    assert!(harness.state().alert_message().is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    assert_eq!(
        store::load(&path).unwrap().city.leader.name,
        "Omar Vera Castro (acting)"
    );
}

#[test]
fn a_failing_autosave_is_shown_in_the_window_until_it_works_again() {
    let folder = tempfile::tempdir().unwrap();
    // The recovery folder's place is taken by a file: no copy can be written.
    let recovery = folder.path().join("recovery");
    std::fs::write(&recovery, "in the way").unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    type_at_end(&mut harness, "Country", "!");
    wait(&mut harness, 6.0);
    assert!(harness.state().autosave_problem().is_some());
    harness.get_by_label_contains("Recovery copies cannot be written");
    std::fs::remove_file(&recovery).unwrap();
    type_at_end(&mut harness, "Country", "?");
    wait(&mut harness, 6.0);
    assert!(harness.state().autosave_problem().is_none());
    assert!(
        harness
            .query_by_label_contains("Recovery copies cannot be written")
            .is_none()
    );
    harness.get_by_label_contains("being written again");
}

/// Opens the typed-path window for `command` and confirms `path`.
fn type_path(harness: &mut Harness, path: &std::path::Path, confirm: &str) {
    harness.get_by_label("File path").focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("File path")
        .type_text(&path.display().to_string());
    settle(harness);
    harness.get_by_label(confirm).click();
    settle(harness);
}

#[test]
fn save_as_over_an_existing_file_asks_first() {
    let folder = tempfile::tempdir().unwrap();
    let other = folder.path().join("other-city.ron");
    std::fs::write(&other, "a colleague's profile").unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    settle(&mut harness);
    type_path(&mut harness, &other, "Save");
    assert!(harness.state().is_asking_to_overwrite());
    harness.get_by_label_contains("already exists");
    harness.get_by_label("Cancel").click();
    settle(&mut harness);
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        "a colleague's profile"
    );

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    settle(&mut harness);
    type_path(&mut harness, &other, "Save");
    harness.get_by_label("Replace it").click();
    settle(&mut harness);
    assert_eq!(
        crate::support::content(store::load(&other).unwrap()),
        store::embedded_profile()
    );
}

#[test]
fn an_export_never_replaces_the_open_profile() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved(folder.path());
    let before = std::fs::read(&path).unwrap();
    harness
        .state_mut()
        .queue(carta::app::Command::Export(carta::export::Format::Html));
    settle(&mut harness);
    // Spelled another way: the same file.
    let spelled = folder.path().join(".").join("shared.ron");
    type_path(&mut harness, &spelled, "Export");
    if harness.state().is_asking_to_overwrite() {
        harness.get_by_label("Replace it").click();
        settle(&mut harness);
    }
    let message = harness
        .state()
        .alert_message()
        .expect("the officer is told");
    assert!(message.contains("profile you have open"), "{message}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn new_programs_never_take_an_id_a_program_has() {
    let folder = tempfile::tempdir().unwrap();
    let text = store::to_ron(&carta::model::Document::default())
        .unwrap()
        .replace(
            "programs: [],",
            "programs: [(id: 4294967295, title: {\"en\": \"Top of the range\"})],",
        )
        .replace("next_program_id: 1", "next_program_id: 3");
    let document = store::parse(&text, "top.ron").unwrap();
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Programs");
    harness.get_by_label("➕ Add").click();
    settle(&mut harness);
    harness.get_by_label("Title").focus();
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Title")
        .type_text("Legal aid for migrants");
    settle(&mut harness);
    let titles: Vec<String> = (harness.state().document().programs.iter())
        .map(|p| p.title.get("en").to_owned())
        .collect();
    assert_eq!(titles, ["Top of the range", "Legal aid for migrants"]);
    let ids: Vec<u32> = (harness.state().document().programs.iter())
        .map(|p| p.id.0)
        .collect();
    assert_ne!(ids[0], ids[1]);
}

#[test]
fn a_huge_name_without_spaces_keeps_the_side_bar_usable() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let long = "Q".repeat(carta::model::MAX_TEXT_CHARS);
    document.city.qualifier.set("en", long.clone());
    let mut harness = harness_with(document, None, folder.path());
    settle(&mut harness);
    // The navigation is still on screen, clickable.
    nav(&mut harness, "Programs");
    assert_eq!(harness.state().panel(), carta::ui::Panel::Programs);
    let title = harness.state().window_title();
    assert!(title.chars().count() < 200, "{}", title.chars().count());
}

/// The question before replacing a file, over a window whose status bar says
/// recovery copies cannot be written: at a small laptop's, an office screen's
/// and a full-HD size.
#[test]
fn snapshot_of_the_overwrite_question_at_1024x600() {
    overwrite_question_at(1024.0, 600.0);
}

#[test]
fn snapshot_of_the_overwrite_question_at_1366x768() {
    overwrite_question_at(1366.0, 768.0);
}

#[test]
fn snapshot_of_the_overwrite_question_at_1920x1080() {
    overwrite_question_at(1920.0, 1080.0);
}

fn overwrite_question_at(width: f32, height: f32) {
    {
        let folder = tempfile::tempdir().unwrap();
        std::fs::write(folder.path().join("recovery"), "in the way").unwrap();
        let options = crate::support::test_options(folder.path());
        let mut harness = crate::support::harness_sized(
            store::embedded_profile(),
            None,
            options,
            egui::vec2(width, height),
        );
        harness.ctx.set_theme(egui::Theme::Light);
        type_at_end(&mut harness, "Country", "!");
        wait(&mut harness, 6.0);
        harness
            .state_mut()
            .queue(carta::app::Command::Export(carta::export::Format::Txt));
        settle(&mut harness);
        // A relative path, so the picture does not hold a temporary folder's name.
        type_path(
            &mut harness,
            std::path::Path::new("tests/data/san-antonio-chile.txt"),
            "Export",
        );
        assert!(harness.state().is_asking_to_overwrite());
        harness.remove_cursor();
        harness.run_steps(3);
        let options = egui_kittest::SnapshotOptions::new()
            .threshold(1.0)
            .max_failed_pixels(150);
        harness.snapshot_options(format!("overwrite_and_autosave_{width}x{height}"), &options);
        harness.get_by_label("Cancel").click();
        settle(&mut harness);
        assert!(!harness.state().is_asking_to_overwrite());
    }
    assert!(
        std::fs::read_to_string("tests/data/san-antonio-chile.txt")
            .unwrap()
            .starts_with("San Antonio (Chile)"),
        "the page is untouched"
    );
}

#[test]
fn a_colleagues_change_is_noticed_however_the_open_file_is_spelled() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = open_saved(folder.path());
    type_at_end(&mut harness, "Leader", " (acting)");
    let mut theirs = store::embedded_profile();
    theirs.city.country.set("en", "Chile (their edit)");
    store::save(&theirs, &path).unwrap();
    // Save As, typing the open file's name another way.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    settle(&mut harness);
    if harness.query_by_label("File path").is_some() {
        type_path(
            &mut harness,
            &folder.path().join(".").join("shared.ron"),
            "Save",
        );
    }
    assert!(wait_for(&mut harness, "was changed by another program"));
    assert_eq!(store::load(&path).unwrap(), theirs, "their work is kept");
}
