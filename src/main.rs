//! `carta`: the desktop app, and headless commands for scripts.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use carta::app::{CartaApp, Options, dialog_errors, settings};
use carta::store;

/// Keep, check and present your city's Human Rights City profile and its
/// catalogue of municipal programs.
#[derive(Parser)]
#[command(name = "carta", version, about)]
struct Cli {
    /// A profile file (.ron) to open; without one, the San Antonio (Chile) example opens.
    file: Option<PathBuf>,

    /// Never use the system's file dialogs; ask for typed paths instead.
    #[arg(long)]
    no_native_dialogs: bool,

    #[command(subcommand)]
    command: Option<Headless>,
}

#[derive(Subcommand)]
enum Headless {
    /// Check that profile files can be read; prints `FILE: ok` or `FILE:LINE:COL: message`.
    Check {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Headless::Check { files }) => check(&files),
        None => run_gui(cli.file, !cli.no_native_dialogs),
    }
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for file in files {
        match store::load(file) {
            Ok(_) => println!("{}: ok", file.display()),
            Err(error) => {
                failed = true;
                println!("{error}");
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_gui(file: Option<PathBuf>, native_dialogs: bool) -> ExitCode {
    dialog_errors::install();
    let config_dir = settings::config_dir();
    let options = Options {
        settings_dir: config_dir.clone(),
        native_dialogs,
    };
    let mut app = CartaApp::with_embedded_profile(options);
    if let Some(file) = file {
        match store::load(&file) {
            Ok(document) => app = app.with_document(document, file),
            Err(error) => app.report_load_error(&error),
        }
    }
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Carta")
            .with_app_id("carta")
            .with_inner_size([1160.0, 700.0])
            .with_min_inner_size([720.0, 480.0])
            .with_icon(carta::ui::icon::window_icon()),
        persistence_path: config_dir,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Carta",
        native_options,
        Box::new(move |cc| {
            app.setup(&cc.egui_ctx);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("carta: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}
