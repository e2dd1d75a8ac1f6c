//! The eframe application: owns the open document, runs commands, asks before
//! unsaved work is lost, and hands each frame to the panels in `ui`.

mod command;
mod file_dialog;
mod history;
pub mod settings;
mod watch;

use std::path::{Path, PathBuf};

use egui::{Id, RichText, Ui, ViewportCommand};

pub use command::Command;
pub use file_dialog::dialog_errors;
use file_dialog::{Outcome, PendingDialog, Purpose};
use history::History;
use settings::{Settings, ThemeChoice};
use watch::FileWatch;

use crate::i18n::{Language, Message};
use crate::model::Document;
use crate::store::recovery::{self, Recovery, RecoveryFile};
use crate::store::{self, LoadError};
use crate::ui::import::{ImportChoice, ImportDecision};
use crate::ui::{self, Change, Edit, Panel, ViewState};
use crate::{msg, tr};

/// How the app is set up; tests turn off what needs a desktop.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Where settings are kept; `None` keeps them in memory only.
    pub settings_dir: Option<PathBuf>,
    /// False: never try the system's file dialog, ask for a typed path instead.
    pub native_dialogs: bool,
    /// Where unsaved work is kept for recovery; `None` turns autosave off.
    pub recovery_dir: Option<PathBuf>,
    /// The interface language when the settings name none; `None` follows the
    /// system's locale.
    pub language: Option<Language>,
}

/// A city name in the side bar and the title bar: longer ones are cut.
const SHORT_NAME_CHARS: usize = 80;
/// A city name in a tooltip.
const LONG_NAME_CHARS: usize = 400;

/// Unsaved work is written to the recovery file this often (seconds), and
/// whenever the window loses the focus.
pub const AUTOSAVE_SECONDS: f64 = 5.0;

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq)]
enum Next {
    Close,
    New,
    /// Ask for a campaign text page and make a new document of it.
    ImportCampaignText,
    /// Open this file, or ask which one.
    Open(Option<PathBuf>),
}

/// Something drawn this frame asked for; run after drawing.
#[derive(Clone, Debug, PartialEq)]
enum Action {
    Run(Command),
    OpenPath(PathBuf),
    ClearRecent,
    SetTheme(ThemeChoice),
    SetLanguage(Language),
    /// Edit (and present, and export) in this content language.
    EditIn(String),
    /// Add a content language to the document and start translating into it.
    AddLanguage(String),
    /// Make a content language the main one (the source of translations).
    MakeMainLanguage(String),
    /// Remove a content language and its texts.
    RemoveLanguage(String),
}

/// A message the officer must read, shown in a modal window.
#[derive(Clone, Debug)]
struct Alert {
    title: String,
    message: String,
}

/// The "type a path" window, used when no native dialog can be shown.
#[derive(Clone, Debug)]
struct PathEntry {
    purpose: Purpose,
    /// Why the window is shown, in the officer's terms.
    reason: String,
    /// What the system said, for whoever helps the officer.
    details: Option<String>,
    text: String,
    /// The path field takes the keyboard focus once, when the window opens.
    focused: bool,
}

pub struct CartaApp {
    document: Document,
    path: Option<PathBuf>,
    history: History,
    saved_revision: u64,
    view: ViewState,
    settings: Settings,
    options: Options,
    /// The interface language.
    words: Language,
    /// Texts left to translate per section, for the revision and language they
    /// were counted for: counting 10,000 programs takes ~9 ms, too much for
    /// every frame.
    gaps: Option<(u64, String, [usize; 5])>,
    actions: Vec<Action>,
    /// Waiting for the officer to say what happens to unsaved changes.
    unsaved_prompt: Option<Next>,
    /// What to do after the Save As dialog has saved.
    after_save: Option<Next>,
    dialog: Option<PendingDialog>,
    path_entry: Option<PathEntry>,
    /// Another city's profile, open to copy programs from.
    import: Option<ImportChoice>,
    alert: Option<Alert>,
    /// The latest status-bar message, said in the interface language of the
    /// frame that shows it, and when it was first shown (it fades after a while).
    status: Option<(Message, Option<f64>)>,
    allow_close: bool,
    /// The open file as Carta last read or wrote it.
    disk_stamp: Option<store::FileStamp>,
    watch: Option<FileWatch>,
    /// The open file was changed or deleted by someone else: ask before anything.
    conflict: Option<Conflict>,
    /// Mine and theirs, side by side, as RON text.
    comparison: Option<(String, String)>,
    /// Slides on screen instead of the editor.
    presentation: Option<ui::present::Presentation>,
    /// This instance's recovery file, when autosave is on.
    recovery: Option<RecoveryFile>,
    /// The revision last written to the recovery file, and when.
    autosaved: Option<(u64, f64)>,
    /// The revision last handed to the panic hook.
    crash_snapshot: Option<u64>,
    /// Work left by a Carta that did not close cleanly, offered back at start.
    restore_offer: Option<(PathBuf, Recovery)>,
    /// Why the last recovery copy could not be written, while that lasts:
    /// shown in the status bar, so the officer knows the safety net is down.
    autosave_problem: Option<String>,
    /// True after settings could not be kept, until they can again: the
    /// officer is told once, not at every change.
    settings_failing: bool,
    /// A typed path that names an existing file: replace it only if the
    /// officer says so.
    overwrite_prompt: Option<(Purpose, PathBuf)>,
    window_focused: bool,
    /// Set when the window should close at the end of this frame.
    close_requested: bool,
    shown_title: String,
}

impl CartaApp {
    /// An app showing `document`, read from `path` when it came from a file.
    pub fn new(document: Document, path: Option<PathBuf>, options: Options) -> Self {
        let settings = options
            .settings_dir
            .as_deref()
            .map(settings::load)
            .unwrap_or_default();
        let history = History::new(&document);
        let disk_stamp = path.as_deref().and_then(store::stamp);
        let recovery = options.recovery_dir.as_deref().map(RecoveryFile::new);
        let restore_offer = (options.recovery_dir.as_deref())
            .and_then(|dir| recovery::leftovers(dir).into_iter().next());
        let mut app = Self {
            saved_revision: history.revision(),
            document,
            path,
            history,
            view: ViewState::default(),
            words: (settings.language)
                .or(options.language)
                .unwrap_or_else(Language::from_system),
            gaps: None,
            settings,
            options,
            actions: Vec::new(),
            unsaved_prompt: None,
            after_save: None,
            dialog: None,
            path_entry: None,
            import: None,
            alert: None,
            status: None,
            allow_close: false,
            disk_stamp,
            watch: None,
            conflict: None,
            comparison: None,
            presentation: None,
            recovery,
            autosaved: None,
            crash_snapshot: None,
            restore_offer,
            autosave_problem: None,
            overwrite_prompt: None,
            settings_failing: false,
            window_focused: true,
            close_requested: false,
            shown_title: String::new(),
        };
        app.open_in_interface_language();
        app
    }

    /// An app showing the embedded San Antonio profile.
    pub fn with_embedded_profile(options: Options) -> Self {
        Self::new(store::embedded_profile(), None, options)
    }

    /// The same app showing `document`, read from `path`, and remembering it as recent.
    pub fn with_document(mut self, document: Document, path: PathBuf) -> Self {
        self.settings.remember(&path);
        self.store_settings();
        let stamp = store::stamp(&path);
        self.replace_document(document, Some(path), stamp);
        self
    }

    /// The same app showing `document`, read from `path` as bytes of `stamp`.
    pub fn with_stamped_document(
        mut self,
        document: Document,
        path: PathBuf,
        stamp: store::FileStamp,
    ) -> Self {
        self.settings.remember(&path);
        self.store_settings();
        self.replace_document(document, Some(path), Some(stamp));
        self
    }

    /// Why recovery copies cannot be written just now, if they cannot.
    pub fn autosave_problem(&self) -> Option<&str> {
        self.autosave_problem.as_deref()
    }

    /// True while Carta asks whether to replace an existing file.
    pub fn is_asking_to_overwrite(&self) -> bool {
        self.overwrite_prompt.is_some()
    }

    /// Sets up fonts and theme on the egui context; call once.
    pub fn setup(&self, ctx: &egui::Context) {
        ui::theme::apply(ctx);
        apply_theme_choice(ctx, self.settings.theme);
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn is_dirty(&self) -> bool {
        self.history.revision() != self.saved_revision
    }

    /// The panel on screen.
    pub fn panel(&self) -> Panel {
        self.view.panel
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Puts `message` in the status bar.
    fn say(&mut self, message: Message) {
        self.status = Some((message, None));
    }

    /// The status bar's message in the interface language, while it shows.
    pub fn status_text(&self) -> Option<String> {
        self.status
            .as_ref()
            .map(|(message, _)| message.text(self.words))
    }

    /// The message currently shown to the officer, if any.
    pub fn alert_message(&self) -> Option<String> {
        (self.alert.as_ref()).map(|alert| format!("{}: {}", alert.title, alert.message))
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
    pub fn presented_slide(&self) -> Option<usize> {
        self.presentation.as_ref().map(|p| p.index)
    }

    /// True while Carta offers back work a previous run did not save.
    pub fn is_offering_recovery(&self) -> bool {
        self.restore_offer.is_some()
    }

    /// Where this instance keeps its unsaved work, if autosave is on.
    pub fn recovery_path(&self) -> Option<PathBuf> {
        self.recovery.as_ref().map(RecoveryFile::path)
    }

    /// True while the Save / Don't save / Cancel question is showing.
    pub fn is_asking_about_unsaved_changes(&self) -> bool {
        self.unsaved_prompt.is_some()
    }

    /// Shows a load error to the officer, e.g. for a file named on the command line.
    pub fn report_load_error(&mut self, error: &LoadError) {
        self.alert = Some(Alert {
            title: tr!(self.words, "alert-open-failed"),
            message: format!(
                "{}\n\n{}",
                error.describe(self.words),
                tr!(self.words, "alert-document-unchanged")
            ),
        });
    }

    /// Opens `path` as a user would: asking first if there are unsaved changes.
    pub fn request_open(&mut self, path: PathBuf) {
        self.request(Next::Open(Some(path)));
    }

    /// Opens program `id` in the Programs panel's editor.
    pub fn focus_program(&mut self, id: crate::model::ProgramId) {
        self.view.focus_program(id);
    }

    /// Queues a command, as a menu or shortcut would.
    pub fn queue(&mut self, command: Command) {
        self.actions.push(Action::Run(command));
    }

    /// The interface language.
    pub fn language(&self) -> Language {
        self.words
    }

    /// How many texts of each section have no `lang` version yet, counted once
    /// per document revision.
    fn translation_gaps(&mut self, lang: &str) -> [usize; 5] {
        let revision = self.history.revision();
        match &self.gaps {
            Some((counted, counted_lang, gaps)) if *counted == revision && counted_lang == lang => {
                *gaps
            }
            _ => {
                let gaps = crate::model::translation::missing_translations(&self.document, lang);
                self.gaps = Some((revision, lang.to_owned(), gaps));
                gaps
            }
        }
    }

    /// The content language being edited, presented and exported: the one
    /// picked for this document if it has it, else the main language.
    pub fn content_lang(&self) -> &str {
        let languages = &self.document.languages;
        match &self.view.content_lang {
            Some(lang) if languages.contains(lang) => lang,
            _ => self.document.main_language(),
        }
    }

    /// The content language a document opens in: the interface language when
    /// the document has it (San Antonio's officer, working in Spanish, sees the
    /// Spanish texts), else the main one. Chosen once, when the document
    /// opens: changing the interface language later changes only Carta's own
    /// words, never which texts the officer is editing.
    fn open_in_interface_language(&mut self) {
        let code = self.words.code();
        self.view.content_lang = (self.document.languages.iter())
            .any(|lang| lang == code)
            .then(|| code.to_owned());
    }

    /// Edits, presents and exports in content language `lang` from now on (the
    /// main language when the document has no such language).
    pub fn edit_in(&mut self, lang: &str) {
        self.view.content_lang = Some(lang.to_owned());
    }

    /// The window title: file name, city, and a dot while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let name = match &self.path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            ),
            None => tr!(self.words, "untitled"),
        };
        let dirty = if self.is_dirty() { "● " } else { "" };
        let city = self
            .document
            .city
            .display_name(self.document.main_language());
        let city = crate::model::elide(&city, SHORT_NAME_CHARS);
        if city.trim().is_empty() {
            format!("{dirty}{name} — Carta")
        } else {
            format!("{dirty}{name} — {city} — Carta")
        }
    }

    // ---- running commands ----

    fn run(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Run(command) => self.run_command(ctx, command),
            Action::OpenPath(path) => self.request(Next::Open(Some(path))),
            Action::ClearRecent => {
                self.settings.recent_files.clear();
                self.store_settings();
            }
            Action::SetTheme(choice) => {
                self.settings.theme = choice;
                apply_theme_choice(ctx, choice);
                self.store_settings();
            }
            Action::SetLanguage(language) => {
                self.words = language;
                ui::set_language(ctx, language);
                self.settings.language = Some(language);
                self.store_settings();
            }
            Action::EditIn(lang) => self.view.content_lang = Some(lang),
            Action::AddLanguage(lang) => {
                if self.document.add_language(&lang) {
                    self.history
                        .record_edit(&self.document, ctx.input(|i| i.time), true);
                }
                self.view.content_lang = Some(lang);
            }
            Action::MakeMainLanguage(lang) => {
                if self.document.set_main_language(&lang) {
                    self.history
                        .record_edit(&self.document, ctx.input(|i| i.time), true);
                }
                self.view.content_lang = Some(lang);
            }
            Action::RemoveLanguage(lang) => {
                // An undoable step like any other: Ctrl+Z brings the texts back.
                if self.document.remove_language(&lang) {
                    self.history
                        .record_edit(&self.document, ctx.input(|i| i.time), true);
                    self.say(msg!(
                        "status-language-removed",
                        language = crate::i18n::content_language_name(self.words, &lang)
                    ));
                }
                self.view.content_lang = None;
            }
        }
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.request(Next::New),
            Command::Open => self.request(Next::Open(None)),
            Command::Save => {
                if let Some(path) = self.path.clone() {
                    self.save_to(path);
                } else {
                    self.ask_for_path(Purpose::SaveAs);
                }
            }
            Command::SaveAs => self.ask_for_path(Purpose::SaveAs),
            Command::ImportPrograms => self.ask_for_path(Purpose::ImportPrograms),
            Command::ImportCampaignText => self.request(Next::ImportCampaignText),
            Command::Export(format) => self.ask_for_path(Purpose::Export(format)),
            Command::Quit => self.request(Next::Close),
            Command::Undo => {
                if self.history.undo(&mut self.document) {
                    self.say(msg!("status-undone"));
                }
            }
            Command::Redo => {
                if self.history.redo(&mut self.document) {
                    self.say(msg!("status-redone"));
                }
            }
            Command::Show(panel) => self.view.panel = panel,
            Command::Present => {
                let lang = self.content_lang().to_owned();
                let slides = crate::model::slides::slides(&self.document, &lang);
                self.presentation = Some(ui::present::Presentation::new(slides));
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
            }
        }
        ctx.request_repaint();
    }

    /// Does `next` now, or first asks what to do with unsaved changes.
    fn request(&mut self, next: Next) {
        if self.is_dirty() {
            self.unsaved_prompt = Some(next);
        } else {
            self.perform(next);
        }
    }

    fn perform(&mut self, next: Next) {
        match next {
            Next::Close => {
                self.allow_close = true;
                self.actions.clear();
                self.close_requested = true;
            }
            Next::New => {
                let document = Document::default();
                self.replace_document(document, None, None);
                self.say(msg!("status-new"));
            }
            Next::ImportCampaignText => self.ask_for_path(Purpose::ImportCampaignText),
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
                self.say(msg!("status-opened", path = path.display().to_string()));
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

    /// Shows `document`, read from `path` as the bytes `stamp` describes.
    fn replace_document(
        &mut self,
        document: Document,
        path: Option<PathBuf>,
        stamp: Option<store::FileStamp>,
    ) {
        self.disk_stamp = stamp;
        self.conflict = None;
        self.history = History::new(&document);
        self.saved_revision = self.history.revision();
        self.document = document;
        self.path = path;
        self.view.forget_document();
        self.open_in_interface_language();
    }

    fn save_to(&mut self, path: PathBuf) -> bool {
        // Never overwrite newer work silently: the open file must be as we left it.
        if self.path.as_deref() == Some(path.as_path()) && store::stamp(&path) != self.disk_stamp {
            self.after_save = None;
            self.conflict = Some(Conflict {
                deleted: !path.exists(),
            });
            return false;
        }
        self.write_to(path)
    }

    /// Saves without the check against the file on disk.
    fn write_to(&mut self, path: PathBuf) -> bool {
        self.history.close_burst(&self.document);
        match store::save(&self.document, &path) {
            Ok(stamp) => {
                self.disk_stamp = Some(stamp);
                self.conflict = None;
                self.saved_revision = self.history.revision();
                self.settings.remember(&path);
                self.store_settings();
                self.say(msg!("status-saved", path = path.display().to_string()));
                self.path = Some(path);
                if let Some(next) = self.after_save.take() {
                    self.perform(next);
                }
                true
            }
            Err(error) => {
                self.after_save = None;
                self.alert = Some(Alert {
                    title: tr!(self.words, "alert-save-failed"),
                    message: format!(
                        "{}\n\n{}",
                        error.describe(self.words),
                        tr!(self.words, "alert-changes-kept")
                    ),
                });
                false
            }
        }
    }

    /// Opens the native dialog, or the typed-path window when there is none.
    fn ask_for_path(&mut self, purpose: Purpose) {
        if self.dialog.is_some() {
            return;
        }
        if !self.options.native_dialogs {
            self.show_path_entry(purpose, tr!(self.words, "dialogs-turned-off"), None);
            return;
        }
        let folder = self
            .path
            .as_ref()
            .and_then(|path| path.parent().map(Path::to_owned))
            .or_else(|| {
                self.settings
                    .recent_files
                    .first()?
                    .parent()
                    .map(Path::to_owned)
            });
        self.dialog = Some(PendingDialog::spawn(
            purpose,
            folder,
            self.suggested_file_name(),
            self.words,
        ));
        self.say(msg!("status-waiting-for-dialog"));
    }

    fn suggested_file_name(&self) -> String {
        if let Some(name) = self.path.as_ref().and_then(|p| p.file_stem()) {
            return format!("{}.ron", name.to_string_lossy());
        }
        let city = self
            .document
            .city
            .display_name(self.document.main_language());
        let slug: String = city
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let slug = slug
            .split('-')
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        if slug.is_empty() {
            format!("{}.ron", tr!(self.words, "default-file-name"))
        } else {
            format!("{slug}.ron")
        }
    }

    fn show_path_entry(&mut self, purpose: Purpose, reason: String, details: Option<String>) {
        let text = match purpose {
            Purpose::Open | Purpose::ImportPrograms | Purpose::ImportCampaignText => String::new(),
            Purpose::SaveAs | Purpose::Export(_) => {
                let folder = self
                    .path
                    .as_ref()
                    .and_then(|p| p.parent())
                    .map(Path::to_owned);
                let folder = folder
                    .or_else(|| std::env::current_dir().ok())
                    .unwrap_or_default();
                let mut path = folder.join(self.suggested_file_name());
                if let Purpose::Export(format) = purpose {
                    path.set_extension(format.extension());
                }
                path.display().to_string()
            }
        };
        self.path_entry = Some(PathEntry {
            purpose,
            reason,
            details,
            text,
            focused: false,
        });
    }

    fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &self.dialog else {
            return;
        };
        let Some(outcome) = dialog.poll() else {
            // Look again soon; the dialog runs on its own thread.
            ctx.request_repaint_after(std::time::Duration::from_millis(150));
            return;
        };
        let purpose = dialog.purpose;
        self.dialog = None;
        self.status = None;
        match outcome {
            Outcome::Picked(path) => self.path_chosen(purpose, path),
            Outcome::Cancelled => self.after_save = None,
            Outcome::Unavailable(details) => {
                let why = tr!(self.words, "dialog-unavailable");
                self.show_path_entry(purpose, why, Some(details));
            }
        }
    }

    fn path_chosen(&mut self, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::Open => self.open_now(path),
            Purpose::ImportPrograms => match store::load(&path) {
                Ok(source) => self.import = Some(ImportChoice::new(path, source)),
                Err(error) => self.report_load_error(&error),
            },
            Purpose::ImportCampaignText => self.import_campaign_text(&path),
            Purpose::Export(_)
                if self
                    .path
                    .as_deref()
                    .is_some_and(|open| store::same_file(open, &path)) =>
            {
                self.alert = Some(Alert {
                    title: tr!(self.words, "alert-export-failed"),
                    message: tr!(
                        self.words,
                        "export-over-open-profile",
                        path = path.display().to_string()
                    ),
                });
            }
            Purpose::Export(format) => {
                let options = crate::export::ExportOptions {
                    include_internal: false,
                    lang: Some(self.content_lang().to_owned()),
                };
                let written = crate::export::export_bytes(&self.document, format, &options)
                    .and_then(|bytes| {
                        store::write_atomically(&path, &bytes, false)
                            .map_err(|error| error.describe(self.words))
                    });
                match written {
                    Ok(()) => {
                        self.say(msg!("status-exported", path = path.display().to_string()));
                    }
                    Err(message) => {
                        self.alert = Some(Alert {
                            title: tr!(self.words, "alert-export-failed"),
                            message,
                        });
                    }
                }
            }
            Purpose::SaveAs => {
                let path = if path.extension().is_none() {
                    path.with_extension("ron")
                } else {
                    path
                };
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
        match imported {
            Ok((document, report)) => {
                let areas = document.policies.areas.len();
                let programs = document.programs.len();
                self.replace_document(document, None, None);
                // Not saved anywhere yet: mark it so closing asks first.
                self.saved_revision = u64::MAX;
                self.view.panel = Panel::Check;
                let mut message = tr!(
                    self.words,
                    "import-page-read",
                    source = source.as_str(),
                    areas = areas,
                    programs = programs
                );
                if !report.is_empty() {
                    message.push_str("\n\n");
                    message.push_str(&tr!(self.words, "import-page-points"));
                    message.push('\n');
                    message.push_str(&report.describe(self.words));
                }
                self.alert = Some(Alert {
                    title: tr!(self.words, "import-page-title"),
                    message,
                });
            }
            Err(error) => self.report_load_error(&error),
        }
    }

    /// Keeps the settings; a failure is told once in the status bar (they are a
    /// convenience, and failing to keep them must not interrupt work).
    fn store_settings(&mut self) {
        let Some(folder) = &self.options.settings_dir else {
            return;
        };
        match settings::save(&self.settings, folder) {
            Ok(()) => self.settings_failing = false,
            Err(error) if !self.settings_failing => {
                self.settings_failing = true;
                eprintln!("carta: cannot save settings: {error}");
                let reason = error.describe(self.words);
                self.say(msg!("status-settings-not-kept", reason = reason));
            }
            Err(_) => {}
        }
    }

    // ---- drawing ----

    /// Keeps the recovery file in step with the document: written every few
    /// seconds while there are unsaved changes (and at once when the window
    /// loses the focus), removed when there are none.
    fn autosave(&mut self, ctx: &egui::Context, now: f64) {
        let focused = ctx.input(|input| input.viewport().focused).unwrap_or(true);
        let focus_lost = self.window_focused && !focused;
        self.window_focused = focused;
        let Some(file) = &self.recovery else {
            return;
        };
        let revision = self.history.revision();
        if !self.is_dirty() {
            if self.autosaved.take().is_some() {
                file.remove();
            }
            if self.crash_snapshot.take().is_some() {
                recovery::remember_for_crash(None);
            }
            return;
        }
        // For the panic hook: each settled undo step (at most one copy a second
        // while typing), so a failure of Carta itself loses almost nothing.
        if !self.history.is_settling() && self.crash_snapshot != Some(revision) {
            let record = self.recovery_record();
            recovery::remember_for_crash(Some((file.path(), record)));
            self.crash_snapshot = Some(revision);
        }
        let (written, when) = self.autosaved.unwrap_or((u64::MAX, f64::NEG_INFINITY));
        if written == revision {
            return;
        }
        let due = now - when >= AUTOSAVE_SECONDS;
        if due || focus_lost {
            let record = self.recovery_record();
            let Some(file) = &self.recovery else {
                return;
            };
            match file.write(&record) {
                Ok(()) => {
                    self.autosaved = Some((revision, now));
                    if self.autosave_problem.take().is_some() {
                        self.status = Some((msg!("status-autosave-back"), None));
                    }
                }
                // Keep working; the next attempt may succeed (e.g. disk space freed).
                Err(error) => {
                    let reason = error.describe(self.words);
                    if self.autosave_problem.is_none() {
                        eprintln!("carta: cannot write the recovery file: {error}");
                    }
                    self.autosave_problem = Some(reason);
                    self.autosaved = Some((u64::MAX, now));
                }
            }
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                AUTOSAVE_SECONDS - (now - when) + 0.05,
            ));
        }
    }

    /// What the recovery file keeps: the document, its file, and what that
    /// file held when last read or written (to notice later changes by others).
    fn recovery_record(&self) -> Recovery {
        let mut record = Recovery::new(self.path.clone(), self.document.clone());
        record.original_stamp = self.disk_stamp;
        record
    }

    fn restore_offer_ui(&mut self, ctx: &egui::Context) {
        let words = self.words;
        let Some((leftover, recovery)) = &self.restore_offer else {
            return;
        };
        let mut choice = None;
        modal(ctx, "restore_offer").show(ctx, |ui| {
            ui.set_width(480.0);
            ui.heading(tr!(words, "restore-title"));
            ui.add_space(6.0);
            let what = match &recovery.original {
                Some(path) => format!("“{}”", path.display()),
                None => tr!(words, "restore-never-saved"),
            };
            let city = recovery
                .document
                .city
                .display_name(recovery.document.main_language());
            ui.label(tr!(
                words,
                "restore-message",
                what = what,
                city = city,
                age = recovery.age(words)
            ));
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(tr!(words, "restore")).strong())
                    .clicked()
                {
                    choice = Some(true);
                }
                if ui.button(tr!(words, "discard")).clicked() {
                    choice = Some(false);
                }
            });
        });
        let Some(restore) = choice else {
            return;
        };
        let _ = std::fs::remove_file(leftover);
        if let Some((_, recovery)) = self.restore_offer.take()
            && restore
        {
            self.restore(recovery);
        }
        // Another leftover (from a second window that crashed too) comes next.
        self.restore_offer = (self.options.recovery_dir.as_deref())
            .and_then(|dir| recovery::leftovers(dir).into_iter().next());
    }

    /// Puts recovered work back on screen, unsaved. If its file changed after
    /// the copy was made, the officer is told, and the next save asks first
    /// (reload theirs, compare, keep mine with Save As): never a silent overwrite.
    fn restore(&mut self, recovery: Recovery) {
        let now_on_disk = recovery.original.as_deref().and_then(store::stamp);
        let changed_since = match (&recovery.original, recovery.original_stamp) {
            (None, _) => false,
            (Some(_), Some(kept)) => now_on_disk != Some(kept),
            // A copy from before stamps were kept: compare the times instead.
            (Some(path), None) => std::fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .is_some_and(|t| t.as_secs() >= recovery.saved_at),
        };
        // What the file held when the work began: a save compares against it.
        let stamp = if changed_since {
            recovery.original_stamp
        } else {
            now_on_disk
        };
        let original = recovery.original.clone();
        self.replace_document(recovery.document, recovery.original, stamp);
        if changed_since {
            // `replace_document` trusts the stamp; make sure the file counts as changed.
            if self.disk_stamp == now_on_disk {
                self.disk_stamp = None;
            }
            let name = original.as_deref().map(|p| p.display().to_string());
            self.alert = Some(Alert {
                title: tr!(self.words, "restore-stale-title"),
                message: tr!(
                    self.words,
                    "restore-stale-message",
                    path = name.unwrap_or_default()
                ),
            });
        }
        self.saved_revision = u64::MAX;
        self.say(msg!("status-restored"));
    }

    /// Keeps the watch on the open file, and notices changes made by others.
    fn watch_disk(&mut self, ctx: &egui::Context) {
        let watching = self.watch.as_ref().map(|w| w.path.as_path());
        if watching != self.path.as_deref() {
            self.watch = self
                .path
                .as_deref()
                .and_then(|path| FileWatch::new(path, ctx));
        }
        let changed = self.watch.as_ref().is_some_and(FileWatch::take_changed);
        if changed
            && self.conflict.is_none()
            && let Some(path) = &self.path
            && store::stamp(path) != self.disk_stamp
        {
            self.conflict = Some(Conflict {
                deleted: !path.exists(),
            });
        }
    }

    fn conflict_ui(&mut self, ctx: &egui::Context) {
        let words = self.words;
        let Some(conflict) = self.conflict else {
            return;
        };
        let name = (self.path.as_ref())
            .and_then(|p| p.file_name())
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let mut choice = None;
        let shown = modal(ctx, "file_changed").show(ctx, |ui| {
            ui.set_width(520.0);
            if conflict.deleted {
                ui.heading(tr!(words, "conflict-deleted-title", name = name.as_str()));
                ui.label(tr!(words, "conflict-deleted-message"));
            } else {
                ui.heading(tr!(words, "conflict-changed-title", name = name.as_str()));
                ui.label(tr!(words, "conflict-changed-message"));
            }
            ui.add_space(12.0);
            ui.horizontal_wrapped(|ui| {
                if conflict.deleted {
                    if ui
                        .button(RichText::new(tr!(words, "conflict-save-here")).strong())
                        .clicked()
                    {
                        choice = Some(ConflictChoice::SaveHere);
                    }
                } else {
                    if ui.button(tr!(words, "conflict-reload")).clicked() {
                        choice = Some(ConflictChoice::Reload);
                    }
                    if ui.button(tr!(words, "conflict-compare")).clicked() {
                        choice = Some(ConflictChoice::Compare);
                    }
                }
                if ui
                    .button(RichText::new(tr!(words, "conflict-save-as")).strong())
                    .clicked()
                {
                    choice = Some(ConflictChoice::SaveAs);
                }
                if ui.button(tr!(words, "not-now")).clicked() {
                    choice = Some(ConflictChoice::Later);
                }
            });
        });
        if shown.should_close() && choice.is_none() {
            choice = Some(ConflictChoice::Later);
        }
        let Some(choice) = choice else { return };
        let Some(path) = self.path.clone() else {
            return;
        };
        match choice {
            ConflictChoice::Reload => {
                self.conflict = None;
                match store::load_stamped(&path) {
                    Ok((theirs, stamp)) => {
                        self.replace_document(theirs, Some(path), Some(stamp));
                        self.say(msg!("status-reloaded"));
                    }
                    Err(error) => self.report_load_error(&error),
                }
            }
            ConflictChoice::Compare => {
                let mine = store::to_ron(&self.document).unwrap_or_default();
                let theirs = store::read_capped(&path)
                    .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                    .unwrap_or_default();
                self.comparison = Some((mine, theirs));
            }
            ConflictChoice::SaveHere => {
                self.conflict = None;
                self.write_to(path);
            }
            ConflictChoice::SaveAs => {
                self.conflict = None;
                self.ask_for_path(Purpose::SaveAs);
            }
            // The next save asks again: the stamp still differs.
            ConflictChoice::Later => self.conflict = None,
        }
    }

    /// Mine and theirs side by side, read-only, to decide which to keep.
    fn comparison_ui(&mut self, ctx: &egui::Context) {
        let Some((mine, theirs)) = &self.comparison else {
            return;
        };
        let mut open = true;
        let words = self.words;
        let titles = [tr!(words, "compare-mine"), tr!(words, "compare-theirs")];
        egui::Window::new(tr!(words, "compare-title"))
            .id(egui::Id::unique("compare_versions"))
            .open(&mut open)
            .default_size([1000.0, 600.0])
            .show(ctx, |ui| {
                ui.columns(2, |columns| {
                    for (ui, (title, text)) in columns
                        .iter_mut()
                        .zip([(&titles[0], mine), (&titles[1], theirs)])
                    {
                        ui.label(RichText::new(title.as_str()).strong());
                        egui::ScrollArea::both().id_salt(title).show(ui, |ui| {
                            ui.add(
                                egui::Label::new(RichText::new(text.as_str()).monospace()).extend(),
                            );
                        });
                    }
                });
            });
        if !open {
            self.comparison = None;
            // Back to the question: the choice is still to be made.
            if let Some(path) = &self.path {
                self.conflict = Some(Conflict {
                    deleted: !path.exists(),
                });
            }
        }
    }

    fn any_modal_open(&self) -> bool {
        self.conflict.is_some()
            || self.restore_offer.is_some()
            || self.unsaved_prompt.is_some()
            || self.alert.is_some()
            || self.path_entry.is_some()
            || self.overwrite_prompt.is_some()
            || self.import.is_some()
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui) {
        let words = self.words;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr!(words, "menu-file"), |ui| {
                self.command_button(ui, Command::New);
                self.command_button(ui, Command::Open);
                ui.menu_button(tr!(words, "menu-open-recent"), |ui| {
                    if self.settings.recent_files.is_empty() {
                        ui.label(RichText::new(tr!(words, "no-recent-files")).weak());
                    }
                    for path in &self.settings.recent_files {
                        if ui.button(path.display().to_string()).clicked() {
                            self.actions.push(Action::OpenPath(path.clone()));
                        }
                    }
                    ui.separator();
                    if ui.button(tr!(words, "clear-recent")).clicked() {
                        self.actions.push(Action::ClearRecent);
                    }
                });
                ui.separator();
                self.command_button(ui, Command::Save);
                self.command_button(ui, Command::SaveAs);
                ui.separator();
                self.command_button(ui, Command::ImportPrograms);
                self.command_button(ui, Command::ImportCampaignText);
                ui.menu_button(tr!(words, "menu-export"), |ui| {
                    for format in crate::export::Format::ALL {
                        self.command_button(ui, Command::Export(format));
                    }
                });
                ui.separator();
                self.command_button(ui, Command::Quit);
            });
            ui.menu_button(tr!(words, "menu-edit"), |ui| {
                ui.add_enabled_ui(self.history.can_undo(), |ui| {
                    self.command_button(ui, Command::Undo);
                });
                ui.add_enabled_ui(self.history.can_redo(), |ui| {
                    self.command_button(ui, Command::Redo);
                });
            });
            ui.menu_button(tr!(words, "menu-view"), |ui| {
                for panel in Panel::ALL {
                    self.command_button(ui, Command::Show(panel));
                }
                ui.separator();
                for (choice, key) in [
                    (ThemeChoice::System, "theme-system"),
                    (ThemeChoice::Light, "theme-light"),
                    (ThemeChoice::Dark, "theme-dark"),
                ] {
                    if ui
                        .radio(self.settings.theme == choice, tr!(words, key))
                        .clicked()
                    {
                        self.actions.push(Action::SetTheme(choice));
                    }
                }
                ui.separator();
                // Each language is named in itself: someone who cannot read the
                // current one still finds their own.
                ui.menu_button(tr!(words, "menu-language"), |ui| {
                    for language in Language::ALL {
                        let picked = ui.radio(words == language, language.native_name());
                        if picked.clicked() {
                            self.actions.push(Action::SetLanguage(language));
                        }
                    }
                });
            });
        });
    }

    fn command_button(&mut self, ui: &mut Ui, command: Command) {
        let mut button = egui::Button::new(command.label(self.words));
        if let Some(shortcut) = command.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
        }
        if ui.add(button).clicked() {
            self.actions.push(Action::Run(command));
        }
    }

    fn navigation_ui(&mut self, ui: &mut Ui) {
        let accent = ui::theme::accent(ui.visuals());
        ui.add_space(14.0);
        ui.label(RichText::new("Carta").size(22.0).strong().color(accent));
        let city = self
            .document
            .city
            .display_name(self.document.main_language());
        let shown = crate::model::elide(&city, SHORT_NAME_CHARS);
        ui.add(egui::Label::new(RichText::new(shown.as_ref()).size(15.0)).truncate())
            .on_hover_text(crate::model::elide(&city, LONG_NAME_CHARS));
        ui.add_space(14.0);
        ui.separator();
        ui.add_space(8.0);
        let lang = self.content_lang().to_owned();
        let missing = self.translation_gaps(&lang);
        for (index, panel) in Panel::ALL.into_iter().enumerate() {
            let selected = self.view.panel == panel;
            let left = panel
                .section()
                .map_or(0, |section| missing[section as usize]);
            let mut title = panel.title(self.words);
            // While translating, each panel says how much is left in it.
            if left > 0 {
                title = format!("{title}   ({left})");
            }
            let text = RichText::new(title).size(16.0);
            let button = egui::Button::selectable(selected, text)
                .min_size(egui::vec2(ui.available_width(), 36.0));
            let mut hover = format!("Ctrl+{}", index + 1);
            if left > 0 {
                hover = format!(
                    "{hover} · {}",
                    tr!(self.words, "content-language-missing", count = left)
                );
            }
            let response = ui.add(button).on_hover_text(hover);
            if response.clicked() {
                self.actions.push(Action::Run(Command::Show(panel)));
            }
        }
        ui.add_space(18.0);
        let present = egui::Button::new(
            RichText::new(tr!(self.words, "present-button"))
                .size(16.0)
                .strong(),
        )
        .min_size(egui::vec2(ui.available_width(), 36.0));
        if ui
            .add(present)
            .on_hover_text(tr!(self.words, "present-hint"))
            .clicked()
        {
            self.actions.push(Action::Run(Command::Present));
        }
        ui.add_space(18.0);
        self.content_language_ui(ui, &lang, missing.iter().sum());
    }

    /// The content language being edited, presented and exported, and a way to
    /// add one. Any language but the main one is edited side by side with it.
    fn content_language_ui(&mut self, ui: &mut Ui, lang: &str, left: usize) {
        let words = self.words;
        // Capitalised: Spanish and French write language names in lower case
        // inside a sentence, but this is a label of its own.
        let plain = |code: &str| crate::i18n::content_language_name(words, code);
        let name = |code: &str| capitalise(&plain(code));
        let main = self.document.main_language().to_owned();
        let shown = |code: &str| {
            if code == main {
                tr!(words, "content-language-main", language = name(code))
            } else {
                name(code)
            }
        };
        let label = ui
            .label(RichText::new(tr!(words, "content-language")).small())
            .id;
        egui::ComboBox::from_id_salt("content_language")
            .selected_text(shown(lang))
            .width(ui.available_width() - 8.0)
            .show_ui(ui, |ui| {
                for code in &self.document.languages {
                    if ui.selectable_label(code == lang, shown(code)).clicked() {
                        self.actions.push(Action::EditIn(code.clone()));
                    }
                }
                let absent = Language::ALL
                    .into_iter()
                    .filter(|l| !self.document.languages.iter().any(|c| c == l.code()));
                for language in absent {
                    let add = tr!(
                        words,
                        "content-language-add",
                        language = plain(language.code())
                    );
                    if ui.selectable_label(false, add).clicked() {
                        self.actions
                            .push(Action::AddLanguage(language.code().to_owned()));
                    }
                }
                if lang != main {
                    ui.separator();
                    let language = plain(lang);
                    let choices = [
                        (
                            "content-language-make-main",
                            Action::MakeMainLanguage(lang.to_owned()),
                        ),
                        (
                            "content-language-remove",
                            Action::RemoveLanguage(lang.to_owned()),
                        ),
                    ];
                    for (key, action) in choices {
                        let text = tr!(words, key, language = language.as_str());
                        if ui.selectable_label(false, text).clicked() {
                            self.actions.push(action);
                        }
                    }
                }
            })
            .response
            .labelled_by(label);
        if left > 0 {
            ui.label(
                RichText::new(tr!(words, "content-language-missing", count = left))
                    .small()
                    .color(ui.visuals().warn_fg_color),
            );
        }
    }

    fn status_bar_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let location = match &self.path {
                Some(path) => path.display().to_string(),
                None => tr!(self.words, "status-not-saved-yet"),
            };
            ui.label(RichText::new(location).small());
            if self.is_dirty() {
                ui.label(
                    RichText::new(tr!(self.words, "status-unsaved"))
                        .small()
                        .color(ui.visuals().warn_fg_color),
                );
            }
            if let Some(problem) = &self.autosave_problem {
                ui.label(
                    RichText::new(tr!(self.words, "status-autosave-failing"))
                        .small()
                        .strong()
                        .color(ui.visuals().error_fg_color),
                )
                .on_hover_text(problem);
            }
            let now = ui.input(|input| input.time);
            if let Some((message, since)) = &mut self.status {
                let age = now - *since.get_or_insert(now);
                let opacity = status_opacity(age);
                if opacity <= 0.0 {
                    self.status = None;
                } else {
                    let text = message.text(self.words);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.set_opacity(opacity);
                        ui.label(RichText::new(text).small());
                    });
                    ui.ctx()
                        .request_repaint_after(std::time::Duration::from_millis(100));
                }
            }
        });
    }

    fn central_ui(&mut self, ui: &mut Ui, now: f64) {
        let mut commands = Vec::new();
        let lang = self.content_lang().to_owned();
        let main = self.document.main_language().to_owned();
        let change = {
            let mut edit = Edit {
                source: (lang != main).then_some(main),
                words: self.words,
                document: &mut self.document,
                view: &mut self.view,
                commands: &mut commands,
                lang,
                revision: self.history.revision(),
                change: Change::None,
            };
            let panel = edit.view.panel;
            let scrolls_itself = matches!(panel, Panel::Policies | Panel::Programs);
            if scrolls_itself {
                ui::panel_ui(ui, &mut edit);
            } else {
                egui::ScrollArea::vertical()
                    .id_salt(panel)
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.set_max_width(900.0);
                        ui::panel_ui(ui, &mut edit);
                        ui.add_space(24.0);
                    });
            }
            edit.change
        };
        match change {
            Change::None => {}
            Change::Typing => {
                self.history.record_edit(&self.document, now, false);
                // Wake up once the burst has settled, to close the undo step.
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs_f64(
                        history::SETTLE_SECONDS + 0.05,
                    ));
            }
            Change::Discrete => self.history.record_edit(&self.document, now, true),
        }
        self.actions.extend(commands.into_iter().map(Action::Run));
    }

    fn unsaved_prompt_ui(&mut self, ctx: &egui::Context) {
        let words = self.words;
        let Some(next) = self.unsaved_prompt.clone() else {
            return;
        };
        let mut choice = None;
        let modal = modal(ctx, "unsaved_changes").show(ctx, |ui| {
            ui.set_width(420.0);
            ui.heading(tr!(words, "unsaved-title"));
            ui.add_space(6.0);
            let name = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
                || tr!(words, "unsaved-this-profile"),
                |n| format!("“{}”", n.to_string_lossy()),
            );
            ui.label(tr!(words, "unsaved-message", name = name));
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(tr!(words, "save")).strong())
                    .clicked()
                {
                    choice = Some(PromptChoice::Save);
                }
                if ui.button(tr!(words, "dont-save")).clicked() {
                    choice = Some(PromptChoice::Discard);
                }
                if ui.button(tr!(words, "cancel")).clicked() {
                    choice = Some(PromptChoice::Cancel);
                }
            });
        });
        if modal.should_close() && choice.is_none() {
            choice = Some(PromptChoice::Cancel);
        }
        let Some(choice) = choice else {
            return;
        };
        self.unsaved_prompt = None;
        match choice {
            PromptChoice::Save => match self.path.clone() {
                Some(path) => {
                    self.after_save = Some(next);
                    if !self.save_to(path) {
                        self.after_save = None;
                    }
                }
                None => {
                    self.after_save = Some(next);
                    self.ask_for_path(Purpose::SaveAs);
                }
            },
            PromptChoice::Discard => self.perform(next),
            PromptChoice::Cancel => {}
        }
    }

    fn import_ui(&mut self, ctx: &egui::Context, now: f64) {
        let Some(choice) = &mut self.import else {
            return;
        };
        let modal = modal(ctx, "import_programs").show(ctx, |ui| ui::import::import_ui(ui, choice));
        let decision = modal
            .inner
            .or(modal.should_close().then_some(ImportDecision::Cancel));
        match decision {
            Some(ImportDecision::Import) => {
                let Some(choice) = self.import.take() else {
                    return;
                };
                let chosen: Vec<_> = choice.chosen.iter().copied().collect();
                let imported = self.document.import_programs(&choice.source, &chosen);
                self.history.record_edit(&self.document, now, true);
                let city = choice
                    .source
                    .city
                    .display_name(choice.source.main_language());
                self.say(msg!(
                    "status-imported-programs",
                    count = imported.len(),
                    city = city
                ));
                if let Some(first) = imported.first() {
                    self.view.focus_program(*first);
                }
                self.view.catalogue.selection = imported.into_iter().collect();
                self.view.panel = Panel::Programs;
            }
            Some(ImportDecision::Cancel) => self.import = None,
            None => {}
        }
    }

    fn alert_ui(&mut self, ctx: &egui::Context) {
        let words = self.words;
        let Some(alert) = &self.alert else {
            return;
        };
        let mut close = false;
        let modal = modal(ctx, "alert").show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(&alert.title);
            ui.add_space(6.0);
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    ui.label(&alert.message);
                });
            ui.add_space(12.0);
            if ui.button(tr!(words, "ok")).clicked() {
                close = true;
            }
        });
        if close || modal.should_close() {
            self.alert = None;
        }
    }

    fn path_entry_ui(&mut self, ctx: &egui::Context) {
        let words = self.words;
        let Some(entry) = &mut self.path_entry else {
            return;
        };
        let mut decided: Option<bool> = None;
        let modal = modal(ctx, "path_entry").show(ctx, |ui| {
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
                        .hint_text(tr!(words, "file-path-hint"))
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
                let confirm = match entry.purpose {
                    Purpose::Open | Purpose::ImportPrograms | Purpose::ImportCampaignText => "open",
                    Purpose::SaveAs => "save",
                    Purpose::Export(_) => "export",
                };
                if ui
                    .button(RichText::new(tr!(words, confirm)).strong())
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
                let purpose = entry.purpose;
                let mut path = PathBuf::from(entry.text.trim());
                if purpose == Purpose::SaveAs && path.extension().is_none() {
                    path.set_extension("ron");
                }
                self.path_entry = None;
                // A native dialog asks before replacing a file; a typed path must too.
                let writes = matches!(purpose, Purpose::SaveAs | Purpose::Export(_));
                let own_file = self
                    .path
                    .as_deref()
                    .is_some_and(|open| store::same_file(open, &path));
                if writes && path.exists() && !(purpose == Purpose::SaveAs && own_file) {
                    self.overwrite_prompt = Some((purpose, path));
                } else {
                    self.path_chosen(purpose, path);
                }
            }
            Some(false) => {
                self.path_entry = None;
                self.after_save = None;
            }
            _ => {}
        }
    }

    /// "“x.ron” already exists. Replace it?", for a typed path.
    fn overwrite_prompt_ui(&mut self, ctx: &egui::Context) {
        let words = self.words;
        let Some((_, path)) = &self.overwrite_prompt else {
            return;
        };
        let mut choice = None;
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let folder = path.parent().map(|p| p.display().to_string());
        let shown = modal(ctx, "overwrite").show(ctx, |ui| {
            ui.set_width(460.0);
            ui.heading(tr!(words, "overwrite-title", name = name.as_str()));
            ui.add_space(6.0);
            ui.label(tr!(
                words,
                "overwrite-message",
                folder = folder.unwrap_or_default()
            ));
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(tr!(words, "overwrite-replace")).strong())
                    .clicked()
                {
                    choice = Some(true);
                }
                if ui.button(tr!(words, "cancel")).clicked() {
                    choice = Some(false);
                }
            });
        });
        if shown.should_close() && choice.is_none() {
            choice = Some(false);
        }
        let Some(replace) = choice else { return };
        let Some((purpose, path)) = self.overwrite_prompt.take() else {
            return;
        };
        if replace {
            self.path_chosen(purpose, path);
        } else {
            self.after_save = None;
        }
    }

    /// One frame of the whole window.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        ui::set_language(&ctx, self.words);
        let now = ctx.input(|input| input.time);
        self.history.tick(&self.document, now);
        self.poll_dialog(&ctx);
        self.watch_disk(&ctx);

        if ctx.input(|input| input.viewport().close_requested())
            && !self.allow_close
            && self.is_dirty()
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.unsaved_prompt = Some(Next::Close);
        }
        let dropped =
            ctx.input(|input| input.raw.dropped_files.first().map(|f| f.path().to_owned()));
        if let Some(path) = dropped {
            self.actions.push(Action::OpenPath(path));
        }
        if let Some(presentation) = &mut self.presentation {
            // The room sees only the slide: no menus, no half-edited form.
            let mut left = egui::CentralPanel::no_frame()
                .show(ui, |ui| ui::present::present_ui(ui, presentation))
                .inner;
            if presentation.presenter_view {
                let builder = egui::ViewportBuilder::default()
                    .with_title(tr!(self.words, "presenter-view-title"))
                    .with_inner_size([900.0, 620.0]);
                let id = egui::ViewportId::from_hash_of("carta_presenter_view");
                left |= ctx.show_viewport_immediate(id, builder, |ui, _| {
                    if ui.ctx().input(|input| input.viewport().close_requested()) {
                        presentation.presenter_view = false;
                    }
                    ui::present::presenter_ui(ui, presentation, now)
                });
            }
            if left {
                self.presentation = None;
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
            }
            self.autosave(&ctx, now);
            return;
        }
        if !self.any_modal_open()
            && let Some(command) = Command::from_input(&ctx)
        {
            self.actions.push(Action::Run(command));
        }

        egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        let sidebar = egui::Frame::new()
            .fill(ui::theme::sidebar_fill(ui.visuals()))
            .inner_margin(egui::Margin::symmetric(14, 8));
        egui::Panel::left("navigation")
            .exact_size(210.0)
            .resizable(false)
            .frame(sidebar)
            .show(ui, |ui| self.navigation_ui(ui));
        let content =
            egui::Frame::central_panel(ui.style()).inner_margin(egui::Margin::symmetric(28, 16));
        egui::CentralPanel::default()
            .frame(content)
            .show(ui, |ui| self.central_ui(ui, now));
        // The side bar counted what is left to translate before the panel
        // took this frame's typing: draw once more so the count keeps pace.
        if let Some((counted, lang, _)) = &self.gaps
            && *counted != self.history.revision()
            && lang == self.content_lang()
            && lang != self.document.main_language()
        {
            ctx.request_repaint();
        }

        self.restore_offer_ui(&ctx);
        self.comparison_ui(&ctx);
        if self.comparison.is_none() {
            self.conflict_ui(&ctx);
        }
        self.unsaved_prompt_ui(&ctx);
        self.path_entry_ui(&ctx);
        self.overwrite_prompt_ui(&ctx);
        self.import_ui(&ctx, now);
        self.alert_ui(&ctx);

        for action in std::mem::take(&mut self.actions) {
            self.run(&ctx, action);
        }
        if self.close_requested {
            self.close_requested = false;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        self.autosave(&ctx, now);
        let title = self.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

/// Seconds a status message stays before it starts to fade, and how long
/// the fade takes: long enough to read "Saved to …", short enough that
/// "Redone." is not still there minutes later.
const STATUS_SECONDS: f64 = 6.0;
const STATUS_FADE_SECONDS: f64 = 1.5;

/// How visible a status message of `age` seconds is, from 1 to 0.
fn status_opacity(age: f64) -> f32 {
    (1.0 - (age - STATUS_SECONDS) / STATUS_FADE_SECONDS).clamp(0.0, 1.0) as f32
}

/// The open file changed under Carta's feet.
#[derive(Clone, Copy, Debug)]
struct Conflict {
    deleted: bool,
}

#[derive(Clone, Copy)]
enum ConflictChoice {
    Reload,
    Compare,
    SaveHere,
    SaveAs,
    Later,
}

#[derive(Clone, Copy)]
enum PromptChoice {
    Save,
    Discard,
    Cancel,
}

/// A modal window with room around its text.
fn modal(ctx: &egui::Context, id: &str) -> egui::Modal {
    let frame = egui::Frame::popup(&ctx.global_style()).inner_margin(egui::Margin::same(20));
    egui::Modal::new(Id::unique(id)).frame(frame)
}

fn apply_theme_choice(ctx: &egui::Context, choice: ThemeChoice) {
    let preference = match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    };
    ctx.set_theme(preference);
}

impl eframe::App for CartaApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    /// A clean exit: the officer saved or chose not to, so nothing is left to recover.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if let Some(file) = &self.recovery {
            file.remove();
        }
    }
}

/// The text with its first letter in upper case.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
