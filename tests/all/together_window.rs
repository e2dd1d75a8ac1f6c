//! Working together in the window: Luis's copy merged into the officer's
//! through File ▸ Merge a colleague's copy…, a conflict settled, the merge
//! undone in one step; and File ▸ Compare with… listing the differences.

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use carta::model::lineage::stamp_new_version;
use carta::model::{Localized, ProgramStatus};
use carta::store;

use crate::support::{harness_with, settle};

type Harness = egui_kittest::Harness<'static, carta::app::CartaApp>;

fn menu(harness: &mut Harness, item: &str) {
    harness.get_by_label("File").click();
    settle(harness);
    harness.get_by_label(item).click();
    settle(harness);
}

fn type_path(harness: &mut Harness, path: &std::path::Path) {
    harness.get_by_label("File path").focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("File path")
        .type_text(&path.display().to_string());
    settle(harness);
    harness.get_by_label("Open").click();
    settle(harness);
}

#[test]
fn lucias_copy_and_luiss_merge_with_one_conflict_settled_and_undone_whole() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("valparaiso.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    let opened = store::load(&path).unwrap();
    let mut harness = harness_with(opened, Some(path.clone()), folder.path());
    // The officer saves: the version she mails to Luis.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let mailed = store::load(&path).unwrap();
    assert!(mailed.identity.is_some() && !mailed.lineage.is_empty());

    // Luis's Carta: two statuses and a new program, saved in his copy.
    let mut luis = mailed.clone();
    luis.programs[1].status = ProgramStatus::Completed;
    luis.programs[0].status = ProgramStatus::Discontinued;
    let id = luis.add_new_program(carta::i18n::Language::ENGLISH);
    if let Some(program) = luis.programs.iter_mut().find(|p| p.id == id) {
        program.title = Localized::new("en", "Legal aid");
    }
    stamp_new_version(&mut luis);
    let luis_path = folder.path().join("valparaiso-luis.ron");
    store::save(&luis, &luis_path).unwrap();

    // Meanwhile she changes the status of one of his programs, and saves.
    harness.state_mut().edit_document(|hers| {
        hers.programs[0].status = ProgramStatus::Paused;
        hers.vision.prose = Localized::new("en", "Her new vision.");
    });
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    std::thread::sleep(std::time::Duration::from_millis(300));

    menu(&mut harness, "Merge a colleague's copy…");
    type_path(&mut harness, &luis_path);
    assert!(
        harness
            .query_by_label_contains("1 field you both changed differently")
            .is_some(),
        "the one clash is asked about, with the version both started from"
    );
    harness
        .get_by_label_contains("Theirs: Discontinued")
        .click();
    settle(&mut harness);
    harness.get_by_label("Merge").click();
    settle(&mut harness);
    let merged = harness.state().document().clone();
    assert_eq!(merged.vision.prose.get("en"), "Her new vision.");
    assert_eq!(
        merged.programs[1].status,
        ProgramStatus::Completed,
        "his change"
    );
    assert_eq!(
        merged.programs[0].status,
        ProgramStatus::Discontinued,
        "settled: his"
    );
    assert!(
        merged
            .programs
            .iter()
            .any(|p| p.title.get("en") == "Legal aid")
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    let undone = harness.state().document();
    assert_eq!(
        undone.programs[0].status,
        ProgramStatus::Paused,
        "one undo step"
    );
    assert!(
        !undone
            .programs
            .iter()
            .any(|p| p.title.get("en") == "Legal aid")
    );
    crate::support::nav(&mut harness, "Overview");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    settle(&mut harness);

    // Saved: the history holds her three versions, the merge the newest.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    std::thread::sleep(std::time::Duration::from_millis(500));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    settle(&mut harness);
    let rows: Vec<String> = harness
        .query_all_by_label_contains(" — ")
        .map(|node| {
            node.accesskit_node()
                .label()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(rows.len(), 3, "{rows:#?}");
    assert!(rows[0].contains("1 program added"), "{rows:#?}");
    assert!(
        rows[1].contains("Vision edited; 1 program changed"),
        "{rows:#?}"
    );
    assert!(rows[2].contains("the first version kept here"), "{rows:#?}");
    // The first version and the merge, compared: his new program shows.
    harness.get_by_label(&rows[2]).click();
    settle(&mut harness);
    harness
        .get_by_label(&rows[0])
        .click_modifiers(Modifiers::COMMAND);
    settle(&mut harness);
    harness.get_by_label("Compare the two").click();
    settle(&mut harness);
    assert!(
        harness.query_by_label_contains("“Legal aid”").is_some(),
        "the program Luis added"
    );
    harness.get_by_label("Close").click();
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    settle(&mut harness);
    // The first version back, as a change of its own; undone in one step.
    harness.get_by_label(&rows[2]).click();
    settle(&mut harness);
    harness.get_by_label("Restore this version").click();
    settle(&mut harness);
    let restored = harness.state().document();
    assert_eq!(restored.programs[0].status, ProgramStatus::Active);
    assert!(
        !restored
            .programs
            .iter()
            .any(|p| p.title.get("en") == "Legal aid")
    );
    assert!(harness.state().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(
        harness.state().document().programs[0].status,
        ProgramStatus::Discontinued
    );
}

#[test]
fn compare_with_lists_each_difference_in_the_officers_words() {
    let folder = tempfile::tempdir().unwrap();
    let mut other = store::embedded_profile();
    other.programs[0].status = ProgramStatus::Completed;
    let other_path = folder.path().join("other.ron");
    store::save(&other, &other_path).unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    menu(&mut harness, "Compare with…");
    type_path(&mut harness, &other_path);
    assert!(harness.query_by_label("1 difference").is_some());
    assert!(harness.query_by_label_contains("· Status").is_some());
    // A click on the place goes to the field.
    harness
        .get_by_label_contains("“Community Programs” · Status")
        .click();
    settle(&mut harness);
    assert_eq!(harness.state().panel(), carta::ui::Panel::Programs);
    assert_eq!(
        harness.state().selected_program(),
        Some(other.programs[0].id)
    );
    assert!(
        harness.query_by_label("1 difference").is_none(),
        "the list closed"
    );
}

#[test]
fn a_comparison_of_thousands_of_differences_lays_out_only_what_shows() {
    let folder = tempfile::tempdir().unwrap();
    let mine = carta::model::synthetic::profile_with_programs(3_000, 7);
    let mut other = mine.clone();
    for program in other.programs.iter_mut() {
        program.status = match program.status {
            ProgramStatus::Completed => ProgramStatus::Paused,
            _ => ProgramStatus::Completed,
        };
    }
    let other_path = folder.path().join("other.ron");
    store::save(&other, &other_path).unwrap();
    let mut harness = harness_with(mine, None, folder.path());
    menu(&mut harness, "Compare with…");
    type_path(&mut harness, &other_path);
    assert!(harness.query_by_label("3000 differences").is_some());
    let drawn = harness.query_all_by_label_contains("· Status").count();
    assert!(
        (3..100).contains(&drawn),
        "{drawn} of 3000 differences laid out"
    );
    // Scrolled to the end, the last ones show.
    let list = (harness.query_all_by_label_contains("· Status").next())
        .unwrap()
        .rect()
        .center();
    for _ in 0..200 {
        harness.event(egui::Event::PointerMoved(list));
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Page,
            delta: egui::vec2(0.0, -50.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run_ok();
    }
    let last = harness.state().document().programs.last().unwrap().id.0;
    assert!(
        harness
            .query_by_label_contains(&format!("Program #{last} “"))
            .is_some(),
        "the last difference shows at the end"
    );
}

#[test]
fn the_merge_and_compare_windows_at_1024x600() {
    merge_and_compare_windows_at(1024.0, 600.0);
}

#[test]
fn the_merge_and_compare_windows_at_1366x768() {
    merge_and_compare_windows_at(1366.0, 768.0);
}

#[test]
fn the_merge_and_compare_windows_at_1920x1080() {
    merge_and_compare_windows_at(1920.0, 1080.0);
}

/// The merge window (two conflicts, Arabic and Korean among them) and the
/// compare window, snapshotted at one window size.
fn merge_and_compare_windows_at(width: f32, height: f32) {
    {
        let folder = tempfile::tempdir().unwrap();
        let base = store::embedded_profile();
        let mut theirs = base.clone();
        theirs.programs[0].status = ProgramStatus::Completed;
        theirs.programs[1]
            .title
            .set("en", "برنامج الوصول إلى العدالة");
        theirs
            .vision
            .prose
            .set("en", "광주는 모든 사람의 인권이 존중되는 도시입니다.");
        // One phrase changed in a long text: marked in the words.
        let spanish = (base.vision.prose.get("es")).replace("primer lugar", "lugar principal");
        theirs.vision.prose.set("es", spanish);
        let theirs_path = folder.path().join("luis.ron");
        store::save(&theirs, &theirs_path).unwrap();
        let mut mine = base.clone();
        mine.programs[0].status = ProgramStatus::Paused;
        mine.programs[1]
            .title
            .set("en", "Access to justice for all");
        let options = crate::support::test_options(folder.path());
        let mut harness =
            crate::support::harness_sized(mine, None, options, egui::vec2(width, height));
        let size = format!("{}x{}", width as u32, height as u32);
        let snapshot = |harness: &mut Harness, name: &str| {
            harness.remove_cursor();
            harness.run_ok();
            let options = egui_kittest::SnapshotOptions::new()
                .threshold(1.0)
                .max_failed_pixels(150);
            harness.snapshot_options(format!("{name}_{size}"), &options);
        };
        menu(&mut harness, "Merge a colleague's copy…");
        type_path(&mut harness, &theirs_path);
        assert!(harness.query_by_label("Merge").is_some(), "{size}");
        snapshot(&mut harness, "merge_copy");
        harness.get_by_label("Cancel").click();
        settle(&mut harness);
        menu(&mut harness, "Compare with…");
        type_path(&mut harness, &theirs_path);
        snapshot(&mut harness, "compare_with");
    }
}

#[test]
fn the_history_window_at_1024x600() {
    history_window_at(1024.0, 600.0);
}

#[test]
fn the_history_window_at_1366x768() {
    history_window_at(1366.0, 768.0);
}

#[test]
fn the_history_window_at_1920x1080() {
    history_window_at(1920.0, 1080.0);
}

/// The history after three saves (one a rename in Korean), snapshotted.
fn history_window_at(width: f32, height: f32) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("gwangju.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    let options = crate::support::test_options(folder.path());
    let mut harness = crate::support::harness_sized(
        store::load(&path).unwrap(),
        Some(path),
        options,
        egui::vec2(width, height),
    );
    // Her name, given once in the history window, goes beside her versions.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    settle(&mut harness);
    harness
        .get_by_label("Your name, shown beside the versions you save:")
        .focus();
    harness
        .get_by_label("Your name, shown beside the versions you save:")
        .type_text("이지은");
    settle(&mut harness);
    harness.get_by_label("Close").click();
    settle(&mut harness);
    let edits: [&dyn Fn(&mut carta::model::Document); 3] = [
        &|document| document.vision.prose.set("en", "광주는 인권 도시입니다."),
        &|document| document.programs[0].status = ProgramStatus::Completed,
        &|document| {
            document.add_new_program(carta::i18n::Language::ENGLISH);
        },
    ];
    for edit in edits {
        harness.state_mut().edit_document(edit);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
        settle(&mut harness);
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    settle(&mut harness);
    harness.get_by_label("Your name, shown beside the versions you save:");
    let rows = harness.query_all_by_label_contains(" — ").count();
    assert_eq!(rows, 3);
    // The times change from run to run: the snapshot is of the window's
    // layout, its rows' text aside.
    harness.remove_cursor();
    harness.run_ok();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(10_000);
    harness.snapshot_options(
        format!("version_history_{}x{}", width as u32, height as u32),
        &options,
    );
}

/// Her file changed on disk (Luis's country) under her unsaved work (the
/// leader), merged through the "changed on disk" question: the folder, the
/// file and the window after the merge.
fn merged_from_disk() -> (tempfile::TempDir, std::path::PathBuf, Harness) {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = crate::support::open_saved(folder.path());
    // Her save keeps the version Luis's copy starts from.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let mut luis = store::load(&path).unwrap();
    crate::support::type_at_end(&mut harness, "Leader", " (acting)");
    luis.city.country.set("en", "República de Chile");
    stamp_new_version(&mut luis);
    store::save(&luis, &path).unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    assert!(crate::support::wait_for(
        &mut harness,
        "was changed by another program"
    ));
    harness.get_by_label("Merge theirs into mine…").click();
    settle(&mut harness);
    assert!(
        harness
            .query_by_label_contains("nothing to settle")
            .is_some()
    );
    harness.get_by_label("Merge").click();
    settle(&mut harness);
    let merged = harness.state().document();
    assert_eq!(merged.city.country.get("en"), "República de Chile");
    assert!(
        merged.city.leader.name.ends_with(" (acting)"),
        "{:?}",
        merged.city.leader
    );
    (folder, path, harness)
}

#[test]
fn a_file_changed_on_disk_under_unsaved_work_is_merged_not_chosen_between() {
    let (_folder, _path, mut harness) = merged_from_disk();
    // The merge undone, the file is newer than the work again: Save asks.
    crate::support::nav(&mut harness, "Overview");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(harness.state().document().city.country.get("en"), "Chile");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    assert!(crate::support::wait_for(
        &mut harness,
        "was changed by another program"
    ));
}

#[test]
fn once_merged_the_file_on_disk_is_replaced_by_the_next_save_without_asking() {
    let (_folder, path, mut harness) = merged_from_disk();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    assert!(!harness.state().is_dirty());
    let saved = store::load(&path).unwrap();
    assert_eq!(saved.city.country.get("en"), "República de Chile");
    assert!(saved.city.leader.name.ends_with(" (acting)"));
}
