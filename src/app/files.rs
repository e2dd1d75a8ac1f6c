//! Running what the officer asked for: commands, and everything that reads or
//! writes a file for them — open, save, Save As, import, export — asking
//! first whatever must be asked.

use std::path::{Path, PathBuf};

use super::CartaApp;
use super::file_dialog::{Outcome, PendingDialog};
use super::flow::{Conversation, Next};
use crate::model::Document;
use crate::store::{self, LoadError};
use crate::ui::dialogs::{Alert, Help, ImportReport, PathEntry, Places, Purpose, SuggestionRow};
use crate::ui::{self, Action, Command, Panel};
use crate::{msg, tr};

impl CartaApp {
    /// Acts on one thing drawing asked for, after the frame.
    pub(super) fn run(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Run(command) => self.run_command(ctx, command),
            Action::OpenPath(path) => self.request(Next::Open(Some(path))),
            Action::ChoosePicture(role) => {
                self.picture.asked_for = Some(self.session.id);
                self.ask_for_path(Purpose::Picture(role));
            }
            Action::ClearRecent => {
                self.settings.recent_files.clear();
                self.store_settings();
            }
            Action::SetTheme(choice) => {
                self.settings.theme = choice;
                super::apply_theme_choice(ctx, choice);
                self.store_settings();
            }
            Action::SetLanguage(language) => {
                self.words = language;
                ui::set_language(ctx, language);
                self.settings.choose_language(language.code());
                self.store_settings();
            }
            Action::EditIn(lang) => self.view.content_lang = Some(lang),
            Action::CopyFromLibrary(hits) => self.copy_from_library(ctx, &hits),
            Action::StopReadingLibrary => self.stop_reading_library(),
            Action::AddLanguage(lang) => {
                if self.session.document.add_language(&lang) {
                    self.record_step(ctx);
                }
                self.view.content_lang = Some(lang);
            }
            Action::MakeMainLanguage(lang) => {
                if self.session.document.set_main_language(&lang) {
                    self.record_step(ctx);
                }
                self.view.content_lang = Some(lang);
            }
            Action::TranslateInto(tag) => self.translate_into(&tag),
            Action::RemoveLanguage(lang) => {
                // An undoable step like any other: Ctrl+Z brings the texts back.
                if self.session.document.remove_language(&lang) {
                    self.record_step(ctx);
                    let language = crate::i18n::content_language_name(self.words, &lang);
                    self.say(msg!("status-language-removed", language = language));
                }
                self.view.content_lang = None;
            }
        }
    }

    /// Records a change made outside the panels as an undo step of its own.
    fn record_step(&mut self, ctx: &egui::Context) {
        let session = &mut self.session;
        let now = ctx.input(|i| i.time);
        session.history.record_edit(&session.document, now, true);
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.request(Next::New),
            Command::Open => self.request(Next::Open(None)),
            Command::Save => match self.session.path.clone() {
                Some(path) => {
                    self.save_to(path);
                }
                None => self.ask_for_path(Purpose::SaveAs),
            },
            Command::SaveAs => self.ask_for_path(Purpose::SaveAs),
            Command::ImportPrograms => self.ask_for_path(Purpose::ImportPrograms),
            Command::CompareWith => self.ask_for_path(Purpose::CompareWith),
            Command::MergeCopy => self.ask_for_path(Purpose::MergeCopy),
            Command::VersionHistory => self.show_history(),
            Command::SendSheets => self.ask_for_path(Purpose::SendSheets),
            Command::ReadSheets => self.ask_for_path(Purpose::ReadSheets),
            Command::ImportCampaignText => self.request(Next::ImportCampaignText),
            Command::OpenLibrary => self.ask_for_path(Purpose::OpenLibrary),
            Command::Print => self.print(),
            Command::Guide => self.flow.ask(Conversation::Help(Help::Guide)),
            Command::TranslateCarta => {
                crate::ui::open_language_search(ctx, crate::ui::SearchFor::Translation);
            }
            Command::AddTranslation => self.ask_for_path(Purpose::AddTranslation),
            Command::ReloadTranslations => self.reload_translations(),
            Command::Shortcuts => self.flow.ask(Conversation::Help(Help::Shortcuts)),
            Command::About => {
                let places = Places {
                    settings: self.options.settings_dir.clone(),
                    recovery: self.options.recovery_dir.clone(),
                    cache: self.options.cache_dir.clone(),
                };
                self.flow.ask(Conversation::Help(Help::About(places)));
            }
            Command::Export(format) => self.ask_for_path(Purpose::Export(format)),
            Command::ExportReport(format) => self.ask_for_path(Purpose::ExportReport(format)),
            Command::Quit => self.request(Next::Close),
            Command::Undo => {
                let session = &mut self.session;
                if session.history.undo(&mut session.document) {
                    session.follow_disk_merges();
                    self.say(msg!("status-undone"));
                }
            }
            Command::Redo => {
                let session = &mut self.session;
                if session.history.redo(&mut session.document) {
                    session.follow_disk_merges();
                    self.say(msg!("status-redone"));
                }
            }
            Command::Show(panel) => {
                // Going to a panel leaves the welcome for what is open.
                self.welcome = None;
                self.view.panel = panel;
            }
            Command::Present => {
                let lang = self.content_lang().to_owned();
                // Whole parts: the screen flows them by measuring (ui::slide_flow).
                let slides = crate::model::slides::whole_slides(
                    &self.session.document,
                    &lang,
                    crate::i18n::Language::for_content,
                );
                // Carta's words on the slides follow their language, as the model's do.
                let words = crate::i18n::Language::from_tag(&lang).unwrap_or_default();
                // Full screen once the app knows the screens (`place_presentation`):
                // on the room's screen when there is one, without a detour.
                let pictures = self.session.document.city.pictures();
                self.presentation = Some(ui::present::Presentation::new(slides, words, pictures));
            }
        }
        ctx.request_repaint();
    }

    /// Does `next` now, or first asks what to do with unsaved changes.
    pub(super) fn request(&mut self, next: Next) {
        if self.session.is_dirty() {
            self.flow.ask(Conversation::Unsaved(next));
        } else {
            self.perform(next);
        }
    }

    pub(super) fn perform(&mut self, next: Next) {
        match next {
            Next::Close => {
                self.allow_close = true;
                self.actions.clear();
                self.close_requested = true;
            }
            Next::New => {
                self.replace_document(Document::default(), None, None);
                self.welcome = Some(crate::ui::welcome::Welcome::new(self.words));
                self.say(msg!("status-new"));
            }
            Next::ImportCampaignText => {
                let page = crate::ui::dialogs::PastePage::default();
                self.flow.ask(Conversation::PastePage(page));
            }
            Next::Open(Some(path)) => self.open_now(path),
            Next::Open(None) => self.ask_for_path(Purpose::Open),
        }
    }

    /// Loads `path`; on failure the open document stays exactly as it was.
    fn open_now(&mut self, path: PathBuf) {
        match store::load_stamped(&path) {
            Ok((document, stamp)) => {
                self.settings.remember(&path);
                self.store_settings();
                let shown = path.display().to_string();
                self.say(msg!("status-opened", path = shown));
                self.replace_document(document, Some(path), Some(stamp));
            }
            Err(error) => {
                if !path.exists() {
                    self.settings.forget(&path);
                    self.store_settings();
                }
                self.report_load_error(&error);
            }
        }
    }

    /// Saves to `path`, unless it is the open file and someone else changed
    /// it since: then the officer is asked first, never overwritten silently.
    pub(super) fn save_to(&mut self, path: PathBuf) -> bool {
        if self.session.is_open_file(&path) && self.session.changed_on_disk() {
            self.flow.after_save = None;
            self.ask_about_conflict();
            return false;
        }
        self.write_to(path)
    }

    /// Asks what to do about the open file changed on disk, unless already asking.
    pub(super) fn ask_about_conflict(&mut self) {
        let asking = self.flow.any(|c| {
            matches!(
                c,
                Conversation::Conflict { .. }
                    | Conversation::Comparison(_)
                    | Conversation::Merge(_)
            )
        });
        if !asking {
            let deleted = self.session.deleted_on_disk();
            self.flow.ask(Conversation::Conflict { deleted });
        }
    }

    /// Saves without the check against the file on disk.
    pub(super) fn write_to(&mut self, path: PathBuf) -> bool {
        let shown = path.display().to_string();
        match self.session.save(path) {
            Ok(()) => {
                self.keep_version();
                if let Some(path) = self.session.path.clone() {
                    self.settings.remember(&path);
                }
                self.store_settings();
                self.say(msg!("status-saved", path = shown));
                if let Some(next) = self.flow.after_save.take() {
                    self.perform(next);
                }
                true
            }
            Err(error) => {
                self.flow.after_save = None;
                self.alert(
                    tr!(self.words, "alert-save-failed"),
                    format!(
                        "{}\n\n{}",
                        error.describe(self.words),
                        tr!(self.words, "alert-changes-kept")
                    ),
                );
                false
            }
        }
    }

    /// Opens the native dialog, or the typed-path window when there is none.
    pub(super) fn ask_for_path(&mut self, purpose: Purpose) {
        if self.flow.dialog.is_some() {
            return;
        }
        if !self.options.native_dialogs {
            self.show_path_entry(purpose, tr!(self.words, "dialogs-turned-off"), None);
            return;
        }
        let folder = (self.session.path.as_ref())
            .and_then(|path| path.parent().map(Path::to_owned))
            .or_else(|| {
                self.settings
                    .recent_files
                    .first()?
                    .parent()
                    .map(Path::to_owned)
            });
        self.flow.dialog = Some(PendingDialog::spawn(
            purpose,
            folder,
            self.suggested_file_name(purpose),
            self.words,
        ));
        self.say(msg!("status-waiting-for-dialog"));
    }

    /// The file name a save dialog offers: the open file's (else the
    /// city's) with the extension of what is written; a report's with its
    /// year ("san-antonio-2025.pdf").
    fn suggested_file_name(&mut self, purpose: Purpose) -> String {
        let stem = self.suggested_stem();
        match purpose {
            Purpose::Export(format) => format!("{stem}.{}", format.extension()),
            Purpose::ExportReport(format) => {
                let year = self.view.year.chosen_year(&self.session.document);
                format!("{stem}-{year}.{}", format.extension())
            }
            _ => format!("{stem}.ron"),
        }
    }

    /// The open file's name without its extension, else the city's.
    fn suggested_stem(&self) -> String {
        if let Some(name) = self.session.path.as_ref().and_then(|p| p.file_stem()) {
            return name.to_string_lossy().into_owned();
        }
        let document = &self.session.document;
        let city = document.city.display_name(document.main_language());
        let slug: String = (city.to_lowercase().chars())
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let slug = (slug.split('-'))
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        if slug.is_empty() {
            tr!(self.words, "default-file-name")
        } else {
            slug
        }
    }

    fn show_path_entry(&mut self, purpose: Purpose, reason: String, details: Option<String>) {
        let text = if purpose.writes() {
            let folder = (self.session.path.as_ref())
                .and_then(|p| p.parent())
                .map(Path::to_owned)
                .or_else(|| std::env::current_dir().ok())
                .unwrap_or_default();
            folder
                .join(self.suggested_file_name(purpose))
                .display()
                .to_string()
        } else {
            String::new()
        };
        self.flow.ask(Conversation::PathEntry(PathEntry {
            purpose,
            reason,
            details,
            text,
            focused: false,
        }));
    }

    /// Looks whether the native dialog has ended.
    pub(super) fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &self.flow.dialog else {
            return;
        };
        let Some(outcome) = dialog.poll() else {
            // Look again soon; the dialog runs on its own thread.
            ctx.request_repaint_after(std::time::Duration::from_millis(150));
            return;
        };
        let purpose = dialog.purpose;
        self.flow.dialog = None;
        self.status = None;
        match outcome {
            Outcome::Picked(path) => self.path_chosen(purpose, path),
            Outcome::PickedMany(paths) => {
                let now = self.frame_time;
                self.read_sheets(paths, now);
            }
            Outcome::Cancelled => self.flow.after_save = None,
            Outcome::Unavailable(details) => {
                let why = tr!(self.words, "dialog-unavailable");
                self.show_path_entry(purpose, why, Some(details));
            }
        }
    }

    /// A path typed: a native dialog asks before replacing a file, so a typed
    /// path must too (saving over the open file itself is just a save).
    pub(super) fn path_typed(&mut self, purpose: Purpose, path: PathBuf) {
        let own_file =
            (self.session.path.as_deref()).is_some_and(|open| store::same_file(open, &path));
        if purpose.writes() && path.exists() && !(purpose == Purpose::SaveAs && own_file) {
            self.flow.ask(Conversation::Overwrite { purpose, path });
        } else {
            self.path_chosen(purpose, path);
        }
    }

    /// Does what the path was asked for.
    pub(super) fn path_chosen(&mut self, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::Open => self.open_now(path),
            Purpose::ImportPrograms => match store::load(&path) {
                Ok(source) => self.show_library_of_one(path, source),
                Err(error) => self.report_load_error(&error),
            },
            Purpose::OpenLibrary => self.read_library(path),
            Purpose::AddTranslation => self.add_translation(&path),
            Purpose::SendSheets => {
                let now = self.frame_time;
                self.send_sheets(&path, now);
            }
            Purpose::ReadSheets => {
                let now = self.frame_time;
                self.read_sheets(vec![path], now);
            }
            Purpose::ImportCampaignText => self.import_campaign_text(&path),
            Purpose::CompareWith => self.compare_with_file(&path),
            Purpose::MergeCopy => self.merge_copy(&path),
            Purpose::Export(format) => self.export_to(format, &path),
            Purpose::ExportReport(format) => self.export_report_to(format, &path),
            Purpose::Picture(role) => self.take_picture(role, &path),
            Purpose::SaveAs if path.extension().is_none() => {
                // The dialog asked about the name typed, not about this one.
                let path = path.with_extension("ron");
                if path.exists() && !self.session.is_open_file(&path) {
                    let purpose = Purpose::SaveAs;
                    self.flow.ask(Conversation::Overwrite { purpose, path });
                } else {
                    self.save_to(path);
                }
            }
            Purpose::SaveAs => {
                self.save_to(path);
            }
        }
    }

    /// Makes a new, unsaved document of a campaign page, and shows what could not be placed.
    fn import_campaign_text(&mut self, path: &Path) {
        let source = path.display().to_string();
        let imported = store::read_capped(path)
            .map_err(|reason| LoadError::refused(&source, reason))
            .and_then(|bytes| crate::import::import_bytes(&bytes, &source));
        self.campaign_page_read(imported, &source);
    }

    /// Makes a new, unsaved document of a campaign page the officer pasted.
    pub(super) fn import_campaign_pasted(&mut self, text: &str) {
        let source = tr!(self.words, "paste-page-source");
        let imported = Ok(crate::import::import_text(text));
        self.campaign_page_read(imported, &source);
    }

    /// Shows the document read from a campaign page, and what could not be placed.
    fn campaign_page_read(
        &mut self,
        imported: Result<(Document, crate::import::ImportReport), LoadError>,
        source: &str,
    ) {
        match imported {
            Ok((document, report)) => {
                let areas = document.policies.areas.len();
                let programs = document.programs.len();
                self.replace_document(document, None, None);
                // Not saved anywhere yet: closing asks first.
                self.session.mark_unsaved();
                self.view.panel = Panel::Check;
                let words = self.words;
                let mut message = tr!(
                    words,
                    "import-page-read",
                    source = source,
                    areas = areas,
                    programs = programs
                );
                if !report.is_empty() {
                    message.push_str("\n\n");
                    message.push_str(&tr!(words, "import-page-points"));
                    message.push('\n');
                    message.push_str(&report.describe(words));
                }
                let lang = self.session.document.main_language().to_owned();
                let suggestions = (self.session.document.programs.iter())
                    .filter(|program| !program.suggested.is_empty())
                    .map(|program| SuggestionRow {
                        id: program.id,
                        program: program.title.get(&lang).to_owned(),
                        what: crate::model::check::describe_suggestions(&program.suggested)
                            .say(words),
                        accepted: None,
                    })
                    .collect();
                let report = ImportReport {
                    title: tr!(words, "import-page-title"),
                    message,
                    suggestions,
                };
                self.flow.ask(Conversation::ImportReport(Box::new(report)));
            }
            Err(error) => self.report_load_error(&error),
        }
    }

    /// Shows a message the officer must read.
    pub(super) fn alert(&mut self, title: String, message: String) {
        self.flow.ask(Conversation::Alert(Alert { title, message }));
    }
}

impl CartaApp {
    /// Acts on the welcome's choice; the welcome is not shown again at start.
    pub(super) fn welcome_chosen(
        &mut self,
        ctx: &egui::Context,
        choice: crate::ui::welcome::WelcomeChoice,
    ) {
        use crate::ui::welcome::WelcomeChoice;
        self.welcome = None;
        if !self.settings.welcomed {
            self.settings.welcomed = true;
            self.store_settings();
        }
        match choice {
            WelcomeChoice::Start {
                city,
                country,
                languages,
            } => {
                let mut document = Document::default();
                if !languages.is_empty() {
                    document.languages = languages;
                }
                self.replace_document(document, None, None);
                let document = &mut self.session.document;
                let main = document.main_language().to_owned();
                document.city.name = crate::model::Localized::new(&main, city);
                if !country.is_empty() {
                    // The campaign names a city "Valparaíso (Chile)".
                    document.city.qualifier = crate::model::Localized::new(&main, &country);
                    document.city.country = crate::model::Localized::new(&main, country);
                }
                // Typed, not yet saved: an undo step, and unsaved work.
                self.record_step(ctx);
                self.view.panel = Panel::City;
                self.say(msg!("status-started"));
            }
            WelcomeChoice::Open => self.request(Next::Open(None)),
            WelcomeChoice::OpenRecent(path) => self.request(Next::Open(Some(path))),
            WelcomeChoice::ImportPage => self.request(Next::ImportCampaignText),
            WelcomeChoice::Example => {
                self.replace_document(store::embedded_profile(), None, None);
                self.example = true;
                self.say(msg!("status-example"));
            }
            WelcomeChoice::Skip => {
                // The empty form, not the example the first start opened.
                if self.example {
                    self.replace_document(Document::default(), None, None);
                }
            }
        }
    }
}
