//! Helpers shared by the stories.

use std::path::{Path, PathBuf};

use carta::app::{CartaApp, Options};
use carta::model::Document;
use egui_kittest::Harness;

/// Options for an app under test: settings in `folder`, no native dialogs.
pub fn test_options(folder: &Path) -> Options {
    Options {
        settings_dir: Some(folder.join("config")),
        native_dialogs: false,
        recovery_dir: Some(folder.join("recovery")),
        // Whatever the machine's locale, the stories read English labels.
        language: Some(carta::i18n::Language::English),
    }
}

/// The real app, driven headless at a laptop's window size.
pub fn harness_with(
    document: Document,
    path: Option<PathBuf>,
    folder: &Path,
) -> Harness<'static, CartaApp> {
    harness_speaking(document, path, folder, carta::i18n::Language::English)
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
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| {
            let app = CartaApp::new(document, path, options);
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
}

/// Steps past the undo grouping delay so the next edit is a new undo step.
pub fn pause(harness: &mut Harness<'_, CartaApp>) {
    for _ in 0..15 {
        harness.step();
    }
    harness.input_mut().time = Some(harness.input().time.unwrap_or(0.0) + 2.0);
    harness.run_steps(2);
}
