//! How fast the catalogue is at the sizes cities reach: loading and saving,
//! a search keystroke, and one frame of the Programs panel.
//! Run with `cargo bench`; the figures are in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use carta::app::{CartaApp, Command, Options};
use carta::model::catalogue::{self, Filters, SearchIndex, Sort};
use carta::model::synthetic::profile_with_programs;
use carta::model::translation::missing_translations;
use carta::store;
use carta::ui::Panel;

const SIZES: [usize; 3] = [100, 1_000, 10_000];

fn load_and_save(c: &mut Criterion) {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut group = c.benchmark_group("file");
    group.sample_size(20);
    for size in SIZES {
        let document = profile_with_programs(size, 1);
        let path = folder.path().join(format!("profile-{size}.ron"));
        store::save(&document, &path).expect("save");
        group.bench_with_input(BenchmarkId::new("load", size), &path, |b, path| {
            b.iter(|| store::load(black_box(path)).expect("load"));
        });
        group.bench_with_input(BenchmarkId::new("save", size), &document, |b, document| {
            b.iter(|| store::save(black_box(document), &path).expect("save"));
        });
    }
    group.finish();
}

fn search_keystroke(c: &mut Criterion) {
    let document = profile_with_programs(10_000, 1);
    let index = SearchIndex::build(&document);
    let mut group = c.benchmark_group("search");
    group.bench_function("keystroke over 10000 programs", |b| {
        b.iter(|| {
            catalogue::find(
                &document,
                &index,
                black_box("legal aid barr"),
                &Filters::default(),
                Sort::default(),
                "en",
            )
        });
    });
    group.sample_size(20);
    group.bench_function("index build for 10000 programs", |b| {
        b.iter(|| SearchIndex::build(black_box(&document)));
    });
    group.finish();
}

/// CPU time of one frame of the Programs panel: layout and tessellation, as
/// the real window does it, without the GPU upload.
fn programs_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("programs panel frame");
    // The last case translates into Spanish side by side, nothing translated yet:
    // the side bar counts every text left to translate on every frame.
    for (size, translating) in [(100, false), (10_000, false), (10_000, true)] {
        let mut document = profile_with_programs(size, 1);
        let first = document.programs[0].id;
        if translating {
            document.add_language("es");
        }
        let mut app = CartaApp::new(document, None, Options::default());
        if translating {
            app.edit_in("es");
        }
        let ctx = egui::Context::default();
        app.setup(&ctx);
        app.queue(Command::Show(Panel::Programs));
        app.focus_program(first);
        for _ in 0..3 {
            let _ = ctx.run_ui(screen(), |ui| app.frame_ui(ui));
        }
        let name = if translating {
            format!("{size} translating")
        } else {
            size.to_string()
        };
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| {
                let output = ctx.run_ui(screen(), |ui| app.frame_ui(ui));
                ctx.tessellate(output.shapes, output.pixels_per_point)
            });
        });
    }
    group.finish();
}

/// The input of an idle frame in a 1280×800 window.
fn screen() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}

/// One frame of the Check panel listing the 80,000 findings of a 10,000-program
/// catalogue with a language nothing is translated into yet.
fn check_frame(c: &mut Criterion) {
    let mut document = profile_with_programs(10_000, 1);
    document.add_language("es");
    let mut app = CartaApp::new(document, None, Options::default());
    let ctx = egui::Context::default();
    app.setup(&ctx);
    app.queue(Command::Show(Panel::Check));
    for _ in 0..3 {
        let _ = ctx.run_ui(screen(), |ui| app.frame_ui(ui));
    }
    c.bench_function(
        "check panel frame/10000 programs, nothing translated",
        |b| {
            b.iter(|| {
                let output = ctx.run_ui(screen(), |ui| app.frame_ui(ui));
                ctx.tessellate(output.shapes, output.pixels_per_point)
            });
        },
    );
}

/// Counting what is left to translate, as the side bar does once per edit.
/// And the Check panel over the same catalogue: one finding per missing
/// translation, each sentence written by Fluent, once per edit while shown.
fn translation_gaps(c: &mut Criterion) {
    let mut document = profile_with_programs(10_000, 1);
    document.add_language("es");
    c.bench_function("missing translations over 10000 programs", |b| {
        b.iter(|| missing_translations(black_box(&document), "es"));
    });
    let findings = carta::model::check::check(&document, carta::i18n::Language::Spanish).len();
    c.bench_function(
        &format!("check of 10000 programs, nothing translated ({findings} findings)"),
        |b| {
            b.iter(|| {
                carta::model::check::check(black_box(&document), carta::i18n::Language::Spanish)
            })
        },
    );
}

criterion_group!(
    benches,
    load_and_save,
    search_keystroke,
    programs_frame,
    check_frame,
    translation_gaps
);
criterion_main!(benches);
