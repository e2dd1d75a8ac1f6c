//! The "type a path" window, for when no native file dialog can be shown.

use std::path::PathBuf;

use egui::RichText;

use crate::i18n::Language;
use crate::tr;

/// What a path is asked for: the same for the native dialog and this window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    SaveAs,
    /// Open another city's profile to copy programs from it.
    ImportPrograms,
    /// Open a page in the campaign's text format.
    ImportCampaignText,
    /// A profile to compare the open one with.
    CompareWith,
    /// A colleague's copy of the open profile, to merge.
    MergeCopy,
    /// A folder of other cities' profiles.
    OpenLibrary,
    /// The folder the units' workbooks are written into.
    SendSheets,
    /// Filled workbooks (several at once), or a folder of them.
    ReadSheets,
    /// Write the profile in another format.
    Export(crate::export::Format),
    /// Write the annual report.
    ExportReport(crate::export::report::ReportFormat),
    /// A picture for the city's logo or cover photo.
    Picture(crate::model::PictureRole),
    /// A translation's folder, named by its language's code.
    AddTranslation,
}

impl Purpose {
    /// The message id of the example under the path: a folder for a library.
    pub fn hint_key(self) -> &'static str {
        match self {
            Self::OpenLibrary | Self::SendSheets => "folder-path-hint",
            Self::AddTranslation => "translation-path-hint",
            _ => "file-path-hint",
        }
    }

    /// The message id of the dialog's title.
    pub fn title_key(self) -> &'static str {
        match self {
            Self::Open => "dialog-open",
            Self::SaveAs => "dialog-save-as",
            Self::ImportPrograms => "dialog-import-programs",
            Self::ImportCampaignText => "dialog-import-campaign-text",
            Self::CompareWith => "dialog-compare-with",
            Self::MergeCopy => "dialog-merge-copy",
            Self::OpenLibrary => "dialog-open-library",
            Self::SendSheets => "dialog-send-sheets",
            Self::ReadSheets => "dialog-read-sheets",
            Self::Export(_) => "dialog-export",
            Self::ExportReport(_) => "dialog-export-report",
            Self::Picture(crate::model::PictureRole::Logo) => "dialog-choose-logo",
            Self::Picture(crate::model::PictureRole::Cover) => "dialog-choose-cover",
            Self::AddTranslation => "dialog-add-translation",
        }
    }

    /// True when the path is written to, so an existing file would be replaced.
    pub fn writes(self) -> bool {
        matches!(self, Self::SaveAs | Self::Export(_) | Self::ExportReport(_))
    }

    /// The message id of the button that confirms the path.
    fn confirm_key(self) -> &'static str {
        match self {
            Self::Open
            | Self::ImportPrograms
            | Self::ImportCampaignText
            | Self::CompareWith
            | Self::MergeCopy
            | Self::OpenLibrary
            | Self::ReadSheets
            | Self::AddTranslation
            | Self::Picture(_) => "open",
            Self::SendSheets => "export",
            Self::SaveAs => "save",
            Self::Export(_) | Self::ExportReport(_) => "export",
        }
    }
}

/// The window's state: what the path is for, why the window shows, the text typed.
#[derive(Clone, Debug)]
pub struct PathEntry {
    pub purpose: Purpose,
    /// Why the window is shown, in the officer's terms.
    pub reason: String,
    /// What the system said, for whoever helps the officer.
    pub details: Option<String>,
    pub text: String,
    /// The path field takes the keyboard focus once, when the window opens.
    pub focused: bool,
}

/// How the window ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathEntryChoice {
    /// The path typed (a Save As without an extension gets `.ron`).
    Confirm(PathBuf),
    Cancel,
}

/// Shows the window; the officer edits `entry.text` in place.
pub fn path_entry_ui(
    ctx: &egui::Context,
    words: Language,
    entry: &mut PathEntry,
) -> Option<PathEntryChoice> {
    let mut decided: Option<bool> = None;
    let modal = super::modal(ctx, "path_entry").show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(tr!(words, entry.purpose.title_key()));
        ui.add_space(6.0);
        ui.label(&entry.reason);
        if let Some(details) = &entry.details {
            egui::CollapsingHeader::new(tr!(words, "details")).show(ui, |ui| {
                ui.label(RichText::new(details).small().weak());
            });
        }
        ui.add_space(6.0);
        let label = ui.label(tr!(words, "file-path")).id;
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut entry.text)
                    .hint_text(tr!(words, entry.purpose.hint_key()))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label);
        if !entry.focused {
            response.request_focus();
            entry.focused = true;
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            decided = Some(true);
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(tr!(words, entry.purpose.confirm_key())).strong())
                .clicked()
            {
                decided = Some(true);
            }
            if ui.button(tr!(words, "cancel")).clicked() {
                decided = Some(false);
            }
        });
    });
    if modal.should_close() && decided.is_none() {
        decided = Some(false);
    }
    match decided {
        Some(true) if !entry.text.trim().is_empty() => {
            let mut path = PathBuf::from(entry.text.trim());
            if entry.purpose == Purpose::SaveAs && path.extension().is_none() {
                path.set_extension("ron");
            }
            Some(PathEntryChoice::Confirm(path))
        }
        Some(false) => Some(PathEntryChoice::Cancel),
        _ => None,
    }
}
