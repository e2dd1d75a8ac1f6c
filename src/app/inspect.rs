//! What tests and the command line may read of the app: plain getters, no
//! behaviour (but one hook for tests to edit as a panel would).

use std::path::{Path, PathBuf};

use super::CartaApp;
use super::flow::Conversation;
use crate::i18n::Language;
use crate::model::Document;
use crate::store::settings::Settings;
use crate::ui::Panel;

/// What tests and the command line may ask of the app.
impl CartaApp {
    pub fn document(&self) -> &Document {
        &self.session.document
    }

    /// Changes the document as a panel would, as one undo step: for tests
    /// that need an edit no story walks through.
    #[doc(hidden)]
    pub fn edit_document(&mut self, edit: impl FnOnce(&mut Document)) {
        edit(&mut self.session.document);
        let session = &mut self.session;
        session.history.record_edit(&session.document, 0.0, true);
    }

    pub fn can_redo(&self) -> bool {
        self.session.history.can_redo()
    }

    pub fn path(&self) -> Option<&Path> {
        self.session.path.as_deref()
    }

    pub fn is_dirty(&self) -> bool {
        self.session.is_dirty()
    }

    /// The Check panel's findings as last worked out (shared, so a test
    /// can tell whether they were worked out again).
    pub fn check_findings(&self) -> Option<std::sync::Arc<[crate::model::check::Finding]>> {
        (self.view.check_cache.as_ref()).map(|cache| std::sync::Arc::clone(&cache.findings))
    }

    /// The panel on screen.
    pub fn panel(&self) -> Panel {
        self.view.panel
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The interface language.
    pub fn language(&self) -> Language {
        self.words
    }

    /// The status bar's message in the interface language, while it shows.
    pub fn status_text(&self) -> Option<String> {
        (self.status.as_ref()).map(|(message, _)| message.text(self.words))
    }

    /// The message shown (or waiting to be shown) to the officer, if any.
    pub fn alert_message(&self) -> Option<String> {
        self.flow.all().find_map(|conversation| match conversation {
            Conversation::Alert(alert) => Some(format!("{}: {}", alert.title, alert.message)),
            Conversation::ImportReport(report) => {
                Some(format!("{}: {}", report.title, report.message))
            }
            _ => None,
        })
    }

    /// The program open in the editor, if any.
    pub fn selected_program(&self) -> Option<crate::model::ProgramId> {
        self.view.selected_program
    }

    /// The programs ticked for tagging at once.
    pub fn selection(&self) -> &std::collections::BTreeSet<crate::model::ProgramId> {
        &self.view.catalogue.selection
    }

    /// The slide on screen (from 0), while presenting.
    /// The presentation's slides as shown, and the part each comes from.
    pub fn presented_slides(&self) -> Option<(&[crate::model::slides::Slide], &[usize])> {
        let presentation = self.presentation.as_ref()?;
        Some((&presentation.slides, presentation.sources()))
    }

    /// Where the last text slide drawn put its lines, and where its body ends.
    pub fn presented_lines(&self) -> Option<(f32, Vec<egui::Rect>)> {
        self.presentation.as_ref()?.drawn.clone()
    }

    /// True while the presentation's screen is blanked (B).
    pub fn is_blank(&self) -> bool {
        self.presentation.as_ref().is_some_and(|p| p.blank)
    }

    pub fn presented_slide(&self) -> Option<usize> {
        self.presentation.as_ref().map(|p| p.index)
    }

    /// True while Carta offers back work a previous run did not save.
    pub fn is_offering_recovery(&self) -> bool {
        self.flow.any(|c| matches!(c, Conversation::Restore { .. }))
    }

    /// Where this instance keeps its unsaved work, if autosave is on.
    pub fn recovery_path(&self) -> Option<PathBuf> {
        self.recovery.as_ref().map(super::autosave::Writer::path)
    }

    /// True while the Save / Don't save / Cancel question is showing.
    pub fn is_asking_about_unsaved_changes(&self) -> bool {
        matches!(self.flow.shown, Some(Conversation::Unsaved(_)))
    }

    /// True while Carta asks whether to replace an existing file.
    pub fn is_asking_to_overwrite(&self) -> bool {
        matches!(self.flow.shown, Some(Conversation::Overwrite { .. }))
    }

    /// True while a library folder is being read.
    pub fn is_reading_library(&self) -> bool {
        matches!(
            self.libraries.shelf(),
            crate::ui::library::Shelf::Reading { .. }
        )
    }

    /// Why recovery copies cannot be written just now, if they cannot.
    pub fn autosave_problem(&self) -> Option<&str> {
        self.autosave_problem.as_deref()
    }
}
