//! Two profiles compared, and a colleague's copy merged: drawn here from
//! what the app worked out, returning the officer's choices.

use egui::RichText;

use crate::compare::{Mark, Section, Told};
use crate::i18n::Language;
use crate::model::merge::Side;
use crate::tr;

/// The differences between the open profile and another, as listed.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// What the open profile is compared with (a file's name).
    pub with: String,
    /// The words before each side's value ("Yours:", "luis.ron:").
    pub labels: [String; 2],
    pub told: Vec<Told>,
    /// Only this section's differences, when one is chosen.
    pub filter: Option<Section>,
    /// Opened from the "changed on disk" question: closing goes back to it.
    pub from_conflict: bool,
    pub heights: RowHeights,
    /// Changes offered to be taken (figures read from the units' sheets),
    /// rather than only shown.
    pub offer: Option<Offer>,
}

/// What a comparison offers to take into the profile, and what could not
/// be offered.
#[derive(Clone, Debug)]
pub struct Offer {
    pub title: String,
    /// What the changes are, in a sentence.
    pub summary: String,
    /// What could not be used, one line each.
    pub problems: Vec<String>,
    /// The button that takes the changes.
    pub accept: String,
}

/// The height of each row of a long list as last drawn, so the rows out of
/// sight are passed over as space instead of laid out: a comparison of
/// thousands of differences lays out only what the window shows.
#[derive(Clone, Debug, Default)]
pub struct RowHeights {
    width: f32,
    heights: Vec<f32>,
}

impl RowHeights {
    /// Forgets the heights when the list's width or length changed.
    pub fn fit(&mut self, width: f32, rows: usize) {
        if self.width != width || self.heights.len() != rows {
            self.width = width;
            self.heights = vec![0.0; rows];
        }
    }
}

/// Draws `rows` (each a key into `heights` and a drawing) one under the
/// other in a scrolled `viewport`: those in sight drawn and measured, the
/// others skipped by their last height (or `guess` before they were seen).
pub fn lazy_rows<R>(
    ui: &mut egui::Ui,
    viewport: egui::Rect,
    heights: &mut RowHeights,
    guess: f32,
    rows: impl Iterator<Item = (usize, R)>,
    mut draw: impl FnMut(&mut egui::Ui, R),
) {
    let top = ui.cursor().top();
    let mut y = 0.0;
    let mut skipped = 0.0;
    for (key, row) in rows {
        let known = heights.heights[key];
        let height = if known > 0.0 { known } else { guess };
        if y + height < viewport.min.y || y > viewport.max.y {
            skipped += height;
            y += height;
            continue;
        }
        if skipped > 0.0 {
            ui.add_space(skipped);
            skipped = 0.0;
        }
        let before = ui.cursor().top();
        draw(ui, row);
        let drawn = ui.cursor().top() - before;
        heights.heights[key] = drawn;
        y = ui.cursor().top() - top;
    }
    if skipped > 0.0 {
        ui.add_space(skipped);
    }
}

/// What the officer asked of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComparisonChoice {
    Close,
    /// Show the field of this difference: its section, and its program.
    GoTo(Section, Option<crate::model::ProgramId>),
    /// Take the changes offered.
    Accept,
}

/// The differences listed by section, with a filter; a click on a
/// difference's place goes to that field.
pub fn comparison_ui(
    ctx: &egui::Context,
    words: Language,
    view: &mut Comparison,
) -> Option<ComparisonChoice> {
    let mut open = true;
    let mut choice = None;
    let title = match &view.offer {
        Some(offer) => offer.title.clone(),
        None => tr!(words, "compare-with-title", name = view.with.as_str()),
    };
    let screen = ctx.content_rect();
    egui::Window::new(title)
        .id(egui::Id::unique("compare_profiles"))
        .open(&mut open)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(screen.center())
        .default_size([
            (screen.width() - 80.0).clamp(320.0, 900.0),
            (screen.height() - 120.0).clamp(240.0, 720.0),
        ])
        .collapsible(false)
        .show(ctx, |ui| {
            if let Some(offer) = &view.offer {
                choice = offer_ui(ui, words, offer, !view.told.is_empty());
                if view.told.is_empty() {
                    return;
                }
            }
            ui.horizontal(|ui| {
                if view.told.is_empty() {
                    ui.label(tr!(words, "compare-same"));
                } else {
                    ui.label(tr!(words, "compare-count", count = view.told.len()));
                }
                if view.offer.is_none() && ui.button(tr!(words, "history-close")).clicked() {
                    choice = Some(ComparisonChoice::Close);
                }
            });
            if view.told.is_empty() {
                return;
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(tr!(words, "compare-show"));
                let all = tr!(words, "filter-everything");
                if ui.selectable_label(view.filter.is_none(), all).clicked() {
                    view.filter = None;
                }
                for section in Section::ALL {
                    let count = view.told.iter().filter(|t| t.section == section).count();
                    if count == 0 {
                        continue;
                    }
                    let label = format!("{} ({count})", section.name(words));
                    let chosen = view.filter == Some(section);
                    if ui.selectable_label(chosen, label).clicked() {
                        view.filter = Some(section);
                    }
                }
            });
            ui.separator();
            egui::ScrollArea::vertical().show_viewport(ui, |ui, viewport| {
                ui.set_width(ui.available_width());
                // Rows: each section's heading (keyed after the differences),
                // then its differences.
                let told = &view.told;
                view.heights
                    .fit(ui.available_width(), told.len() + Section::ALL.len());
                let shown = (Section::ALL.iter().enumerate())
                    .filter(|(_, section)| view.filter.is_none_or(|chosen| chosen == **section))
                    .filter(|(_, section)| told.iter().any(|t| t.section == **section))
                    .flat_map(|(at, section)| {
                        let heading = (told.len() + at, Err(*section));
                        let items = (told.iter().enumerate())
                            .filter(move |(_, t)| t.section == *section)
                            .map(|(index, t)| (index, Ok(t)));
                        std::iter::once(heading).chain(items)
                    });
                lazy_rows(
                    ui,
                    viewport,
                    &mut view.heights,
                    56.0,
                    shown,
                    |ui, row| match row {
                        Err(section) => {
                            ui.add_space(6.0);
                            ui.heading(section.name(words));
                        }
                        Ok(told) => {
                            if difference_ui(ui, words, told, &view.labels) {
                                choice = Some(ComparisonChoice::GoTo(told.section, told.program));
                            }
                        }
                    },
                );
            });
        });
    if !open {
        choice = Some(ComparisonChoice::Close);
    }
    choice
}

/// An offer's sentence, its problems (scrolled when many) and its buttons:
/// take the changes, or close.
fn offer_ui(
    ui: &mut egui::Ui,
    words: Language,
    offer: &Offer,
    can_take: bool,
) -> Option<ComparisonChoice> {
    let mut choice = None;
    ui.label(&offer.summary);
    if !offer.problems.is_empty() {
        ui.add_space(4.0);
        let heading = tr!(words, "sheets-read-problems", count = offer.problems.len());
        ui.label(RichText::new(heading).color(ui.visuals().warn_fg_color));
        egui::ScrollArea::vertical()
            .id_salt("offer_problems")
            .max_height(ui.available_height().min(180.0) * 0.5 + 40.0)
            .show(ui, |ui| {
                for problem in &offer.problems {
                    ui.label(format!("• {problem}"));
                }
            });
    }
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        if can_take && ui.button(RichText::new(&offer.accept).strong()).clicked() {
            choice = Some(ComparisonChoice::Accept);
        }
        let close = if can_take { "cancel" } else { "history-close" };
        if ui.button(tr!(words, close)).clicked() {
            choice = Some(ComparisonChoice::Close);
        }
    });
    ui.separator();
    choice
}

/// One difference: where, then before and after (or what was added or
/// removed); a text changed on both sides once, its changed words marked.
/// True when the officer clicked the place, to go to the field.
fn difference_ui(ui: &mut egui::Ui, words: Language, told: &Told, labels: &[String; 2]) -> bool {
    ui.add_space(4.0);
    let go = ui
        .link(RichText::new(&told.place).strong())
        .on_hover_text(tr!(words, "compare-go-to"))
        .clicked();
    let removed = ui.visuals().error_fg_color;
    let added = ui.visuals().selection.bg_fill;
    if let Some(runs) = &told.words {
        ui.label(marked_text(ui, runs, removed, added));
        return go;
    }
    if !told.before.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&labels[0]).color(removed));
            ui.label(&told.before);
        });
    }
    if !told.after.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&labels[1]).color(added).strong());
            ui.label(&told.after);
        });
    }
    go
}

/// `runs` as one paragraph: removed words struck through in the error
/// colour, added ones underlined in the accent colour (never colour alone).
fn marked_text(
    ui: &egui::Ui,
    runs: &[(Mark, String)],
    removed: egui::Color32,
    added: egui::Color32,
) -> egui::text::LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = ui.visuals().text_color();
    let mut job = egui::text::LayoutJob::default();
    for (mark, text) in runs {
        let mut format = egui::TextFormat::simple(font.clone(), plain);
        match mark {
            Mark::Kept => {}
            Mark::Removed => {
                format.color = removed;
                format.strikethrough = egui::Stroke::new(1.5, removed);
            }
            Mark::Added => {
                format.background = added.gamma_multiply(0.35);
                format.underline = egui::Stroke::new(1.5, added);
            }
        }
        job.append(text, 0.0, format);
    }
    job
}

/// A merge waiting for the officer: what was taken, and each conflict with
/// both values and her choice.
#[derive(Clone, Debug)]
pub struct MergeView {
    /// The colleague's file's name.
    pub theirs: String,
    /// False: no version both copies started from was found (a file from
    /// another computer, another profile): every difference is a choice.
    pub base_found: bool,
    /// The copy is of another profile (another identity).
    pub other_profile: bool,
    /// How many of their changes were taken without asking.
    pub taken: usize,
    /// Their new programs that took a new number.
    pub renumbered: usize,
    /// Each conflict: where, mine, theirs.
    pub conflicts: Vec<(String, String, String)>,
    pub choices: Vec<Side>,
}

/// What the officer decided about the merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeChoice {
    Merge,
    Cancel,
}

pub fn merge_ui(ctx: &egui::Context, words: Language, view: &mut MergeView) -> Option<MergeChoice> {
    let mut choice = None;
    let shown = super::modal(ctx, "merge_copy").show(ctx, |ui| {
        let screen = ui.ctx().content_rect();
        ui.set_width((screen.width() - 80.0).clamp(320.0, 760.0));
        ui.heading(tr!(words, "merge-title", name = view.theirs.as_str()));
        if view.other_profile {
            ui.label(
                RichText::new(tr!(words, "merge-other-profile")).color(ui.visuals().warn_fg_color),
            );
        } else if !view.base_found {
            ui.label(tr!(words, "merge-no-base"));
        }
        ui.label(tr!(
            words,
            "merge-summary",
            taken = view.taken,
            conflicts = view.conflicts.len()
        ));
        if view.renumbered > 0 {
            ui.label(tr!(words, "merge-renumbered", count = view.renumbered));
        }
        if !view.conflicts.is_empty() {
            ui.horizontal(|ui| {
                if ui.button(tr!(words, "merge-all-mine")).clicked() {
                    view.choices.iter_mut().for_each(|c| *c = Side::Mine);
                }
                if ui.button(tr!(words, "merge-all-theirs")).clicked() {
                    view.choices.iter_mut().for_each(|c| *c = Side::Theirs);
                }
            });
            ui.separator();
            let height = (screen.height() - 320.0).clamp(120.0, 520.0);
            egui::ScrollArea::vertical()
                .max_height(height)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    for (index, (place, mine, theirs)) in view.conflicts.iter().enumerate() {
                        ui.add_space(6.0);
                        ui.label(RichText::new(place).strong());
                        let nothing = tr!(words, "cli-merge-nothing");
                        let shown = |text: &String| {
                            if text.is_empty() {
                                nothing.clone()
                            } else {
                                text.clone()
                            }
                        };
                        let chosen = &mut view.choices[index];
                        ui.radio_value(
                            chosen,
                            Side::Mine,
                            tr!(words, "merge-keep-mine", value = shown(mine)),
                        );
                        ui.radio_value(
                            chosen,
                            Side::Theirs,
                            tr!(words, "merge-take-theirs", value = shown(theirs)),
                        );
                    }
                });
        }
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(tr!(words, "merge-apply")).strong())
                .clicked()
            {
                choice = Some(MergeChoice::Merge);
            }
            if ui.button(tr!(words, "cancel")).clicked() {
                choice = Some(MergeChoice::Cancel);
            }
        });
    });
    if shown.should_close() && choice.is_none() {
        choice = Some(MergeChoice::Cancel);
    }
    choice
}

/// One saved version as the history lists it.
#[derive(Clone, Debug)]
pub struct VersionRow {
    pub id: String,
    /// When, in the computer's time zone.
    pub when: String,
    pub author: String,
    pub summary: String,
}

/// File ▸ Version history…: the versions, newest first, and the officer's name.
#[derive(Clone, Debug)]
pub struct HistoryView {
    pub rows: Vec<VersionRow>,
    pub selected: Option<usize>,
    /// A second version chosen with Ctrl+click, to compare the two.
    pub other: Option<usize>,
    /// The name saved beside her versions, as she types it.
    pub author: String,
    /// Where the versions are, and how much they take, for the footnote.
    pub kept: String,
}

/// What the officer asked of the history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryChoice {
    /// What this version changed from the one before.
    Changes(String),
    CompareWithNow(String),
    /// Two versions compared: the older first.
    CompareTwo(String, String),
    Restore(String),
    Close,
}

pub fn history_ui(
    ctx: &egui::Context,
    words: Language,
    view: &mut HistoryView,
) -> Option<HistoryChoice> {
    let mut choice = None;
    let mut open = true;
    let screen = ctx.content_rect();
    egui::Window::new(tr!(words, "history-title"))
        .id(egui::Id::unique("version_history"))
        .open(&mut open)
        .collapsible(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(screen.center())
        .default_size([
            (screen.width() - 80.0).clamp(320.0, 860.0),
            (screen.height() - 120.0).clamp(240.0, 640.0),
        ])
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label(tr!(words, "history-your-name")).id;
                ui.add(
                    egui::TextEdit::singleline(&mut view.author)
                        .hint_text(tr!(words, "history-your-name-hint"))
                        .char_limit(200)
                        .desired_width(240.0),
                )
                .labelled_by(label);
            });
            ui.separator();
            if view.rows.is_empty() {
                ui.label(tr!(words, "history-empty"));
            }
            let selected = view
                .selected
                .and_then(|at| view.rows.get(at))
                .map(|row| row.id.clone());
            ui.horizontal(|ui| {
                ui.add_enabled_ui(selected.is_some(), |ui| {
                    let id = selected.clone().unwrap_or_default();
                    if ui.button(tr!(words, "history-changes")).clicked() {
                        choice = Some(HistoryChoice::Changes(id.clone()));
                    }
                    if ui.button(tr!(words, "history-compare-now")).clicked() {
                        choice = Some(HistoryChoice::CompareWithNow(id.clone()));
                    }
                    if ui.button(tr!(words, "history-restore")).clicked() {
                        choice = Some(HistoryChoice::Restore(id));
                    }
                });
                let two = view.selected.zip(view.other).and_then(|(a, b)| {
                    let (newer, older) = (a.min(b), a.max(b));
                    Some((
                        view.rows.get(older)?.id.clone(),
                        view.rows.get(newer)?.id.clone(),
                    ))
                });
                let compare = ui
                    .add_enabled(
                        two.is_some(),
                        egui::Button::new(tr!(words, "history-compare-two")),
                    )
                    .on_hover_text(tr!(words, "history-compare-two-hint"))
                    .on_disabled_hover_text(tr!(words, "history-compare-two-hint"));
                if compare.clicked()
                    && let Some((older, newer)) = two
                {
                    choice = Some(HistoryChoice::CompareTwo(older, newer));
                }
                if ui.button(tr!(words, "history-close")).clicked() {
                    choice = Some(HistoryChoice::Close);
                }
            });
            ui.add_space(4.0);
            egui::ScrollArea::vertical()
                .max_height((screen.height() - 300.0).max(120.0))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    for (index, row) in view.rows.iter().enumerate() {
                        let chosen = view.selected == Some(index) || view.other == Some(index);
                        let text = if row.author.is_empty() {
                            format!("{} — {}", row.when, row.summary)
                        } else {
                            format!("{} · {} — {}", row.when, row.author, row.summary)
                        };
                        if ui.selectable_label(chosen, text).clicked() {
                            let second = ui.input(|input| input.modifiers.command);
                            if second && view.selected.is_some_and(|first| first != index) {
                                view.other = Some(index);
                            } else {
                                view.selected = Some(index);
                                view.other = None;
                            }
                        }
                    }
                });
            ui.add_space(6.0);
            ui.label(RichText::new(&view.kept).weak().small());
        });
    if !open {
        choice = Some(HistoryChoice::Close);
    }
    choice
}
