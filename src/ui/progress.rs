//! The Year panel's Progress tab: the chosen year at a glance. Each
//! indicator's course against its baseline and target beside its program's
//! rating, money planned and spent, people reached, what is missing and
//! what changed since the year before. Worked out once per revision
//! (`model::progress`), drawn with the charts every surface shares.

use std::sync::Arc;

use egui::{RichText, Ui};

use super::chart::{chart_ui, rating_colour};
use super::dialogs::{RowHeights, lazy_rows};
use super::view::Edit;
use super::widgets::{hint, localized_item, localized_text, moment_field};
use crate::chart::{ChartWords, MoneyRow, indicator_chart, money_bars, yearly_rows};
use crate::i18n::{Language, format_number};
use crate::model::monitoring::{ByCurrency, YearFigures};
use crate::model::progress::{ProgramCourse, Progress};
use crate::model::year::{Consultation, YearRecord};
use crate::tr;

/// What the tab keeps between frames: the figures for a year, language and
/// revision, and the height of each program's card as last drawn.
#[derive(Clone, Debug, Default)]
pub struct ProgressView {
    cached: Option<Cached>,
    heights: RowHeights,
}

/// The figures of a year, in a content language, at a revision, and their
/// lists in words of an interface language.
type Cached = (i32, String, u64, Language, Arc<Worked>);

/// What the tab shows, worked out once: the figures, and the lines of what
/// is missing and what changed (the first few of each, and how many).
struct Worked {
    progress: Progress,
    figures: YearFigures,
    /// Each list's message id, its first lines and its length.
    missing: Vec<(&'static str, Vec<String>, usize)>,
    changes: (Vec<String>, usize),
}

impl std::fmt::Debug for Worked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worked")
            .field("year", &self.progress.year)
            .finish_non_exhaustive()
    }
}

/// How many of a missing list are named before "… and N more".
const NAMED: usize = 12;

pub fn progress_ui(ui: &mut Ui, edit: &mut Edit<'_>, year: i32) {
    let words = edit.words;
    let view = &mut edit.view.year.progress;
    let fresh = view
        .cached
        .as_ref()
        .is_some_and(|(y, lang, revision, said, _)| {
            *y == year && *lang == edit.lang && *revision == edit.revision && *said == words
        });
    let number = |value: f64| format_number(words, value, 2);
    if !fresh {
        let progress = Progress::of(edit.document, year, &edit.lang);
        let figures = YearFigures::of(edit.document, year, &edit.lang);
        let missing = missing_lines(words, &progress);
        let changes = change_lines(words, &progress, &number);
        let worked = Worked {
            progress,
            figures,
            missing,
            changes,
        };
        view.cached = Some((
            year,
            edit.lang.clone(),
            edit.revision,
            words,
            Arc::new(worked),
        ));
    }
    let Some((.., worked)) = &view.cached else {
        return;
    };
    let worked = worked.clone();
    let (progress, figures) = (&worked.progress, &worked.figures);
    let chart_words = ChartWords {
        baseline: &tr!(words, "chart-baseline"),
        target: &tr!(words, "chart-target"),
        no_values: &tr!(words, "chart-no-values"),
        number: &number,
    };
    let indicators = progress
        .programs
        .iter()
        .map(|p| p.indicators.len())
        .sum::<usize>();
    let valued = (progress.programs.iter())
        .flat_map(|p| &p.indicators)
        .filter(|i| i.value.is_some())
        .count();
    let reviewed = progress
        .programs
        .iter()
        .filter(|p| p.review.is_some())
        .count();
    hint(
        ui,
        &tr!(
            words,
            "progress-summary",
            programs = progress.programs.len(),
            valued = valued,
            indicators = indicators,
            reviewed = reviewed,
            year = year
        ),
    );
    let width = ui.available_width().min(1100.0);
    egui::ScrollArea::vertical()
        .id_salt("progress_scroll")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            ui.set_width(width);
            year_record_ui(ui, edit, year);
            money_ui(ui, words, progress, figures, &chart_words, width);
            reached_ui(ui, words, progress);
            missing_ui(ui, words, progress.year, &worked.missing);
            changes_ui(ui, words, progress.year, &worked.changes);
            ui.add_space(10.0);
            ui.heading(tr!(words, "progress-programs"));
            let cards = progress
                .programs
                .iter()
                .enumerate()
                .filter(|(_, p)| p.review.is_some() || !p.indicators.is_empty());
            let view = &mut edit.view.year.progress;
            view.heights.fit(width, progress.programs.len());
            // The viewport is in the scrolled content's coordinates; the
            // cards start below what was drawn above them.
            let above = ui.min_rect().height();
            let viewport = viewport.translate(egui::vec2(0.0, -above));
            lazy_rows(
                ui,
                viewport,
                &mut view.heights,
                180.0,
                cards,
                |ui, program| {
                    card_ui(ui, words, program, year, &chart_words);
                },
            );
        });
}

/// The report's own words for the year: its introduction, the public
/// consultations held, when the council adopted the review. Edited on a
/// copy, written back when something changed.
fn year_record_ui(ui: &mut Ui, edit: &mut Edit<'_>, year: i32) {
    let words = edit.words;
    let at = edit
        .document
        .years
        .iter()
        .position(|record| record.year == year);
    let mut record = at.map_or_else(
        || YearRecord {
            year,
            ..YearRecord::default()
        },
        |at| edit.document.years[at].clone(),
    );
    let before = record.clone();
    let in_slides = tr!(words, "progress-in-slides", year = year);
    if ui.checkbox(&mut record.in_slides, in_slides).changed() {
        // One year in review at a time: ticking this one unticks the others.
        if record.in_slides {
            for other in &mut edit.document.years {
                other.in_slides = false;
            }
        }
        edit.changed(crate::ui::view::Change::Discrete);
    }
    let heading = tr!(words, "progress-record", year = year);
    egui::CollapsingHeader::new(RichText::new(heading).strong())
        .id_salt(("year_record", year))
        .default_open(at.is_none())
        .show(ui, |ui| {
            hint(ui, &tr!(words, "progress-record-hint"));
            localized_text(
                ui,
                edit,
                "progress-introduction",
                &mut record.introduction,
                3,
            );
            moment_field(ui, edit, 0, "progress-adopted", &mut record.adopted);
            ui.add_space(6.0);
            ui.label(RichText::new(tr!(words, "progress-consultations")).strong());
            let mut remove = None;
            for (index, consultation) in record.consultations.iter_mut().enumerate() {
                let number = index + 1;
                ui.push_id(("consultation", index), |ui| {
                    moment_field(
                        ui,
                        edit,
                        number,
                        "progress-consultation-when",
                        &mut consultation.when,
                    );
                    // Shown short; read out with the consultation's number.
                    ui.label(tr!(words, "progress-consultation-who-label"));
                    let who = tr!(words, "progress-consultation-who", number = number);
                    localized_item(ui, edit, &who, &mut consultation.who);
                    ui.label(tr!(words, "progress-consultation-outcome-label"));
                    let outcome = tr!(words, "progress-consultation-outcome", number = number);
                    localized_item(ui, edit, &outcome, &mut consultation.outcome);
                    let label = tr!(words, "progress-consultation-remove", number = number);
                    if ui.button(label).clicked() {
                        remove = Some(index);
                    }
                    ui.separator();
                });
            }
            if let Some(index) = remove {
                record.consultations.remove(index);
                edit.changed(crate::ui::view::Change::Discrete);
            }
            if ui.button(tr!(words, "progress-consultation-add")).clicked() {
                record.consultations.push(Consultation::default());
                edit.changed(crate::ui::view::Change::Discrete);
            }
        });
    if record != before {
        match at {
            Some(at) => edit.document.years[at] = record,
            None => {
                let place = (edit.document.years.iter())
                    .position(|other| other.year > year)
                    .unwrap_or(edit.document.years.len());
                edit.document.years.insert(place, record);
            }
        }
    }
}

/// Money planned and spent per year, then the year's money per goal,
/// article and group: one chart per currency, never summed across.
fn money_ui(
    ui: &mut Ui,
    words: Language,
    progress: &Progress,
    figures: &YearFigures,
    chart_words: &ChartWords<'_>,
    width: f32,
) {
    for (currency, years) in progress.money_by_currency() {
        let rows = yearly_rows(&years);
        let title = tr!(words, "progress-budget", currency = currency.as_str());
        section_heading(ui, &title);
        hint(ui, &tr!(words, "progress-budget-key"));
        chart_ui(ui, &money_bars(&rows, chart_words, &title, width));
    }
    let year = progress.year;
    for (sums, key, name) in [
        (
            &figures.budget.by_sdg,
            "progress-budget-sdg",
            sdg_name as fn(Language, &str) -> String,
        ),
        (
            &figures.budget.by_right,
            "progress-budget-right",
            article_name,
        ),
        (
            &figures.budget.by_group,
            "progress-budget-group",
            group_name,
        ),
    ] {
        for (currency, rows) in per_currency(sums, words, name) {
            let title = tr!(words, key, year = year, currency = currency.as_str());
            section_heading(ui, &title);
            chart_ui(ui, &money_bars(&rows, chart_words, &title, width));
        }
    }
}

/// `sums` (key, then currency) turned into one list of rows per currency.
fn per_currency(
    sums: &ByCurrency,
    words: Language,
    name: fn(Language, &str) -> String,
) -> Vec<(String, Vec<MoneyRow>)> {
    let mut by: std::collections::BTreeMap<String, Vec<MoneyRow>> = Default::default();
    let mut keys: Vec<&String> = sums.keys().collect();
    // Goals and articles in their numbers' order, groups by name.
    keys.sort_by_key(|key| (key.parse::<u32>().unwrap_or(u32::MAX), (*key).clone()));
    for key in keys {
        for (currency, money) in &sums[key] {
            by.entry(currency.clone()).or_default().push(MoneyRow {
                label: name(words, key),
                planned: money.planned,
                spent: money.executed,
            });
        }
    }
    by.into_iter().collect()
}

pub fn sdg_name(words: Language, goal: &str) -> String {
    tr!(words, "progress-sdg", goal = goal)
}

pub fn article_name(words: Language, article: &str) -> String {
    tr!(words, "progress-article", article = article)
}

/// A target group as the profile file writes it, in `words`.
pub fn group_name(words: Language, group: &str) -> String {
    let key = format!("target-group-{group}");
    if crate::i18n::has(words, &key) {
        tr!(words, &key)
    } else {
        group.to_owned()
    }
}

fn section_heading(ui: &mut Ui, text: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(text).strong());
    ui.add_space(2.0);
}

fn reached_ui(ui: &mut Ui, words: Language, progress: &Progress) {
    if progress.reached_by_year.is_empty() {
        return;
    }
    section_heading(ui, &tr!(words, "progress-reached"));
    ui.horizontal_wrapped(|ui| {
        for (year, count) in &progress.reached_by_year {
            #[allow(clippy::cast_precision_loss)]
            let count = format_number(words, *count as f64, 0);
            ui.label(format!("{year}: {count}"));
            ui.add_space(12.0);
        }
    });
}

/// The lists of what is missing: each list's message id, its first
/// [`NAMED`] lines in words, and its length.
fn missing_lines(words: Language, progress: &Progress) -> Vec<(&'static str, Vec<String>, usize)> {
    let values = (progress.missing_values()).map(|(p, i)| format!("{} ({})", i.name, p.title));
    let reviews = progress.missing_reviews().map(|p| p.title.clone());
    let breakdowns = (progress.missing_breakdowns()).map(|(p, i)| {
        let dimensions: Vec<String> = (i.breakdown_missing.iter())
            .map(|d| super::widgets::dimension_name(words, d))
            .collect();
        format!("{} ({}): {}", i.name, p.title, dimensions.join(", "))
    });
    vec![
        (
            "progress-missing-values",
            first(values),
            progress.missing_values().count(),
        ),
        (
            "progress-missing-reviews",
            first(reviews),
            progress.missing_reviews().count(),
        ),
        (
            "progress-missing-breakdowns",
            first(breakdowns),
            progress.missing_breakdowns().count(),
        ),
    ]
}

/// The first [`NAMED`] of `lines`, made (the others are only counted).
fn first(lines: impl Iterator<Item = String>) -> Vec<String> {
    lines.take(NAMED).collect()
}

fn missing_ui(
    ui: &mut Ui,
    words: Language,
    year: i32,
    lists: &[(&'static str, Vec<String>, usize)],
) {
    section_heading(ui, &tr!(words, "progress-missing", year = year));
    if lists.iter().all(|(_, _, count)| *count == 0) {
        ui.label(tr!(words, "progress-nothing-missing", year = year));
        return;
    }
    for (key, lines, count) in lists {
        if *count == 0 {
            continue;
        }
        ui.label(tr!(words, key, count = *count, year = year));
        ui.indent(key, |ui| {
            for line in lines {
                ui.label(format!("• {line}"));
            }
            if *count > NAMED {
                hint(ui, &tr!(words, "progress-more", count = count - NAMED));
            }
        });
    }
}

/// What changed since the year before: ratings, then values; the first
/// [`NAMED`] lines in words, and how many there are.
fn change_lines(
    words: Language,
    progress: &Progress,
    number: &dyn Fn(f64) -> String,
) -> (Vec<String>, usize) {
    let mut lines = Vec::new();
    let mut count = 0;
    for program in &progress.programs {
        if let (Some(review), Some(before)) = (&program.review, program.previous_rating)
            && before != review.rating
        {
            count += 1;
            if lines.len() < NAMED {
                lines.push(tr!(
                    words,
                    "progress-change-rating",
                    program = program.title.as_str(),
                    before = tr!(words, &before.key()),
                    after = tr!(words, &review.rating.key())
                ));
            }
        }
        for indicator in &program.indicators {
            if let (Some(before), Some(after)) = (indicator.previous, indicator.value) {
                count += 1;
                if lines.len() < NAMED {
                    lines.push(tr!(
                        words,
                        "progress-change-value",
                        indicator = indicator.name.as_str(),
                        program = program.title.as_str(),
                        before = number(before),
                        after = number(after)
                    ));
                }
            }
        }
    }
    (lines, count)
}

fn changes_ui(ui: &mut Ui, words: Language, year: i32, changes: &(Vec<String>, usize)) {
    let previous = year - 1;
    section_heading(ui, &tr!(words, "progress-changes", previous = previous));
    let (lines, count) = changes;
    if *count == 0 {
        ui.label(tr!(words, "progress-no-changes", previous = previous));
    }
    for line in lines {
        ui.label(format!("• {line}"));
    }
    if *count > NAMED {
        hint(ui, &tr!(words, "progress-more", count = count - NAMED));
    }
}

/// A program: its title, its rating (colour and words), what the review
/// says, and its indicators' charts side by side as the width allows.
fn card_ui(
    ui: &mut Ui,
    words: Language,
    program: &ProgramCourse,
    year: i32,
    chart_words: &ChartWords<'_>,
) {
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("#{} {}", program.id.0, program.title)).strong());
        match &program.review {
            Some(review) => {
                let colour = rating_colour(ui.visuals(), review.rating);
                ui.label(RichText::new("●").color(colour));
                ui.label(RichText::new(tr!(words, &review.rating.key())).color(colour));
            }
            None => hint(ui, &tr!(words, "progress-not-reviewed", year = year)),
        }
    });
    if let Some(review) = &program.review {
        for (text, key) in [
            (&review.achieved, "review-achieved-label"),
            (&review.difficulties, "review-difficulties-label"),
            (&review.next_steps, "review-next-steps-label"),
        ] {
            if !text.is_empty() {
                ui.label(RichText::new(tr!(words, key)).small().strong());
                ui.label(text.as_str());
            }
        }
    }
    ui.horizontal_wrapped(|ui| {
        for indicator in &program.indicators {
            ui.vertical(|ui| {
                ui.set_width(300.0);
                let unit = if indicator.unit.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", indicator.unit)
                };
                ui.label(RichText::new(format!("{}{unit}", indicator.name)).small());
                chart_ui(
                    ui,
                    &indicator_chart(indicator, year, chart_words, 300.0, 120.0),
                );
            });
        }
    });
    ui.separator();
}
