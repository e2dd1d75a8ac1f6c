//! The eframe application, the only layer that acts: each frame it takes the
//! input, has `ui` draw (which emits actions and returns the officer's
//! choices), then acts on them — files, settings, recovery — in that order.
//!
//! - `session`: the open file (document, path, history, saved state, stamp, watch)
//! - `flow`: the one conversation with the officer (modal windows, the file dialog)
//! - `files`: commands and everything that reads or writes a file for them
//! - `conversation`: acting on what the officer chose in a modal window
//! - `autosave`: recovery copies, restoring them, the watch on the open file
//! - `frame`: one frame, from input to acting; `inspect`: what tests may read

mod autosave;
mod conversation;
mod export;
mod file_dialog;
mod files;
mod flow;
mod frame;
pub mod history;
mod inspect;
mod library;
mod pictures;
mod session;
mod sheets;
mod together;
mod translations;
mod watch;

use std::path::PathBuf;

use egui::Ui;

pub use crate::ui::Command;
pub use autosave::AUTOSAVE_SECONDS;
pub use file_dialog::dialog_errors;

use flow::{Flow, Next};
use session::Session;

use crate::i18n::{Language, Message};
use crate::model::Document;
use crate::store::recovery::RecoveryFile;
use crate::store::settings::{self, Settings, ThemeChoice};
use crate::store::{self, LoadError};
use crate::tr;
use crate::ui::shell;
use crate::ui::{self, Action, ViewState};

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
    /// Where the window's fonts come from: the computer's own, normally.
    pub fonts: crate::text::fonts::Source,
    /// Where what a library folder held is cached; `None`: no cache.
    pub cache_dir: Option<PathBuf>,
    /// Where every saved version is kept; `None`: none are.
    pub versions_dir: Option<PathBuf>,
}

pub struct CartaApp {
    session: Session,
    view: ViewState,
    settings: Settings,
    options: Options,
    /// The interface language.
    words: Language,
    /// Texts left to translate per section, for the revision and language they
    /// were counted for: counting 10,000 programs takes ~9 ms, too much for
    /// every frame.
    gaps: Option<(u64, String, [usize; 5])>,
    /// What drawing asked for this frame, acted on after it.
    actions: Vec<Action>,
    /// The logo or photo being chosen or prepared, for which profile.
    picture: pictures::PictureWork,
    /// The export being written on its own thread.
    export: export::ExportWork,
    /// Versions being kept on their own threads, and whether a failure to
    /// keep one was told already (once a session is enough).
    versions: together::VersionKeeping,
    /// The units' sheets being written or read on their own thread.
    sheets: sheets::SheetsWork,
    /// The time of the frame being run (egui's clock), for undo steps made
    /// outside drawing code.
    frame_time: f64,
    flow: Flow,
    /// The latest status-bar message, said in the interface language of the
    /// frame that shows it, and when it was first shown (it fades after a while).
    status: Option<(Message, Option<f64>)>,
    allow_close: bool,
    /// Slides on screen instead of the editor.
    presentation: Option<ui::present::Presentation>,
    /// This instance's recovery-file writer, when autosave is on.
    recovery: Option<autosave::Writer>,
    /// The revision last written to the recovery file, and when.
    autosaved: Option<(u64, f64)>,
    /// The revision last handed to the panic hook.
    crash_snapshot: Option<u64>,
    /// Why the last recovery copy could not be written, while that lasts:
    /// shown in the status bar, so the officer knows the safety net is down.
    autosave_problem: Option<String>,
    /// True after settings could not be kept, until they can again: the
    /// officer is told once, not at every change.
    settings_failing: bool,
    /// Leftover recovery files the officer restored or discarded this run.
    answered_leftovers: std::collections::HashSet<PathBuf>,
    window_focused: bool,
    /// Set when the window should close at the end of this frame.
    close_requested: bool,
    shown_title: String,
    /// Writing systems the window met without a font, once `setup` ran.
    missing_fonts: Option<std::sync::Arc<ui::fonts::MissingFonts>>,
    /// Other cities' profiles: the folder being read, or the library read.
    libraries: library::Libraries,
    /// The window's context, for worker threads to wake it when done.
    ctx_for_workers: Option<egui::Context>,
    /// True once the window was made to fit the screen it opened on.
    window_fitted: bool,
    /// While Alt is held: whether nothing else was pressed with it yet.
    alt_alone: Option<bool>,
    /// The welcome, while it shows instead of the panel.
    welcome: Option<ui::welcome::Welcome>,
    /// The open document is the San Antonio example, not the officer's.
    example: bool,
}

impl CartaApp {
    /// An app showing `document`, read from `path` when it came from a file.
    pub fn new(document: Document, path: Option<PathBuf>, options: Options) -> Self {
        let settings = (options.settings_dir.as_deref())
            .map(settings::load)
            .unwrap_or_default();
        let stamp = path.as_deref().and_then(store::stamp);
        let recovery = (options.recovery_dir.as_deref())
            .map(|dir| autosave::Writer::new(RecoveryFile::new(dir)));
        // The officer's own translations first: she may have chosen one.
        let translation_news = (options.settings_dir.as_deref())
            .map(crate::store::translations::load_all)
            .unwrap_or_default();
        // Chosen by its code; a translation since removed is said below.
        let chosen_code = settings.chosen_language().map(str::to_owned);
        let chosen = chosen_code.as_deref().and_then(Language::from_code);
        let mut app = Self {
            session: Session::new(document, path, stamp),
            view: ViewState::default(),
            words: chosen
                .or(options.language)
                .unwrap_or_else(Language::from_system),
            gaps: None,
            settings,
            options,
            actions: Vec::new(),
            flow: Flow::default(),
            status: None,
            allow_close: false,
            presentation: None,
            picture: pictures::PictureWork::default(),
            export: export::ExportWork::default(),
            recovery,
            autosaved: None,
            crash_snapshot: None,
            autosave_problem: None,
            versions: together::VersionKeeping::default(),
            sheets: sheets::SheetsWork::default(),
            frame_time: 0.0,
            settings_failing: false,
            answered_leftovers: std::collections::HashSet::new(),
            window_focused: true,
            close_requested: false,
            shown_title: String::new(),
            missing_fonts: None,
            libraries: library::Libraries::default(),
            ctx_for_workers: None,
            window_fitted: false,
            alt_alone: None,
            welcome: None,
            example: false,
        };
        if let Some(code) = chosen_code.filter(|_| chosen.is_none()) {
            app.say(crate::msg!("status-language-gone", code = code));
        }
        // Asked for a language Carta does not speak: English, and why.
        if chosen.is_none()
            && app.options.language.is_none()
            && let Some(wanted) = Language::system_wish()
        {
            let spoken: Vec<&str> = Language::all().iter().map(|l| l.native_name()).collect();
            app.say(crate::msg!(
                "status-interface-unspoken",
                wanted = crate::i18n::names::own_name(&wanted),
                spoken = spoken.join(", ")
            ));
        }
        app.tell_translations(&translation_news);
        app.open_in_interface_language();
        app.offer_leftover();
        app
    }

    /// An app showing the embedded San Antonio profile, marked as the example.
    pub fn with_embedded_profile(options: Options) -> Self {
        let mut app = Self::new(store::embedded_profile(), None, options);
        app.example = true;
        app
    }

    /// Shows the welcome if this is Carta's first start here and no file is
    /// open (the example is).
    pub fn welcome_on_first_start(&mut self) {
        if !self.settings.welcomed && self.session.path.is_none() {
            self.welcome = Some(ui::welcome::Welcome::new(self.words));
        }
    }

    /// The file the officer last worked on, if it is still there: what
    /// Carta opens when started with no file.
    pub fn last_file(&self) -> Option<PathBuf> {
        self.settings
            .recent_files
            .first()
            .filter(|p| p.is_file())
            .cloned()
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

    /// Sets up fonts and theme on the egui context; call once.
    pub fn setup(&mut self, ctx: &egui::Context) {
        self.missing_fonts = Some(ui::fonts::install(ctx, self.options.fonts));
        ui::theme::apply(ctx);
        apply_theme_choice(ctx, self.settings.theme);
    }

    /// Shows a load error to the officer, e.g. for a file named on the command line.
    pub fn report_load_error(&mut self, error: &LoadError) {
        let message = format!(
            "{}\n\n{}",
            error.describe(self.words),
            tr!(self.words, "alert-document-unchanged")
        );
        self.alert(tr!(self.words, "alert-open-failed"), message);
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

    /// Queues any request the drawing could make (a content language picked…).
    pub fn queue_action(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// Edits, presents and exports in content language `lang` from now on (the
    /// main language when the document has no such language).
    pub fn edit_in(&mut self, lang: &str) {
        self.view.content_lang = Some(lang.to_owned());
    }

    /// The content language being edited, presented and exported: the one
    /// picked for this document if it has it, else the main language.
    pub fn content_lang(&self) -> &str {
        let document = &self.session.document;
        match &self.view.content_lang {
            Some(lang) if document.languages.contains(lang) => lang,
            _ => document.main_language(),
        }
    }

    /// The content language a document opens in: the interface language when
    /// the document has it (San Antonio's officer, working in Spanish, sees the
    /// Spanish texts), else the main one. Chosen once, when the document
    /// opens: changing the interface language later changes only Carta's own
    /// words, never which texts the officer is editing.
    fn open_in_interface_language(&mut self) {
        let code = self.words.code();
        self.view.content_lang = (self.session.document.languages.iter())
            .any(|lang| lang == code)
            .then(|| code.to_owned());
    }

    /// Shows `document`, read from `path` as the bytes `stamp` describes; what
    /// the view held of the previous document is forgotten.
    fn replace_document(
        &mut self,
        document: Document,
        path: Option<PathBuf>,
        stamp: Option<store::FileStamp>,
    ) {
        self.session = Session::new(document, path, stamp);
        self.example = false;
        self.flow.end_conflicts();
        self.view.forget_document();
        self.open_in_interface_language();
    }

    /// Puts `message` in the status bar.
    fn say(&mut self, message: Message) {
        self.status = Some((message, None));
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
                self.say(crate::msg!("status-settings-not-kept", reason = reason));
            }
            Err(_) => {}
        }
    }

    /// How many texts of each section have no `lang` version yet, counted once
    /// per document revision.
    fn translation_gaps(&mut self, lang: &str) -> [usize; 5] {
        let revision = self.session.revision();
        match &self.gaps {
            Some((counted, counted_lang, gaps)) if *counted == revision && counted_lang == lang => {
                *gaps
            }
            _ => {
                let document = &self.session.document;
                let gaps = crate::model::translation::missing_translations(document, lang);
                self.gaps = Some((revision, lang.to_owned(), gaps));
                gaps
            }
        }
    }

    /// The window title: file name, city, and a dot while there are unsaved changes.
    pub fn window_title(&self) -> String {
        if self.welcome.is_some() {
            return tr!(self.words, "welcome-window-title");
        }
        let name = match &self.session.path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            ),
            None if self.example => tr!(self.words, "example-title"),
            None => tr!(self.words, "untitled"),
        };
        let dirty = if self.session.is_dirty() { "● " } else { "" };
        let document = &self.session.document;
        let city = document.city.display_name(document.main_language());
        let city = crate::model::elide(&city, shell::SHORT_NAME_CHARS);
        if city.trim().is_empty() {
            format!("{dirty}{name} — Carta")
        } else {
            format!("{dirty}{name} — {city} — Carta")
        }
    }
}

fn apply_theme_choice(ctx: &egui::Context, choice: ThemeChoice) {
    let preference = match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    };
    ctx.set_theme(preference);
}

/// The window Carta opens in: its title, size, icon, and where eframe keeps
/// the window's place (`None`: nowhere); `presenting` (`carta present
/// FILE`): full screen from its first frame, so no window flashes up first.
pub fn native_options(
    persistence_path: Option<PathBuf>,
    presenting: bool,
) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_fullscreen(presenting)
            .with_title("Carta")
            // The desktop entry's name, so docks and task bars show its icon.
            .with_app_id("org.carta.Carta")
            .with_inner_size([1160.0, 700.0])
            .with_min_inner_size([720.0, 480.0])
            .with_icon(crate::ui::icon::window_icon()),
        persistence_path,
        // Carta installs its own system-font provider in `CartaApp::setup`.
        system_font_fallback: false,
        ..Default::default()
    }
}

impl eframe::App for CartaApp {
    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        self.place_presentation(ui.ctx(), frame);
        self.frame_ui(ui);
    }

    /// A clean exit: the officer saved or chose not to, so nothing is left to recover.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if let Some(writer) = &mut self.recovery {
            writer.remove_now();
        }
    }
}
