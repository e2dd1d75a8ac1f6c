//! Everything an officer can ask of Carta from a menu, a shortcut or a button.
//! Each command knows its label and shortcuts here, in one place: menus,
//! the side bar's tooltips and shortcut matching all read this table.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::Panel;
use crate::export::Format;
use crate::i18n::Language;
use crate::store::settings::ThemeChoice;
use crate::tr;

/// What drawing code asks for during a frame; the app acts on each after the
/// frame. A `Command` is what a menu, a shortcut or a button names; the other
/// requests carry what the officer picked.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Run(Command),
    OpenPath(PathBuf),
    ClearRecent,
    SetTheme(ThemeChoice),
    SetLanguage(Language),
    /// Edit (and present, and export) in this content language.
    EditIn(String),
    /// Add a content language to the document and start translating into it.
    AddLanguage(String),
    /// Copy these programs of the library into the open profile, as one step.
    CopyFromLibrary(Vec<crate::model::library::Hit>),
    /// Stop reading the library folder being read.
    StopReadingLibrary,
    /// Make a content language the main one (the source of translations).
    MakeMainLanguage(String),
    /// Remove a content language and its texts.
    RemoveLanguage(String),
    /// Choose a file for the city's logo or cover photo.
    ChoosePicture(crate::model::PictureRole),
    /// Write Carta's phrases for translating into this language.
    TranslateInto(String),
}

/// A request from the officer. Drawing code only queues commands; the app runs
/// them after the frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    ImportPrograms,
    ImportCampaignText,
    /// File ▸ Compare with…: the open profile and another file, field by field.
    CompareWith,
    /// File ▸ Merge a colleague's copy…
    MergeCopy,
    /// File ▸ Version history…
    VersionHistory,
    /// Write one workbook per responsible unit for the Year panel's year.
    SendSheets,
    /// Read filled workbooks back, their figures offered in the compare view.
    ReadSheets,
    /// Open a folder of other cities' profiles in the Other cities panel.
    OpenLibrary,
    Export(Format),
    /// File ▸ Export ▸ the annual report of the Year panel's year.
    ExportReport(crate::export::report::ReportFormat),
    /// The profile as the web page's print layout, in the system's browser.
    Print,
    /// Help ▸ the user guide, the keyboard shortcuts, About.
    Guide,
    Shortcuts,
    About,
    /// Help ▸ Translate Carta…: the phrases written for a translator.
    TranslateCarta,
    /// A translation folder a colleague sent, added to Carta's languages.
    AddTranslation,
    /// The translations read again after the translator saved.
    ReloadTranslations,
    Quit,
    Undo,
    Redo,
    /// Show the profile as full-screen slides.
    Present,
    Show(Panel),
}

impl Command {
    /// Every command, for menus, shortcut matching and the clash test.
    pub fn all() -> Vec<Self> {
        let mut all = vec![
            Self::New,
            Self::Open,
            Self::Save,
            Self::SaveAs,
            Self::ImportPrograms,
            Self::ImportCampaignText,
            Self::CompareWith,
            Self::MergeCopy,
            Self::VersionHistory,
            Self::SendSheets,
            Self::ReadSheets,
            Self::OpenLibrary,
            Self::Print,
            Self::Quit,
            Self::Undo,
            Self::Redo,
            Self::Present,
        ];
        all.extend(Format::ALL.into_iter().map(Self::Export));
        all.extend(
            (crate::export::report::ReportFormat::SHOWN.into_iter()).map(Self::ExportReport),
        );
        all.extend(Panel::ALL.into_iter().map(Self::Show));
        all.extend([
            Self::Guide,
            Self::Shortcuts,
            Self::About,
            Self::TranslateCarta,
            Self::AddTranslation,
            Self::ReloadTranslations,
        ]);
        all
    }

    /// The command's name in a menu, in `language`.
    pub fn label(self, language: Language) -> String {
        let key = match self {
            Self::New => "command-new",
            Self::Open => "command-open",
            Self::Save => "command-save",
            Self::SaveAs => "command-save-as",
            Self::ImportPrograms => "command-import-programs",
            Self::ImportCampaignText => "command-import-campaign-text",
            Self::CompareWith => "command-compare-with",
            Self::MergeCopy => "command-merge-copy",
            Self::VersionHistory => "command-version-history",
            Self::SendSheets => "command-send-sheets",
            Self::ReadSheets => "command-read-sheets",
            Self::OpenLibrary => "command-open-library",
            Self::Print => "command-print",
            Self::Guide => "command-guide",
            Self::Shortcuts => "command-shortcuts",
            Self::About => "command-about",
            Self::TranslateCarta => "command-translate",
            Self::AddTranslation => "command-add-translation",
            Self::ReloadTranslations => "command-reload-translations",
            Self::Export(format) => format.label_key(),
            Self::ExportReport(format) => format.label_key(),
            Self::Quit => "command-quit",
            Self::Undo => "command-undo",
            Self::Redo => "command-redo",
            Self::Present => "command-present",
            Self::Show(panel) => panel.title_key(),
        };
        tr!(language, key)
    }

    /// Keyboard shortcuts; the first is the one menus show.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let cmd = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let cmd_shift = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
        match self {
            Self::New => vec![cmd(Key::N)],
            Self::Open => vec![cmd(Key::O)],
            Self::Save => vec![cmd(Key::S)],
            Self::SaveAs => vec![cmd_shift(Key::S)],
            Self::ImportPrograms => vec![cmd(Key::I)],
            Self::OpenLibrary => vec![cmd_shift(Key::O)],
            Self::Print => vec![cmd(Key::P)],
            Self::Guide => vec![KeyboardShortcut::new(Modifiers::NONE, Key::F1)],
            Self::Shortcuts => vec![cmd(Key::Slash)],
            Self::About
            | Self::TranslateCarta
            | Self::AddTranslation
            | Self::ReloadTranslations => Vec::new(),
            // Beside Ctrl+I (import programs): the page copied from the website.
            Self::ImportCampaignText => vec![cmd_shift(Key::I)],
            Self::Export(_)
            | Self::ExportReport(_)
            | Self::CompareWith
            | Self::MergeCopy
            | Self::SendSheets
            | Self::ReadSheets => Vec::new(),
            Self::VersionHistory => vec![cmd_shift(Key::H)],
            Self::Quit => vec![cmd(Key::Q)],
            Self::Undo => vec![cmd(Key::Z)],
            Self::Redo => vec![cmd_shift(Key::Z), cmd(Key::Y)],
            Self::Present => vec![KeyboardShortcut::new(Modifiers::NONE, Key::F5)],
            Self::Show(panel) => {
                let keys = [
                    Key::Num1,
                    Key::Num2,
                    Key::Num3,
                    Key::Num4,
                    Key::Num5,
                    Key::Num6,
                    Key::Num7,
                    Key::Num8,
                    Key::Num9,
                ];
                let index = Panel::ALL.iter().position(|p| *p == panel).unwrap_or(0);
                keys.get(index)
                    .map(|key| vec![cmd(*key)])
                    .unwrap_or_default()
            }
        }
    }

    /// The shortcut menus and tooltips show, as the platform writes it (⌘ on a Mac).
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        self.shortcuts()
            .first()
            .map(|shortcut| written(ctx, shortcut))
    }

    /// Every shortcut of the command, as the platform writes them.
    pub fn shortcut_texts(self, ctx: &egui::Context) -> Vec<String> {
        (self.shortcuts().iter())
            .map(|shortcut| written(ctx, shortcut))
            .collect()
    }

    /// The command whose shortcut was pressed this frame, consuming the key press.
    ///
    /// Shortcuts with more modifiers are tried first, so Ctrl+Shift+S is not
    /// taken for Ctrl+S.
    pub fn from_input(ctx: &egui::Context) -> Option<Self> {
        let mut candidates: Vec<(Self, KeyboardShortcut)> = Self::all()
            .into_iter()
            .flat_map(|command| command.shortcuts().into_iter().map(move |s| (command, s)))
            .collect();
        candidates.sort_by_key(|(_, shortcut)| {
            std::cmp::Reverse(shortcut.modifiers.shift as u8 + shortcut.modifiers.alt as u8)
        });
        ctx.input_mut(|input| {
            candidates
                .into_iter()
                .find(|(_, shortcut)| input.consume_shortcut(shortcut))
                .map(|(command, _)| command)
        })
    }
}

/// `shortcut` as a person writes it: egui names some keys by word ("Slash").
fn written(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    let text = ctx.format_shortcut(shortcut);
    let text = match shortcut.logical_key {
        Key::Slash => text.replace("Slash", "/"),
        _ => text,
    };
    // As the officer's keyboard names the key, and as the guide writes it:
    // "Ctrl+Maj+S" in French, "Ctrl+Mayús+S" in Spanish (macOS writes ⇧).
    let words = super::language(ctx);
    text.replace("Shift", &crate::tr!(words, "key-shift"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_name_shift_as_the_officers_keyboard_does() {
        let ctx = egui::Context::default();
        let expected = [
            (Language::ENGLISH, "Shift"),
            (Language::SPANISH, "Mayús"),
            (Language::FRENCH, "Maj"),
        ];
        for (language, shift) in expected {
            crate::ui::set_language(&ctx, language);
            let written = Command::SaveAs.shortcut_text(&ctx).unwrap();
            if cfg!(target_os = "macos") {
                continue;
            }
            assert_eq!(written, format!("Ctrl+{shift}+S"), "{language:?}");
            let guide = crate::ui::dialogs::guide_text(language);
            assert!(
                guide.contains(&format!("Ctrl+{shift}+Z")),
                "the guide writes it the same way ({language:?})"
            );
        }
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = Vec::new();
        for command in Command::all() {
            for shortcut in command.shortcuts() {
                assert!(
                    !seen.contains(&shortcut),
                    "{command:?} reuses a shortcut of another command"
                );
                seen.push(shortcut);
            }
        }
    }
}
