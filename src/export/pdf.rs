//! The slides as a PDF handout: one slide per page, real selectable text, the
//! font embedded (subset) so the file looks the same on every computer.

use std::sync::Arc;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::Point;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, TextDirection};

use crate::model::slides::{Line, Slide};

/// A 16:9 page, in points.
const WIDTH: f32 = 960.0;
const HEIGHT: f32 = 540.0;
const MARGIN: f32 = 54.0;

/// The handout of `slides`, or why it could not be made.
pub fn slides_pdf(slides: &[Slide]) -> Result<Vec<u8>, String> {
    let font = Font::new(
        Arc::new(epaint_default_fonts::UBUNTU_LIGHT.to_vec()).into(),
        0,
    )
    .ok_or("the embedded font cannot be read")?;
    let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or("bad page size")?;
    let city = slides.first().map_or("", Slide::heading).to_owned();
    let mut document = Document::new();
    for (index, slide) in slides.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        let text = |surface: &mut krilla::surface::Surface<'_>,
                    x: f32,
                    y: f32,
                    size: f32,
                    color: (u8, u8, u8),
                    line: &str| {
            surface.set_fill(Some(Fill {
                paint: rgb::Color::new(color.0, color.1, color.2).into(),
                opacity: NormalizedF32::ONE,
                rule: Default::default(),
            }));
            surface.draw_text(
                Point::from_xy(x, y),
                font.clone(),
                size,
                line,
                false,
                TextDirection::Auto,
            );
        };
        let accent = (0x0b, 0x6e, 0x77);
        let ink = (0x1d, 0x2a, 0x2e);
        let mut y = MARGIN + 30.0;
        let heading_lines = wrap(slide.heading(), 30.0, WIDTH - 2.0 * MARGIN);
        for line in &heading_lines {
            text(&mut surface, MARGIN, y, 30.0, accent, line);
            y += 38.0;
        }
        y += 12.0;
        let body: Vec<(String, bool)> = match slide {
            Slide::Title { lines, .. } => lines.iter().map(|l| (l.clone(), false)).collect(),
            Slide::Closing { thanks, .. } => vec![(thanks.clone(), false)],
            Slide::Text { lines, .. } => lines
                .iter()
                .map(|line| match line {
                    Line::Paragraph(text) => (text.clone(), false),
                    Line::Bullet(text) => (text.clone(), true),
                })
                .collect(),
            Slide::Bars { bars, .. } => bars
                .iter()
                .map(|(label, count)| (format!("{label}: {count}"), true))
                .collect(),
        };
        for (paragraph, bullet) in body {
            let indent = if bullet { 22.0 } else { 0.0 };
            if bullet {
                text(&mut surface, MARGIN + 4.0, y, 17.0, accent, "•");
            }
            for line in wrap(&paragraph, 17.0, WIDTH - 2.0 * MARGIN - indent) {
                text(&mut surface, MARGIN + indent, y, 17.0, ink, &line);
                y += 23.0;
            }
            y += 8.0;
        }
        let faint = (0x70, 0x7a, 0x7d);
        text(&mut surface, MARGIN, HEIGHT - 28.0, 11.0, faint, &city);
        let counter = format!("{} / {}", index + 1, slides.len());
        text(
            &mut surface,
            WIDTH - MARGIN - 6.0 * counter.len() as f32,
            HEIGHT - 28.0,
            11.0,
            faint,
            &counter,
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|err| format!("the PDF could not be made: {err:?}"))
}

/// Breaks `text` into lines that fit `width` at `size`, from the font's average
/// letter width (Ubuntu Light averages about half an em).
fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let per_line = ((width / (size * 0.5)) as usize).max(10);
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > per_line {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}
