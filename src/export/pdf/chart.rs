//! A chart's marks (`crate::chart`) drawn on a PDF page, in print colours:
//! the annual report's charts at their size, a slide's scaled to its room.

use krilla::geom::{PathBuilder, Rect};
use krilla::paint::{Stroke, StrokeDash};
use krilla::surface::Surface;

use super::paint::{dot, fill_rect};
use super::setter::Setter;
use super::{ACCENT, Colour, Fonts, INK, draw_block};
use crate::chart::{Anchor, Chart, Ink, Mark};
use crate::text::layout::Align;

/// Draws the marks of `chart` with its top left at `at`.
pub(super) fn chart_marks(
    surface: &mut Surface<'_>,
    fonts: &mut Fonts,
    setter: &Setter,
    chart: &Chart,
    at: (f32, f32),
) {
    let (ox, oy) = at;
    let stroke = |ink: Ink, width: f32, dashed: bool| {
        let (r, g, b) = ink_colour(ink);
        Stroke {
            paint: krilla::color::rgb::Color::new(r, g, b).into(),
            width,
            dash: dashed.then(|| StrokeDash {
                array: vec![5.0, 3.0],
                offset: 0.0,
            }),
            ..Default::default()
        }
    };
    for mark in &chart.marks {
        match mark {
            Mark::Line {
                from,
                to,
                ink,
                width,
                dashed,
            } => {
                let mut path = PathBuilder::new();
                path.move_to(ox + from[0], oy + from[1]);
                path.line_to(ox + to[0], oy + to[1]);
                if let Some(path) = path.finish() {
                    surface.set_fill(None);
                    surface.set_stroke(Some(stroke(*ink, *width, *dashed)));
                    surface.draw_path(&path);
                    surface.set_stroke(None);
                }
            }
            Mark::Path { points, ink, width } => {
                let mut path = PathBuilder::new();
                for (index, p) in points.iter().enumerate() {
                    if index == 0 {
                        path.move_to(ox + p[0], oy + p[1]);
                    } else {
                        path.line_to(ox + p[0], oy + p[1]);
                    }
                }
                if let Some(path) = path.finish() {
                    surface.set_fill(None);
                    surface.set_stroke(Some(stroke(*ink, *width, false)));
                    surface.draw_path(&path);
                    surface.set_stroke(None);
                }
            }
            Mark::Dot { at, radius, ink } => {
                dot(surface, ox + at[0], oy + at[1], *radius, ink_colour(*ink));
            }
            Mark::Rect { min, size, ink } => {
                if let Some(rect) =
                    Rect::from_xywh(ox + min[0], oy + min[1], size[0].max(0.01), size[1])
                {
                    fill_rect(surface, rect, ink_colour(*ink));
                }
            }
            Mark::Text {
                at,
                text,
                size,
                ink,
                anchor,
            } => {
                // A box wide enough for a label, placed by its anchor.
                let width = 240.0;
                let (align, left) = match anchor {
                    Anchor::Start => (Align::Start, at[0]),
                    Anchor::Middle => (Align::Center, at[0] - width / 2.0),
                    Anchor::End => (Align::End, at[0] - width),
                };
                let block = setter.set(text, *size, width, align, false);
                let baseline = block.runs.first().map_or(*size, |run| run.baseline);
                draw_block(
                    fonts,
                    surface,
                    &block,
                    (ox + left, oy + at[1] - baseline),
                    ink_colour(*ink),
                );
            }
        }
    }
}

/// A mark's colour on paper.
pub(super) fn ink_colour(ink: Ink) -> Colour {
    match ink {
        Ink::Text => INK,
        Ink::Faint | Ink::Baseline => (0x5b, 0x66, 0x69),
        Ink::Axis => (0xb8, 0xbe, 0xc0),
        Ink::Series | Ink::Spent => ACCENT,
        Ink::Target => (0x1e, 0x82, 0x3c),
        Ink::Planned => (0xb9, 0xda, 0xdd),
    }
}
