//! The window that copies programs from another city's profile: browse its
//! catalogue, tick programs, import them.

use crate::tr;
use std::collections::BTreeSet;
use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::model::{Document, ProgramId, Vocabulary};

/// Another city's profile, opened to borrow programs from.
pub struct ImportChoice {
    pub path: PathBuf,
    pub source: Document,
    pub chosen: BTreeSet<ProgramId>,
    pub search: String,
}

impl ImportChoice {
    pub fn new(path: PathBuf, source: Document) -> Self {
        Self {
            path,
            source,
            chosen: BTreeSet::new(),
            search: String::new(),
        }
    }
}

/// What the officer decided in the import window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportDecision {
    Import,
    Cancel,
}

/// Draws the window's content; returns the decision once one is made.
pub fn import_ui(ui: &mut Ui, choice: &mut ImportChoice) -> Option<ImportDecision> {
    let words = crate::ui::language(ui.ctx());
    let lang = choice.source.main_language().to_owned();
    let city = choice.source.city.display_name(&lang);
    let mut decision = None;
    ui.set_width(640.0);
    ui.heading(tr!(words, "import-title", city = city.as_str()));
    ui.label(
        RichText::new(tr!(
            words,
            "import-explained",
            count = choice.source.programs.len(),
            path = choice.path.display().to_string(),
            city = city.as_str()
        ))
        .weak(),
    );
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let label = ui.label(tr!(words, "import-find")).id;
        ui.add(egui::TextEdit::singleline(&mut choice.search).desired_width(240.0))
            .labelled_by(label);
        let needle = choice.search.to_lowercase();
        let shown: Vec<ProgramId> = visible(&choice.source, &needle);
        if ui.button(tr!(words, "import-tick-all")).clicked() {
            choice.chosen.extend(shown);
        }
        if ui.button(tr!(words, "import-untick-all")).clicked() {
            choice.chosen.clear();
        }
    });
    ui.add_space(4.0);
    let needle = choice.search.to_lowercase();
    let shown = visible(&choice.source, &needle);
    egui::ScrollArea::vertical()
        .id_salt("import_list")
        .max_height(360.0)
        .auto_shrink([false, true])
        .show_rows(ui, 26.0, shown.len(), |ui, rows| {
            for id in &shown[rows] {
                let Some(program) = choice.source.program(*id) else {
                    continue;
                };
                let mut on = choice.chosen.contains(id);
                let text = format!(
                    "{}  ·  {} · {}",
                    program.title.get(&lang),
                    program.kind.name(words),
                    program.status.name(words)
                );
                if ui.checkbox(&mut on, text).changed() {
                    if on {
                        choice.chosen.insert(*id);
                    } else {
                        choice.chosen.remove(id);
                    }
                }
            }
        });
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        let count = choice.chosen.len();
        let label = tr!(words, "import-button", count = count);
        if ui
            .add_enabled(count > 0, egui::Button::new(RichText::new(label).strong()))
            .clicked()
        {
            decision = Some(ImportDecision::Import);
        }
        if ui.button(tr!(words, "cancel")).clicked() {
            decision = Some(ImportDecision::Cancel);
        }
    });
    decision
}

fn visible(source: &Document, needle: &str) -> Vec<ProgramId> {
    (source.programs.iter())
        .filter(|program| {
            needle.is_empty()
                || program
                    .texts()
                    .any(|text| text.to_lowercase().contains(needle))
        })
        .map(|program| program.id)
        .collect()
}
