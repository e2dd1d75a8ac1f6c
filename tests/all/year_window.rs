//! The officer's year in the window: a year's numbers typed into the Year
//! panel like a spreadsheet, and a program's review written.

use carta::model::monitoring::value_in;
use carta::model::{BudgetLine, Document, Indicator, Localized, Measurement, Moment};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::support::{harness_sized, harness_with, nav, settle, test_options};

/// San Antonio with three indicators (two in its first program, one in its
/// second, the first measured in 2024) and a 2025 budget line: a year of
/// figures to collect.
fn with_a_year_to_collect() -> Document {
    let mut document = carta::store::embedded_profile();
    let indicator = |name: &str, baseline: Option<f64>, target: Option<f64>| Indicator {
        name: Localized::new("es", name),
        unit: Localized::new("es", "personas"),
        reporter: Localized::new("es", "Desarrollo Social"),
        baseline,
        target,
        ..Indicator::default()
    };
    let first = &mut document.programs[0];
    let mut trained = indicator("Mujeres capacitadas", Some(10.0), Some(50.0));
    trained.measurements.push(Measurement {
        when: Moment::Year(2024),
        value: 20.0,
        parts: Vec::new(),
        note: Localized::default(),
    });
    first.indicators.push(trained);
    first
        .indicators
        .push(indicator("Casos atendidos", None, Some(300.0)));
    first.budget.push(BudgetLine {
        year: 2025,
        amount: 12_000_000.0,
        currency: "CLP".to_owned(),
        ..BudgetLine::default()
    });
    let second = &mut document.programs[1];
    second
        .indicators
        .push(indicator("Talleres realizados", Some(0.0), Some(12.0)));
    document.give_item_ids(false);
    document
}

/// Brings the widget labelled `label` into sight and clicks it.
fn click(harness: &mut Harness<'_, carta::app::CartaApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    settle(harness);
    harness.get_by_label(label).click();
    settle(harness);
}

fn cell(harness: &Harness<'_, carta::app::CartaApp>, starts: &str) -> String {
    let node = harness.get_by_label_contains(starts);
    node.accesskit_node()
        .label()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_years_values_are_typed_in_like_a_spreadsheet() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(with_a_year_to_collect(), None, folder.path());
    nav(&mut harness, "Year");
    assert!(
        harness.query_by_label("3 rows").is_some(),
        "three indicators"
    );
    // The first value typed; Enter goes to the row below, and so on.
    let first = cell(&harness, "Mujeres capacitadas (");
    assert!(first.ends_with("in 2025"), "{first}");
    harness.get_by_label(&first).click();
    settle(&mut harness);
    harness.get_by_label(&first).type_text("40");
    harness.key_press(Key::Enter);
    settle(&mut harness);
    harness.run_ok();
    let focused = harness
        .query_by_label_contains("Casos atendidos (")
        .unwrap();
    assert!(focused.is_focused(), "Enter moved to the row below");
    focused.type_text("1,234.5");
    harness.key_press(Key::Enter);
    settle(&mut harness);
    harness.run_ok();
    harness
        .get_by_label_contains("Talleres realizados (")
        .type_text("about 4");
    settle(&mut harness);
    assert!(
        harness
            .query_by_label_contains("“about 4” is not a number")
            .is_some(),
        "text that is no number is said, not kept"
    );
    let document = harness.state().document().clone();
    let values: Vec<Option<f64>> = (document.programs.iter().take(2))
        .flat_map(|p| p.indicators.iter().map(|i| value_in(i, 2025)))
        .collect();
    assert_eq!(values, [Some(40.0), Some(1234.5), None]);
    // Only what is still missing this year.
    harness
        .get_by_label("Only what is missing this year")
        .click();
    settle(&mut harness);
    assert!(harness.query_by_label("One row").is_some());
    // Money spent: the budget line of the year.
    harness.get_by_label("Budget spent").click();
    settle(&mut harness);
    harness
        .get_by_label("Only what is missing this year")
        .click();
    settle(&mut harness);
    let spent = cell(&harness, "Spent by #");
    harness.get_by_label(&spent).click();
    settle(&mut harness);
    harness.get_by_label(&spent).type_text("9,500,000");
    harness.key_press(Key::Tab);
    settle(&mut harness);
    let line = &harness.state().document().programs[0].budget;
    assert_eq!(line.last().unwrap().executed, Some(9_500_000.0));
    // One typed amount is one undo step.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    let line = &harness.state().document().programs[0].budget;
    assert_eq!(line.last().unwrap().executed, None);
}

#[test]
fn the_year_panel_at_1024x600() {
    year_panel_at(1024.0, 600.0);
}

#[test]
fn the_year_panel_at_1366x768() {
    year_panel_at(1366.0, 768.0);
}

#[test]
fn the_year_panel_at_1920x1080() {
    year_panel_at(1920.0, 1080.0);
}

/// The Year panel with an Arabic and a Korean indicator among the Spanish.
fn year_panel_at(width: f32, height: f32) {
    let folder = tempfile::tempdir().unwrap();
    let mut document = with_a_year_to_collect();
    document.programs[1].indicators[0].name = Localized::new("es", "عدد الورشات المنظمة");
    document.programs[0].indicators[1].reporter = Localized::new("es", "광주 인권사무소");
    let options = test_options(folder.path());
    let mut harness = harness_sized(document, None, options, egui::vec2(width, height));
    nav(&mut harness, "Year");
    harness.remove_cursor();
    harness.run_ok();
    // With nine panels, the side bar still shows its last row whole above
    // the status bar, unscrolled.
    let language = harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Content language")
        .rect();
    assert!(
        language.bottom() < height - 40.0,
        "{language:?} at {height}"
    );
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options(
        format!("year_panel_{}x{}", width as u32, height as u32),
        &options,
    );
}

#[test]
fn a_programs_review_is_written_and_rated_in_its_editor() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(with_a_year_to_collect(), None, folder.path());
    nav(&mut harness, "Programs");
    harness.get_by_label("Community Programs").click();
    settle(&mut harness);
    click(&mut harness, "➕ Add a review");
    assert_eq!(harness.state().document().programs[0].reviews.len(), 1);
    click(&mut harness, "Review 1 rating");
    harness.get_by_label("● On track").click();
    settle(&mut harness);
    click(&mut harness, "Review 1: what was achieved");
    harness
        .get_by_label("Review 1: what was achieved")
        .type_text("Three hundred women trained in six districts.");
    settle(&mut harness);
    harness.remove_cursor();
    harness.run_ok();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options("program_review", &options);
    let document = harness.state().document().clone();
    let review = &document.programs[0].reviews[0];
    let last_year = i32::from(jiff::Zoned::now().year()) - 1;
    assert_eq!(review.year, last_year);
    assert_eq!(review.rating, carta::model::year::Rating::OnTrack);
    assert_eq!(
        review.achieved.get("en"),
        "Three hundred women trained in six districts."
    );
    // The year's figures carry her rating beside the program's indicators.
    let figures = carta::model::monitoring::YearFigures::of(&document, last_year, "en");
    assert_eq!(figures.indicators[0].rating, Some("OnTrack"));
    assert_eq!(figures.ratings.get("OnTrack"), Some(&1));
}

#[test]
fn typing_into_a_cell_that_has_a_value_replaces_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = with_a_year_to_collect();
    for (at, value) in [(0, 1500.0), (1, 25.0)] {
        carta::model::monitoring::set_value(
            &mut document.programs[0].indicators[at],
            2025,
            Some(value),
        );
    }
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Year");
    let first = cell(&harness, "Mujeres capacitadas (");
    harness.get_by_label(&first).click();
    settle(&mut harness);
    harness.get_by_label(&first).type_text("1600");
    harness.key_press(Key::Enter);
    settle(&mut harness);
    harness.run_ok();
    // Enter gave the next cell the keyboard with its 25 selected.
    harness
        .get_by_label_contains("Casos atendidos (")
        .type_text("30");
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let program = &harness.state().document().programs[0];
    assert_eq!(value_in(&program.indicators[0], 2025), Some(1600.0));
    assert_eq!(value_in(&program.indicators[1], 2025), Some(30.0));
}

/// Types `path` into the path window (no native dialog in tests) and
/// confirms it with `button`.
fn type_path(
    harness: &mut Harness<'_, carta::app::CartaApp>,
    path: &std::path::Path,
    button: &str,
) {
    harness.get_by_label("File path").focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("File path")
        .type_text(&path.display().to_string());
    settle(harness);
    harness.get_by_label(button).click();
    settle(harness);
}

#[test]
fn sheets_sent_filled_by_a_unit_read_back_and_taken_as_one_step() {
    use crate::sheets::{Typed, filled};
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("to-units");
    std::fs::create_dir(&out).unwrap();
    let mut document = with_a_year_to_collect();
    // The unit that reports the indicators also runs the first program.
    document.programs[0].responsible_unit = Localized::new("en", "Desarrollo Social");
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Year");
    click(&mut harness, "Send sheets to units…");
    type_path(&mut harness, &out, "Export");
    assert!(
        crate::support::wait_for(&mut harness, "workbooks for 2025 written to"),
        "the status tells where the workbook went"
    );
    let written: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let sent = out.join("desarrollo-social-2025.xlsx");
    assert!(sent.exists(), "{written:?}");
    let bytes = std::fs::read(&sent).unwrap();

    // The unit fills it in its own spreadsheet: a value for the second
    // indicator, money spent, and text where a number belongs.
    let returned = folder.path().join("desarrollo-social-devuelto.xlsx");
    let edits = [
        ("Indicators", 3, 10, Typed::Number(180.0)),
        ("Indicators", 4, 10, Typed::Text("about 40")),
        ("Budget", 2, 5, Typed::Number(9_500_000.0)),
    ];
    std::fs::write(&returned, filled(&bytes, &edits, &[], &[])).unwrap();

    click(&mut harness, "Read sheets back…");
    type_path(&mut harness, &returned, "Open");
    assert!(crate::support::wait_for(&mut harness, "2 figures change"));
    assert!(
        harness
            .query_by_label_contains(
                "desarrollo-social-devuelto.xlsx, sheet Indicators, K5: “about 40” is not a number."
            )
            .is_some(),
        "the cell that could not be used is told by workbook, sheet and cell"
    );
    let before = harness.state().document().clone();
    // Going to a difference's field keeps the figures read on offer.
    harness
        .get_by_label_contains("“Casos atendidos” · Measurement · 2025")
        .click();
    settle(&mut harness);
    assert!(harness.query_by_label("Take these figures").is_some());
    harness.get_by_label("Take these figures").click();
    settle(&mut harness);
    let document = harness.state().document();
    let cases = &document.programs[0].indicators[1];
    assert_eq!(value_in(cases, 2025), Some(180.0));
    assert_eq!(document.programs[0].budget[0].executed, Some(9_500_000.0));
    assert!(
        harness
            .query_by_label_contains("2 figures taken from the sheets")
            .is_some()
    );

    // One undo step takes them all back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    let undone = harness.state().document();
    assert_eq!(value_in(&undone.programs[0].indicators[1], 2025), None);
    assert_eq!(
        undone.programs[0].budget[0].executed,
        before.programs[0].budget[0].executed
    );

    // The same workbook read again (after a redo) changes nothing.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    settle(&mut harness);
    // The difference clicked showed its program: back to the Year panel.
    nav(&mut harness, "Year");
    click(&mut harness, "Read sheets back…");
    type_path(&mut harness, &returned, "Open");
    assert!(crate::support::wait_for(
        &mut harness,
        "Nothing to change: the profile already holds every figure read."
    ));
}

#[test]
fn the_sheets_read_back_at_1024x600() {
    sheets_read_back_at(1024.0, 600.0);
}

#[test]
fn the_sheets_read_back_at_1366x768() {
    sheets_read_back_at(1366.0, 768.0);
}

#[test]
fn the_sheets_read_back_at_1920x1080() {
    sheets_read_back_at(1920.0, 1080.0);
}

/// Figures read from two units' workbooks, with cells that could not be
/// used, waiting to be taken.
fn sheets_read_back_at(width: f32, height: f32) {
    use crate::sheets::{Typed, filled, units_profile};
    let folder = tempfile::tempdir().unwrap();
    let document = units_profile();
    let made =
        carta::sheets::workbooks(&document, 2025, "en", carta::i18n::Language::ENGLISH).unwrap();
    let back = folder.path().join("back");
    std::fs::create_dir(&back).unwrap();
    let edits = [
        ("Indicators", 2, 10, Typed::Number(31.0)),
        ("Indicators", 2, 11, Typed::Text("Counted at both offices")),
        ("Budget", 2, 5, Typed::Text("about 40")),
        ("People reached", 2, 2, Typed::Number(1250.0)),
        ("People reached", 3, 2, Typed::Number(-3.0)),
    ];
    for book in &made {
        std::fs::write(
            back.join(&book.file_name),
            filled(&book.bytes, &edits, &[], &[]),
        )
        .unwrap();
    }
    let options = test_options(folder.path());
    let mut harness = harness_sized(document, None, options, egui::vec2(width, height));
    nav(&mut harness, "Year");
    click(&mut harness, "Read sheets back…");
    type_path(&mut harness, &back, "Open");
    assert!(crate::support::wait_for(&mut harness, "figures change"));
    harness.remove_cursor();
    harness.run_ok();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options(
        format!("sheets_read_{}x{}", width as u32, height as u32),
        &options,
    );
}

/// The bundled example with three years of figures.
pub fn three_years() -> Document {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/san-antonio-three-years.ron");
    carta::store::load(&path).unwrap()
}

#[test]
fn the_progress_tab_at_1024x600() {
    progress_at(1024.0, 600.0);
}

#[test]
fn the_progress_tab_at_1366x768() {
    progress_at(1366.0, 768.0);
}

#[test]
fn the_progress_tab_at_1920x1080() {
    progress_at(1920.0, 1080.0);
}

/// The example's 2025 at a glance: money, people, what is missing, what
/// changed, and each indicator's chart beside its program's rating.
fn progress_at(width: f32, height: f32) {
    let folder = tempfile::tempdir().unwrap();
    let options = test_options(folder.path());
    let mut harness = harness_sized(three_years(), None, options, egui::vec2(width, height));
    nav(&mut harness, "Year");
    click(&mut harness, "Progress");
    assert!(
        harness
            .query_by_label_contains("4 public programs")
            .is_some()
    );
    harness.remove_cursor();
    harness.run_ok();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options(
        format!("progress_{}x{}", width as u32, height as u32),
        &options,
    );
    // Scrolled to the programs, each chart says in words what it draws.
    let chart = "Cases heard by the legal aid office — 2023: 140, 2024: 198, 2025: 246; Baseline 80; Target 300 (2025)";
    for _ in 0..40 {
        if harness.query_by_label(chart).is_some() {
            break;
        }
        let middle = egui::pos2(width * 0.4, height * 0.6);
        harness.event(egui::Event::PointerMoved(middle));
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -120.0),
            modifiers: Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
        });
        harness.run_ok();
    }
    assert!(harness.query_by_label(chart).is_some(), "{chart}");
    harness.remove_cursor();
    harness.run_ok();
    harness.snapshot_options(
        format!("progress_programs_{}x{}", width as u32, height as u32),
        &options,
    );
}

#[test]
fn the_annual_report_is_exported_from_the_file_menu_for_the_years_year() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(three_years(), None, folder.path());
    nav(&mut harness, "Year");
    harness.get_by_label("File").click();
    settle(&mut harness);
    harness.get_by_label("Export").hover();
    settle(&mut harness);
    harness.get_by_label("Annual report (web page)…").click();
    settle(&mut harness);
    let offered = harness
        .get_by_label("File path")
        .accesskit_node()
        .value()
        .unwrap_or_default()
        .to_string();
    assert!(
        offered.ends_with("san-antonio-chile-2025.html"),
        "{offered}"
    );
    let page = folder.path().join("report.html");
    type_path(&mut harness, &page, "Export");
    assert!(crate::support::wait_for(&mut harness, "report.html"));
    for _ in 0..40 {
        if page.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    let written = std::fs::read_to_string(&page).unwrap();
    assert!(written.contains("San Antonio: human rights report 2025"));
}

#[test]
fn the_years_introduction_and_a_consultation_are_written_in_the_progress_tab() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(with_a_year_to_collect(), None, folder.path());
    nav(&mut harness, "Year");
    click(&mut harness, "Progress");
    harness
        .get_by_label("Introduction to the year's report")
        .click();
    settle(&mut harness);
    harness
        .get_by_label("Introduction to the year's report")
        .type_text("A year of listening.");
    settle(&mut harness);
    click(&mut harness, "➕ Add a consultation");
    harness
        .get_by_label("Who took part (consultation 1)")
        .click();
    settle(&mut harness);
    harness
        .get_by_label("Who took part (consultation 1)")
        .type_text("80 residents");
    settle(&mut harness);
    let document = harness.state().document();
    let record = document.years.iter().find(|r| r.year == 2025).unwrap();
    assert_eq!(record.introduction.get("en"), "A year of listening.");
    assert_eq!(record.consultations[0].who.get("en"), "80 residents");
    let report = carta::export::report::Report::of(document, 2025, "en");
    let text = format!("{:?}", report.blocks);
    assert!(text.contains("A year of listening.") && text.contains("80 residents"));
    // One Ctrl+Z per step: the consultation's words, then the consultation.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    let document = harness.state().document();
    let record = document.years.iter().find(|r| r.year == 2025).unwrap();
    assert!(record.consultations.is_empty() || record.consultations[0].who.get("en").is_empty());
}

#[test]
fn an_indicator_is_broken_down_by_sex_and_a_measurement_gets_its_figures_and_note() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(with_a_year_to_collect(), None, folder.path());
    nav(&mut harness, "Programs");
    harness.get_by_label("Community Programs").click();
    settle(&mut harness);
    click(&mut harness, "Indicator 1 broken down by Sex");
    let indicator = |harness: &Harness<'_, carta::app::CartaApp>| {
        harness.state().document().programs[0].indicators[0].clone()
    };
    assert_eq!(
        indicator(&harness).disaggregation,
        [carta::model::year::Dimension::Sex]
    );
    // The measurement of 2024 (20 women) gets its note and a figure by sex.
    click(&mut harness, "Indicator 1 measurement 1 note");
    harness
        .get_by_label("Indicator 1 measurement 1 note")
        .type_text("Course registers");
    settle(&mut harness);
    click(
        &mut harness,
        "Indicator 1 measurement 1: add a figure by category",
    );
    harness
        .get_by_label("Indicator 1 measurement 1 figure 1: category")
        .type_text("Women");
    settle(&mut harness);
    click(&mut harness, "Indicator 1 measurement 1 figure 1: value");
    harness
        .get_by_label("Indicator 1 measurement 1 figure 1: value")
        .type_text("20");
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let measured = &indicator(&harness).measurements[0];
    assert_eq!(measured.note.get("en"), "Course registers");
    assert_eq!(measured.parts.len(), 1);
    assert_eq!(measured.parts[0].category, "Women");
    assert_eq!(measured.parts[0].value, 20.0);
    assert_eq!(
        measured.parts[0].dimension,
        carta::model::year::Dimension::Sex
    );
    // A breakdown of the city's own, named; unticking Sex drops its figures.
    click(&mut harness, "Indicator 1: add a breakdown of your own");
    harness
        .get_by_label("Indicator 1: a breakdown of the city's own, 1")
        .type_text("Neighbourhood council");
    settle(&mut harness);
    assert_eq!(
        indicator(&harness).disaggregation,
        [
            carta::model::year::Dimension::Sex,
            carta::model::year::Dimension::Other("Neighbourhood council".into())
        ]
    );
    click(&mut harness, "Indicator 1 broken down by Sex");
    let now = indicator(&harness);
    assert_eq!(
        now.disaggregation,
        [carta::model::year::Dimension::Other(
            "Neighbourhood council".into()
        )]
    );
    assert!(now.measurements[0].parts.is_empty());
    // One undo brings Sex and its figure back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    let back = indicator(&harness);
    assert!(
        back.disaggregation
            .contains(&carta::model::year::Dimension::Sex)
    );
    assert_eq!(back.measurements[0].parts.len(), 1);
    // People reached are counted by category too.
    let reached = harness.state().document().programs[0].beneficiaries.len();
    click(&mut harness, "➕ Add beneficiaries");
    let n = reached + 1;
    click(
        &mut harness,
        &format!("Beneficiaries {n}: add a figure by category"),
    );
    harness
        .get_by_label(&format!("Beneficiaries {n} figure 1: category"))
        .type_text("65 and over");
    settle(&mut harness);
    click(
        &mut harness,
        &format!("Beneficiaries {n} figure 1: broken down by"),
    );
    harness.get_by_label("Age group").click();
    settle(&mut harness);
    let program = &harness.state().document().programs[0];
    let part = &program.beneficiaries[reached].parts[0];
    assert_eq!(part.category, "65 and over");
    assert_eq!(part.dimension, carta::model::year::Dimension::AgeGroup);
}

#[test]
fn an_indicators_breakdown_at_1024x600() {
    breakdown_at(1024.0, 600.0);
}

#[test]
fn an_indicators_breakdown_at_1366x768() {
    breakdown_at(1366.0, 768.0);
}

#[test]
fn an_indicators_breakdown_at_1920x1080() {
    breakdown_at(1920.0, 1080.0);
}

/// The example's first indicator, broken down by sex, its 2025 figure
/// split into women and men, with the figure's note.
fn breakdown_at(width: f32, height: f32) {
    let folder = tempfile::tempdir().unwrap();
    let options = test_options(folder.path());
    let mut harness = harness_sized(three_years(), None, options, egui::vec2(width, height));
    nav(&mut harness, "Programs");
    harness.get_by_label("Community Programs").click();
    settle(&mut harness);
    harness
        .get_by_label("Indicator 1 measurement 3: add a figure by category")
        .scroll_to_me();
    settle(&mut harness);
    harness.remove_cursor();
    harness.run_ok();
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options(
        format!("breakdown_{}x{}", width as u32, height as u32),
        &options,
    );
}

#[test]
fn the_year_in_review_ends_the_slides_only_once_asked_for() {
    use carta::model::slides::{Figure, Line, Slide, whole_slides};
    let document = three_years();
    let slides = whole_slides(&document, "en", carta::i18n::Language::for_content);
    let review = slides
        .iter()
        .position(|slide| slide.heading() == "2025 in review")
        .expect("the year in review");
    let Slide::Text { lines, .. } = &slides[review] else {
        panic!("{:?}", slides[review]);
    };
    let said: Vec<&str> = lines
        .iter()
        .map(|line| match line {
            Line::Paragraph(text) | Line::Bullet(text) => text.as_str(),
        })
        .collect();
    assert!(
        said[0].starts_with("This example shows the 2025 report"),
        "{said:?}"
    );
    assert!(
        said.iter().any(|line| line.starts_with("People reached: ")),
        "{said:?}"
    );
    assert!(
        said.iter().any(|line| line.starts_with("CLP: ")),
        "{said:?}"
    );
    assert!(
        slides
            .iter()
            .any(|slide| slide.heading() == "Our programs in 2025"),
        "{slides:#?}"
    );
    let charts: Vec<&Figure> = slides
        .iter()
        .filter_map(|slide| match slide {
            Slide::Chart { figure, .. } => Some(figure),
            _ => None,
        })
        .collect();
    assert!(
        charts
            .iter()
            .any(|figure| matches!(figure, Figure::Money { currency, .. } if currency == "CLP"))
    );
    assert!(charts.iter().any(|figure| matches!(
        figure,
        Figure::Indicator { course, year: 2025 } if course.name == "Cases heard by the legal aid office"
    )));
    // The review comes after the overview, before the thanks.
    assert!(matches!(slides.last(), Some(Slide::Closing { .. })));
    // Unticked, the slides are the profile's alone.
    let mut plain = document.clone();
    plain.years[0].in_slides = false;
    let slides = whole_slides(&plain, "en", carta::i18n::Language::for_content);
    assert!(
        !slides
            .iter()
            .any(|slide| slide.heading() == "2025 in review")
    );
    assert!(
        !slides
            .iter()
            .any(|slide| matches!(slide, Slide::Chart { .. }))
    );
}

#[test]
fn the_year_in_review_is_ticked_in_the_progress_tab() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = three_years();
    document.years[0].in_slides = false;
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Year");
    click(&mut harness, "Progress");
    harness
        .get_by_label_contains("End the slides with 2025 in review")
        .click();
    settle(&mut harness);
    assert!(harness.state().document().years[0].in_slides);
}

#[test]
fn a_chart_slide_at_1024x600() {
    chart_slide_at(1024.0, 600.0);
}

#[test]
fn a_chart_slide_at_1366x768() {
    chart_slide_at(1366.0, 768.0);
}

#[test]
fn a_chart_slide_at_1920x1080() {
    chart_slide_at(1920.0, 1080.0);
}

/// The legal aid office's cases as a slide: the chart fills the room under
/// its heading, its type as large as the slide's.
fn chart_slide_at(width: f32, height: f32) {
    let folder = tempfile::tempdir().unwrap();
    let options = test_options(folder.path());
    let mut harness = harness_sized(three_years(), None, options, egui::vec2(width, height));
    harness.key_press(Key::F5);
    settle(&mut harness);
    let (slides, _) = harness.state().presented_slides().expect("presenting");
    let at = slides
        .iter()
        .position(|slide| {
            slide
                .heading()
                .ends_with("Cases heard by the legal aid office")
        })
        .expect("the chart slide");
    for _ in 0..at {
        harness.key_press(Key::ArrowRight);
    }
    settle(&mut harness);
    assert_eq!(harness.state().presented_slide(), Some(at));
    harness.remove_cursor();
    harness.run_steps(2);
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(150);
    harness.snapshot_options(
        format!("slide_chart_{}x{}", width as u32, height as u32),
        &options,
    );
}
