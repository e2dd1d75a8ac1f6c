//! The frame around the panels: the menu bar, the side bar with its panels,
//! Present button and content-language picker, and the status bar. Each draws
//! what `Shell` says and emits `Action`s; none acts.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::command::{Action, Command};
use super::view::Panel;
use crate::i18n::Language;
use crate::model::Document;
use crate::store::settings::ThemeChoice;
use crate::tr;

/// A city name in the side bar: longer ones are cut.
pub const SHORT_NAME_CHARS: usize = 80;
/// A city name in a tooltip.
const LONG_NAME_CHARS: usize = 400;

/// What the shell shows this frame.
pub struct Shell<'a> {
    pub words: Language,
    pub document: &'a Document,
    pub panel: Panel,
    /// The content language being edited.
    pub content_lang: &'a str,
    /// Texts left to translate into `content_lang`, per section.
    pub gaps: [usize; 5],
    pub recent_files: &'a [PathBuf],
    pub theme: ThemeChoice,
    pub can_undo: bool,
    pub can_redo: bool,
    /// The open file, `None` before the first save.
    pub path: Option<&'a Path>,
    pub dirty: bool,
    /// Why recovery copies cannot be written, while they cannot.
    pub autosave_problem: Option<&'a str>,
    /// The latest message and how visible it still is (it fades).
    pub status: Option<(String, f32)>,
    /// Alt or F10 was pressed: the File menu takes the keyboard focus
    /// (Enter opens it, Tab moves to the next menu).
    pub focus_menus: bool,
    /// The welcome is up: the document behind it (the embedded example at a
    /// first start) is not the officer's, so the side bar names no city.
    pub welcome: bool,
}

pub fn menu_bar_ui(ui: &mut Ui, shell: &Shell<'_>, actions: &mut Vec<Action>) {
    let words = shell.words;
    let button = |ui: &mut Ui, actions: &mut Vec<Action>, command: Command| {
        command_button(ui, words, actions, command);
    };
    egui::MenuBar::new().ui(ui, |ui| {
        let file = ui.menu_button(tr!(words, "menu-file"), |ui| {
            button(ui, actions, Command::New);
            button(ui, actions, Command::Open);
            ui.menu_button(tr!(words, "menu-open-recent"), |ui| {
                if shell.recent_files.is_empty() {
                    ui.label(RichText::new(tr!(words, "no-recent-files")).weak());
                }
                for path in shell.recent_files {
                    if ui.button(path.display().to_string()).clicked() {
                        actions.push(Action::OpenPath(path.clone()));
                    }
                }
                ui.separator();
                let clear = ui
                    .add_enabled(
                        !shell.recent_files.is_empty(),
                        egui::Button::new(tr!(words, "clear-recent")),
                    )
                    .on_disabled_hover_text(tr!(words, "clear-recent-none"));
                if clear.clicked() {
                    actions.push(Action::ClearRecent);
                }
            });
            ui.separator();
            button(ui, actions, Command::Save);
            button(ui, actions, Command::SaveAs);
            ui.separator();
            button(ui, actions, Command::OpenLibrary);
            button(ui, actions, Command::ImportPrograms);
            button(ui, actions, Command::ImportCampaignText);
            button(ui, actions, Command::CompareWith);
            button(ui, actions, Command::MergeCopy);
            button(ui, actions, Command::VersionHistory);
            ui.separator();
            button(ui, actions, Command::SendSheets);
            button(ui, actions, Command::ReadSheets);
            ui.menu_button(tr!(words, "menu-export"), |ui| {
                for format in crate::export::Format::ALL {
                    button(ui, actions, Command::Export(format));
                }
                ui.separator();
                for format in crate::export::report::ReportFormat::SHOWN {
                    button(ui, actions, Command::ExportReport(format));
                }
            });
            button(ui, actions, Command::Print);
            ui.separator();
            button(ui, actions, Command::Quit);
        });
        if shell.focus_menus {
            file.response.request_focus();
        }
        ui.menu_button(tr!(words, "menu-edit"), |ui| {
            ui.add_enabled_ui(shell.can_undo, |ui| button(ui, actions, Command::Undo));
            ui.add_enabled_ui(shell.can_redo, |ui| button(ui, actions, Command::Redo));
        });
        ui.menu_button(tr!(words, "menu-view"), |ui| {
            for panel in Panel::ALL {
                button(ui, actions, Command::Show(panel));
            }
            ui.separator();
            for (choice, key) in [
                (ThemeChoice::System, "theme-system"),
                (ThemeChoice::Light, "theme-light"),
                (ThemeChoice::Dark, "theme-dark"),
            ] {
                if ui.radio(shell.theme == choice, tr!(words, key)).clicked() {
                    actions.push(Action::SetTheme(choice));
                }
            }
            ui.separator();
            // Each language is named in itself: someone who cannot read the
            // current one still finds their own.
            ui.menu_button(tr!(words, "menu-language"), |ui| {
                for language in Language::all() {
                    // A translation the officer added says how far it is.
                    let name = match language.completeness() {
                        Some((translated, total)) => tr!(
                            words,
                            "language-added-entry",
                            name = language.native_name(),
                            translated = translated,
                            total = total
                        ),
                        None => language.native_name().to_owned(),
                    };
                    let picked = ui.radio(words == language, name);
                    if picked.clicked() {
                        actions.push(Action::SetLanguage(language));
                    }
                }
                ui.separator();
                button(ui, actions, Command::AddTranslation);
                button(ui, actions, Command::ReloadTranslations);
            });
        });
        ui.menu_button(tr!(words, "menu-help"), |ui| {
            button(ui, actions, Command::Guide);
            button(ui, actions, Command::Shortcuts);
            ui.separator();
            button(ui, actions, Command::TranslateCarta);
            ui.separator();
            button(ui, actions, Command::About);
        });
    });
}

/// A menu entry for `command`, with its label and shortcut from the command table.
fn command_button(ui: &mut Ui, words: Language, actions: &mut Vec<Action>, command: Command) {
    let mut button = egui::Button::new(command.label(words));
    if let Some(shortcut) = command.shortcut_text(ui.ctx()) {
        button = button.shortcut_text(shortcut);
    }
    if ui.add(button).clicked() {
        actions.push(Action::Run(command));
    }
}

/// The side bar: the city, the panels (with what is left to translate in
/// each), Present, and the content language.
pub fn navigation_ui(ui: &mut Ui, shell: &Shell<'_>, actions: &mut Vec<Action>) {
    // A short window (1024×600 below a title bar) scrolls the side bar
    // rather than hiding the content-language picker under the status bar.
    egui::ScrollArea::vertical()
        .id_salt("navigation")
        .auto_shrink([false, false])
        .show(ui, |ui| navigation_content_ui(ui, shell, actions));
}

/// The room a row of the side bar takes: less on a short window.
fn row_height(ui: &Ui) -> f32 {
    // Nine panels, Present and the content language fit a 600-pixel-high
    // window without the side bar scrolling.
    if ui.ctx().content_rect().height() < COMPACT_BELOW {
        27.0
    } else {
        36.0
    }
}

/// Window heights below which the side bar packs its rows closer.
const COMPACT_BELOW: f32 = 720.0;

/// The open profile's city under Carta's name (cut when long, whole on hover).
fn city_name_ui(ui: &mut Ui, shell: &Shell<'_>) {
    let city = (shell.document.city).display_name(shell.document.main_language());
    let shown = crate::model::elide(&city, SHORT_NAME_CHARS);
    let color = ui.visuals().text_color();
    let job = super::text::line_job(
        ui,
        &shown,
        &super::fonts::content_font(15.0),
        color,
        ui.available_width(),
    );
    ui.add(egui::Label::new(job).truncate())
        .on_hover_text(crate::model::elide(&city, LONG_NAME_CHARS));
}

fn navigation_content_ui(ui: &mut Ui, shell: &Shell<'_>, actions: &mut Vec<Action>) {
    let words = shell.words;
    let accent = super::theme::accent(ui.visuals());
    let compact = ui.ctx().content_rect().height() < COMPACT_BELOW;
    let gap = if compact { 6.0 } else { 14.0 };
    ui.add_space(gap);
    ui.label(RichText::new("Carta").size(22.0).strong().color(accent));
    if !shell.welcome {
        city_name_ui(ui, shell);
    }
    ui.add_space(gap);
    ui.separator();
    ui.add_space(gap / 2.0);
    for panel in Panel::ALL {
        let left = panel
            .section()
            .map_or(0, |section| shell.gaps[section as usize]);
        let mut title = panel.title(words);
        // While translating, each panel says how much is left in it.
        if left > 0 {
            title = format!("{title}   ({left})");
        }
        let text = RichText::new(title).size(16.0);
        let button = egui::Button::selectable(shell.panel == panel, text)
            .min_size(egui::vec2(ui.available_width(), row_height(ui)));
        let mut hover = Command::Show(panel)
            .shortcut_text(ui.ctx())
            .unwrap_or_default();
        if left > 0 {
            let missing = tr!(words, "content-language-missing", count = left);
            hover = format!("{hover} · {missing}");
        }
        if ui.add(button).on_hover_text(hover).clicked() {
            actions.push(Action::Run(Command::Show(panel)));
        }
    }
    ui.add_space(gap);
    let present = egui::Button::new(
        RichText::new(tr!(words, "present-button"))
            .size(16.0)
            .strong(),
    )
    .min_size(egui::vec2(ui.available_width(), row_height(ui)));
    if ui
        .add(present)
        .on_hover_text(tr!(words, "present-hint"))
        .clicked()
    {
        actions.push(Action::Run(Command::Present));
    }
    ui.add_space(gap);
    content_language_ui(ui, shell, actions);
}

/// The content language being edited, presented and exported, and a way to
/// add one. Any language but the main one is edited side by side with it.
fn content_language_ui(ui: &mut Ui, shell: &Shell<'_>, actions: &mut Vec<Action>) {
    let words = shell.words;
    let lang = shell.content_lang;
    let languages = &shell.document.languages;
    // Capitalised: Spanish and French write language names in lower case
    // inside a sentence, but this is a label of its own.
    let plain = |code: &str| crate::i18n::content_language_name(words, code);
    let name = |code: &str| capitalise(&plain(code));
    let main = shell.document.main_language();
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
            for code in languages {
                if super::widgets::choice(ui, code == lang, shown(code)).clicked() {
                    actions.push(Action::EditIn(code.clone()));
                }
            }
            // The campaign's languages one click away…
            let absent = Language::campaign()
                .into_iter()
                .filter(|l| !languages.iter().any(|c| c == l.code()));
            for language in absent {
                let add = tr!(
                    words,
                    "content-language-add",
                    language = plain(language.code())
                );
                if super::widgets::choice(ui, false, add).clicked() {
                    actions.push(Action::AddLanguage(language.code().to_owned()));
                }
            }
            // …and any other, found by its name in a window of its own (a
            // drop-down list has no room for what a search finds).
            ui.separator();
            let another = tr!(words, "content-language-another");
            if super::widgets::choice(ui, false, another).clicked() {
                super::language_search::open(ui.ctx(), super::language_search::SearchFor::Content);
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
                    if super::widgets::choice(ui, false, text).clicked() {
                        actions.push(action);
                    }
                }
            }
        })
        .response
        .labelled_by(label);
    match super::language_search::window_ui(ui.ctx(), words, languages) {
        Some((super::language_search::SearchFor::Content, tag)) => {
            actions.push(Action::AddLanguage(tag));
        }
        Some((super::language_search::SearchFor::Translation, tag)) => {
            actions.push(Action::TranslateInto(tag));
        }
        None => {}
    }
    let left: usize = shell.gaps.iter().sum();
    if left > 0 {
        ui.label(
            RichText::new(tr!(words, "content-language-missing", count = left))
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    }
}

/// Where the document lives, whether it is saved, whether its recovery copies
/// are being kept, and the latest message.
pub fn status_bar_ui(ui: &mut Ui, shell: &Shell<'_>) {
    let words = shell.words;
    ui.horizontal(|ui| {
        let location = match shell.path {
            Some(path) => path.display().to_string(),
            None => tr!(words, "status-not-saved-yet"),
        };
        ui.label(RichText::new(location).small());
        if shell.dirty {
            ui.label(
                RichText::new(tr!(words, "status-unsaved"))
                    .small()
                    .color(ui.visuals().warn_fg_color),
            );
        }
        if let Some(problem) = shell.autosave_problem {
            ui.label(
                RichText::new(tr!(words, "status-autosave-failing"))
                    .small()
                    .strong()
                    .color(ui.visuals().error_fg_color),
            )
            .on_hover_text(problem);
        }
        if let Some((text, opacity)) = &shell.status {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.set_opacity(*opacity);
                let said = ui.label(RichText::new(text).small());
                // A live region: a screen reader says "Saved." when it appears.
                ui.ctx().accesskit_node_builder(said.id, |node| {
                    node.set_live(egui::accesskit::Live::Polite);
                });
            });
        }
    });
}

/// The text with its first letter in upper case.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
