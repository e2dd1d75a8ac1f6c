//! What a tester met in an officer's first minutes (round two): every "Add"
//! hands the keyboard to what it added, a number typed is one undo step, and
//! each field says what it is.

use carta::model::{Document, ProgramId};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::support::{harness_with, nav, pause, settle, until_autosaved};

type Harness = egui_kittest::Harness<'static, carta::app::CartaApp>;

/// Types `text` wherever the keyboard is, as an officer does after a click:
/// no click on the field first.
fn type_without_clicking(harness: &mut Harness, text: &str) {
    harness
        .input_mut()
        .events
        .push(egui::Event::Text(text.to_owned()));
    settle(harness);
}

fn program(harness: &Harness, id: u32) -> carta::model::Program {
    harness
        .state()
        .document()
        .program(ProgramId(id))
        .unwrap()
        .clone()
}

fn click(harness: &mut Harness, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    settle(harness);
    harness.get_by_label(label).click();
    settle(harness);
}

#[test]
fn typing_straight_after_every_add_fills_what_was_added() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(carta::store::embedded_profile(), None, folder.path());
    nav(&mut harness, "Programs");
    harness.get_by_label("Internal Training").click();
    settle(&mut harness);

    // Each "Add" of a program's lists, what to type, and where it must land.
    type Landed = fn(&carta::model::Program) -> String;
    let rows: [(&str, &str, Landed); 6] = [
        ("➕ Add a partner", "INDH", |p| p.partners[0].name.clone()),
        ("➕ Add an indicator", "Staff trained", |p| {
            p.indicators[0].name.get("en").to_owned()
        }),
        ("➕ Add a measurement", "2027\n", |p| {
            p.indicators[0].measurements[0].when.year().to_string()
        }),
        ("➕ Add a budget line", "2026\n", |p| {
            p.budget[0].year.to_string()
        }),
        ("➕ Add beneficiaries", "120\n", |p| {
            p.beneficiaries[0].count.to_string()
        }),
        ("➕ Add evidence", "Attendance lists", |p| {
            p.evidence[0].title.get("en").to_owned()
        }),
    ];
    for (button, typed, landed) in rows {
        click(&mut harness, button);
        let (text, enter) = typed
            .strip_suffix('\n')
            .map_or((typed, false), |text| (text, true));
        type_without_clicking(&mut harness, text);
        if enter {
            harness.key_press(Key::Enter);
            settle(&mut harness);
        }
        assert_eq!(landed(&program(&harness, 3)), text, "after {button}");
    }
    // Each item added has an id of its own from the start, so a colleague's
    // copy is matched item by item.
    let added = program(&harness, 3);
    assert!(added.has_item_ids(), "{added:#?}");

    // The program itself, an aim and a policy area.
    click(&mut harness, "➕ Add");
    type_without_clicking(&mut harness, " for judges");
    let newest = harness.state().document().programs.last().unwrap().clone();
    assert!(
        newest.title.get("en").ends_with(" for judges"),
        "{:?}",
        newest.title
    );
    nav(&mut harness, "Motivations");
    click(&mut harness, "➕ Add an aim");
    type_without_clicking(&mut harness, "Publish a yearly report");
    let aims = &harness.state().document().motivations.aims;
    assert_eq!(aims.last().unwrap().get("en"), "Publish a yearly report");
    nav(&mut harness, "Policies");
    click(&mut harness, "➕ Add area");
    type_without_clicking(&mut harness, " Housing");
    let areas = &harness.state().document().policies.areas;
    assert!(
        areas.last().unwrap().title.get("en").ends_with(" Housing"),
        "{:?}",
        areas.last().unwrap().title
    );
    assert!(carta::model::item_id::all_given(areas));
}

#[test]
fn an_amount_typed_slowly_is_one_undo_step() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = carta::store::embedded_profile();
    document.programs[0].budget.clear();
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Programs");
    harness.get_by_label("Community Programs").click();
    settle(&mut harness);
    click(&mut harness, "➕ Add a budget line");
    pause(&mut harness);
    harness.get_by_label("Budget line 1 amount").click();
    settle(&mut harness);
    // An officer reading the figure off a sheet: a pause after every digit.
    for digit in "25000000".chars() {
        type_without_clicking(&mut harness, &digit.to_string());
        pause(&mut harness);
    }
    // Still in the field, long past the autosave's period: the amount is
    // in the recovery copy though its undo step is still open.
    for _ in 0..3 {
        pause(&mut harness);
    }
    until_autosaved(&mut harness);
    let copies: Vec<String> = std::fs::read_dir(folder.path().join("recovery"))
        .unwrap()
        .flatten()
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .collect();
    assert!(
        copies.iter().any(|copy| copy.contains("25000000")),
        "the number typed is kept for recovery: {} copies",
        copies.len()
    );
    harness.key_press(Key::Tab);
    settle(&mut harness);
    pause(&mut harness);
    assert_eq!(program(&harness, 1).budget[0].amount, 25_000_000.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(
        program(&harness, 1).budget[0].amount,
        0.0,
        "one undo takes the whole amount back, not to \"2500000\""
    );
    assert_eq!(program(&harness, 1).budget.len(), 1, "the line stays");
}

#[test]
fn an_indicators_unit_is_not_called_responsible_unit() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(Document::default(), None, folder.path());
    nav(&mut harness, "Programs");
    click(&mut harness, "➕ Add");
    let before = harness.query_all_by_label("Responsible unit").count();
    click(&mut harness, "➕ Add an indicator");
    assert!(harness.query_by_label("Unit of measure").is_some());
    assert_eq!(
        harness.query_all_by_label("Responsible unit").count(),
        before,
        "\"Responsible unit\" names the program's department only"
    );
}
