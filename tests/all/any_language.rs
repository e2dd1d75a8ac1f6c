//! Any content language: Tétouan's officer keeps her profile in Arabic and
//! French, Gwangju's in Korean and English; each language found by its name
//! (in the interface language or in itself) and shown by its own name.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use carta::i18n::Language;
use carta::model::Localized;
use carta::store;

use crate::support::{harness_sized, harness_with, settle, test_options};

/// Types `query` in the language search field and adds the language
/// listed as `found` ("العربية — Arabic (ar)").
fn add_by_name(
    harness: &mut egui_kittest::Harness<'_, carta::app::CartaApp>,
    query: &str,
    found: &str,
) {
    harness
        .get_by_label("Search a language by its name")
        .click();
    settle(harness);
    harness
        .get_by_label("Search a language by its name")
        .type_text(query);
    settle(harness);
    harness.get_by_label(&format!("Add {found}")).scroll_to_me();
    settle(harness);
    harness.get_by_label(&format!("Add {found}")).click();
    settle(harness);
}

#[test]
fn tetouan_starts_in_french_and_arabic_found_by_its_french_name() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    settle(&mut harness);
    harness.get_by_label("City name").type_text("Tétouan");
    settle(&mut harness);
    // The welcome offers the campaign's languages; Arabic is searched.
    harness.get_by_label("French").click();
    settle(&mut harness);
    harness.get_by_label("English").click();
    settle(&mut harness);
    // Enter takes the first language found, and starts nothing else.
    harness
        .get_by_label("Search a language by its name")
        .click();
    settle(&mut harness);
    harness
        .get_by_label("Search a language by its name")
        .type_text("Arabic");
    settle(&mut harness);
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert!(
        harness.query_by_label("Start the profile").is_some(),
        "still welcoming"
    );
    // Now ticked, by its own name, and not offered again.
    harness.get_by_label("العربية");
    harness
        .get_by_label("Search a language by its name")
        .type_text("ar");
    settle(&mut harness);
    assert!(
        harness
            .query_by_label("Add العربية — Arabic (ar)")
            .is_none()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    settle(&mut harness);
    harness.get_by_label("Start the profile").click();
    settle(&mut harness);
    let document = harness.state().document();
    assert_eq!(document.languages, ["fr", "ar"]);
    // The side bar shows the content languages by their names and adds
    // any other: Korean, found by its own name.
    harness.get_by_label("Content language").click();
    settle(&mut harness);
    harness.get_by_label("العربية");
    harness.get_by_label("Another language…").click();
    settle(&mut harness);
    add_by_name(&mut harness, "한국어", "한국어 — Korean (ko)");
    assert!(
        harness.query_by_label("Add a content language").is_none(),
        "closed"
    );
    assert_eq!(harness.state().document().languages, ["fr", "ar", "ko"]);
}

#[test]
fn gwangju_keeps_its_catalogue_in_korean_and_presents_and_exports_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    document.languages = vec!["ko".to_owned(), "en".to_owned()];
    document.city.name = Localized::new("ko", "광주");
    document.city.name.set("en", "Gwangju".to_owned());
    document.programs[0].title.set("ko", "인권 교육".to_owned());
    let path = folder.path().join("gwangju.ron");
    store::save(&document, &path).unwrap();
    let back = store::load(&path).unwrap();
    assert_eq!(back.languages, ["ko", "en"]);
    // Presented in Korean: the slides carry the Korean texts.
    let slides =
        carta::model::slides::whole_slides(&back, "ko", carta::i18n::Language::for_content);
    assert_eq!(slides[0].heading(), "광주");
    // Every export in Korean keeps them, and says its language.
    for format in [
        carta::export::Format::Txt,
        carta::export::Format::Markdown,
        carta::export::Format::Html,
    ] {
        let options = carta::export::ExportOptions {
            lang: Some("ko".to_owned()),
            ..Default::default()
        };
        let text = carta::export::export(&back, format, &options);
        assert!(text.contains("광주"), "{format:?}: {text}");
        assert!(text.contains("인권 교육"), "{format:?}");
        if format == carta::export::Format::Html {
            assert!(text.contains("lang=\"ko\""), "{text}");
        }
    }
    let options = carta::export::ExportOptions {
        lang: Some("ko".to_owned()),
        ..Default::default()
    };
    let handout =
        carta::export::export_bytes(&back, carta::export::Format::SlidesPdf, &options).unwrap();
    assert!(handout.starts_with(b"%PDF"));
    // In the window, Korean is named in Korean: the main language's
    // column and the side bar's list.
    let mut harness = harness_with(back, Some(path), folder.path());
    settle(&mut harness);
    assert!(
        harness
            .query_by_label_contains("Original: 한국어")
            .is_some()
    );
    harness.get_by_label("Content language").click();
    settle(&mut harness);
    harness.get_by_label("한국어 (main)");
}

#[test]
fn the_language_search_at_1024x600() {
    language_search_at(1024.0, 600.0);
}

#[test]
fn the_language_search_at_1366x768() {
    language_search_at(1366.0, 768.0);
}

#[test]
fn the_language_search_at_1920x1080() {
    language_search_at(1920.0, 1080.0);
}

/// The side bar's languages open, "ar" typed: Arabic and the languages
/// whose names start so, each by its own name and its name here.
fn language_search_at(width: f32, height: f32) {
    let folder = tempfile::tempdir().unwrap();
    let options = test_options(folder.path());
    let mut harness = harness_sized(
        store::embedded_profile(),
        None,
        options,
        egui::vec2(width, height),
    );
    harness.get_by_label("Content language").click();
    settle(&mut harness);
    harness.get_by_label("Another language…").click();
    settle(&mut harness);
    harness
        .get_by_label("Search a language by its name")
        .click();
    settle(&mut harness);
    harness
        .get_by_label("Search a language by its name")
        .type_text("ar");
    settle(&mut harness);
    assert!(
        harness
            .query_by_label_contains("العربية — Arabic (ar)")
            .is_some()
    );
    harness.remove_cursor();
    harness.run_ok();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options(
        format!("language_search_{}x{}", width as u32, height as u32),
        &options,
    );
}

#[test]
fn a_library_finds_programs_kept_in_korean_and_in_arabic() {
    let folder = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let mut gwangju = store::embedded_profile();
    gwangju.languages = vec!["ko".to_owned()];
    gwangju.city.name = Localized::new("ko", "광주");
    gwangju.programs[0].title = Localized::new("ko", "인권 교육 프로그램");
    store::save(&gwangju, &folder.path().join("gwangju.ron")).unwrap();
    let mut tetouan = store::embedded_profile();
    tetouan.languages = vec!["ar".to_owned(), "fr".to_owned()];
    tetouan.city.name = Localized::new("ar", "تطوان");
    tetouan.city.name.set("fr", "Tétouan".to_owned());
    tetouan.programs[0].title = Localized::new("ar", "برنامج التربية على حقوق الإنسان");
    store::save(&tetouan, &folder.path().join("tetouan.ron")).unwrap();
    let opened = carta::library::open_with(
        folder.path(),
        Some(cache.path()),
        &carta::library::Progress::default(),
    );
    let library = &opened.library;
    let found = |words: &str| {
        library
            .search(words, &Default::default())
            .iter()
            .map(|hit| {
                let profile = &library.profiles[hit.profile].document;
                profile.city.name.get(profile.main_language()).to_owned()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(found("인권"), ["광주"]);
    assert_eq!(found("حقوق"), ["تطوان"]);
}

#[test]
fn the_campaign_page_of_arabic_texts_is_written_with_english_headings_and_says_so() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    document.languages = vec!["ar".to_owned()];
    document.city.name = Localized::new("ar", "تطوان");
    let page = folder.path().join("tetouan.txt");
    let harness = crate::handout::export_document_through_the_window(
        document,
        folder.path(),
        carta::export::Format::Txt,
        &page,
    );
    let written = std::fs::read_to_string(&page).unwrap();
    assert!(written.starts_with("تطوان"), "{written}");
    let said = harness.state().status_text().unwrap_or_default();
    assert!(said.contains("English headings"), "{said}");
}

#[test]
fn carta_export_says_the_campaign_page_of_korean_texts_has_english_headings() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    document.languages = vec!["ko".to_owned()];
    document.city.name = Localized::new("ko", "광주");
    let profile = folder.path().join("gwangju.ron");
    store::save(&document, &profile).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_carta"))
        .args(["export"])
        .arg(&profile)
        .args(["--to", "txt"])
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("광주"));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("headings are written in English over the ko texts"),
        "{said}"
    );
}

/// A city's officer, in her own interface language, starts a profile in
/// two content languages, writes a program in the first, presents it,
/// exports it in every format through the window, and finds it in a
/// library of profiles.
struct Story<'a> {
    words: Language,
    city: &'a str,
    searched: &'a [&'a str],
    languages: [&'a str; 2],
    program: &'a str,
    /// A word of the program's title, searched in the library.
    word: &'a str,
}

fn live_the_story(story: &Story<'_>) {
    let say = |key: &str| carta::i18n::text(story.words, key, None);
    let folder = tempfile::tempdir().unwrap();
    let mut harness = crate::support::harness_speaking(
        store::embedded_profile(),
        None,
        folder.path(),
        story.words,
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    settle(&mut harness);
    harness
        .get_by_label(&say("field-city-name"))
        .type_text(story.city);
    settle(&mut harness);
    let search = say("language-search");
    for query in story.searched {
        harness.get_by_label(&search).click();
        settle(&mut harness);
        harness.get_by_label(&search).type_text(query);
        settle(&mut harness);
        harness.key_press(Key::Enter);
        settle(&mut harness);
    }
    // The interface's language, ticked at first, is not her main one:
    // unticked, and ticked again (last) if she writes in it too.
    let code = story.words.code();
    let own = carta::i18n::content_language_name(story.words, code);
    if story.languages[0] != code {
        harness.get_by_label(&own).click();
        settle(&mut harness);
        if story.languages.contains(&code) {
            harness.get_by_label(&own).click();
            settle(&mut harness);
        }
    }
    harness.get_by_label(&say("welcome-start-button")).click();
    settle(&mut harness);
    assert_eq!(harness.state().document().languages, story.languages);

    // A policy area with a new program in it, titled in the main language.
    harness
        .get_by_role_and_label(Role::Button, &say("panel-policies"))
        .click();
    settle(&mut harness);
    harness.get_by_label(&say("area-add")).click();
    settle(&mut harness);
    harness
        .get_by_label(&say("area-new-program"))
        .scroll_to_me();
    settle(&mut harness);
    harness.get_by_label(&say("area-new-program")).click();
    settle(&mut harness);
    // The side bar counts what is left to translate: "Programmes   (1)".
    let programs = say("panel-programs");
    let by = egui_kittest::kittest::By::new()
        .role(Role::Button)
        .label_contains(&programs);
    harness.query_all(by).next().unwrap().click();
    settle(&mut harness);
    // Written in the main language (the welcome may leave her editing the
    // other one side by side).
    let main = story.languages[0];
    if harness.state().content_lang() != main {
        harness.get_by_label(&say("content-language")).click();
        settle(&mut harness);
        let name = carta::i18n::content_language_name(story.words, main);
        let entry = carta::tr!(story.words, "content-language-main", language = name);
        harness.get_by_label(&entry).click();
        settle(&mut harness);
        assert_eq!(harness.state().content_lang(), main);
    }
    // The editor's field, not the table's column of that name.
    let title_label = say("field-title");
    let title = egui_kittest::kittest::By::new()
        .role(Role::TextInput)
        .label(&title_label);
    harness.query_all(title).next().unwrap().focus();
    settle(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(egui::Event::Text(story.program.to_owned()));
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let document = harness.state().document().clone();
    assert_eq!(document.policies.areas[0].programs.len(), 1);
    assert_eq!(
        document
            .programs
            .last()
            .unwrap()
            .title
            .get(story.languages[0]),
        story.program
    );

    // Presented: the program is on a slide.
    harness.key_press(Key::F5);
    settle(&mut harness);
    let (slides, _) = harness.state().presented_slides().unwrap();
    assert!(format!("{slides:?}").contains(story.program));
    harness.key_press(Key::Escape);
    settle(&mut harness);

    // Exported in every format through the window.
    use carta::export::Format;
    for (format, name) in [
        (Format::Txt, "page.txt"),
        (Format::Markdown, "profile.md"),
        (Format::Html, "profile.html"),
        (Format::Json, "profile.json"),
        (Format::SlidesPdf, "handout.pdf"),
    ] {
        let path = folder.path().join(name);
        harness
            .state_mut()
            .queue(carta::app::Command::Export(format));
        settle(&mut harness);
        harness.get_by_label(&say("file-path")).focus();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness
            .get_by_label(&say("file-path"))
            .type_text(&path.display().to_string());
        harness.get_by_label(&say("export")).click();
        for _ in 0..400 {
            harness.step();
            if !harness.state().is_exporting() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        settle(&mut harness);
        let bytes = std::fs::read(&path).unwrap_or_default();
        if format == Format::SlidesPdf {
            assert!(bytes.starts_with(b"%PDF"), "{name}");
        } else {
            let text = String::from_utf8(bytes).unwrap();
            assert!(text.contains(story.program), "{name}: {text}");
        }
    }

    // Saved into a folder of profiles, and found there by a word of its title.
    let library = folder.path().join("library");
    std::fs::create_dir_all(&library).unwrap();
    store::save(&document, &library.join("city.ron")).unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    settle(&mut harness);
    harness
        .get_by_label(&say("file-path"))
        .type_text(&library.display().to_string());
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let find = say("library-find");
    assert!(crate::support::wait_for(&mut harness, &find));
    harness.get_by_label(&find).click();
    harness.get_by_label(&find).type_text(story.word);
    settle(&mut harness);
    let mut found = false;
    for _ in 0..60 {
        harness.step();
        if harness
            .query_all_by_label_contains(story.program)
            .next()
            .is_some()
        {
            found = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(found, "the library finds {}", story.program);
}

#[test]
fn tetouans_officer_in_french_keeps_presents_exports_and_finds_her_arabic_catalogue() {
    live_the_story(&Story {
        words: Language::FRENCH,
        city: "تطوان",
        searched: &["arabe"],
        languages: ["ar", "fr"],
        program: "برنامج التربية على حقوق الإنسان",
        word: "حقوق",
    });
}

#[test]
fn gwangjus_officer_in_korean_keeps_presents_exports_and_finds_her_korean_catalogue() {
    live_the_story(&Story {
        words: Language::from_code("ko").unwrap(),
        city: "광주",
        searched: &["English"],
        languages: ["ko", "en"],
        program: "인권 교육 프로그램",
        word: "인권",
    });
}
