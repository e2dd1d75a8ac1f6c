//! How fast the catalogue is at the sizes cities reach: loading and saving,
//! a search keystroke, and one frame of the Programs panel.
//! Run with `cargo bench`; the figures are in BENCHMARKS.md.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use carta::app::{CartaApp, Command, Options};
use carta::model::catalogue::{self, Filters, SearchIndex, Sort};
use carta::model::synthetic::profile_with_programs;
use carta::model::translation::missing_translations;
use carta::store;
use carta::ui::Panel;

const SIZES: [usize; 3] = [100, 1_000, 10_000];

/// The system allocator, counting the bytes in use, to state what the undo
/// history holds.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed straight to the system allocator; the counter
// only observes sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        IN_USE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: same layout, as the caller promised.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// An undo step at 10,000 programs (one program edited, the step recorded),
/// and the memory 100 such steps hold, printed beside the document's own.
fn undo_steps(c: &mut Criterion) {
    use carta::app::history::{History, MAX_STEPS};
    let before = IN_USE.load(Ordering::Relaxed);
    let mut document = profile_with_programs(10_000, 1);
    let document_bytes = IN_USE.load(Ordering::Relaxed) - before;
    let before = IN_USE.load(Ordering::Relaxed);
    let mut history = History::new(&document);
    for step in 0..MAX_STEPS {
        document.programs[step]
            .title
            .set("en", format!("Edited {step}"));
        history.record_edit(&document, step as f64 * 10.0, true);
    }
    let history_bytes = IN_USE.load(Ordering::Relaxed) - before;
    eprintln!(
        "undo: {} steps at 10000 programs hold {:.1} MB ({} program copies); the document itself is {:.1} MB",
        history.steps(),
        history_bytes as f64 / 1e6,
        history.program_copies(),
        document_bytes as f64 / 1e6,
    );
    // The UI thread's part of starting an autosave: the record that shares the
    // history's programs, handed to the writer (which writes it on its own
    // thread).
    c.bench_function("autosave start at 10000 programs, UI thread", |b| {
        b.iter(|| {
            let document = history.settled_state().expect("settled");
            std::sync::Arc::new(carta::store::recovery::Pending::new(None, None, document))
        });
    });
    let mut step = 0usize;
    c.bench_function("undo step at 10000 programs (edit one, record)", |b| {
        b.iter(|| {
            step += 1;
            document.programs[step % 10_000]
                .title
                .set("en", format!("Again {step}"));
            history.record_edit(black_box(&document), step as f64 * 10.0, true);
        });
    });
}

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
    let index = SearchIndex::build(&document, &carta::i18n::Language::all());
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
        b.iter(|| SearchIndex::build(black_box(&document), &carta::i18n::Language::all()));
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

/// A frame of the Vision panel whose text, 2,000 Arabic characters with
/// numbers and acronyms, is focused for editing (laid out by parley, drawn
/// once into a texture): an idle frame, and a frame with a keystroke (a
/// letter typed, then taken back, so the text stays as long).
fn arabic_field_frame(c: &mut Criterion) {
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document.vision.form = carta::model::VisionForm::Prose;
    let sentence = "مدينة تطوان لحقوق الإنسان مع UNESCO منذ 2022، ";
    let mut text = String::new();
    while text.chars().count() < 2_000 {
        text.push_str(sentence);
    }
    let text: String = text.chars().take(2_000).collect();
    document.vision.prose.set(&lang, text);
    let mut app = CartaApp::new(document, None, Options::default());
    let ctx = egui::Context::default();
    app.setup(&ctx);
    app.queue(Command::Show(Panel::Vision));
    for _ in 0..3 {
        let _ = ctx.run_ui(screen(), |ui| app.frame_ui(ui));
    }
    // A click in the field gives it the focus.
    let at = egui::pos2(600.0, 320.0);
    for pressed in [true, false] {
        let mut input = screen();
        input.events.push(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        let _ = ctx.run_ui(input, |ui| app.frame_ui(ui));
    }
    let _ = ctx.run_ui(screen(), |ui| app.frame_ui(ui));
    assert!(
        carta::ui::caret_drawn(&ctx).is_some(),
        "the Arabic field has the focus"
    );
    let mut group = c.benchmark_group("arabic field of 2000 characters, focused");
    group.bench_function("idle frame", |b| {
        b.iter(|| {
            let output = ctx.run_ui(screen(), |ui| app.frame_ui(ui));
            ctx.tessellate(output.shapes, output.pixels_per_point)
        });
    });
    let mut typed = false;
    group.bench_function("frame with a keystroke", |b| {
        b.iter(|| {
            let mut input = screen();
            input.events.push(if typed {
                egui::Event::Key {
                    key: egui::Key::Backspace,
                    physical_key: None,
                    pressed: true,
                    repeat: false,
                    modifiers: egui::Modifiers::NONE,
                }
            } else {
                egui::Event::Text("ب".to_owned())
            });
            typed = !typed;
            let output = ctx.run_ui(input, |ui| app.frame_ui(ui));
            ctx.tessellate(output.shapes, output.pixels_per_point)
        });
    });
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
/// translation, found once per edit while shown, then said by Fluent once
/// per edit or switch of interface language.
fn translation_gaps(c: &mut Criterion) {
    let mut document = profile_with_programs(10_000, 1);
    document.add_language("es");
    c.bench_function("missing translations over 10000 programs", |b| {
        b.iter(|| missing_translations(black_box(&document), "es"));
    });
    let findings = carta::model::check::check(&document);
    let count = findings.len();
    c.bench_function(
        &format!("check of 10000 programs, nothing translated ({count} findings)"),
        |b| {
            b.iter(|| carta::model::check::check(black_box(&document)));
        },
    );
    c.bench_function(&format!("saying {count} findings in Spanish"), |b| {
        b.iter(|| {
            (black_box(&findings).iter())
                .map(|finding| finding.message.say(carta::i18n::Language::SPANISH))
                .collect::<Vec<_>>()
        });
    });
}

/// The UI-thread cost of a frame in which autosave starts, at 10,000
/// programs: each frame undoes or redoes one step (so the document changed)
/// five seconds after the last copy. Beside it, the same frames with
/// autosave off: the difference is what autosave costs the frame.
fn autosave_frame(c: &mut Criterion) {
    let folder = tempfile::tempdir().expect("temporary folder");
    for (name, recovery_dir) in [
        (
            "frame with undo, autosave starting/10000 programs",
            Some(folder.path().join("recovery")),
        ),
        ("frame with undo, autosave off/10000 programs", None),
    ] {
        let options = Options {
            recovery_dir,
            ..Options::default()
        };
        let mut app = CartaApp::new(profile_with_programs(10_000, 1), None, options);
        let ctx = egui::Context::default();
        app.setup(&ctx);
        let mut time = 0.0;
        let frame = |app: &mut CartaApp, time: f64| {
            let mut input = screen();
            input.time = Some(time);
            let _ = ctx.run_ui(input, |ui| app.frame_ui(ui));
        };
        frame(&mut app, time);
        // One step to undo and redo, made as the side bar makes one.
        app.queue_action(carta::ui::Action::AddLanguage("fr".to_owned()));
        frame(&mut app, time);
        let mut undo = true;
        c.bench_function(name, |b| {
            b.iter(|| {
                time += 6.0;
                app.queue(if undo { Command::Undo } else { Command::Redo });
                undo = !undo;
                frame(&mut app, time);
            });
        });
    }
}

criterion_group!(
    benches,
    arabic_field_frame,
    load_and_save,
    search_keystroke,
    programs_frame,
    check_frame,
    translation_gaps,
    undo_steps,
    autosave_frame
);
criterion_main!(benches);
