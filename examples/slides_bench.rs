//! Times laying out a deck of slides for the screen (`ui::slide_flow`):
//! every part of the profile measured with the slides' fonts and flowed
//! onto as many slides as a window of that shape needs; then the PDF
//! handout (`export::pdf`), laid out by the same engine with the faces it
//! embeds, set and written.
//!
//!     cargo run --release --example slides_bench -- [--programs N]
//!
//! Lays out the San Antonio sample and a profile of N programs (default
//! 1,000, in one policy area so that one part flows over many slides) at
//! 1280×720 and 1024×768; prints the slides made, the first layout's time
//! (nothing laid out before) and the mean of later ones; then the time to
//! make each handout (16:9, with notes).

use std::time::Instant;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// Programs of the large profile.
    #[arg(long, default_value_t = 1000)]
    programs: usize,
}

fn main() {
    let args = Args::parse();
    let sample = carta::store::embedded_profile();
    let mut large = carta::model::synthetic::profile_with_programs(args.programs, 7);
    let ids: Vec<_> = large.programs.iter().map(|p| p.id).collect();
    if let Some(area) = large.policies.areas.first_mut() {
        area.programs = ids;
    }
    for (name, document) in [("sample", &sample), ("large", &large)] {
        let whole =
            carta::model::slides::whole_slides(document, "en", carta::i18n::Language::for_content);
        for size in [egui::vec2(1280.0, 720.0), egui::vec2(1024.0, 768.0)] {
            let input = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
                ..Default::default()
            };
            // A fresh context, its fonts loaded by an empty pass; then the
            // first flow (nothing laid out yet: what pressing F5 costs) and
            // later ones (egui keeps the last pass's layouts).
            let ctx = egui::Context::default();
            carta::ui::fonts::install(&ctx, carta::text::fonts::Source::System);
            let _ = ctx.run_ui(input.clone(), |_| {});
            let english = carta::i18n::Language::ENGLISH;
            let mut made = 0;
            let started = Instant::now();
            let _ = ctx.run_ui(input.clone(), |ui| {
                made = carta::ui::slide_flow::flow(ui, &whole, size, english).len();
            });
            let first = started.elapsed().as_secs_f64() * 1000.0;
            let rounds = if name == "sample" { 20 } else { 3 };
            let started = Instant::now();
            for _ in 0..rounds {
                let _ = ctx.run_ui(input.clone(), |ui| {
                    made = carta::ui::slide_flow::flow(ui, &whole, size, english).len();
                });
            }
            let mean = started.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds);
            println!(
                "{name} ({} programs) at {}x{}: {made} slides; first layout {first:.1} ms, again {mean:.1} ms",
                document.programs.len(),
                size.x,
                size.y
            );
        }
        for (format, handout) in [
            ("16:9 handout", carta::export::pdf::Handout::default()),
            (
                "notes handout",
                carta::export::pdf::Handout {
                    notes: true,
                    ..Default::default()
                },
            ),
        ] {
            let started = Instant::now();
            let bytes = carta::export::pdf::handout_pdf(&whole, "en", handout, &Default::default())
                .unwrap_or_default();
            println!(
                "{name}: {format} made in {:.0} ms ({} kB)",
                started.elapsed().as_secs_f64() * 1000.0,
                bytes.len() / 1000
            );
        }
    }
}
