//! The welcome, on first start and after File ▸ New: start a new city's
//! profile (a short guided start: city, country, languages), open a file or
//! a recent one, import a campaign page, or look at the San Antonio example.
//! It draws and returns the officer's choice; the app acts on it.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::widgets::hint;
use crate::i18n::Language;
use crate::tr;

/// The guided start's fields, kept while the welcome shows.
#[derive(Clone, Debug)]
pub struct Welcome {
    pub city: String,
    pub country: String,
    /// The content languages to write in; the first is the main one.
    pub languages: Vec<String>,
    /// The city field takes the keyboard once, when the welcome opens.
    focused: bool,
}

impl Welcome {
    /// A welcome whose guided start writes in `words`'s language.
    pub fn new(words: Language) -> Self {
        Self {
            city: String::new(),
            country: String::new(),
            languages: vec![words.code().to_owned()],
            focused: false,
        }
    }
}

/// What the officer chose on the welcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WelcomeChoice {
    /// A new profile for this city, country and languages.
    Start {
        city: String,
        country: String,
        languages: Vec<String>,
    },
    Open,
    OpenRecent(PathBuf),
    ImportPage,
    Example,
    /// Go on with the document as it is (a blank profile after New).
    Skip,
}

/// The content languages a new profile is offered at once: the interface's,
/// then the campaign's.
fn start_languages(words: Language) -> Vec<Language> {
    let mut languages = vec![words];
    for language in Language::campaign() {
        if language != words {
            languages.push(language);
        }
    }
    languages
}

pub fn welcome_ui(
    ui: &mut Ui,
    words: Language,
    welcome: &mut Welcome,
    recent: &[PathBuf],
) -> Option<WelcomeChoice> {
    let mut choice = None;
    egui::ScrollArea::vertical()
        .id_salt("welcome")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(760.0));
            ui.add_space(8.0);
            ui.heading(tr!(words, "welcome-title"));
            ui.label(RichText::new(tr!(words, "welcome-explained")).weak());
            ui.add_space(16.0);
            choice = start_ui(ui, words, welcome);
            ui.add_space(20.0);
            ui.separator();
            ui.add_space(8.0);
            ui.label(RichText::new(tr!(words, "welcome-or")).strong());
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                if ui.button(tr!(words, "command-open")).clicked() {
                    choice = Some(WelcomeChoice::Open);
                }
                if ui
                    .button(tr!(words, "command-import-campaign-text"))
                    .clicked()
                {
                    choice = Some(WelcomeChoice::ImportPage);
                }
                if ui.button(tr!(words, "welcome-example")).clicked() {
                    choice = Some(WelcomeChoice::Example);
                }
                if ui.button(tr!(words, "welcome-skip")).clicked() {
                    choice = Some(WelcomeChoice::Skip);
                }
            });
            let present: Vec<&PathBuf> = recent.iter().filter(|p| p.exists()).collect();
            if !present.is_empty() {
                ui.add_space(12.0);
                ui.label(RichText::new(tr!(words, "welcome-recent")).strong());
                for path in present.into_iter().take(6) {
                    let name = file_name(path);
                    let button = ui
                        .add(egui::Button::new(name).frame(false))
                        .on_hover_text(path.display().to_string());
                    if button.clicked() {
                        choice = Some(WelcomeChoice::OpenRecent(path.clone()));
                    }
                }
            }
        });
    choice
}

/// The guided start: city, country, languages, then the City panel.
fn start_ui(ui: &mut Ui, words: Language, welcome: &mut Welcome) -> Option<WelcomeChoice> {
    ui.label(
        RichText::new(tr!(words, "welcome-start"))
            .size(17.0)
            .strong(),
    );
    ui.add_space(6.0);
    let mut choice = None;
    egui::Grid::new("welcome_start")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let label = ui.label(tr!(words, "field-city-name")).id;
            let city = ui
                .add(egui::TextEdit::singleline(&mut welcome.city).desired_width(320.0))
                .labelled_by(label);
            if !welcome.focused {
                city.request_focus();
                welcome.focused = true;
            }
            ui.end_row();
            let label = ui.label(tr!(words, "field-country")).id;
            ui.add(egui::TextEdit::singleline(&mut welcome.country).desired_width(320.0))
                .labelled_by(label);
            ui.end_row();
            ui.label(tr!(words, "welcome-languages"));
            ui.vertical(|ui| {
                ui.horizontal_wrapped(|ui| {
                    // Hers and the campaign's languages, then any other she added.
                    let mut offered: Vec<String> = start_languages(words)
                        .iter()
                        .map(|l| l.code().to_owned())
                        .collect();
                    for code in &welcome.languages {
                        if !offered.contains(code) {
                            offered.push(code.clone());
                        }
                    }
                    for code in offered {
                        let mut on = welcome.languages.contains(&code);
                        let name = crate::i18n::content_language_name(words, &code);
                        if ui.checkbox(&mut on, name).changed() {
                            if on {
                                welcome.languages.push(code);
                            } else if welcome.languages.len() > 1 {
                                welcome.languages.retain(|l| *l != code);
                            }
                        }
                    }
                });
                let languages = welcome.languages.clone();
                let found = super::language_search::language_search_ui(
                    ui, words, "welcome", &languages, false,
                );
                if let Some(tag) = found
                    && !languages.iter().any(|l| l.eq_ignore_ascii_case(&tag))
                {
                    welcome.languages.push(tag);
                }
            });
            ui.end_row();
        });
    hint(ui, &tr!(words, "welcome-languages-hint"));
    ui.add_space(6.0);
    let ready = !welcome.city.trim().is_empty();
    let start = ui
        .add_enabled(ready, egui::Button::new(tr!(words, "welcome-start-button")))
        .on_disabled_hover_text(tr!(words, "welcome-start-needs-city"));
    let entered = ready && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if start.clicked() || entered {
        choice = Some(WelcomeChoice::Start {
            city: welcome.city.trim().to_owned(),
            country: welcome.country.trim().to_owned(),
            languages: welcome.languages.clone(),
        });
    }
    choice
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}
