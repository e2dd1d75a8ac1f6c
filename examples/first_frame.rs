//! How long Carta takes from start to its first drawn frame, the start-up an
//! officer waits through (fonts included: the first frame lays out every text
//! it shows, so it is the first to need them).
//!
//! Run under a display (`xvfb-run -a`), five times, and read the median:
//!
//! ```text
//! cargo run --release --example first_frame -- [--present] [PROFILE.ron]
//! ```
//!
//! With `--present`, as `carta present FILE`: the first frame is the first
//! slide, full screen.
//!
//! Prints `first frame: N ms` (start to the end of the first frame's drawing)
//! and `second frame: N ms` (after the first was painted), then closes.

use std::time::Instant;

use carta::app::{CartaApp, Options};

/// Carta's own app, timed, closing itself once its second frame is drawn.
struct Timed {
    app: CartaApp,
    start: Instant,
    frames: u32,
}

impl eframe::App for Timed {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        self.frames += 1;
        let elapsed = self.start.elapsed().as_secs_f64() * 1000.0;
        match self.frames {
            1 => println!("first frame: {elapsed:.0} ms"),
            2 => {
                println!("second frame: {elapsed:.0} ms");
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
            _ => {}
        }
        ui.ctx().request_repaint();
    }
}

fn main() {
    let start = Instant::now();
    let options = Options {
        settings_dir: None,
        native_dialogs: false,
        recovery_dir: None,
        language: None,
        fonts: carta::text::fonts::Source::System,
        cache_dir: None,
        versions_dir: None,
    };
    let mut app = CartaApp::with_embedded_profile(options);
    let present = std::env::args().any(|arg| arg == "--present");
    let profile = std::env::args_os().skip(1).find(|arg| arg != "--present");
    if let Some(path) = profile.map(std::path::PathBuf::from) {
        match carta::store::load_stamped(&path) {
            Ok((document, stamp)) => app = app.with_stamped_document(document, path, stamp),
            Err(error) => app.report_load_error(&error),
        }
    }
    if present {
        app.queue(carta::app::Command::Present);
    }
    let native_options = carta::app::native_options(None, present);
    let result = eframe::run_native(
        "Carta",
        native_options,
        Box::new(move |cc| {
            app.setup(&cc.egui_ctx);
            Ok(Box::new(Timed {
                app,
                start,
                frames: 0,
            }))
        }),
    );
    if let Err(error) = result {
        eprintln!("the window could not be opened: {error}");
    }
}
