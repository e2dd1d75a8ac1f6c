//! Finding a content language by its name (CLDR's, through
//! `i18n::names`): a field, and under it the languages whose names start
//! with what is typed, each by its own name and by its name here.

use egui::{Key, RichText, Ui};

use super::widgets::accessible_name;
use crate::i18n::Language;
use crate::i18n::names::{self, Named};
use crate::tr;

/// The most languages listed under the field.
const SHOWN: usize = 8;

/// What was typed and what it found, kept from frame to frame so a search
/// runs once per keystroke, not once per frame.
#[derive(Clone, Default)]
struct Search {
    query: String,
    words: Option<Language>,
    found: Vec<Named>,
}

/// A search field and the languages matching it, none of `exclude`; the
/// tag of the one clicked, or of the first on Enter. `fresh`: just shown,
/// the field starts empty and takes the keyboard.
pub fn language_search_ui(
    ui: &mut Ui,
    words: Language,
    id_salt: &str,
    exclude: &[String],
    fresh: bool,
) -> Option<String> {
    search_ui(ui, words, (id_salt, "content-language-add"), exclude, fresh)
}

/// [`language_search_ui`] with each row worded by message `row`.
fn search_ui(
    ui: &mut Ui,
    words: Language,
    (id_salt, row): (&str, &str),
    exclude: &[String],
    fresh: bool,
) -> Option<String> {
    let id = ui.make_persistent_id(("language_search", id_salt));
    let mut search: Search = if fresh {
        Search::default()
    } else {
        ui.data(|d| d.get_temp(id)).unwrap_or_default()
    };
    let mut query = search.query.clone();
    let field = ui.add(
        egui::TextEdit::singleline(&mut query)
            .hint_text(tr!(words, "language-search-hint"))
            .char_limit(60)
            .desired_width(ui.available_width().clamp(120.0, 260.0)),
    );
    accessible_name(&field, &tr!(words, "language-search"));
    if fresh {
        // Just shown: typing goes straight into it.
        field.request_focus();
    }
    if query != search.query || search.words != Some(words) {
        let found = names::search(&query, words.code(), SHOWN + exclude.len());
        search = Search {
            found: (found.into_iter())
                .filter(|named| {
                    !exclude
                        .iter()
                        .any(|known| known.eq_ignore_ascii_case(&named.tag))
                })
                .take(SHOWN)
                .collect(),
            query,
            words: Some(words),
        };
    }
    let mut picked = None;
    // What was excluded since the search ran (a language ticked) is gone.
    let taken = |tag: &str| exclude.iter().any(|known| known.eq_ignore_ascii_case(tag));
    search.found.retain(|named| !taken(&named.tag));
    for named in &search.found {
        let label = if named.own == named.here {
            format!("{} ({})", named.own, named.tag)
        } else {
            format!("{} — {} ({})", named.own, named.here, named.tag)
        };
        let add = tr!(words, row, language = label.as_str());
        if ui.selectable_label(false, add).clicked() {
            picked = Some(named.tag.clone());
        }
    }
    // Enter is the search's: taken here, it starts nothing else (the
    // welcome's Enter starts the profile).
    let entered =
        field.lost_focus() && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Enter));
    if entered && picked.is_none() {
        picked = search.found.first().map(|named| named.tag.clone());
    }
    if !search.query.trim().is_empty() && search.found.is_empty() {
        ui.label(RichText::new(tr!(words, "language-search-none")).weak());
    }
    if picked.is_some() {
        search = Search::default();
    }
    ui.data_mut(|d| d.insert_temp(id, search));
    picked
}

fn window_id() -> egui::Id {
    egui::Id::unique("language_search_window")
}

/// What a language is searched for in a window of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SearchFor {
    /// A content language to add to the profile.
    Content,
    /// The language to translate Carta's own phrases into.
    Translation,
}

impl SearchFor {
    /// The window's title, what it says, and how each row is worded.
    fn keys(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Self::Content => (
                "content-language-add-title",
                "content-language-add-explained",
                "content-language-add",
            ),
            Self::Translation => ("translate-title", "translate-explained", "translate-into"),
        }
    }
}

/// Opens the window that finds a language for `purpose`, its field empty.
pub fn open(ctx: &egui::Context, purpose: SearchFor) {
    ctx.data_mut(|d| {
        d.insert_temp(window_id(), Some(purpose));
        d.insert_temp(window_id().with("fresh"), true);
    });
}

/// The window that finds a language, while open: its search field (with
/// the keyboard) and what it finds; what it was for and the tag picked.
/// Escape or its close button shuts it.
pub fn window_ui(
    ctx: &egui::Context,
    words: Language,
    exclude: &[String],
) -> Option<(SearchFor, String)> {
    let purpose: Option<SearchFor> = ctx.data(|d| d.get_temp(window_id())).flatten();
    let purpose = purpose?;
    let mut open = true;
    let fresh_id = window_id().with("fresh");
    let fresh: bool = ctx.data_mut(|d| d.remove_temp(fresh_id)).unwrap_or(false);
    let (title, explained, row) = purpose.keys();
    // Carta's own languages need no translating; a content language
    // already in the profile needs no adding.
    let exclude: Vec<String> = match purpose {
        SearchFor::Content => exclude.to_vec(),
        SearchFor::Translation => Language::built_in()
            .iter()
            .map(|language| language.code().to_owned())
            .collect(),
    };
    let mut picked = None;
    egui::Window::new(tr!(words, title))
        .id(window_id().with("window"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            ui.set_width(360.0);
            ui.label(tr!(words, explained));
            ui.add_space(6.0);
            picked = search_ui(ui, words, ("window", row), &exclude, fresh);
        });
    if picked.is_some() || ctx.input(|i| i.key_pressed(Key::Escape)) {
        open = false;
    }
    let kept = open.then_some(purpose);
    ctx.data_mut(|d| d.insert_temp(window_id(), kept));
    picked.map(|tag| (purpose, tag))
}
