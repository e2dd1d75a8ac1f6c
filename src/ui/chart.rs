//! Charts (`crate::chart`) drawn on the screen, in the theme's colours, and
//! the colour of a rating.

use egui::{Color32, Pos2, Stroke, Ui, vec2};

use crate::chart::{Anchor, Chart, Ink, Mark};
use crate::model::year::Rating;

/// Draws `chart` at its own size where the layout puts it, named for
/// screen readers by its words.
pub fn chart_ui(ui: &mut Ui, chart: &Chart) {
    let (rect, response) =
        ui.allocate_exact_size(vec2(chart.width, chart.height), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, chart.alt.clone()));
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter_at(rect.expand(2.0));
    paint_chart(&painter, ui.visuals(), chart, rect.min, 1.0);
}

/// Paints `chart` with its top left at `origin`, every length times
/// `scale` (a slide draws a chart made for a page at the screen's size).
pub fn paint_chart(
    painter: &egui::Painter,
    visuals: &egui::Visuals,
    chart: &Chart,
    origin: Pos2,
    scale: f32,
) {
    let at = |p: [f32; 2]| Pos2::new(origin.x + p[0] * scale, origin.y + p[1] * scale);
    for mark in &chart.marks {
        match mark {
            Mark::Line {
                from,
                to,
                ink,
                width,
                dashed,
            } => {
                let stroke = Stroke::new(*width * scale, colour(visuals, *ink));
                if *dashed {
                    painter.add(egui::Shape::dashed_line(
                        &[at(*from), at(*to)],
                        stroke,
                        5.0 * scale,
                        3.0 * scale,
                    ));
                } else {
                    painter.line_segment([at(*from), at(*to)], stroke);
                }
            }
            Mark::Path { points, ink, width } => {
                let points = points.iter().map(|p| at(*p)).collect();
                painter.add(egui::Shape::line(
                    points,
                    Stroke::new(*width * scale, colour(visuals, *ink)),
                ));
            }
            Mark::Dot { at: p, radius, ink } => {
                painter.circle_filled(at(*p), *radius * scale, colour(visuals, *ink));
            }
            Mark::Rect { min, size, ink } => {
                let rect = egui::Rect::from_min_size(at(*min), vec2(size[0], size[1]) * scale);
                painter.rect_filled(rect, 2.0 * scale, colour(visuals, *ink));
            }
            Mark::Text {
                at: p,
                text,
                size,
                ink,
                anchor,
            } => {
                // The mark's point is on the baseline: egui places by the
                // row's box, whose bottom sits about a fifth below it.
                let align = match anchor {
                    Anchor::Start => egui::Align2::LEFT_BOTTOM,
                    Anchor::Middle => egui::Align2::CENTER_BOTTOM,
                    Anchor::End => egui::Align2::RIGHT_BOTTOM,
                };
                let point = at(*p) + vec2(0.0, size * 0.25 * scale);
                let font = egui::FontId::proportional(size * 1.2 * scale);
                painter.text(point, align, text, font, colour(visuals, *ink));
            }
        }
    }
}

fn colour(visuals: &egui::Visuals, ink: Ink) -> Color32 {
    let accent = visuals.selection.bg_fill;
    match ink {
        Ink::Text => visuals.text_color(),
        Ink::Faint | Ink::Baseline => visuals.weak_text_color(),
        Ink::Axis => visuals.widgets.noninteractive.bg_stroke.color,
        Ink::Series => visuals.hyperlink_color,
        Ink::Target => rating_colour(visuals, Rating::OnTrack),
        Ink::Planned => accent.gamma_multiply(0.45),
        Ink::Spent => visuals.hyperlink_color,
    }
}

/// A rating's colour (always shown with its words, never alone): green on
/// track, amber some progress, red off track, grey not started or no data.
pub fn rating_colour(visuals: &egui::Visuals, rating: Rating) -> Color32 {
    let dark = visuals.dark_mode;
    match rating {
        Rating::OnTrack if dark => Color32::from_rgb(110, 200, 130),
        Rating::OnTrack => Color32::from_rgb(30, 130, 60),
        Rating::SomeProgress if dark => Color32::from_rgb(230, 190, 90),
        Rating::SomeProgress => Color32::from_rgb(160, 110, 0),
        Rating::OffTrack => visuals.error_fg_color,
        Rating::NotStarted | Rating::NoData => visuals.weak_text_color(),
    }
}
