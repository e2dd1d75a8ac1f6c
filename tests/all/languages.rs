//! Carta in English, Spanish and French: the interface, and a profile's
//! content languages edited side by side, presented and exported.

use std::collections::BTreeSet;

use egui::accesskit::Role;
use egui::{Event, ImeEvent, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};

use carta::app::CartaApp;
use carta::i18n::{self, Language};
use carta::model::Document;
use carta::store;

use crate::support::{harness_with, settle};
use crate::support::{nav, type_at_end};

/// Picks `language` in View ▸ Interface language, as the officer would.
pub fn choose_interface_language(harness: &mut Harness<'_, CartaApp>, view: &str, language: &str) {
    harness.get_by_role_and_label(Role::Button, view).click();
    settle(harness);
    harness
        .get_by_label_contains(&i18n::text(
            harness.state().language(),
            "menu-language",
            None,
        ))
        .click();
    settle(harness);
    harness.get_by_label(language).click();
    settle(harness);
}

/// Picks an entry of the side bar's content-language drop-down.
fn choose_content_language(harness: &mut Harness<'_, CartaApp>, entry: &str) {
    let words = harness.state().language();
    let label = i18n::text(words, "content-language", None);
    harness.get_by_label(&label).click();
    settle(harness);
    harness.get_by_label(entry).click();
    settle(harness);
}

/// Every label and value the screen offers a screen reader.
fn texts_on_screen(harness: &Harness<'_, CartaApp>) -> Vec<String> {
    harness
        .query_all(By::new().include_labels().predicate(|_| true))
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .filter(|text| !text.trim().is_empty())
        .collect()
}

fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| word.chars().count() >= 4)
        .map(str::to_lowercase)
}

/// Words that only the English messages use: any of them on a screen in
/// `language` means a string was left in English. Words of the profile's own
/// texts in `lang` are the officer's, not Carta's, and are left out.
fn english_only_words(language: Language, content: &Document, lang: &str) -> BTreeSet<String> {
    let messages = |language| -> BTreeSet<String> {
        i18n::message_ids(language)
            .iter()
            .flat_map(|id| {
                // Unfilled arguments show as "{$programs}": not words of the language.
                let text = i18n::text(language, id, None);
                let text: String = text
                    .split('{')
                    .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
                    .collect();
                words_of(&text).collect::<Vec<_>>()
            })
            .collect()
    };
    let english = messages(Language::ENGLISH);
    let mut translated = messages(language);
    carta::model::translation::for_each_text(content, |_, text| {
        translated.extend(words_of(text.get(lang)));
    });
    english.difference(&translated).cloned().collect()
}

/// The San Antonio profile with `lang` as its only content language (gaps
/// filled from English).
fn profile_only_in(lang: &str) -> Document {
    let mut document = store::embedded_profile();
    document.add_language(lang);
    let mut document = document.in_language(lang);
    document.remove_language("en");
    document
}

/// Findings are data: switching the interface language says them again in
/// the new words (an area named as the profile writes it in that language)
/// without checking the document again.
#[test]
fn switching_the_interface_language_says_the_findings_again_without_checking_again() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    document.add_language("es");
    let mut title = carta::model::Localized::new("en", "Housing");
    title.set("es", "Vivienda");
    document.policies.areas.push(carta::model::PolicyArea {
        title,
        ..Default::default()
    });
    let mut harness = harness_with(document, None, folder.path());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num7);
    settle(&mut harness);
    harness.get_by_label("Policy area “Housing” presents no programs.");
    let checked = harness.state().check_findings().expect("the panel checked");

    choose_interface_language(&mut harness, "View", "Español");
    harness.get_by_label("El área de políticas «Vivienda» no presenta ningún programa.");
    assert!(
        harness
            .query_by_label_contains("presents no programs")
            .is_none()
    );
    let again = harness
        .state()
        .check_findings()
        .expect("the panel shows findings");
    assert!(
        std::sync::Arc::ptr_eq(&checked, &again),
        "the findings were worked out again for a new language"
    );
}

#[test]
fn switching_the_interface_language_changes_the_labels_at_once_and_is_remembered() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    harness.get_by_label("City name");
    choose_interface_language(&mut harness, "View", "Español");
    assert_eq!(harness.state().language(), Language::SPANISH);
    harness.get_by_label("Nombre de la ciudad");
    harness.get_by_role_and_label(Role::Button, "Programas");
    harness.get_by_label("Región");
    assert!(harness.query_by_label("City name").is_none());
    // The vocabulary follows: the region's drop-down shows its Spanish name.
    harness.get_by_value("América Latina");

    choose_interface_language(&mut harness, "Ver", "Français");
    harness.get_by_label("Nom de la ville");
    harness.get_by_value("Amérique latine");
    drop(harness);

    // The next start (same settings folder) speaks French, whatever the default.
    let harness = harness_with(store::embedded_profile(), None, folder.path());
    assert_eq!(harness.state().language(), Language::FRENCH);
    harness.get_by_label("Nom de la ville");
}

#[test]
fn no_panel_shows_an_english_string_while_the_interface_is_in_spanish() {
    let panels = [
        "Ciudad",
        "Visión",
        "Motivaciones",
        "Políticas",
        "Programas",
        "Panorama",
        "Revisión",
        "Otras ciudades",
    ];
    let editors = ("1. Enfoque transversal", "Programas comunitarios");
    no_english_on_screen(("Español", "es"), panels, editors);
}

/// French, on a profile whose texts are still the English ones: the
/// officer's words are left out, and Carta's must all be French.
#[test]
fn no_panel_shows_an_english_string_while_the_interface_is_in_french() {
    let panels = [
        "Ville",
        "Vision",
        "Motivations",
        "Politiques",
        "Programmes",
        "Vue d’ensemble",
        "Vérification",
        "Autres villes",
    ];
    let editors = ("1. Cross-Cutting Approach", "Community Programs");
    no_english_on_screen(("Français", "fr"), panels, editors);
}

/// Catalan, Portuguese and Korean, each on a profile whose texts are still
/// the English ones.
#[test]
fn no_panel_shows_an_english_string_while_the_interface_is_in_catalan() {
    let panels = [
        "Ciutat",
        "Visió",
        "Motivacions",
        "Polítiques",
        "Programes",
        "Panorama",
        "Revisió",
        "Altres ciutats",
    ];
    let editors = ("1. Cross-Cutting Approach", "Community Programs");
    no_english_on_screen(("Català", "ca"), panels, editors);
}

#[test]
fn no_panel_shows_an_english_string_while_the_interface_is_in_portuguese() {
    let panels = [
        "Cidade",
        "Visão",
        "Motivações",
        "Políticas",
        "Programas",
        "Panorama",
        "Verificação",
        "Outras cidades",
    ];
    let editors = ("1. Cross-Cutting Approach", "Community Programs");
    no_english_on_screen(("Português", "pt"), panels, editors);
}

#[test]
fn no_panel_shows_an_english_string_while_the_interface_is_in_korean() {
    let panels = [
        "도시",
        "비전",
        "참여 동기",
        "정책",
        "사업",
        "개요",
        "점검",
        "다른 도시",
    ];
    let editors = ("1. Cross-Cutting Approach", "Community Programs");
    no_english_on_screen(("한국어", "ko"), panels, editors);
}

/// Visits every panel (by its side-bar name in `panels`), then an open policy
/// area and an open program (`editors`), in the interface language named
/// `language` (as the View menu lists it) on a profile only in `lang`, and
/// fails on any word only the English messages use.
fn no_english_on_screen(
    (language, lang): (&str, &str),
    panels: [&str; 8],
    (area, program): (&str, &str),
) {
    let folder = tempfile::tempdir().unwrap();
    let document = profile_only_in(lang);
    let words = Language::from_tag(lang).unwrap();
    let english = english_only_words(words, &document, lang);
    assert!(english.contains("save"), "{english:?}");
    let mut harness = harness_with(document, None, folder.path());
    choose_interface_language(&mut harness, "View", language);
    let mut seen = Vec::new();
    for panel in panels {
        nav(&mut harness, panel);
        seen.extend(texts_on_screen(&harness));
    }
    nav(&mut harness, panels[3]);
    harness.get_by_label_contains(area).click();
    settle(&mut harness);
    seen.extend(texts_on_screen(&harness));
    nav(&mut harness, panels[4]);
    harness.get_by_label(program).click();
    settle(&mut harness);
    seen.extend(texts_on_screen(&harness));
    // The Year panel and its tabs.
    let say = |key: &str| i18n::text(words, key, None);
    nav(&mut harness, &say("panel-year"));
    for tab in [
        "year-tab-indicators",
        "year-tab-budget",
        "year-tab-beneficiaries",
        "year-tab-progress",
    ] {
        harness.get_by_label(&say(tab)).click();
        settle(&mut harness);
        seen.extend(texts_on_screen(&harness));
    }
    // The guide and the shortcuts. The guide's own lines are its
    // language's whole text (with the command line's English commands in
    // it); the window around them is what is checked.
    let guide = words.guide();
    for (modifiers, key) in [
        (egui::Modifiers::NONE, Key::F1),
        (egui::Modifiers::COMMAND, Key::Slash),
    ] {
        harness.key_press_modifiers(modifiers, key);
        settle(&mut harness);
        let shown = texts_on_screen(&harness).into_iter();
        seen.extend(shown.filter(|text| !guide.contains(text.as_str())));
        harness.key_press(Key::Escape);
        settle(&mut harness);
    }
    // Every slide, then the presenter view.
    harness.key_press(Key::F5);
    settle(&mut harness);
    let (slides, _) = harness.state().presented_slides().unwrap();
    for _ in 0..slides.len() {
        seen.extend(texts_on_screen(&harness));
        harness.key_press(Key::ArrowRight);
        settle(&mut harness);
    }
    // Carta's own words on the slides are the language's.
    for key in ["slide-city", "slide-groups"] {
        let heading = say(key);
        assert!(seen.iter().any(|text| text.contains(&heading)), "{heading}");
    }
    harness.key_press(Key::Home);
    harness.key_press(Key::P);
    settle(&mut harness);
    seen.extend(texts_on_screen(&harness));
    harness.get_by_label(&say("presenter-view"));
    assert!(seen.len() > 200, "only {} texts seen", seen.len());

    // The command line's own words stay English in every language
    // ("carta report profile.ron --year 2025"), as do the file names a
    // translator kept in its example.
    let command_words = ["report", "sheets", "year", "read", "profile", "returned"];
    let leftovers: Vec<(&String, String)> = seen
        .iter()
        .flat_map(|text| {
            let command_line = text.contains("--year");
            words_of(text)
                .filter(move |word| !(command_line && command_words.contains(&word.as_str())))
                .filter(|word| english.contains(word))
                .map(move |word| (text, word))
        })
        .collect();
    assert!(
        leftovers.is_empty(),
        "English on a {language} screen: {leftovers:#?}"
    );
}

#[test]
fn the_side_by_side_editor_writes_the_translation_and_leaves_the_source_alone() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    choose_content_language(&mut harness, "Add French");
    assert_eq!(harness.state().document().languages, ["en", "es", "fr"]);
    // Every panel says how much is left: the City panel has four texts.
    harness.get_by_role_and_label(Role::Button, "City   (4)");
    harness.get_by_label("25 to translate");
    // The English source sits beside the (empty) French field.
    harness.get_by_label("Mayor");
    type_at_end(&mut harness, "Leader's title", "Maire");
    let document = harness.state().document();
    assert_eq!(document.city.leader.title.get("fr"), "Maire");
    assert_eq!(document.city.leader.title.get("en"), "Mayor");
    assert_eq!(document.city.leader.title.get("es"), "Alcalde");
    harness.get_by_role_and_label(Role::Button, "City   (3)");

    // Back to English: the field holds the English text again.
    choose_content_language(&mut harness, "English (main)");
    let field = harness.get_by_label("Leader's title");
    assert_eq!(field.value().as_deref(), Some("Mayor"));
    harness.get_by_role_and_label(Role::Button, "City");
}

#[test]
fn presenting_in_spanish_shows_the_spanish_texts_and_words() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    choose_content_language(&mut harness, "Spanish");
    harness.key_press(Key::F5);
    settle(&mut harness);
    let count = harness
        .state()
        .presented_slides()
        .expect("presenting")
        .0
        .len();
    // The interface stays English; the slides speak the profile's Spanish.
    harness.get_by_label(&format!("Slide 1 / {count}: San Antonio (Chile)"));
    harness.key_press(Key::ArrowRight);
    settle(&mut harness);
    harness.get_by_label(&format!("Slide 2 / {count}: La ciudad"));
    harness.key_press(Key::ArrowRight);
    settle(&mut harness);
    harness.get_by_label(&format!("Slide 3 / {count}: Nuestra visión"));
    // The Spanish vision may run onto further slides before the motivations
    // (as many as the window's shape needs), each saying it continues.
    let motivations = loop {
        harness.key_press(Key::ArrowRight);
        settle(&mut harness);
        let index = harness.state().presented_slide().unwrap();
        let (slides, _) = harness.state().presented_slides().unwrap();
        let heading = slides[index].heading().to_owned();
        if heading != "Nuestra visión (continuación)" {
            break (index, heading);
        }
    };
    assert_eq!(motivations.1, "Por qué nos sumamos a la campaña");
    harness.get_by_label(&format!(
        "Slide {} / {count}: Por qué nos sumamos a la campaña",
        motivations.0 + 1
    ));
}

#[test]
#[expect(
    deprecated,
    reason = "ImeEvent::Enabled and Disabled, still sent by winit"
)]
fn accented_letters_and_dead_keys_reach_every_field_intact() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(Document::default(), None, folder.path());
    type_at_end(&mut harness, "City name", "Valparaíso");
    type_at_end(&mut harness, "Country", "Genève, Zürich, Łódź");
    nav(&mut harness, "Motivations");
    type_at_end(&mut harness, "Introduction", "Para la niñez");

    // A dead key on a Spanish layout: the accent waits (pre-edit), then the
    // vowel commits "í" in its place, as the system's input method sends it.
    harness.get_by_label("Introduction").focus();
    settle(&mut harness);
    harness.key_press(Key::End);
    for event in [
        ImeEvent::Enabled,
        ImeEvent::Preedit {
            text: "´".into(),
            active_range_chars: None,
        },
        ImeEvent::Commit("í".into()),
        ImeEvent::Disabled,
    ] {
        harness.event(Event::Ime(event));
        harness.run_steps(1);
    }
    settle(&mut harness);

    let document = harness.state().document();
    assert_eq!(document.city.name.get("en"), "Valparaíso");
    assert_eq!(document.city.country.get("en"), "Genève, Zürich, Łódź");
    assert_eq!(
        document.motivations.introduction.get("en"),
        "Para la niñezí"
    );
}

#[test]
fn a_missing_translation_in_the_check_panel_leads_to_its_field_beside_the_original() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    document.policies.areas[1].title.set("es", "");
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Check");
    harness
        .get_by_label("Area title of policy area 2 has no text in Spanish.")
        .click();
    settle(&mut harness);
    settle(&mut harness);
    assert_eq!(harness.state().panel(), carta::ui::Panel::Policies);
    assert_eq!(harness.state().content_lang(), "es");
    let field = harness.get_by_label("Area title");
    assert!(field.is_focused());
    assert_eq!(field.value().as_deref(), Some(""));
    harness.get_by_label("Education and Promotion of Human Rights");
    harness
        .get_by_label("Area title")
        .type_text("Educación y promoción");
    settle(&mut harness);
    let document = harness.state().document();
    assert_eq!(
        document.policies.areas[1].title.get("es"),
        "Educación y promoción"
    );
    assert_eq!(
        document.policies.areas[1].title.get("en"),
        "Education and Promotion of Human Rights"
    );
}

/// A text inside a program's list (a partner's role) is counted, listed in
/// Check, and a click on it focuses that very row, in the missing language.
#[test]
fn a_missing_translation_in_a_programs_row_leads_to_that_row() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let id = document.programs[0].id;
    document.programs[0].partners = vec![
        carta::model::Partner {
            id: Default::default(),
            name: "UNICEF".into(),
            role: carta::model::Localized::new("en", "co-funding"),
        },
        carta::model::Partner {
            id: Default::default(),
            name: "Red Cross".into(),
            role: carta::model::Localized::new("en", "volunteers"),
        },
    ];
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Check");
    harness
        .get_by_label(&format!(
            "Partner 2 role of program #{} has no text in Spanish.",
            id.0
        ))
        .click();
    settle(&mut harness);
    settle(&mut harness);
    assert_eq!(harness.state().panel(), carta::ui::Panel::Programs);
    assert_eq!(harness.state().content_lang(), "es");
    harness.get_by_role_and_label(Role::Button, "Programs   (2)");
    let field = harness.get_by_label("Partner 2 role");
    assert!(field.is_focused());
    field.type_text("voluntariado");
    settle(&mut harness);
    let partners = &harness.state().document().programs[0].partners;
    assert_eq!(partners[1].role.get("es"), "voluntariado");
    assert_eq!(partners[1].role.get("en"), "volunteers");
    assert_eq!(partners[0].role.get("es"), "");
    settle(&mut harness);
    harness.get_by_role_and_label(Role::Button, "Programs   (1)");
}

/// A broken file and a failed save are explained in the interface language,
/// with the file's place, and the document stays as it was.
#[test]
fn problems_with_files_are_explained_in_the_interface_language() {
    let folder = tempfile::tempdir().unwrap();
    let bad = folder.path().join("roto.ron");
    std::fs::write(
        &bad,
        "(format_version: 1,\n city: (region: Some(Atlantida)))",
    )
    .unwrap();
    let inner = folder.path().join("unidad");
    std::fs::create_dir(&inner).unwrap();
    let path = inner.join("perfil.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    let mut harness = crate::support::harness_speaking(
        store::load(&path).unwrap(),
        Some(path.clone()),
        folder.path(),
        Language::SPANISH,
    );
    harness.state_mut().request_open(bad.clone());
    settle(&mut harness);
    let message = harness.state().alert_message().expect("an error is shown");
    assert!(
        message.starts_with("No se pudo abrir este archivo: "),
        "{message}"
    );
    assert!(
        message.contains(&format!(
            "{}:2:22: «Atlantida» no es uno de los valores que Carta conoce en este lugar",
            bad.display()
        )),
        "{message}"
    );
    assert!(
        message.ends_with("El documento que estaba abierto no ha cambiado."),
        "{message}"
    );
    harness.get_by_label("Aceptar").click();
    settle(&mut harness);
    assert_eq!(harness.state().path(), Some(path.as_path()));

    // The shared drive goes away, and a file takes the folder's name.
    type_at_end(&mut harness, "País", "!");
    std::fs::remove_dir_all(&inner).unwrap();
    std::fs::write(&inner, "ya no es una carpeta").unwrap();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    if harness.state().alert_message().is_none() {
        // The watcher saw the file vanish first: saving it again here is the way.
        harness.get_by_label("Volver a guardar la mía aquí").click();
        settle(&mut harness);
    }
    let message = harness
        .state()
        .alert_message()
        .expect("the failure is explained");
    assert!(
        message.starts_with("No se pudo guardar el perfil: "),
        "{message}"
    );
    assert!(
        message.contains("no se puede crear un archivo nuevo en"),
        "{message}"
    );
    assert!(
        message.ends_with(
            "Sus cambios siguen aquí, sin guardar. Use Archivo > Guardar como para guardarlos en otro lugar."
        ),
        "{message}"
    );
    assert!(harness.state().is_dirty());
}

#[test]
fn an_officer_working_in_spanish_opens_the_spanish_texts() {
    let folder = tempfile::tempdir().unwrap();
    let harness = crate::support::harness_speaking(
        store::embedded_profile(),
        None,
        folder.path(),
        Language::SPANISH,
    );
    assert_eq!(harness.state().content_lang(), "es");
    let title = harness.get_by_label("Cargo de la autoridad");
    assert_eq!(title.value().as_deref(), Some("Alcalde"));
    drop(harness);
    // A profile in English only stays in English, whatever the interface says.
    let harness = crate::support::harness_speaking(
        Document::default(),
        None,
        folder.path(),
        Language::SPANISH,
    );
    assert_eq!(harness.state().content_lang(), "en");
}

/// Every message id the code names exists: a typo would show the id itself on
/// screen. Ids are the quoted `words-with-hyphens` of the sources; the few such
/// strings that are not message ids are listed.
#[test]
fn every_message_the_code_names_exists() {
    let not_messages = [
        "government-type",
        "population-range",
        "program-kind",
        "target-group",
        "co-organiser",
        "co-funding",
        "partner-role-2",
        "file-dialog",
        "not-a-folder",
        "no-such-message",
        // Debian's font packages, named to the officer as they are.
        "fonts-noto-cjk",
        "fonts-noto-color-emoji",
        "fonts-noto-core",
        "fonts-noto-extra",
        // CSS's generic font families.
        "sans-serif",
        "system-ui",
    ];
    let mut sources = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    let mut unknown = Vec::new();
    let mut checked = 0;
    while let Some(path) = sources.pop() {
        if path.is_dir() {
            sources.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (number, line) in text.lines().enumerate() {
            for literal in line.split('"').skip(1).step_by(2) {
                let is_id = literal.contains('-')
                    && literal.split('-').all(|part| {
                        !part.is_empty()
                            && part
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                    })
                    && literal.starts_with(|c: char| c.is_ascii_lowercase());
                if !is_id || not_messages.contains(&literal) {
                    continue;
                }
                checked += 1;
                if !i18n::has(Language::ENGLISH, literal) {
                    unknown.push(format!("{}:{}: {literal}", path.display(), number + 1));
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} ids found");
    assert!(unknown.is_empty(), "no such message: {unknown:#?}");
    for panel in carta::ui::Panel::ALL {
        let subtitle = format!("{}-subtitle", panel.title_key());
        assert!(i18n::has(Language::ENGLISH, &subtitle), "{subtitle}");
    }
}

#[test]
fn a_translation_becomes_the_main_language_and_a_language_can_be_removed_and_restored() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    choose_content_language(&mut harness, "Spanish");
    choose_content_language(&mut harness, "Make Spanish the main language");
    assert_eq!(harness.state().document().languages, ["es", "en"]);
    // Spanish is edited on its own now; English is the translation.
    let title = harness.get_by_label("Leader's title");
    assert_eq!(title.value().as_deref(), Some("Alcalde"));
    choose_content_language(&mut harness, "English");
    harness.get_by_label_contains("Original: Spanish");
    choose_content_language(&mut harness, "Remove English and its texts");
    let document = harness.state().document();
    assert_eq!(document.languages, ["es"]);
    assert_eq!(document.city.leader.title.get("en"), "");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    let document = harness.state().document();
    assert_eq!(document.languages, ["es", "en"]);
    assert_eq!(document.city.leader.title.get("en"), "Mayor");
}

#[test]
fn an_indicator_says_its_progress_in_words_of_the_interface_language() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let name = carta::model::Localized::new("en", "Families reached");
    let unit = carta::model::Localized::new("en", "families");
    let id = add_indicator(&mut document, (name, unit), [10.0, 15.0, 20.0]);
    let mut harness =
        crate::support::harness_speaking(document, None, folder.path(), Language::FRENCH);
    harness.state_mut().focus_program(id);
    nav(&mut harness, "Programmes");
    harness.get_by_label_contains("de 10 à 15 sur 20 families (50 %)");
}

/// Amounts and dates are shown and typed the way the interface language writes them:
/// a Spanish officer's "1.500.000" is a million and a half.
#[test]
fn numbers_and_dates_are_written_and_read_as_the_interface_language_writes_them() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let name = spanish_too("Families reached", "Familias alcanzadas");
    let unit = spanish_too("families", "familias");
    let id = add_indicator(&mut document, (name, unit), [12000.0, 18000.0, 25000.5]);
    let mut harness =
        crate::support::harness_speaking(document, None, folder.path(), Language::SPANISH);
    harness.state_mut().focus_program(id);
    nav(&mut harness, "Programas");
    // Grouped from five digits on, as CLDR writes Spanish.
    harness.get_by_label_contains("de 12.000 a 18.000 de 25.000,5 familias");
    let target = harness.get_by_label("Meta del indicador 1");
    assert_eq!(target.value().as_deref(), Some("25.000,5"));

    let add = harness.get_by_label("➕ Añadir una línea de presupuesto");
    add.scroll_to_me();
    settle(&mut harness);
    harness
        .get_by_label("➕ Añadir una línea de presupuesto")
        .click();
    settle(&mut harness);
    // A focused number field turns into a text field, all of it selected.
    harness
        .get_by_label("Importe de la línea de presupuesto 1")
        .focus();
    settle(&mut harness);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.event(Event::Text("1.500.000".into()));
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let program = &harness.state().document().programs[0];
    assert_eq!(program.budget[0].amount, 1_500_000.0);
    let amount = harness.get_by_label("Importe de la línea de presupuesto 1");
    assert_eq!(amount.value().as_deref(), Some("1.500.000"));

    // Dates, day first.
    harness.get_by_label("Inicio").focus();
    settle(&mut harness);
    harness.get_by_label("Inicio").type_text("5/3/2024");
    settle(&mut harness);
    let start = harness.state().document().programs[0].start;
    let march_5 = carta::model::Moment::Date {
        year: 2024,
        month: 3,
        day: 5,
    };
    assert_eq!(start, Some(march_5));
    harness.get_by_label("Fin").focus();
    settle(&mut harness);
    let start = harness.get_by_label("Inicio");
    // As CLDR writes a Spanish date.
    assert_eq!(start.value().as_deref(), Some("5/3/2024"));
}

fn spanish_too(english: &str, spanish: &str) -> carta::model::Localized {
    let mut text = carta::model::Localized::new("en", english);
    text.set("es", spanish);
    text
}

/// Gives the first program an indicator named `name` in `unit`, with its
/// baseline, a 2025 measurement and its target; returns the program's id.
fn add_indicator(
    document: &mut Document,
    (name, unit): (carta::model::Localized, carta::model::Localized),
    [baseline, measured, target]: [f64; 3],
) -> carta::model::ProgramId {
    let program = &mut document.programs[0];
    program.indicators.push(carta::model::Indicator {
        name,
        unit,
        baseline: Some(baseline),
        target: Some(target),
        measurements: vec![carta::model::Measurement {
            parts: Vec::new(),
            note: Default::default(),
            when: carta::model::Moment::Year(2025),
            value: measured,
        }],
        ..Default::default()
    });
    program.id
}

/// French runs long: at the window's first size, a full program (groups,
/// partner, indicator, budget) stays inside its editor, and the editor beside
/// the table, instead of widening over it.
#[test]
fn a_full_program_in_french_fits_its_editor_at_the_first_window_size() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let name = carta::model::Localized::new("en", "Families reached");
    let unit = carta::model::Localized::new("en", "families");
    let id = add_indicator(&mut document, (name, unit), [1200.0, 1800.0, 2500.5]);
    let program = &mut document.programs[0];
    program.target_groups = <carta::model::TargetGroup as carta::model::Vocabulary>::KNOWN.to_vec();
    program.partners.push(carta::model::Partner {
        id: Default::default(),
        name: "Organisation internationale pour les migrations".into(),
        role: carta::model::Localized::new("en", "co-funding"),
    });
    program.budget.push(carta::model::BudgetLine {
        executed: None,
        id: Default::default(),
        year: 2025,
        amount: 12_500_000.0,
        currency: "CLP".into(),
    });
    let mut harness =
        crate::support::harness_speaking(document, None, folder.path(), Language::FRENCH);
    harness.set_size(egui::vec2(1160.0, 700.0));
    // The side bar packs closer below 720 px: let it settle before clicking.
    settle(&mut harness);
    harness.state_mut().focus_program(id);
    nav(&mut harness, "Programmes");
    settle(&mut harness);
    let right_edge = |label: &str| harness.get_by_label(label).rect().max.x;
    let left_edge = |label: &str| harness.get_by_label(label).rect().min.x;
    // The editor's content runs from its first button to its Close button.
    let editor_left = left_edge("➕ Ajouter un partenaire");
    let editor_right = right_edge("✖ Fermer");
    let table_left = left_edge("Community Programs");
    assert!(
        editor_left - table_left >= 290.0,
        "the table keeps only {} px",
        editor_left - table_left
    );
    assert!(
        right_edge("Community Programs") <= editor_left,
        "the table reaches {} under the editor starting at {editor_left}",
        right_edge("Community Programs")
    );
    for label in [
        "Personnes réfugiées et demandeuses d’asile",
        "Retirer l’indicateur 1",
        "Montant de la ligne budgétaire 1",
        "Rôle du partenaire 1",
    ] {
        let (left, right) = (left_edge(label), right_edge(label));
        assert!(
            editor_left - 1.0 <= left && right <= editor_right + 1.0,
            "{label} spans {left}..{right}, outside the editor's {editor_left}..{editor_right}"
        );
    }
}

/// A group typed by its name in the interface language is the known group,
/// not a new one of the city's own.
#[test]
fn a_known_group_typed_in_spanish_is_that_group() {
    let folder = tempfile::tempdir().unwrap();
    let document = profile_only_in("es");
    let id = document.programs[0].id;
    let mut harness =
        crate::support::harness_speaking(document, None, folder.path(), Language::SPANISH);
    harness.state_mut().focus_program(id);
    nav(&mut harness, "Programas");
    harness.get_by_label("Otro grupo:").scroll_to_me();
    settle(&mut harness);
    harness.get_by_label("Otro grupo:").focus();
    settle(&mut harness);
    harness.get_by_label("Otro grupo:").type_text("mujeres");
    harness.get_by_label("Añadir grupo").click();
    settle(&mut harness);
    let document = harness.state().document();
    assert!(
        (document.programs[0].target_groups).contains(&carta::model::TargetGroup::Women),
        "{:?}",
        document.programs[0].target_groups
    );
    assert!(document.own_target_groups.is_empty());
}

/// The model says which phrase and with what; the language table says it.
/// Only the model's tests use the table, to read its words back.
#[test]
fn the_model_imports_nothing_from_the_language_table() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut read = 0;
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for forbidden in ["i18n", "tr!(", "msg!("] {
            assert!(
                !code.contains(forbidden),
                "{} uses {forbidden}",
                path.display()
            );
        }
        read += 1;
    }
    assert!(read > 20, "only {read} files read");
}
