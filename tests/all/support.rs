//! Helpers shared by the stories.

use std::path::{Path, PathBuf};

use carta::app::{CartaApp, Options};
use carta::model::Document;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// Options for an app under test: settings in `folder`, no native dialogs.
pub fn test_options(folder: &Path) -> Options {
    Options {
        settings_dir: Some(folder.join("config")),
        native_dialogs: false,
        recovery_dir: Some(folder.join("recovery")),
        // Whatever the machine's locale, the stories read English labels.
        language: Some(carta::i18n::Language::ENGLISH),
        fonts: carta::text::fonts::Source::System,
        cache_dir: Some(folder.join("cache")),
        versions_dir: Some(folder.join("versions")),
    }
}

/// The real app, driven headless at a laptop's window size.
pub fn harness_with(
    document: Document,
    path: Option<PathBuf>,
    folder: &Path,
) -> Harness<'static, CartaApp> {
    harness_speaking(document, path, folder, carta::i18n::Language::ENGLISH)
}

/// `harness_with`, its interface in `language` (as after a first run on a
/// system in that language).
pub fn harness_speaking(
    document: Document,
    path: Option<PathBuf>,
    folder: &Path,
    language: carta::i18n::Language,
) -> Harness<'static, CartaApp> {
    let options = Options {
        language: Some(language),
        ..test_options(folder)
    };
    harness_sized(document, path, options, egui::vec2(1280.0, 800.0))
}

/// The real app with `options`, in a window of `size`.
pub fn harness_sized(
    document: Document,
    path: Option<PathBuf>,
    options: Options,
    size: egui::Vec2,
) -> Harness<'static, CartaApp> {
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        let mut app = CartaApp::new(document, path, options);
        app.setup(&cc.egui_ctx);
        app
    });
    harness.run_ok();
    harness
}

/// Steps the harness a few frames, enough for clicks and typing to land,
/// without requiring the app to go idle.
pub fn settle(harness: &mut Harness<'_, CartaApp>) {
    harness.run_steps(4);
    until_autosaved(harness);
}

/// Steps until the recovery-file writer has done what it was given (it works
/// on its own thread), for up to three seconds of real time.
pub fn until_autosaved(harness: &mut Harness<'_, CartaApp>) {
    for _ in 0..300 {
        if !harness.state().is_autosaving() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    // One more frame takes in the writer's last answer.
    harness.step();
}

/// Steps past the undo grouping delay so the next edit is a new undo step.
pub fn pause(harness: &mut Harness<'_, CartaApp>) {
    for _ in 0..15 {
        harness.step();
    }
    // From the app's own clock: the harness's input forgets the time it was
    // given after a step, and time never runs backwards.
    let now = harness.ctx.input(|input| input.time);
    harness.input_mut().time = Some(now + 2.0);
    harness.run_steps(2);
}

/// Lets `seconds` of the app's clock pass, as an idle officer would.
pub fn wait(harness: &mut Harness<'_, CartaApp>, seconds: f64) {
    let time = harness.input().time.unwrap_or(0.0);
    harness.input_mut().time = Some(time + seconds);
    harness.run_steps(3);
    until_autosaved(harness);
}

/// Steps the app until `label` shows, for up to three seconds of real time:
/// file-system events arrive on their own thread.
pub fn wait_for(harness: &mut Harness<'_, CartaApp>, label: &str) -> bool {
    for _ in 0..60 {
        harness.step();
        if harness.query_by_label_contains(label).is_some() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    false
}

/// The `carta` command, in the "C" locale: messages in English whatever the machine's.
pub fn carta_command() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_carta"));
    command.env("LC_ALL", "C");
    // The library's cache goes to a folder of the tests', not the user's.
    command.env(
        "XDG_CACHE_HOME",
        std::env::temp_dir().join("carta-tests-cache"),
    );
    command
}

/// Clicks into the field labelled `label`, goes to the end of its text and types.
pub fn type_at_end(harness: &mut Harness<'_, CartaApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    settle(harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.key_press(Key::End);
    harness.get_by_label(label).type_text(text);
    settle(harness);
}

/// Goes to a panel through the side bar.
pub fn nav(harness: &mut Harness<'_, CartaApp>, panel: &str) {
    harness.get_by_role_and_label(Role::Button, panel).click();
    settle(harness);
}

/// The San Antonio profile saved as `shared.ron` in `folder`, open in the app.
pub fn open_saved(folder: &Path) -> (PathBuf, Harness<'static, CartaApp>) {
    let path = folder.join("shared.ron");
    carta::store::save(&carta::store::embedded_profile(), &path).unwrap();
    let harness = harness_with(
        carta::store::load(&path).unwrap(),
        Some(path.clone()),
        folder,
    );
    (path, harness)
}

/// Are poppler's `pdftotext` and `pdffonts` here to read a PDF back? Says so
/// when not (`.ci/run` installs them).
/// The structure tree of the PDF at `pdf` as `pdfinfo -struct-text` reads
/// it out: what a screen reader is given.
pub fn pdf_structure(pdf: &std::path::Path) -> String {
    let tree = std::process::Command::new("pdfinfo")
        .arg("-struct-text")
        .arg(pdf)
        .output()
        .unwrap();
    String::from_utf8_lossy(&tree.stdout).into_owned()
}

pub fn have_poppler() -> bool {
    let have = |program: &str| {
        std::process::Command::new(program)
            .arg("-v")
            .output()
            .is_ok()
    };
    let here = have("pdftotext") && have("pdffonts");
    if !here {
        eprintln!("skipped: poppler-utils is not installed (.ci/run installs it)");
    }
    here
}

/// A file dropped on the window from the desktop.
#[derive(Debug)]
pub struct DroppedPath(pub std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|err| err.to_string())
    }
}

/// `document`'s content: without the identity and version ids each save
/// gives it (Carta's bookkeeping, not the officer's work).
pub fn content(mut document: carta::model::Document) -> carta::model::Document {
    document.identity = None;
    document.lineage.clear();
    document
}
