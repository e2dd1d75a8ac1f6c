//! Translations the officer adds: Help ▸ Translate Carta… writes the
//! phrases for a translator, View ▸ Interface language reads them (at start,
//! on "Read translations again") or adds a folder a colleague sent.

use std::path::Path;

use crate::msg;
use crate::store::translations::{self, News};
use crate::tr;

use super::CartaApp;

impl CartaApp {
    /// Reads every translation in the settings folder again: a translator
    /// sees her latest phrases without restarting Carta.
    pub(super) fn reload_translations(&mut self) {
        let Some(folder) = self.options.settings_dir.clone() else {
            return;
        };
        crate::i18n::added::forget_missing();
        let news = translations::load_all(&folder);
        if news.is_empty() {
            self.say(msg!("status-no-translations"));
        }
        self.tell_translations(&news);
    }

    /// Says what reading translations found: problems in a window (each
    /// with its file, line and column), else a line in the status bar.
    pub(super) fn tell_translations(&mut self, news: &[News]) {
        let problems: Vec<String> = (news.iter())
            .filter(|news| news.is_problem())
            .map(|news| news.describe(self.words))
            .collect();
        if !problems.is_empty() {
            let title = tr!(self.words, "alert-translation-problems");
            self.alert(title, problems.join("\n"));
            return;
        }
        let loaded: Vec<String> = (news.iter())
            .map(|news| news.describe(self.words))
            .collect();
        if !loaded.is_empty() {
            self.say(msg!("status-translations-read", list = loaded.join(" · ")));
        }
    }

    /// Writes the phrases to translate into `tag` and shows the folder.
    pub(super) fn translate_into(&mut self, tag: &str) {
        let Some(settings) = self.options.settings_dir.clone() else {
            self.say(msg!("status-translation-no-settings"));
            return;
        };
        match translations::write_template(&settings, tag, self.words) {
            Ok(folder) => {
                // Listed at once, English throughout, so it can be picked.
                let news = translations::load_one(&folder);
                let shown = crate::store::path_shown(&folder);
                self.say(msg!("status-translation-written", folder = shown));
                if news.iter().any(News::is_problem) {
                    self.tell_translations(&news);
                }
                self.show_folder(&folder);
            }
            Err(reason) => {
                let title = tr!(self.words, "alert-translation-problems");
                let message = tr!(
                    self.words,
                    "translation-unreadable",
                    path = crate::store::path_shown(&translations::folder(&settings)),
                    reason = reason.message(self.words)
                );
                self.alert(title, message);
            }
        }
    }

    /// Adds the translation folder a colleague sent.
    pub(super) fn add_translation(&mut self, path: &Path) {
        let Some(settings) = self.options.settings_dir.clone() else {
            self.say(msg!("status-translation-no-settings"));
            return;
        };
        let news = translations::add_from(path, &settings);
        self.tell_translations(&news);
    }

    /// Opens `folder` in the system's file manager (not in tests, nor where
    /// no desktop can).
    fn show_folder(&mut self, folder: &Path) {
        if !self.options.native_dialogs {
            return;
        }
        // The status line already names the folder: nothing more to say
        // when no file manager opens.
        let _ = open::that_detached(folder);
    }
}
