//! Native open/save dialogs, run on their own thread so the window never freezes,
//! and a way to tell "the officer cancelled" from "no dialog could be shown".

use crate::i18n::Language;
use crate::tr;
use std::path::PathBuf;
use std::sync::mpsc;

pub use crate::ui::dialogs::Purpose;

/// How a dialog ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Picked(PathBuf),
    /// Several files picked at once (the units' sheets).
    PickedMany(Vec<PathBuf>),
    Cancelled,
    /// No native dialog could be shown; the reason, for the officer.
    Unavailable(String),
}

/// A dialog that is open (or failing to open) on another thread.
pub struct PendingDialog {
    pub purpose: Purpose,
    receiver: mpsc::Receiver<Outcome>,
}

impl PendingDialog {
    /// Shows the native dialog. `suggested` is the file name offered by Save As.
    pub fn spawn(
        purpose: Purpose,
        folder: Option<PathBuf>,
        suggested: String,
        language: Language,
    ) -> Self {
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn({
                let sender = sender.clone();
                move || {
                    let outcome = run(purpose, folder, suggested, language);
                    sender.send(outcome).ok();
                }
            });
        if let Err(err) = spawned {
            sender
                .send(Outcome::Unavailable(format!(
                    "cannot start the dialog: {err}"
                )))
                .ok();
        }
        Self { purpose, receiver }
    }

    /// The outcome, once the dialog has closed.
    pub fn poll(&self) -> Option<Outcome> {
        match self.receiver.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Outcome::Unavailable(
                "the file dialog stopped unexpectedly".to_owned(),
            )),
        }
    }
}

fn run(
    purpose: Purpose,
    folder: Option<PathBuf>,
    suggested: String,
    language: Language,
) -> Outcome {
    let mut dialog = match purpose {
        Purpose::Export(format) => rfd::FileDialog::new()
            .add_filter(tr!(language, format.label_key()), &[format.extension()]),
        Purpose::ImportCampaignText => {
            rfd::FileDialog::new().add_filter(tr!(language, "filter-text"), &["txt"])
        }
        Purpose::ExportReport(format) => rfd::FileDialog::new()
            .add_filter(tr!(language, format.label_key()), &[format.extension()]),
        Purpose::ReadSheets => rfd::FileDialog::new().add_filter(
            tr!(language, "filter-sheets"),
            &["xlsx", "xlsm", "xls", "ods", "csv", "XLSX", "ODS", "CSV"],
        ),
        Purpose::AddTranslation => rfd::FileDialog::new().add_filter(
            tr!(language, "filter-translation"),
            &["zip", "ftl", "ron", "ZIP"],
        ),
        Purpose::Picture(_) => rfd::FileDialog::new().add_filter(
            tr!(language, "filter-pictures"),
            &["png", "jpg", "jpeg", "PNG", "JPG", "JPEG"],
        ),
        _ => rfd::FileDialog::new().add_filter(tr!(language, "filter-profile"), &["ron"]),
    }
    .add_filter(tr!(language, "filter-all-files"), &["*"])
    .set_title(tr!(language, purpose.title_key()));
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    dialog_errors::clear();
    let picked = match purpose {
        Purpose::Open
        | Purpose::ImportPrograms
        | Purpose::ImportCampaignText
        | Purpose::CompareWith
        | Purpose::MergeCopy
        | Purpose::Picture(_) => dialog.pick_file(),
        Purpose::OpenLibrary | Purpose::SendSheets => dialog.pick_folder(),
        // One of its files, or its zip: a folder and a zip cannot be picked
        // in one dialog, and any file inside names its folder.
        Purpose::AddTranslation => dialog.pick_file(),
        Purpose::ReadSheets => {
            return match dialog.pick_files() {
                Some(paths) if !paths.is_empty() => Outcome::PickedMany(paths),
                _ => match dialog_errors::take() {
                    Some(reason) => Outcome::Unavailable(reason),
                    None => Outcome::Cancelled,
                },
            };
        }
        Purpose::Export(_) | Purpose::ExportReport(_) | Purpose::SaveAs => {
            dialog.set_file_name(suggested).save_file()
        }
    };
    match picked {
        Some(path) => Outcome::Picked(path),
        // rfd answers `None` both for "cancelled" and for "could not show a dialog";
        // the errors it logged on this thread tell the two apart.
        None => match dialog_errors::take() {
            Some(reason) => Outcome::Unavailable(reason),
            None => Outcome::Cancelled,
        },
    }
}

/// Collects the errors rfd logs on the dialog thread, and passes every warning
/// and error on to standard error.
pub mod dialog_errors {
    use std::cell::RefCell;

    thread_local! {
        static ERRORS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }

    pub(super) struct Logger;

    impl log::Log for Logger {
        fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
            metadata.level() <= log::Level::Warn && shown(metadata.target())
        }

        fn log(&self, record: &log::Record<'_>) {
            if !self.enabled(record.metadata()) {
                return;
            }
            if record.target().starts_with("rfd") {
                match record.level() {
                    log::Level::Error => {
                        ERRORS.with(|errors| errors.borrow_mut().push(record.args().to_string()));
                    }
                    // Without a desktop portal rfd logs an error, then shows
                    // zenity's dialog: the portal's error is not the
                    // dialog's, and cancelling zenity is a cancel.
                    log::Level::Warn if record.args().to_string().contains("zenity fallback") => {
                        clear();
                    }
                    _ => {}
                }
            }
            eprintln!(
                "[{}] {}: {}",
                record.level(),
                record.target(),
                record.args()
            );
        }

        fn flush(&self) {}
    }

    /// Whether a library's warnings from `target` reach the terminal. ICU4X
    /// warns of every language CLDR names but has no data for (a search
    /// for "ja" asks about "jam"): an answer Carta expects, not news.
    pub(super) fn shown(target: &str) -> bool {
        !target.starts_with("icu")
    }

    pub(super) static LOGGER: Logger = Logger;

    /// Installs the logger; harmless when another logger is already set.
    pub fn install() {
        if log::set_logger(&LOGGER).is_ok() {
            log::set_max_level(log::LevelFilter::Warn);
        }
    }

    pub(super) fn clear() {
        ERRORS.with(|errors| errors.borrow_mut().clear());
    }

    pub(super) fn take() -> Option<String> {
        let errors = ERRORS.with(|errors| std::mem::take(&mut *errors.borrow_mut()));
        (!errors.is_empty()).then(|| errors.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::dialog_errors;

    fn rfd_says(level: log::Level, text: &str) {
        log::Log::log(
            &dialog_errors::LOGGER,
            &log::Record::builder()
                .level(level)
                .target("rfd::backend::xdg_desktop_portal")
                .args(format_args!("{text}"))
                .build(),
        );
    }

    #[test]
    fn icu4x_finding_no_data_for_a_language_is_not_printed() {
        assert!(!dialog_errors::shown("icu_provider::error"));
        assert!(dialog_errors::shown("rfd::backend::xdg_desktop_portal"));
        assert!(dialog_errors::shown("carta"));
    }

    #[test]
    fn a_portal_missing_before_zenity_shows_its_dialog_is_no_failure_of_the_dialog() {
        dialog_errors::clear();
        rfd_says(log::Level::Error, "Failed to connect to session bus");
        rfd_says(log::Level::Warn, "Using zenity fallback");
        // The officer pressed Cancel in zenity's dialog.
        assert_eq!(dialog_errors::take(), None);
        rfd_says(log::Level::Error, "Failed to connect to session bus");
        rfd_says(log::Level::Warn, "Using zenity fallback");
        rfd_says(
            log::Level::Error,
            "Failed to pick file with zenity: not found",
        );
        assert_eq!(
            dialog_errors::take().as_deref(),
            Some("Failed to pick file with zenity: not found")
        );
    }
}
