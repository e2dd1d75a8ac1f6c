//! A new officer's first hour (issue 17): the program editor's rights and
//! goals at every size and at 1.5× scaling, the welcome, Help, Print, menus
//! by keyboard, and buttons that cannot act greyed out.

use egui::{Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use carta::app::CartaApp;
use carta::model::{ProgramId, Visibility};
use carta::store;

use crate::support::{harness_sized, harness_with, nav, settle, test_options};

const SIZES: [(f32, f32); 3] = [(1024.0, 600.0), (1366.0, 768.0), (1920.0, 1080.0)];

/// The real app at `size` points, drawn at `scale` pixels per point.
fn harness_at(
    folder: &std::path::Path,
    size: (f32, f32),
    scale: f32,
) -> Harness<'static, CartaApp> {
    let options = test_options(folder);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .with_pixels_per_point(scale)
        .build_eframe(move |cc| {
            let mut app = CartaApp::new(store::embedded_profile(), None, options);
            app.setup(&cc.egui_ctx);
            app
        });
    harness.run_ok();
    settle(&mut harness);
    harness
}

/// True when `inner` lies inside `outer` (to half a point).
fn inside(inner: Rect, outer: Rect) -> bool {
    outer.expand(0.5).contains_rect(inner)
}

/// Opens San Antonio's first program and adds article 25… no: article 12
/// (privacy) and goal 5 through the pickers, by keyboard; checks what was
/// added and that every part of the pickers is on screen, beside the table.
fn tick_a_right_and_a_goal(harness: &mut Harness<'_, CartaApp>, window: Rect) {
    nav(harness, "Programs");
    // The toolbar wraps at its first drawing: click where the row settled.
    settle(harness);
    harness.get_by_label("Community Programs").click();
    settle(harness);
    let table_right = harness.get_by_label("Community Programs").rect().max.x;
    for (add, typed, chip) in [
        (
            "➕ Add an article…",
            "privacy",
            "Remove Article 12 · Right to privacy",
        ),
        ("➕ Add a goal…", "gender", "Remove SDG 5 · Gender equality"),
    ] {
        harness.get_by_label(add).scroll_to_me();
        settle(harness);
        harness.get_by_label(add).click();
        settle(harness);
        let field = add.trim_start_matches("➕ ").trim_end_matches('…');
        if harness.query_by_label(field).is_none() {
            harness.snapshot("debug_picker");
            panic!("no {field} in a {window:?} window");
        }
        harness.get_by_label(field).type_text(typed);
        settle(harness);
        harness.key_press(Key::Enter);
        settle(harness);
        harness.key_press(Key::Escape);
        settle(harness);
        harness.get_by_label(chip).scroll_to_me();
        settle(harness);
        let chip = harness.get_by_label(chip);
        assert!(
            inside(chip.rect(), window),
            "{:?} outside {window:?}",
            chip.rect()
        );
        assert!(
            chip.rect().min.x >= table_right,
            "the chip at {:?} is over the table ending at {table_right}",
            chip.rect()
        );
        let button = harness.get_by_label(add);
        assert!(
            inside(button.rect(), window),
            "{add} at {:?}",
            button.rect()
        );
    }
    let program = &harness.state().document().programs[0];
    assert!(program.rights.contains(&12), "{:?}", program.rights);
    assert!(program.sdgs.contains(&5), "{:?}", program.sdgs);
}

/// Scrolls the open program's editor to its rights and opens their search.
fn open_article_search(harness: &mut Harness<'_, CartaApp>) {
    harness.get_by_label("➕ Add an article…").scroll_to_me();
    settle(harness);
    harness.get_by_label("➕ Add an article…").click();
    settle(harness);
}

#[test]
fn rights_and_goals_are_picked_inside_the_window_at_every_size_and_scale() {
    for scale in [1.0, 1.25, 1.5, 2.0] {
        for (width, height) in SIZES.into_iter().chain([(3840.0, 2160.0)]) {
            // 1024×600 above 100 % is below Carta's minimum window; 4K is
            // tried at 200 %, as such screens are set.
            let usual = match width {
                1024.0 => scale == 1.0,
                3840.0 => scale == 2.0,
                _ => scale <= 1.5,
            };
            if !usual {
                continue;
            }
            let folder = tempfile::tempdir().unwrap();
            let size = (width / scale, height / scale);
            let mut harness = harness_at(folder.path(), size, scale);
            let window = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size.0, size.1));
            tick_a_right_and_a_goal(&mut harness, window);
        }
    }
}

#[test]
fn a_chip_removes_its_right_and_the_picker_finds_by_number() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Programs");
    harness.get_by_label("Community Programs").click();
    settle(&mut harness);
    let before = harness.state().document().programs[0].rights.clone();
    assert!(before.contains(&25));
    let chip = "Remove Article 25 · Right to an adequate standard of living";
    harness.get_by_label(chip).scroll_to_me();
    settle(&mut harness);
    harness.get_by_label(chip).click();
    settle(&mut harness);
    assert!(!harness.state().document().programs[0].rights.contains(&25));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(
        harness.state().document().programs[0].rights,
        before,
        "undone"
    );

    open_article_search(&mut harness);
    harness
        .get_by_label("Add an article")
        .type_text("Article 3 ");
    settle(&mut harness);
    harness
        .get_by_label("+ Article 3 · Right to life, liberty and security")
        .click();
    settle(&mut harness);
    assert!(harness.state().document().programs[0].rights.contains(&3));
}

#[test]
fn buttons_that_cannot_act_are_greyed_out_and_say_why() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Programs");
    for label in ["🗑 Delete", "Tag selected", "Duplicate"] {
        assert!(
            harness.get_by_label(label).accesskit_node().is_disabled(),
            "{label} is disabled with nothing chosen"
        );
    }
    harness.get_by_label("Access to Justice Programs").click();
    settle(&mut harness);
    assert!(
        !harness
            .get_by_label("🗑 Delete")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        !harness
            .get_by_label("Tag selected (1)")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn f10_and_alt_alone_put_the_keyboard_on_the_menus() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    assert!(!harness.get_by_label("File").is_focused());
    harness.key_press(Key::F10);
    settle(&mut harness);
    assert!(harness.get_by_label("File").is_focused(), "F10");
    harness.get_by_label("Country").click();
    settle(&mut harness);
    assert!(!harness.get_by_label("File").is_focused());
    // Alt pressed and released, nothing else.
    harness.event(egui::Event::ModifiersChanged(Modifiers::ALT));
    harness.step();
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.step();
    settle(&mut harness);
    assert!(harness.get_by_label("File").is_focused(), "Alt");
}

#[test]
fn help_shows_the_guide_the_shortcuts_and_about() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.key_press(Key::F1);
    settle(&mut harness);
    harness.get_by_label("Carta, in ten minutes");
    harness.get_by_label("OK").click();
    settle(&mut harness);
    // A shortcut acts once, even when egui lays the frame out twice (a new
    // window is measured in a first pass): once OK, the guide is gone.
    assert!(
        harness.query_by_label("Carta, in ten minutes").is_none(),
        "OK closes the guide"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Slash);
    settle(&mut harness);
    // Generated from the command table: Save and its shortcut are there.
    harness.get_by_label("Save");
    harness.get_by_label("Ctrl+S");
    harness.get_by_label("OK").click();
    settle(&mut harness);
    harness.get_by_label("Help").click();
    settle(&mut harness);
    harness.get_by_label("About Carta").click();
    settle(&mut harness);
    harness.get_by_label(&format!("Carta {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label(&folder.path().join("config").display().to_string());
}

/// Presses Ctrl+P and waits for the print page's worker; the pages in the
/// print folder, newest last.
fn print_pages(
    harness: &mut egui_kittest::Harness<'_, carta::app::CartaApp>,
    folder: &std::path::Path,
) -> Vec<std::path::PathBuf> {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::P);
    settle(harness);
    for _ in 0..300 {
        if !harness.state().is_exporting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    settle(harness);
    let mut pages: Vec<std::path::PathBuf> = std::fs::read_dir(folder)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    pages.retain(|page| {
        page.extension().is_some_and(|e| e == "html")
            && std::fs::symlink_metadata(page).is_ok_and(|m| m.is_file())
    });
    pages.sort_by_key(|page| std::fs::metadata(page).and_then(|m| m.modified()).ok());
    pages
}

#[test]
fn print_writes_the_print_page_without_internal_programs() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    document.programs[2].visibility = Visibility::Internal;
    let secret = document.programs[2].title.get("en").to_owned();
    let mut harness = harness_with(document, None, folder.path());
    let print = folder.path().join("cache").join("print");
    let pages = print_pages(&mut harness, &print);
    assert_eq!(pages.len(), 1, "{pages:?}");
    let page = &pages[0];
    let html = std::fs::read_to_string(page).expect("the print page");
    assert!(html.contains("San Antonio"));
    assert!(html.contains("@media print"), "the print layout");
    assert!(!html.contains(&secret), "{secret} is internal");
    assert!(
        harness
            .state()
            .status_text()
            .is_some_and(|s| s.contains(&page.display().to_string()))
    );
}

#[cfg(unix)]
#[test]
fn each_print_gets_a_page_of_its_own_never_through_a_planted_link() {
    use std::os::unix::fs::PermissionsExt as _;
    let folder = tempfile::tempdir().unwrap();
    let print = folder.path().join("cache").join("print");
    std::fs::create_dir_all(&print).unwrap();
    // Another program's file, and links to it at the names a print used to take.
    let target = folder.path().join("someone-elses.txt");
    std::fs::write(&target, "not Carta's").unwrap();
    for name in ["profile.html", "city.html"] {
        std::os::unix::fs::symlink(&target, print.join(name)).unwrap();
    }
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    let first = print_pages(&mut harness, &print);
    let second = print_pages(&mut harness, &print);
    assert_eq!(second.len(), 2, "two prints, two pages: {second:?}");
    assert!(
        first.iter().all(|page| second.contains(page)),
        "the first page is still there"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "not Carta's");
    let mode = std::fs::metadata(&second[1]).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "the page is its owner's alone");

    // A link planted where the print folder should be is refused, not followed.
    let elsewhere = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(other.path().join("cache")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), other.path().join("cache").join("print")).unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, other.path());
    let pages = print_pages(&mut harness, &other.path().join("cache").join("print"));
    assert!(
        pages.is_empty(),
        "nothing written through the link: {pages:?}"
    );
    assert!(
        harness.state().alert_message().is_some(),
        "the officer is told"
    );
}

#[test]
fn prints_without_a_cache_folder_share_one_private_folder() {
    let folder = tempfile::tempdir().unwrap();
    let options = carta::app::Options {
        cache_dir: None,
        ..test_options(folder.path())
    };
    let mut harness = harness_sized(
        store::embedded_profile(),
        None,
        options,
        egui::vec2(1280.0, 800.0),
    );
    print_pages(&mut harness, folder.path());
    let print = harness
        .state()
        .print_folder()
        .expect("a folder made for the prints")
        .to_owned();
    let second = print_pages(&mut harness, &print);
    assert_eq!(
        second.len(),
        2,
        "every print in the same folder: {second:?}"
    );
    assert_eq!(harness.state().print_folder(), Some(print.as_path()));
    std::fs::remove_dir_all(&print).unwrap();
}

#[test]
fn new_shows_the_welcome_and_a_guided_start_makes_the_profile() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    settle(&mut harness);
    harness.get_by_label("Welcome to Carta");
    assert!(
        harness
            .get_by_label("Start the profile")
            .accesskit_node()
            .is_disabled(),
        "no city yet"
    );
    harness.get_by_label("City name").type_text("Tetouan");
    harness.get_by_label("Country").click();
    settle(&mut harness);
    harness.get_by_label("Country").type_text("Morocco");
    harness.get_by_label("French").click();
    settle(&mut harness);
    harness.get_by_label("Start the profile").click();
    settle(&mut harness);
    let document = harness.state().document();
    assert_eq!(document.city.name.get("en"), "Tetouan");
    assert_eq!(document.city.country.get("en"), "Morocco");
    assert_eq!(document.city.display_name("en"), "Tetouan (Morocco)");
    assert_eq!(document.languages, ["en", "fr"]);
    assert!(harness.state().is_dirty(), "work to save");
    assert_eq!(harness.state().panel(), carta::ui::Panel::City);
    assert!(harness.state().settings().welcomed);
}

#[test]
fn the_example_says_it_is_one() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(carta::model::Document::default(), None, folder.path());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    settle(&mut harness);
    harness
        .get_by_label("Look at the San Antonio example")
        .click();
    settle(&mut harness);
    assert_eq!(
        harness.state().window_title(),
        "Example (San Antonio) — San Antonio (Chile) — Carta"
    );
    assert_eq!(harness.state().document().programs[0].id, ProgramId(1));
    assert!(
        harness.state().path().is_none(),
        "saving it asks for a name"
    );
}

#[test]
fn snapshots_of_the_welcome_and_of_the_editor_with_its_pickers() {
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    let mut results = egui_kittest::SnapshotResults::new();
    for (width, height) in SIZES {
        let folder = tempfile::tempdir().unwrap();
        let mut harness = harness_at(folder.path(), (width, height), 1.0);
        harness.ctx.set_theme(egui::Theme::Light);
        harness.state_mut().welcome_on_first_start();
        settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(2);
        harness.snapshot_options(format!("welcome_{width}x{height}"), &options);
        results.extend_harness(&mut harness);

        harness.get_by_label("Go to the empty form").click();
        settle(&mut harness);
        nav(&mut harness, "Programs");
        harness.get_by_label("Community Programs").click();
        settle(&mut harness);
        open_article_search(&mut harness);
        harness.get_by_label("Add an article").type_text("right to");
        settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(2);
        harness.snapshot_options(format!("editor_pickers_{width}x{height}"), &options);
        results.extend_harness(&mut harness);
    }
}

#[test]
fn the_programs_table_moves_by_keyboard() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Programs");
    settle(&mut harness);
    harness.get_by_label("Community Programs").click();
    settle(&mut harness);
    let selected = |harness: &Harness<'_, CartaApp>| harness.state().selected_program();
    assert_eq!(selected(&harness), Some(ProgramId(1)));
    harness.key_press(Key::ArrowDown);
    settle(&mut harness);
    assert_eq!(selected(&harness), Some(ProgramId(2)), "Down");
    assert!(
        harness
            .get_by_label("Access to Justice Programs, kind Mechanism, status Active")
            .is_focused(),
        "the row has the focus"
    );
    harness.key_press(Key::End);
    settle(&mut harness);
    assert_eq!(selected(&harness), Some(ProgramId(4)), "End");
    harness.key_press(Key::ArrowUp);
    settle(&mut harness);
    assert_eq!(selected(&harness), Some(ProgramId(3)), "Up");
    harness.key_press(Key::Home);
    settle(&mut harness);
    assert_eq!(selected(&harness), Some(ProgramId(1)), "Home");
    harness.key_press(Key::PageDown);
    settle(&mut harness);
    assert_eq!(
        selected(&harness),
        Some(ProgramId(4)),
        "Page Down stops at the end"
    );
    harness.key_press(Key::Delete);
    settle(&mut harness);
    assert_eq!(harness.state().document().programs.len(), 3, "Delete");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(harness.state().document().programs.len(), 4, "undone");
    harness.get_by_label("Internal Training").click();
    settle(&mut harness);
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert!(
        harness.get_by_label("Title").is_focused(),
        "Enter edits the program"
    );
    // Typing in a field: the arrows are the field's, not the table's.
    harness.key_press(Key::ArrowDown);
    settle(&mut harness);
    assert_eq!(selected(&harness), Some(ProgramId(3)));
}

#[test]
fn the_window_and_the_status_line_speak_to_screen_readers() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    let title = harness.state().window_title();
    assert_eq!(
        harness.root().accesskit_node().label().as_deref(),
        Some(title.as_str()),
        "the window is named by its title"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    type_country(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    let status = harness.get_by_label("Undone.");
    assert_eq!(
        status.accesskit_node().live(),
        egui::accesskit::Live::Polite,
        "status messages are announced"
    );
    nav(&mut harness, "Programs");
    settle(&mut harness);
    for row in [
        "Community Programs, kind Program, status Active",
        "Access to Justice Programs, kind Mechanism, status Active",
        "Internal Training, kind Training, status Active",
    ] {
        assert!(
            harness.query_by_label(row).is_some(),
            "the row {row} is named"
        );
    }
}

fn type_country(harness: &mut Harness<'_, CartaApp>) {
    crate::support::type_at_end(harness, "Country", "x");
    settle(harness);
}

/// The findings of `document` for an officer reading Spanish.
fn findings_in_spanish(document: &carta::model::Document) -> Vec<String> {
    carta::model::check::check(document)
        .into_iter()
        .map(|finding| finding.message.say(carta::i18n::Language::SPANISH))
        .collect()
}

#[test]
fn check_names_things_in_the_officers_language_and_says_which_aim() {
    let mut document = store::embedded_profile();
    // An area with no program, and an aim not yet in Spanish.
    document.policies.areas[2].programs.clear();
    document.motivations.aims[1].set("es", "");
    document.vision.form = carta::model::VisionForm::Questions;
    document.vision.answers[0] = carta::model::Localized::new("en", "Because they are closest.");
    let findings = findings_in_spanish(&document);
    let all = findings.join("\n");
    let spanish_area = document.policies.areas[2].title.get("es").to_owned();
    assert!(all.contains(&spanish_area), "{all}");
    assert!(
        !all.contains(document.policies.areas[2].title.get("en")),
        "not by its English title: {all}"
    );
    assert!(
        findings
            .iter()
            .any(|f| f.starts_with("Objetivo 2: falta el texto")),
        "which aim: {all}"
    );
    assert!(
        findings
            .iter()
            .any(|f| f.starts_with("«¿Por qué") && f.contains("?»: falta")),
        "the question quoted: {all}"
    );
    assert!(!all.contains("?:"), "no doubled punctuation: {all}");
}

#[test]
fn a_prose_vision_is_not_asked_for_translated_answers() {
    let mut document = store::embedded_profile();
    document.vision.form = carta::model::VisionForm::Prose;
    document.vision.prose = carta::model::Localized::new("en", "A city of rights.");
    document.vision.prose.set("es", "Una ciudad de derechos.");
    for answer in &mut document.vision.answers {
        *answer = carta::model::Localized::new("en", "An answer kept from before.");
    }
    let all = findings_in_spanish(&document).join("\n");
    assert!(!all.contains("An answer"), "{all}");
    assert!(!all.contains("¿"), "no question is flagged: {all}");
    let gaps = carta::model::translation::missing_translations(&document, "es");
    assert_eq!(gaps[1], 0, "the side bar counts nothing left in Vision");
}

#[test]
fn a_drop_down_starts_from_its_value_and_closes_on_enter() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    // Region is Latin America: the list opens with it in focus.
    harness.get_by_label("Region").click();
    settle(&mut harness);
    assert!(
        harness.get_by_label("Latin America").is_focused(),
        "the current value has the focus"
    );
    harness.key_press(Key::ArrowDown);
    settle(&mut harness);
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let region = harness.state().document().city.region.clone();
    assert_ne!(
        region,
        Some(carta::model::Region::LatinAmerica),
        "moved on from it"
    );
    assert!(region.is_some());
    assert!(
        harness.query_by_label("Latin America").is_none(),
        "the list closed on Enter"
    );
}

#[test]
fn enter_in_a_picker_adds_and_stays_there() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Programs");
    settle(&mut harness);
    harness.get_by_label("Community Programs").click();
    settle(&mut harness);
    open_article_search(&mut harness);
    harness.get_by_label("Add an article").type_text("privacy");
    settle(&mut harness);
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert!(harness.state().document().programs[0].rights.contains(&12));
    assert!(
        !harness.get_by_label("Title").is_focused(),
        "the editor does not jump to its title"
    );
    let field = harness.get_by_label("Add an article");
    assert!(field.is_focused(), "the search keeps the keyboard");
    assert_eq!(field.value().as_deref(), Some(""), "and starts afresh");
}

#[test]
fn the_welcome_leads_to_an_empty_form_or_any_panel() {
    let folder = tempfile::tempdir().unwrap();
    // As `carta` starts with nothing to open: the example, marked as one.
    let options = test_options(folder.path());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| {
            let mut app = CartaApp::with_embedded_profile(options);
            app.setup(&cc.egui_ctx);
            app
        });
    settle(&mut harness);
    harness.state_mut().welcome_on_first_start();
    settle(&mut harness);
    assert_eq!(harness.state().window_title(), "Welcome — Carta");
    assert!(
        harness.query_by_label("San Antonio (Chile)").is_none(),
        "the example behind the welcome is not named in the side bar"
    );
    harness.get_by_label("Go to the empty form").click();
    settle(&mut harness);
    assert!(
        harness.state().document().programs.is_empty(),
        "not the example"
    );
    assert_eq!(harness.state().document().city.name.get("en"), "");

    harness.state_mut().welcome_on_first_start();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num5);
    settle(&mut harness);
    assert!(
        harness.query_by_label("Welcome to Carta").is_none(),
        "Ctrl+5 leaves it"
    );
    assert_eq!(harness.state().panel(), carta::ui::Panel::Programs);
}

#[test]
fn the_shortcut_sheet_writes_keys_as_people_do() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Slash);
    settle(&mut harness);
    harness.get_by_label("Ctrl+/");
    harness.get_by_label("Ctrl+Shift+Z or Ctrl+Y");
}
