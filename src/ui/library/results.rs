//! The programs found, grouped under their city, and the one chosen read
//! beside them (never edited: it is another city's).

use egui::text::{LayoutJob, TextFormat};
use egui::{RichText, Ui};

use super::super::Edit;
use super::super::command::Action;
use super::super::widgets::hint;
use super::{Found, MAX_COMPARED, OpenLibrary};
use crate::model::library::{Hit, Profile};
use crate::model::vocab::{sdg_name, udhr_title};
use crate::model::{Program, Vocabulary};
use crate::tr;

/// One line of the results: a city's heading, or one of its programs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    City(usize),
    Program(Hit),
}

/// The hits as lines, a heading before each city's first program.
pub fn rows(hits: &[Hit]) -> Vec<Row> {
    let mut rows = Vec::with_capacity(hits.len() + hits.len() / 4);
    let mut city = None;
    for hit in hits {
        if city != Some(hit.profile) {
            city = Some(hit.profile);
            rows.push(Row::City(hit.profile));
        }
        rows.push(Row::Program(*hit));
    }
    rows
}

/// The narrowest the program read beside the results becomes.
const READER_MIN_WIDTH: f32 = 320.0;
const LIST_MIN_WIDTH: f32 = 320.0;

pub fn results_ui(ui: &mut Ui, edit: &mut Edit<'_>, open: &OpenLibrary, found: &Found) {
    if found.hits.is_empty() {
        ui.add_space(12.0);
        hint(ui, &edit.tr("library-nothing-found"));
        return;
    }
    let widest = (ui.available_width() - LIST_MIN_WIDTH).max(READER_MIN_WIDTH);
    egui::Panel::right("library_reader")
        .resizable(true)
        .default_size((ui.available_width() * 0.45).clamp(READER_MIN_WIDTH, widest))
        .size_range(READER_MIN_WIDTH..=widest)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(("library_reader", edit.view.library.selected))
                .auto_shrink([false, false])
                .show(ui, |ui| reader_ui(ui, edit, open));
        });
    egui::CentralPanel::default().show(ui, |ui| list_ui(ui, edit, open, found));
}

fn list_ui(ui: &mut Ui, edit: &mut Edit<'_>, open: &OpenLibrary, found: &Found) {
    let library = &open.library;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 10.0;
    let words: Vec<String> = (found.query.0.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    egui::ScrollArea::vertical()
        .id_salt("library_results")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, found.rows.len(), |ui, range| {
            for row in &found.rows[range] {
                match *row {
                    Row::City(profile) => {
                        if let Some(profile_data) = library.profiles.get(profile) {
                            let place = open.place_of(&profile_data.source);
                            city_row_ui(ui, edit, profile, profile_data, &place, row_height);
                        }
                    }
                    Row::Program(hit) => {
                        if let Some(profile) = library.profiles.get(hit.profile)
                            && let Some(program) = profile.document.programs.get(hit.program)
                        {
                            program_row_ui(ui, edit, hit, profile, program, &words, row_height);
                        }
                    }
                }
            }
        });
}

fn city_row_ui(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    index: usize,
    profile: &Profile,
    place: &str,
    height: f32,
) {
    ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
        ui.horizontal_centered(|ui| {
            let compared = &mut edit.view.library.compared;
            let mut on = compared.contains(&index);
            let full = compared.len() >= MAX_COMPARED && !on;
            let city = profile.city();
            let toggle = ui
                .add_enabled(
                    !full,
                    egui::Checkbox::new(&mut on, tr!(edit.words, "library-compare-city")),
                )
                .on_disabled_hover_text(tr!(edit.words, "library-compare-full"));
            super::super::widgets::accessible_name(
                &toggle,
                &tr!(edit.words, "library-compare-this", city = city.as_str()),
            );
            if toggle.changed() {
                if on {
                    compared.push(index);
                } else {
                    compared.retain(|c| *c != index);
                }
            }
            ui.label(RichText::new(&city).strong());
            ui.add(egui::Label::new(RichText::new(place).weak().small()).truncate())
                .on_hover_text(&profile.source);
        });
    });
}

fn program_row_ui(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    hit: Hit,
    profile: &Profile,
    program: &Program,
    words: &[String],
    height: f32,
) {
    let lang = profile.document.main_language();
    ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
        ui.horizontal_centered(|ui| {
            ui.add_space(18.0);
            let view = &mut edit.view.library;
            let mut ticked = view.ticked.contains(&hit);
            let title = program.title.get(lang);
            let tick = ui.checkbox(&mut ticked, "");
            super::super::widgets::accessible_name(
                &tick,
                &tr!(edit.words, "library-tick", title = title),
            );
            if tick.changed() {
                if ticked {
                    view.ticked.insert(hit);
                } else {
                    view.ticked.remove(&hit);
                }
            }
            let job = highlighted(ui, title, words);
            let chosen = view.selected == Some(hit);
            // The kind keeps its room whole ("Service", not "Se"); a long
            // title is cut instead (and told whole on hover).
            let kind = RichText::new(program.kind.name(edit.words)).weak().small();
            let kind_width = egui::WidgetText::from(kind.clone())
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Small,
                )
                .size()
                .x
                + ui.spacing().item_spacing.x;
            let title_room = (ui.available_width() - kind_width).max(40.0);
            let row = ui
                .scope(|ui| {
                    ui.set_max_width(title_room);
                    ui.add(egui::Button::selectable(chosen, job).truncate())
                })
                .inner;
            super::super::widgets::accessible_name(&row, title);
            let cut = (row.intrinsic_size()).is_some_and(|size| size.x > row.rect.width() + 0.5);
            let row = if cut { row.on_hover_text(title) } else { row };
            if row.clicked() {
                view.selected = Some(hit);
            }
            ui.add(egui::Label::new(kind).wrap_mode(egui::TextWrapMode::Extend));
        });
    });
}

/// `text` with every occurrence of `words` (lower-cased) marked.
fn highlighted(ui: &Ui, text: &str, words: &[String]) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let normal = TextFormat::simple(font.clone(), ui.visuals().text_color());
    let marked = TextFormat {
        background: ui.visuals().selection.bg_fill.gamma_multiply(0.6),
        color: ui.visuals().strong_text_color(),
        ..TextFormat::simple(font, ui.visuals().text_color())
    };
    let mut job = LayoutJob::default();
    for (part, is_match) in marked_parts(text, words) {
        let format = if is_match { &marked } else { &normal };
        job.append(part, 0.0, format.clone());
    }
    job
}

/// `text` cut into parts, each telling whether it is one of `words`
/// (found regardless of case). Where lower-casing changes the length of a
/// letter, nothing is marked rather than marking the wrong letters.
pub fn marked_parts<'t>(text: &'t str, words: &[String]) -> Vec<(&'t str, bool)> {
    let mut lower = String::with_capacity(text.len());
    for letter in text.chars() {
        let before = lower.len();
        lower.extend(letter.to_lowercase());
        if lower.len() - before != letter.len_utf8() {
            return vec![(text, false)];
        }
    }
    if text.is_empty() || words.iter().all(String::is_empty) {
        return vec![(text, false)];
    }
    let mut marks = vec![false; text.len()];
    for word in words.iter().filter(|w| !w.is_empty()) {
        for (start, found) in lower.match_indices(word.as_str()) {
            marks[start..start + found.len()].fill(true);
        }
    }
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in text.char_indices().skip(1) {
        if marks[at] != marks[start] {
            parts.push((&text[start..at], marks[start]));
            start = at;
        }
    }
    parts.push((&text[start..], marks[start]));
    parts
}

/// The program chosen, read-only, with what it came from and a copy button.
fn reader_ui(ui: &mut Ui, edit: &mut Edit<'_>, open: &OpenLibrary) {
    let library = &open.library;
    let Some(hit) = edit.view.library.selected else {
        ui.add_space(20.0);
        hint(ui, &edit.tr("library-choose"));
        return;
    };
    let Some(profile) = library.profiles.get(hit.profile) else {
        return;
    };
    let Some(program) = profile.document.programs.get(hit.program) else {
        return;
    };
    let words = edit.words;
    let lang = profile.document.main_language();
    ui.add_space(4.0);
    ui.heading(program.title.get(lang));
    ui.label(
        RichText::new(tr!(
            words,
            "library-from",
            city = profile.city(),
            file = open.place_of(&profile.source)
        ))
        .weak(),
    );
    ui.label(format!(
        "{} · {}",
        program.kind.name(words),
        program.status.name(words)
    ));
    ui.add_space(6.0);
    if ui.button(edit.tr("library-copy-one")).clicked() {
        edit.actions.push(Action::CopyFromLibrary(vec![hit]));
    }
    ui.add_space(6.0);
    let text = |ui: &mut Ui, key: &str, value: &str| {
        if !value.trim().is_empty() {
            ui.label(RichText::new(tr!(words, key)).strong());
            ui.label(value);
            ui.add_space(4.0);
        }
    };
    // What the officer wrote with Markdown reads as the slides show it.
    let marked = |ui: &mut Ui, key: &str, value: &str| {
        if !value.trim().is_empty() {
            ui.label(RichText::new(tr!(words, key)).strong());
            crate::ui::text::marked_label(ui, value);
            ui.add_space(4.0);
        }
    };
    marked(ui, "field-summary", program.summary.get(lang));
    marked(ui, "field-description", program.description.get(lang));
    text(
        ui,
        "field-responsible-unit",
        program.responsible_unit.get(lang),
    );
    let groups: Vec<String> = (program.target_groups.iter())
        .map(|g| g.name(words))
        .collect();
    text(ui, "field-target-groups", &groups.join(", "));
    let rights: Vec<String> = (program.rights.iter())
        .map(|n| format!("{n} · {}", udhr_title(words, *n).unwrap_or_default()))
        .collect();
    text(ui, "compare-row-rights", &rights.join("\n"));
    let goals: Vec<String> = (program.sdgs.iter())
        .map(|n| format!("{n} · {}", sdg_name(words, *n).unwrap_or_default()))
        .collect();
    text(ui, "compare-row-goals", &goals.join("\n"));
    let partners: Vec<&str> = program.partners.iter().map(|p| p.name.as_str()).collect();
    text(ui, "library-partners", &partners.join(", "));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_searched_are_marked_in_any_case() {
        let words = ["legal".to_owned(), "aid".to_owned()];
        assert_eq!(
            marked_parts("Legal aid for migrants", &words),
            [
                ("Legal", true),
                (" ", false),
                ("aid", true),
                (" for migrants", false)
            ]
        );
        assert_eq!(marked_parts("Ayuda", &words), [("Ayuda", false)]);
        assert_eq!(
            marked_parts("Ayuda legal", &["".to_owned()]),
            [("Ayuda legal", false)]
        );
        // "İ" lower-cases to two characters: nothing marked, nothing wrong.
        assert_eq!(
            marked_parts("İstanbul aid", &words),
            [("İstanbul aid", false)]
        );
        // "ẞ" (3 bytes) lower-cases to "ß" (2) and "Ⱥ" (2) to "ⱥ" (3): the
        // same length in all, other letters' places.
        assert_eq!(marked_parts("ẞȺ aid", &words), [("ẞȺ aid", false)]);
        // A program found by its summary may have no title at all.
        assert_eq!(marked_parts("", &words), [("", false)]);
        assert_eq!(
            marked_parts("Droit à l'aide", &["aide".to_owned()]),
            [("Droit à l'", false), ("aide", true)]
        );
    }
}
