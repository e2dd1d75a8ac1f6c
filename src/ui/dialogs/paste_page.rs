//! File ▸ Import campaign text: paste the page copied from the campaign's
//! website, or open a text file of it.

use egui::RichText;

use crate::i18n::Language;
use crate::tr;

/// More than any profile page: a pasted book is cut here, not in memory.
const PAGE_CHARS: usize = 2_000_000;

/// The window's state: the text pasted so far.
#[derive(Clone, Debug, Default)]
pub struct PastePage {
    pub text: String,
    /// The text field takes the keyboard focus once, when the window opens.
    pub focused: bool,
}

/// How the window ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PastePageChoice {
    /// Import the text pasted.
    Import(String),
    /// Open a file instead.
    OpenFile,
    Cancel,
}

/// Shows the window; the officer pastes into `page.text`.
pub fn paste_page_ui(
    ctx: &egui::Context,
    words: Language,
    page: &mut PastePage,
) -> Option<PastePageChoice> {
    let mut choice = None;
    let modal = super::modal(ctx, "paste_page").show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(tr!(words, "dialog-import-campaign-text"));
        ui.add_space(6.0);
        ui.label(tr!(words, "paste-page-how"));
        ui.add_space(6.0);
        let label = ui.label(tr!(words, "paste-page-field")).id;
        let field = egui::ScrollArea::vertical()
            .max_height(260.0)
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut page.text)
                        .char_limit(PAGE_CHARS)
                        .hint_text(tr!(words, "paste-page-hint"))
                        .desired_rows(10)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label)
            })
            .inner;
        if !page.focused {
            field.request_focus();
            page.focused = true;
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let pasted = !page.text.trim().is_empty();
            let import = ui
                .add_enabled(
                    pasted,
                    egui::Button::new(RichText::new(tr!(words, "paste-page-import")).strong()),
                )
                .on_disabled_hover_text(tr!(words, "paste-page-empty"));
            // Ctrl+Enter imports from the field itself, where Tab and Enter
            // are the text's own.
            let shortcut = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Enter);
            if import.clicked() || (pasted && ui.input_mut(|i| i.consume_shortcut(&shortcut))) {
                choice = Some(PastePageChoice::Import(page.text.clone()));
            }
            if ui.button(tr!(words, "paste-page-open-file")).clicked() {
                choice = Some(PastePageChoice::OpenFile);
            }
            if ui.button(tr!(words, "cancel")).clicked() {
                choice = Some(PastePageChoice::Cancel);
            }
        });
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(PastePageChoice::Cancel);
    }
    choice
}
