//! The Overview panel: how the catalogue covers rights, groups, goals and
//! statuses, and the gaps. A click on a bar shows those programs in the table.

use egui::Ui;
use egui_plot::{AxisHints, Bar, BarChart, GridMark, Plot};

use super::Command;
use super::widgets::{hint, section_title};
use super::{Edit, Panel, panel_header_ui};
use crate::i18n::Language;
use crate::model::catalogue::{Coverage, Filters};
use crate::model::vocab::{sdg_name, udhr_title};
use crate::model::{ProgramStatus, TargetGroup, Vocabulary};
use crate::tr;

const CHART_HEIGHT: f32 = 230.0;

pub fn overview_ui(ui: &mut Ui, edit: &mut Edit<'_>) {
    panel_header_ui(ui, Panel::Overview);
    // Counting is a single pass over the catalogue: cheap next to drawing four charts.
    let coverage = Coverage::of(edit.document);
    let words = edit.words;
    let total = edit.document.programs.len();
    hint(ui, &tr!(words, "overview-total", count = total));
    let mut picked: Option<Filters> = None;
    egui::ScrollArea::vertical()
        .id_salt("overview_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.columns(2, |columns| {
                let rights: Vec<(String, String, usize)> = (coverage.per_right.iter().enumerate())
                    .map(|(i, count)| {
                        let title = udhr_title(words, i as u8 + 1).unwrap_or_default();
                        ((i + 1).to_string(), title, *count)
                    })
                    .collect();
                column_title(&mut columns[0], &tr!(words, "overview-per-right"));
                if let Some(index) =
                    vertical_chart_ui(&mut columns[0], "rights_chart", &rights, words)
                {
                    picked = Some(Filters {
                        right: u8::try_from(index + 1).ok(),
                        ..Filters::default()
                    });
                }
                let sdgs: Vec<(String, String, usize)> = (coverage.per_sdg.iter().enumerate())
                    .map(|(i, count)| {
                        let name = sdg_name(words, i as u8 + 1).unwrap_or_default();
                        ((i + 1).to_string(), name, *count)
                    })
                    .collect();
                column_title(&mut columns[1], &tr!(words, "overview-per-sdg"));
                if let Some(index) = vertical_chart_ui(&mut columns[1], "sdgs_chart", &sdgs, words)
                {
                    picked = Some(Filters {
                        sdg: u8::try_from(index + 1).ok(),
                        ..Filters::default()
                    });
                }
                let groups: Vec<(String, usize)> = (coverage.per_group.iter())
                    .map(|(group, count)| (group.name(words), *count))
                    .collect();
                column_title(&mut columns[0], &tr!(words, "overview-per-group"));
                if let Some(index) = bar_list_ui(&mut columns[0], "groups_chart", &groups, words) {
                    let group = coverage.per_group.get(index).map(|(g, _)| g.clone());
                    picked = Some(Filters {
                        group,
                        ..Filters::default()
                    });
                }
                let statuses: Vec<(String, usize)> = (coverage.per_status.iter())
                    .map(|(status, count)| (status.name(words), *count))
                    .collect();
                column_title(&mut columns[1], &tr!(words, "overview-per-status"));
                if let Some(index) = bar_list_ui(&mut columns[1], "status_chart", &statuses, words)
                {
                    let status = ProgramStatus::ALL.get(index).copied();
                    picked = Some(Filters {
                        status,
                        ..Filters::default()
                    });
                }
            });
            gaps_ui(ui, &coverage, words);
        });
    if let Some(filters) = picked {
        edit.view.catalogue.filters = filters;
        edit.view.catalogue.search.clear();
        edit.commands.push(Command::Show(Panel::Programs));
    }
}

/// A chart's title in a column: `ui.columns` justifies its layout, which
/// spread a wrapped title's words apart; the title is set flush left.
fn column_title(ui: &mut Ui, text: &str) {
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        section_title(ui, text);
    });
}

/// Bars over numbered categories (articles, goals); returns the clicked bar's index.
fn vertical_chart_ui(
    ui: &mut Ui,
    id: &str,
    bars: &[(String, String, usize)],
    words: Language,
) -> Option<usize> {
    let color = super::theme::accent(ui.visuals());
    let chart = BarChart::new(
        id,
        (bars.iter().enumerate())
            .map(|(i, (number, name, count))| {
                Bar::new(i as f64, *count as f64)
                    .name(format!("{number} · {name}"))
                    .fill(color)
            })
            .collect(),
    )
    .width(0.7)
    .element_formatter(Box::new(move |bar, _| {
        let count = tr!(words, "programs-count", count = bar.value);
        format!("{}: {count}", bar.name)
    }));
    let labels: Vec<String> = bars.iter().map(|(number, _, _)| number.clone()).collect();
    let count = bars.len();
    // The numbers are two digits at most: shown down to 24 px apart (egui_plot
    // hides labels closer than 60 px, which took every article number off
    // the rights chart at 1024 px).
    let axis = AxisHints::new_x()
        .formatter(move |mark, _| axis_label(&labels, mark.value))
        .label_spacing(24.0..=32.0);
    let response = fixed_plot(id)
        .x_grid_spacer(move |_| labelled_marks(count))
        .custom_x_axes(vec![axis])
        .show(ui, |plot| {
            plot.bar_chart(chart);
            plot.pointer_coordinate()
        });
    let clicked = response.response.clicked();
    let index = response.inner.map(|point| point.x.round());
    clicked
        .then_some(index)
        .flatten()
        .and_then(|i| to_index(i, bars.len()))
}

/// Bars over named categories (groups, statuses), one row each, drawn as
/// buttons: names stay readable at any size and a keyboard or screen reader can
/// reach every bar. Returns the clicked row's index.
fn bar_list_ui(ui: &mut Ui, id: &str, bars: &[(String, usize)], words: Language) -> Option<usize> {
    let color = super::theme::accent(ui.visuals());
    let most = bars
        .iter()
        .map(|(_, count)| *count)
        .max()
        .unwrap_or(0)
        .max(1);
    let mut clicked = None;
    ui.push_id(id, |ui| {
        for (index, (name, count)) in bars.iter().enumerate() {
            let width = ui.available_width();
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(width, 24.0), egui::Sense::click());
            let programs = tr!(words, "programs-count", count = *count);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{name}: {programs}"))
            });
            if ui.is_rect_visible(rect) {
                let painter = ui.painter();
                let visuals = ui.visuals();
                if response.hovered() {
                    painter.rect_filled(rect, 3.0, visuals.widgets.hovered.weak_bg_fill);
                }
                let label_width = (width * 0.45).min(240.0);
                let text_color = if *count == 0 {
                    visuals.weak_text_color()
                } else {
                    visuals.text_color()
                };
                // Names run long in Spanish and French: cut with "…" to the
                // label column (the hover and the screen reader say it all).
                let mut job = crate::ui::text::line_job(
                    ui,
                    name,
                    &crate::ui::fonts::content_font(14.0),
                    text_color,
                    label_width - 12.0,
                );
                job.wrap = egui::text::TextWrapping::truncate_at_width(label_width - 12.0);
                let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
                let at = egui::pos2(
                    rect.left() + label_width - 8.0 - galley.size().x,
                    rect.center().y - galley.size().y / 2.0,
                );
                painter.galley(at, galley, text_color);
                let room = (rect.width() - label_width - 40.0).max(0.0);
                let bar = egui::Rect::from_min_size(
                    egui::pos2(rect.left() + label_width, rect.top() + 5.0),
                    egui::vec2(room * *count as f32 / most as f32, rect.height() - 10.0),
                );
                painter.rect_filled(bar, 2.0, color);
                painter.text(
                    egui::pos2(bar.right() + 6.0, rect.center().y),
                    egui::Align2::LEFT_CENTER,
                    count.to_string(),
                    egui::FontId::proportional(13.0),
                    text_color,
                );
            }
            if response
                .on_hover_text(format!(
                    "{name}: {}",
                    tr!(words, "overview-show", count = *count)
                ))
                .clicked()
            {
                clicked = Some(index);
            }
        }
    });
    clicked
}

/// A plot that does not move: this is a report, not an exploration tool.
fn fixed_plot(id: &str) -> Plot<'_> {
    Plot::new(id)
        .height(CHART_HEIGHT)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([false, true])
        .include_y(0.0)
        .include_x(0.0)
}

/// Axis marks under the first bar and then every fifth (1, 5, 10…), far
/// enough apart for their numbers to show; hovering a bar names it.
fn labelled_marks(count: usize) -> Vec<GridMark> {
    (0..count)
        .filter(|i| *i == 0 || (i + 1) % 5 == 0 || i + 1 == count)
        .map(|i| GridMark {
            value: i as f64,
            step_size: 5.0,
        })
        .collect()
}

fn axis_label(labels: &[String], value: f64) -> String {
    if value.fract().abs() > 1e-6 {
        return String::new();
    }
    to_index(value, labels.len()).map_or_else(String::new, |i| labels[i].clone())
}

fn to_index(value: f64, len: usize) -> Option<usize> {
    (value >= 0.0 && value < len as f64).then_some(value as usize)
}

fn gaps_ui(ui: &mut Ui, coverage: &Coverage, words: Language) {
    section_title(ui, &tr!(words, "overview-gaps"));
    let rights = coverage.rights_gaps();
    if rights.is_empty() {
        ui.label(tr!(words, "overview-all-rights"));
    } else {
        ui.label(tr!(words, "overview-rights-gaps", count = rights.len()));
        ui.horizontal_wrapped(|ui| {
            for number in rights {
                let name = udhr_title(words, number).unwrap_or_default();
                ui.label(egui::RichText::new(format!("{number} · {name}")).small())
                    .on_hover_text(tr!(words, "article", number = number));
                ui.label("   ");
            }
        });
    }
    ui.add_space(8.0);
    let groups: Vec<TargetGroup> = coverage.group_gaps();
    if groups.is_empty() {
        ui.label(tr!(words, "overview-all-groups"));
    } else {
        ui.label(tr!(words, "overview-group-gaps", count = groups.len()));
        let names: Vec<String> = groups.iter().map(|group| group.name(words)).collect();
        ui.label(egui::RichText::new(names.join(" · ")).small());
    }
}
