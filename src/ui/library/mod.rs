//! The Other cities panel: a library of other cities' profiles, searched
//! (words and filters, results grouped by city, a program read beside),
//! compared with the officer's city, and copied from. What the app holds of
//! the library comes in as a `Shelf`; the panel draws it and emits actions
//! (open a library, stop reading, copy programs) for the app to run.

mod compare;
mod results;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use egui::{RichText, Ui};

use super::command::{Action, Command};
use super::widgets::{articles, filter_combo, goals, hint};
use super::{Edit, Panel, panel_header_ui};
use crate::model::library::{Hit, Library, LibraryFilters};
use crate::model::{GovernmentType, PopulationRange, ProgramKind, ProgramStatus, Region};
use crate::model::{TargetGroup, Vocabulary};
use crate::store::LoadError;
use crate::tr;

/// The most cities compared with the officer's at once: four columns still
/// fit a 1024-pixel window.
pub const MAX_COMPARED: usize = 3;

/// The window height from which the filters show without being asked for.
const ROOMY_HEIGHT: f32 = 720.0;

/// A library the app has read, as the panel shows it.
pub struct OpenLibrary {
    /// The folder (or the one file, for File ▸ Import programs).
    pub root: std::path::PathBuf,
    pub library: Library,
    pub problems: Vec<LoadError>,
    /// The countries the profiles name, for the filter (counted once, not
    /// at every frame).
    pub countries: Vec<String>,
    /// New for every library opened, so the panel forgets what it held of
    /// the previous one.
    pub generation: u64,
}

impl OpenLibrary {
    /// The library's name: its folder's (or file's) own name.
    pub fn name(&self) -> String {
        self.root.file_name().map_or_else(
            || self.root.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        )
    }

    /// Where a profile is, from the library's folder: "latin-america/bilbao.ron".
    pub fn place_of(&self, source: &str) -> String {
        Path::new(source)
            .strip_prefix(&self.root)
            .ok()
            .filter(|rest| !rest.as_os_str().is_empty())
            .map_or_else(|| source.to_owned(), |rest| rest.display().to_string())
    }
}

/// What the app has of a library this frame.
#[derive(Clone, Copy, Default)]
pub enum Shelf<'a> {
    #[default]
    Empty,
    /// A folder being read on another thread: files read and files found.
    Reading {
        folder: &'a Path,
        done: usize,
        total: usize,
    },
    Open(&'a OpenLibrary),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Search,
    Compare,
}

/// What the panel shows; kept across frames, never saved.
#[derive(Clone, Debug, Default)]
pub struct LibraryView {
    pub tab: Tab,
    pub search: String,
    pub filters: LibraryFilters,
    /// The program read beside the results.
    pub selected: Option<Hit>,
    /// Programs ticked for copying.
    pub ticked: BTreeSet<Hit>,
    /// Profiles compared with the officer's city (at most `MAX_COMPARED`).
    pub compared: Vec<usize>,
    /// Whether the filters show; `None` until the officer chooses.
    filters_open: Option<bool>,
    generation: u64,
    found: Option<Found>,
    measured: Option<compare::Measured>,
}

/// The results of one query on one library, so an idle frame costs only the
/// drawing of the visible rows.
#[derive(Clone, Debug)]
struct Found {
    query: (String, LibraryFilters),
    hits: Arc<[Hit]>,
    rows: Arc<[results::Row]>,
    cities: usize,
}

impl LibraryView {
    /// Forgets what belonged to another library.
    fn follow(&mut self, library: &OpenLibrary) {
        if self.generation != library.generation {
            *self = Self {
                tab: self.tab,
                search: self.search.clone(),
                filters: self.filters.clone(),
                generation: library.generation,
                ..Self::default()
            };
        }
    }

    /// The hits of the current query, searched again only when it changed.
    fn found(&mut self, library: &Library) -> Found {
        let query = (self.search.clone(), self.filters.clone());
        match &self.found {
            Some(found) if found.query == query => found.clone(),
            _ => {
                let hits = library.search(&query.0, &query.1);
                let found = Found {
                    rows: results::rows(&hits).into(),
                    cities: Library::cities_in(&hits),
                    hits: hits.into(),
                    query,
                };
                self.found = Some(found.clone());
                found
            }
        }
    }
}

pub fn library_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Library);
    match edit.library {
        Shelf::Empty => empty_ui(ui, edit),
        Shelf::Reading {
            folder,
            done,
            total,
        } => reading_ui(ui, edit, folder, done, total),
        Shelf::Open(open) => {
            edit.view.library.follow(open);
            open_ui(ui, edit, open);
        }
    }
}

fn empty_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    ui.label(edit.tr("library-none"));
    ui.add_space(8.0);
    if ui.button(Command::OpenLibrary.label(edit.words)).clicked() {
        edit.commands.push(Command::OpenLibrary);
    }
    ui.add_space(8.0);
    hint(ui, &edit.tr("library-none-import"));
}

fn reading_ui(ui: &mut Ui, edit: &mut Edit<'_>, folder: &Path, done: usize, total: usize) {
    let text = tr!(
        edit.words,
        "library-reading",
        done = done,
        total = total,
        folder = folder.display().to_string()
    );
    ui.label(&text);
    let fraction = if total == 0 {
        0.0
    } else {
        done as f32 / total as f32
    };
    let bar = ui.add(egui::ProgressBar::new(fraction).show_percentage());
    super::widgets::accessible_name(&bar, &text);
    ui.add_space(8.0);
    if ui.button(edit.tr("library-stop")).clicked() {
        edit.actions.push(Action::StopReadingLibrary);
    }
}

fn open_ui(ui: &mut Ui, edit: &mut Edit<'_>, open: &OpenLibrary) {
    let library = &open.library;
    // Tabs, what is open and the way to another library on one line: at
    // 1024×600 every line above the results is a result less.
    ui.horizontal_wrapped(|ui| {
        let view = &mut edit.view.library;
        ui.selectable_value(
            &mut view.tab,
            Tab::Search,
            tr!(edit.words, "library-tab-search"),
        );
        let compare = tr!(
            edit.words,
            "library-tab-compare",
            count = view.compared.len()
        );
        ui.selectable_value(&mut view.tab, Tab::Compare, compare);
        ui.separator();
        let heading = tr!(
            edit.words,
            "library-heading",
            name = open.name(),
            profiles = library.profiles.len(),
            programs = library.program_count()
        );
        ui.add(egui::Label::new(RichText::new(heading).strong()).truncate())
            .on_hover_text(open.root.display().to_string());
        if ui.button(edit.tr("library-open-another")).clicked() {
            edit.commands.push(Command::OpenLibrary);
        }
    });
    if !open.problems.is_empty() {
        let title = tr!(edit.words, "library-problems", count = open.problems.len());
        egui::CollapsingHeader::new(RichText::new(title).color(ui.visuals().warn_fg_color))
            .id_salt("library_problems")
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(120.0)
                    .show(ui, |ui| {
                        for problem in &open.problems {
                            ui.label(problem.describe(edit.words));
                        }
                    });
            });
    }
    ui.separator();
    match edit.view.library.tab {
        Tab::Search => search_ui(ui, edit, open),
        Tab::Compare => compare::compare_ui(ui, edit, library),
    }
}

fn search_ui(ui: &mut Ui, edit: &mut Edit<'_>, open: &OpenLibrary) {
    let library = &open.library;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(edit.tr("library-find")).id;
        let hint_text = edit.tr("library-search-hint");
        ui.add(
            egui::TextEdit::singleline(&mut edit.view.library.search)
                .hint_text(hint_text)
                .desired_width(260.0),
        )
        .labelled_by(label);
        // The filters fold away where the window is short; open by default
        // where there is room for them and the results.
        let view = &mut edit.view.library;
        let active = view.filters.count();
        let roomy = ui.ctx().content_rect().height() >= ROOMY_HEIGHT;
        let mut shown = view.filters_open.unwrap_or(roomy || active > 0);
        let label = tr!(edit.words, "library-filters", count = active);
        if ui.toggle_value(&mut shown, label).clicked() {
            view.filters_open = Some(shown);
        }
        if shown {
            filters_ui(ui, edit, open);
        }
    });
    let found = edit.view.library.found(library);
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let count = tr!(
            edit.words,
            "cli-library-found",
            programs = found.hits.len(),
            cities = found.cities
        );
        ui.label(RichText::new(count).weak());
        copy_ticked_ui(ui, edit);
    });
    ui.add_space(4.0);
    results::results_ui(ui, edit, open, &found);
}

/// "Copy the 3 ticked programs into my profile", disabled with a reason
/// while nothing is ticked.
fn copy_ticked_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    let ticked = edit.view.library.ticked.len();
    let label = tr!(edit.words, "library-copy-ticked", count = ticked);
    let button = ui
        .add_enabled(ticked > 0, egui::Button::new(label))
        .on_disabled_hover_text(edit.tr("library-copy-none"));
    if button.clicked() {
        let hits = edit.view.library.ticked.iter().copied().collect();
        edit.actions.push(Action::CopyFromLibrary(hits));
        edit.view.library.ticked.clear();
    }
    if ticked > 0 && ui.button(edit.tr("library-untick")).clicked() {
        edit.view.library.ticked.clear();
    }
}

fn filters_ui(ui: &mut Ui, edit: &mut Edit<'_>, open: &OpenLibrary) {
    let words = edit.words;
    let countries = &open.countries;
    let filters = &mut edit.view.library.filters;
    {
        ui.label(RichText::new(tr!(words, "filter-show")).strong());
        filter_combo(
            ui,
            words,
            "field-region",
            &mut filters.region,
            Region::KNOWN.iter().map(|r| (r.clone(), r.name(words))),
        );
        filter_combo(
            ui,
            words,
            "field-country",
            &mut filters.country,
            countries.iter().map(|c| (c.clone(), c.clone())),
        );
        filter_combo(
            ui,
            words,
            "field-population",
            &mut filters.population,
            PopulationRange::KNOWN
                .iter()
                .map(|p| (p.clone(), p.name(words))),
        );
        filter_combo(
            ui,
            words,
            "field-government",
            &mut filters.government,
            GovernmentType::KNOWN
                .iter()
                .map(|g| (g.clone(), g.name(words))),
        );
        let programs = &mut filters.programs;
        filter_combo(
            ui,
            words,
            "column-kind",
            &mut programs.kind,
            ProgramKind::KNOWN
                .iter()
                .map(|k| (k.clone(), k.name(words))),
        );
        filter_combo(
            ui,
            words,
            "column-status",
            &mut programs.status,
            ProgramStatus::ALL.iter().map(|s| (*s, s.name(words))),
        );
        filter_combo(
            ui,
            words,
            "filter-group",
            &mut programs.group,
            TargetGroup::KNOWN
                .iter()
                .map(|g| (g.clone(), g.name(words))),
        );
        filter_combo(
            ui,
            words,
            "filter-right",
            &mut programs.right,
            articles(words),
        );
        filter_combo(ui, words, "column-sdgs", &mut programs.sdg, goals(words));
        if *filters != LibraryFilters::default() && ui.button(tr!(words, "filter-clear")).clicked()
        {
            *filters = LibraryFilters::default();
        }
    }
}
