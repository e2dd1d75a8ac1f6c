//! Times the officer's year at the sizes issue 27's targets name:
//!
//!     cargo run --release --example year_bench
//!
//! - the year's figures (`YearFigures::of`) of 10,000 programs with 3
//!   indicators and 5 years of measurements and budget each (target: under
//!   100 ms);
//! - the Year panel's rows worked out again (after an edit elsewhere);
//! - one frame of the Year panel listing 30,000 indicator rows, and one
//!   frame while a value is typed into it (target: under 8 ms of CPU).
//!
//! Each time is the median of several runs; the figures go in BENCHMARKS.md.

mod support;

use support::{five_years, median};

use carta::app::{CartaApp, Options};
use carta::model::monitoring::{YearFigures, YearFilter, indicator_rows};
use carta::ui::{Command, Panel};

fn main() {
    let document = five_years();
    let figures = median(9, || {
        std::hint::black_box(YearFigures::of(&document, 2025, "en"));
    });
    println!("year's figures, 10,000 programs x 3 indicators x 5 years: {figures:.1?}");
    let rows = median(9, || {
        std::hint::black_box(indicator_rows(
            &document,
            2025,
            &YearFilter::default(),
            "en",
        ));
    });
    println!("Year panel rows worked out again, 30,000 indicators: {rows:.1?}");

    let mut app = CartaApp::new(document, None, Options::default());
    let ctx = egui::Context::default();
    app.setup(&ctx);
    let mut time = 0.0;
    let mut frame = |app: &mut CartaApp, events: Vec<egui::Event>| {
        time += 0.1;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1366.0, 768.0),
            )),
            time: Some(time),
            events,
            ..Default::default()
        };
        let _ = ctx.run_ui(input, |ui| app.frame_ui(ui));
    };
    app.queue(Command::Show(Panel::Year));
    for _ in 0..3 {
        frame(&mut app, Vec::new());
    }
    let idle = median(21, || frame(&mut app, Vec::new()));
    println!("Year panel frame, 30,000 indicator rows: {idle:.2?}");
    // Typing into the first row's value: a click into it, then digits.
    let cell = egui::pos2(700.0, 300.0);
    frame(
        &mut app,
        vec![
            egui::Event::PointerMoved(cell),
            egui::Event::PointerButton {
                pos: cell,
                button: egui::PointerButton::Primary,
                pressed: true,
                modifiers: egui::Modifiers::NONE,
            },
            egui::Event::PointerButton {
                pos: cell,
                button: egui::PointerButton::Primary,
                pressed: false,
                modifiers: egui::Modifiers::NONE,
            },
        ],
    );
    let typing = median(21, || {
        frame(&mut app, vec![egui::Event::Text("7".to_owned())]);
    });
    println!("Year panel frame while a value is typed, 30,000 rows: {typing:.2?}");
    // What was typed landed: the first indicator's 2025 value is all sevens.
    let typed = carta::model::monitoring::value_in(&app.document().programs[0].indicators[0], 2025);
    println!("(the first row's value for 2025 is now {typed:?})");
}
