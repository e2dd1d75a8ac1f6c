//! What Carta remembers between runs: recent files and the theme. Kept as RON in
//! the platform's config folder (e.g. `~/.config/carta` on Linux).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

const MAX_RECENT: usize = 10;

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    pub theme: ThemeChoice,
    /// The code of the interface language the officer chose; `None` follows
    /// the system. A code, not a `Language`: a translation she added and
    /// later removed must not make the whole file unreadable.
    pub interface_language: Option<String>,
    /// The choice as settings kept it before languages were a table
    /// (`Some(Spanish)`): read, never written again.
    #[serde(skip_serializing)]
    language: Option<OldLanguage>,
    /// True once the officer has seen the welcome of a first start.
    pub welcomed: bool,
    /// The officer's name, shown beside the versions she saves.
    pub author: String,
}

/// The interface languages settings files could name before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
enum OldLanguage {
    English,
    Spanish,
    French,
}

impl Settings {
    /// The settings as this version keeps them: a language chosen in the
    /// old form is kept as its code, so the next save does not lose it.
    fn migrated(mut self) -> Self {
        if self.interface_language.is_none() {
            self.interface_language = self.chosen_language().map(str::to_owned);
        }
        self.language = None;
        self
    }

    /// The code of the interface language she chose, if she chose one.
    pub fn chosen_language(&self) -> Option<&str> {
        self.interface_language
            .as_deref()
            .or(self.language.map(|old| match old {
                OldLanguage::English => "en",
                OldLanguage::Spanish => "es",
                OldLanguage::French => "fr",
            }))
    }

    /// Keeps `code` as her choice.
    pub fn choose_language(&mut self, code: &str) {
        self.interface_language = Some(code.to_owned());
        self.language = None;
    }

    /// Puts `path` at the top of the recent files.
    pub fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.recent_files.retain(|known| *known != path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }

    /// The officer's name, or the computer's name for its user until she
    /// gives one.
    pub fn author_or_user(&self) -> String {
        let given = self.author.trim();
        if !given.is_empty() {
            return given.to_owned();
        }
        ["USERNAME", "USER", "LOGNAME"]
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
            .unwrap_or_default()
    }

    pub fn forget(&mut self, path: &Path) {
        self.recent_files.retain(|known| known != path);
    }
}

/// The folder where Carta keeps its settings and window state, if the platform has one.
pub fn config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Carta", "Carta").map(|dirs| dirs.config_dir().to_owned())
}

/// The file where eframe keeps the window's size and position: inside the
/// settings folder, beside `settings.ron`. (eframe takes a file; given the
/// folder itself it made a file of the folder's name, and no setting could
/// be kept after that.)
pub fn window_state_file(folder: &Path) -> PathBuf {
    folder.join("window.ron")
}

/// Takes the show's full screen out of the window state eframe kept in
/// `file` (`window_state_file`): eframe saves the window every 30 s and at
/// exit, so a Carta ended while presenting (a logout, SIGTERM) started again
/// full screen with no title bar. Only a presentation makes the window full
/// screen, and a presentation is never resumed, so full screen is never kept.
/// Anything else in the file, or a file Carta cannot read, is left alone.
pub fn forget_full_screen(file: &Path) {
    let Some(kept) = super::read_capped(file)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
    else {
        return;
    };
    if let Some(fixed) = without_full_screen(&kept) {
        // At worst the next start is full screen once more: nothing to say.
        let _ = crate::store::write_atomically(file, fixed.as_bytes(), false);
    }
}

/// `kept` (eframe's storage: RON of key → RON text) with the window's
/// `fullscreen: true` made false; `None` when there was nothing to change.
fn without_full_screen(kept: &str) -> Option<String> {
    let mut entries: std::collections::BTreeMap<String, String> = ron::from_str(kept).ok()?;
    let window = entries.get_mut("window")?;
    let fixed = full_screen_off(window)?;
    *window = fixed;
    ron::ser::to_string_pretty(&entries, ron::ser::PrettyConfig::default()).ok()
}

/// `window` with its `fullscreen: true` (however spaced) made
/// `fullscreen:false`; `None` when it has none.
fn full_screen_off(window: &str) -> Option<String> {
    let start = window.find("fullscreen")?;
    let rest = window[start + "fullscreen".len()..].trim_start();
    let value = rest.strip_prefix(':')?.trim_start();
    let after = value.strip_prefix("true")?;
    Some(format!("{}fullscreen:false{after}", &window[..start]))
}

/// Reads settings from `folder`; missing or unreadable settings give the defaults,
/// since losing a recent-files list must never keep the officer from working.
pub fn load(folder: &Path) -> Settings {
    let settings: Settings = super::read_capped(&folder.join("settings.ron"))
        .ok()
        .and_then(|bytes| ron::from_str(std::str::from_utf8(&bytes).ok()?).ok())
        .unwrap_or_default();
    settings.migrated()
}

/// Writes settings to `folder`, through the same atomic write as profiles.
pub fn save(settings: &Settings, folder: &Path) -> Result<(), crate::store::SaveError> {
    use crate::store::{IoReason, SaveError, SaveStep};
    std::fs::create_dir_all(folder)
        .map_err(|err| SaveError::new(folder, SaveStep::CreateFolder, IoReason::of(&err)))?;
    let path = folder.join("settings.ron");
    let text = ron::ser::to_string_pretty(settings, super::pretty_config()).map_err(|err| {
        SaveError::new(&path, SaveStep::Serialize, IoReason::Other(err.to_string()))
    })?;
    crate::store::write_atomically(&path, text.as_bytes(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_chosen_before_languages_had_codes_is_still_hers() {
        let old: Settings = ron::from_str("(language: Some(Spanish), welcomed: true)").unwrap();
        assert_eq!(old.chosen_language(), Some("es"));
        let mut now = old.clone();
        now.choose_language("ca");
        let written = ron::to_string(&now).unwrap();
        assert!(!written.contains("Spanish"), "{written}");
        let read: Settings = ron::from_str(&written).unwrap();
        assert_eq!(read.chosen_language(), Some("ca"));
        // Read from disk, the old choice survives a save she did not ask for
        // (the recent files change at every start).
        let folder = tempfile::tempdir().unwrap();
        std::fs::write(
            folder.path().join("settings.ron"),
            "(language: Some(French), welcomed: true)",
        )
        .unwrap();
        let loaded = load(folder.path());
        save(&loaded, folder.path()).unwrap();
        assert_eq!(load(folder.path()).chosen_language(), Some("fr"));
        // A translation since removed leaves the file readable.
        let gone: Settings = ron::from_str("(interface_language: Some(\"eu\"))").unwrap();
        assert_eq!(gone.chosen_language(), Some("eu"));
    }

    #[test]
    fn recent_files_are_unique_and_newest_first() {
        let mut settings = Settings::default();
        settings.remember(Path::new("/a.ron"));
        settings.remember(Path::new("/b.ron"));
        settings.remember(Path::new("/a.ron"));
        // Kept absolute, as the system spells them ("C:\\a.ron" on Windows).
        let absolute = |path| std::path::absolute(path).unwrap();
        assert_eq!(
            settings.recent_files,
            vec![absolute("/a.ron"), absolute("/b.ron")]
        );
    }

    #[test]
    fn a_window_saved_during_a_show_starts_again_windowed() {
        // As eframe 0.37 writes it, saved while presenting.
        let kept = r#"{"window":"(normal_geometry:(outer_position_pixels:Some((10.0,20.0)),scale_factor:1.0,inner_size_points:(1000.0,700.0)),fullscreen:true,maximized:true)","egui":"()"}"#;
        let folder = tempfile::tempdir().unwrap();
        let file = window_state_file(folder.path());
        std::fs::write(&file, kept).unwrap();
        forget_full_screen(&file);
        let entries: std::collections::BTreeMap<String, String> =
            ron::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(
            entries["window"],
            "(normal_geometry:(outer_position_pixels:Some((10.0,20.0)),scale_factor:1.0,inner_size_points:(1000.0,700.0)),fullscreen:false,maximized:true)",
            "full screen forgotten, the rest (maximised, place, size) kept"
        );
        assert_eq!(entries["egui"], "()");
        // A windowed state, a missing file and a spoilt one are left alone.
        let windowed = kept.replace("fullscreen:true", "fullscreen:false");
        assert_eq!(without_full_screen(&windowed), None);
        forget_full_screen(&folder.path().join("none.ron"));
        std::fs::write(&file, "not ron").unwrap();
        forget_full_screen(&file);
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "not ron");
    }

    #[test]
    fn the_window_state_never_takes_the_settings_folder() {
        let folder = tempfile::tempdir().unwrap();
        let config = folder.path().join("carta");
        let window = window_state_file(&config);
        assert_ne!(window, config);
        assert!(window.starts_with(&config));
        // eframe writes its file (creating the folder), then settings still save.
        std::fs::create_dir_all(window.parent().unwrap()).unwrap();
        std::fs::write(&window, "(window: ())").unwrap();
        let settings = Settings {
            theme: ThemeChoice::Dark,
            ..Settings::default()
        };
        save(&settings, &config).unwrap();
        assert_eq!(load(&config), settings);
    }

    #[test]
    fn settings_survive_a_save_and_load() {
        let folder = tempfile::tempdir().unwrap();
        let mut settings = Settings::default();
        settings.remember(Path::new("/x.ron"));
        settings.theme = ThemeChoice::Dark;
        save(&settings, folder.path()).unwrap();
        assert_eq!(load(folder.path()), settings);
    }
}
