//! Help ▸ the user guide (shipped inside Carta, in its three languages),
//! the keyboard shortcuts (generated from the command table, so they never
//! drift from what the keys do), and About (version, licence, where Carta
//! keeps its files).

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::i18n::Language;
use crate::tr;
use crate::ui::Command;

/// Where Carta keeps its files on this computer, for About.
#[derive(Clone, Debug, Default)]
pub struct Places {
    pub settings: Option<PathBuf>,
    pub recovery: Option<PathBuf>,
    pub cache: Option<PathBuf>,
}

/// Which help is shown.
#[derive(Clone, Debug)]
pub enum Help {
    Guide,
    Shortcuts,
    About(Places),
}

/// The guide in `words`, as Markdown-like text: `#` headings, `-` items.
pub fn guide_text(words: Language) -> &'static str {
    words.guide()
}

/// Shows `help`; true on the frame the officer closes it.
pub fn help_ui(ctx: &egui::Context, words: Language, help: &Help) -> bool {
    let mut close = false;
    // Never taller than the window: the guide scrolls inside.
    let height = (ctx.content_rect().height() - 180.0).max(200.0);
    let modal = super::modal(ctx, "help").show(ctx, |ui| {
        // A fixed width: wrapped text in an auto-sized window would otherwise
        // change the width it wraps at from one frame to the next.
        ui.set_width(620.0_f32.min(ctx.content_rect().width() - 80.0));
        egui::ScrollArea::vertical()
            .max_height(height)
            // Full height at once: growing frame by frame, the window would
            // move its OK button under the pointer.
            .min_scrolled_height(height)
            .show(ui, |ui| match help {
                Help::Guide => guide_ui(ui, guide_text(words)),
                Help::Shortcuts => shortcuts_ui(ui, words),
                Help::About(places) => about_ui(ui, words, places),
            });
        ui.add_space(12.0);
        if ui.button(tr!(words, "ok")).clicked() {
            close = true;
        }
    });
    close || modal.should_close()
}

fn guide_ui(ui: &mut Ui, text: &str) {
    for line in text.lines() {
        if let Some(title) = line.strip_prefix("# ") {
            ui.heading(title);
        } else if let Some(title) = line.strip_prefix("## ") {
            ui.add_space(8.0);
            ui.label(RichText::new(title).size(17.0).strong());
        } else if let Some(item) = line.strip_prefix("- ") {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                // A web address ends an item: a link that opens the browser.
                match item.find("https://") {
                    Some(at) => {
                        ui.label(item[..at].replace('`', ""));
                        ui.hyperlink(item[at..].trim());
                    }
                    None => {
                        ui.label(item.replace('`', ""));
                    }
                }
            });
        } else if line.trim().is_empty() {
            ui.add_space(4.0);
        } else {
            ui.label(line.replace('`', ""));
        }
    }
}

fn shortcuts_ui(ui: &mut Ui, words: Language) {
    ui.heading(tr!(words, "command-shortcuts"));
    ui.add_space(6.0);
    egui::Grid::new("shortcuts")
        .striped(true)
        .num_columns(2)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            for command in Command::all() {
                let keys = command.shortcut_texts(ui.ctx());
                if keys.is_empty() {
                    continue;
                }
                ui.label(command.label(words));
                let or = format!(" {} ", tr!(words, "shortcuts-or"));
                ui.label(RichText::new(keys.join(&or)).monospace());
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    ui.label(tr!(words, "shortcuts-menus"));
    ui.label(tr!(words, "shortcuts-present"));
}

fn about_ui(ui: &mut Ui, words: Language, places: &Places) {
    ui.heading(format!("Carta {}", env!("CARGO_PKG_VERSION")));
    ui.label(tr!(words, "about-what"));
    ui.add_space(6.0);
    ui.label(tr!(
        words,
        "about-licence",
        // "MIT OR Apache-2.0" is SPDX's way of writing it, not a sentence.
        licence = env!("CARGO_PKG_LICENSE").replace(" OR ", &tr!(words, "about-licence-or"))
    ));
    ui.add_space(8.0);
    egui::Grid::new("about_places")
        .num_columns(2)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            let place = |ui: &mut Ui, key: &str, path: &Option<PathBuf>| {
                ui.label(RichText::new(tr!(words, key)).weak());
                let shown = path.as_ref().map_or_else(
                    || tr!(words, "about-nowhere"),
                    |path| path.display().to_string(),
                );
                ui.add(egui::Label::new(RichText::new(shown).monospace()).wrap());
                ui.end_row();
            };
            place(ui, "about-settings", &places.settings);
            place(ui, "about-recovery", &places.recovery);
            place(ui, "about-cache", &places.cache);
        });
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(words, "about-profiles")).weak());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_is_there_in_every_language_with_the_same_sections() {
        let sections = |words| {
            guide_text(words)
                .lines()
                .filter(|l| l.starts_with('#'))
                .count()
        };
        assert!(sections(Language::ENGLISH) >= 6);
        for language in Language::built_in() {
            assert_eq!(
                sections(language),
                sections(Language::ENGLISH),
                "{language:?}"
            );
        }
    }
}
