//! Stories of the program catalogue: search, filter, sort, bulk tags, imports.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use carta::model::{Localized, ProgramId, ProgramKind, TargetGroup};
use carta::store;

use crate::support::{harness_with, settle};
use crate::support::{nav, type_at_end};

type Harness = egui_kittest::Harness<'static, carta::app::CartaApp>;

fn catalogue_of_san_antonio(folder: &std::path::Path) -> Harness {
    let mut harness = harness_with(store::embedded_profile(), None, folder);
    nav(&mut harness, "Programs");
    harness
}

/// The titles in the table, top to bottom.
fn table_titles(harness: &Harness) -> Vec<String> {
    let titles = [
        "Community Programs",
        "Access to Justice Programs",
        "Internal Training",
        "Community Outreach",
    ];
    let mut shown: Vec<(f32, String)> = titles
        .iter()
        .filter_map(|title| {
            let node = harness.query_by_label(title)?;
            Some((node.rect().top(), (*title).to_owned()))
        })
        .collect();
    shown.sort_by(|a, b| a.0.total_cmp(&b.0));
    shown.into_iter().map(|(_, title)| title).collect()
}

#[test]
fn search_filter_and_sort_the_table() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = catalogue_of_san_antonio(folder.path());
    harness.get_by_label("4 shown of 4");

    type_at_end(&mut harness, "Search", "mediation");
    harness.get_by_label("1 shown of 4");
    assert_eq!(table_titles(&harness), ["Access to Justice Programs"]);
    harness.get_by_label("Search").focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    settle(&mut harness);
    harness.get_by_label("4 shown of 4");

    harness.get_by_label("Filter by kind").click();
    settle(&mut harness);
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Training")
        .click();
    settle(&mut harness);
    harness.get_by_label("1 shown of 4");
    assert_eq!(table_titles(&harness), ["Internal Training"]);
    harness.get_by_label("Clear filters").click();
    settle(&mut harness);

    harness.get_by_label("Sort by title").click();
    settle(&mut harness);
    assert_eq!(
        table_titles(&harness),
        [
            "Access to Justice Programs",
            "Community Outreach",
            "Community Programs",
            "Internal Training"
        ]
    );
    harness.get_by_label("Sort by title").click();
    settle(&mut harness);
    assert_eq!(
        table_titles(&harness),
        [
            "Internal Training",
            "Community Programs",
            "Community Outreach",
            "Access to Justice Programs"
        ]
    );
}

#[test]
fn tag_several_programs_at_once_and_undo() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = catalogue_of_san_antonio(folder.path());
    harness.get_by_label("Community Programs").click();
    settle(&mut harness);
    harness
        .get_by_label("Internal Training")
        .click_modifiers(Modifiers::COMMAND);
    settle(&mut harness);
    harness
        .get_by_label("Community Outreach")
        .click_modifiers(Modifiers::COMMAND);
    settle(&mut harness);
    harness.get_by_label("Tag selected (3)").click();
    settle(&mut harness);
    harness.get_by_label("Target group").click();
    settle(&mut harness);
    harness.get_by_label("Women").click();
    settle(&mut harness);
    let with_women = |h: &Harness| -> Vec<u32> {
        (h.state().document().programs.iter())
            .filter(|p| p.target_groups.contains(&TargetGroup::Women))
            .map(|p| p.id.0)
            .collect()
    };
    assert_eq!(with_women(&harness), vec![1, 3, 4]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert!(
        with_women(&harness).is_empty(),
        "one undo takes the whole bulk tag back"
    );
}

#[test]
fn import_programs_from_another_city() {
    let folder = tempfile::tempdir().unwrap();
    let utrecht_path = folder.path().join("utrecht.ron");
    let mut utrecht = carta::model::Document::default();
    utrecht.city.name = Localized::new("en", "Utrecht");
    utrecht.city.qualifier = Localized::new("en", "Netherlands");
    for title in ["Shelter for undocumented people", "Human rights cafés"] {
        let id = utrecht.add_new_program(carta::i18n::Language::ENGLISH);
        let index = utrecht.program_index(id).unwrap();
        utrecht.programs[index].title = Localized::new("en", title);
        utrecht.programs[index].kind = ProgramKind::Service;
    }
    store::save(&utrecht, &utrecht_path).unwrap();

    let mut harness = catalogue_of_san_antonio(folder.path());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    settle(&mut harness);
    harness
        .get_by_label("File path")
        .type_text(&utrecht_path.display().to_string());
    harness.key_press(Key::Enter);
    settle(&mut harness);
    // The profile opens as a library of one in the Other cities panel.
    harness.get_by_label("utrecht.ron: one profile, 2 programs");
    harness
        .get_by_label("Tick Human rights cafés to copy it")
        .click();
    settle(&mut harness);
    harness
        .get_by_label("Copy the ticked program into my profile")
        .click();
    settle(&mut harness);

    let document = harness.state().document();
    assert_eq!(document.programs.len(), 5);
    let copy = document
        .program(ProgramId(5))
        .expect("a new id after San Antonio's four");
    assert_eq!(copy.title.get("en"), "Human rights cafés");
    assert_eq!(copy.origin.as_deref(), Some("Utrecht (Netherlands)"));
    assert!(harness.state().is_dirty());
    nav(&mut harness, "Programs");
    harness.get_by_label("Program #5 · from Utrecht (Netherlands)");
}

#[test]
fn a_link_to_a_missing_program_is_reported() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    document.policies.areas[0].programs.push(ProgramId(42));
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Policies");
    harness.get_by_label_contains("1. Cross-Cutting").click();
    settle(&mut harness);
    harness.get_by_label("⚠ Program #42 is not in the catalogue");
}

#[test]
fn the_overview_lists_the_gaps() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Overview");
    harness.get_by_label("4 programs in the catalogue. Click a bar to list its programs.");
    harness.get_by_label("22 articles of the Universal Declaration no program addresses:");
    harness.get_by_label_contains("Refugees and asylum seekers · Young people · Women");
}

#[test]
fn ten_thousand_programs_open_and_scroll() {
    let folder = tempfile::tempdir().unwrap();
    let document = carta::model::synthetic::profile_with_programs(10_000, 5);
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Programs");
    harness.get_by_label("10000 shown of 10000");
    type_at_end(&mut harness, "Search", "9999");
    harness.get_by_label("1 shown of 10000");
}

#[test]
fn a_click_on_a_bar_of_the_overview_filters_the_table() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Overview");
    harness
        .get_by_label("All residents: 2 programs")
        .scroll_to_me();
    settle(&mut harness);
    harness.get_by_label("All residents: 2 programs").click();
    settle(&mut harness);
    harness.get_by_label("2 shown of 4");
    assert_eq!(
        table_titles(&harness),
        ["Access to Justice Programs", "Community Outreach"]
    );
    nav(&mut harness, "Overview");
    harness.get_by_label("Paused: 0 programs").scroll_to_me();
    settle(&mut harness);
    harness.get_by_label("Paused: 0 programs").click();
    settle(&mut harness);
    harness.get_by_label("0 shown of 4");
}

#[test]
fn a_program_gets_partners_budget_beneficiaries_evidence_and_an_indicator() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = catalogue_of_san_antonio(folder.path());
    harness.get_by_label("Internal Training").click();
    settle(&mut harness);
    for button in [
        "➕ Add a partner",
        "➕ Add an indicator",
        "➕ Add a budget line",
        "➕ Add beneficiaries",
        "➕ Add evidence",
    ] {
        harness.get_by_label(button).scroll_to_me();
        settle(&mut harness);
        harness.get_by_label(button).click();
        settle(&mut harness);
    }
    harness.get_by_label("➕ Add a measurement").scroll_to_me();
    settle(&mut harness);
    harness.get_by_label("➕ Add a measurement").click();
    settle(&mut harness);
    type_at_end(&mut harness, "Partner 1 name", "INDH");
    type_at_end(&mut harness, "Partner 1 role", "trainers");
    type_at_end(&mut harness, "Evidence 1 title", "Attendance lists");
    type_at_end(&mut harness, "Indicator 1 name", "Staff trained");
    let program = harness
        .state()
        .document()
        .program(ProgramId(3))
        .unwrap()
        .clone();
    assert_eq!(program.partners[0].name, "INDH");
    assert_eq!(program.partners[0].role.get("en"), "trainers");
    assert_eq!(program.evidence[0].title.get("en"), "Attendance lists");
    assert_eq!(program.indicators[0].name.get("en"), "Staff trained");
    assert_eq!(program.indicators[0].measurements.len(), 1);
    assert_eq!(program.budget.len(), 1);
    assert_eq!(program.beneficiaries.len(), 1);
    harness.get_by_label("Remove budget line 1").click();
    settle(&mut harness);
    assert!(
        harness
            .state()
            .document()
            .program(ProgramId(3))
            .unwrap()
            .budget
            .is_empty()
    );
}
