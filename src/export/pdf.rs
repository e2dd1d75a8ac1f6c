//! The slides as a PDF handout: one slide per page, real selectable text in
//! the computer's own faces for each script (subsets embedded, so the file
//! looks the same everywhere), set by the same shaping, bidi and line breaking
//! as print layout needs (`text::layout`): `**strong**` prints bold and
//! `*emphasis*` italic, Arabic and Hebrew run right to left.

use std::collections::HashMap;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::model::slides::{Line, Slide};
use crate::text::bidi::is_rtl_paragraph;
use crate::text::fonts::Source;
use crate::text::inline::{Span, spans};
use crate::text::layout::{self, Align, Block, Request};

/// A 16:9 page, in points.
const WIDTH: f32 = 960.0;
const HEIGHT: f32 = 540.0;
const MARGIN: f32 = 54.0;
const BODY: f32 = 17.0;
const HEADING: f32 = 30.0;

type Colour = (u8, u8, u8);
const ACCENT: Colour = (0x0b, 0x6e, 0x77);
const INK: Colour = (0x1d, 0x2a, 0x2e);
const FAINT: Colour = (0x5f, 0x69, 0x6c);

/// The handout of `slides` in content language `lang`, or why it could not be made.
pub fn slides_pdf(slides: &[Slide], lang: &str) -> Result<Vec<u8>, String> {
    slides_pdf_from(Source::System, slides, lang)
}

/// [`slides_pdf`] with the fonts of `source`.
pub fn slides_pdf_from(source: Source, slides: &[Slide], lang: &str) -> Result<Vec<u8>, String> {
    let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or("bad page size")?;
    let city = slides.first().map_or("", Slide::heading).to_owned();
    let mut document = Document::new();
    // Title, author (the city that publishes it) and language, as a PDF
    // reader and a screen reader show them.
    let city_plain = crate::text::inline::plain(&city);
    document.set_metadata(
        Metadata::new()
            .title(city_plain.clone())
            .authors(vec![city_plain])
            .language(lang.to_owned())
            .creator("Carta".to_owned()),
    );
    let mut painter = Painter {
        source,
        fonts: HashMap::new(),
    };
    let text_width = WIDTH - 2.0 * MARGIN;
    for (index, slide) in slides.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut y = MARGIN;
        let heading = painter.set(slide.heading(), HEADING, text_width, true);
        painter.draw(&mut surface, &heading, MARGIN, y, ACCENT);
        y += heading.height + 14.0;
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
            let rtl = is_rtl_paragraph(&paragraph);
            let block = painter.set(&paragraph, BODY, text_width - indent, false);
            if bullet {
                let dot = painter.set("•", BODY, indent, false);
                let dot_x = if rtl {
                    WIDTH - MARGIN - dot.width - 4.0
                } else {
                    MARGIN + 4.0
                };
                painter.draw(&mut surface, &dot, dot_x, y, ACCENT);
            }
            // Right-to-left lines end at the right margin; the bullet stands there.
            let x = if rtl { MARGIN } else { MARGIN + indent };
            painter.draw(&mut surface, &block, x, y, INK);
            y += block.height + 8.0;
        }
        let foot_y = HEIGHT - 36.0;
        let foot = painter.set(&city, 11.0, text_width * 0.7, false);
        painter.draw(&mut surface, &foot, MARGIN, foot_y, FAINT);
        let counter = painter.set(
            &format!("{} / {}", index + 1, slides.len()),
            11.0,
            120.0,
            false,
        );
        painter.draw(
            &mut surface,
            &counter,
            WIDTH - MARGIN - counter.width,
            foot_y,
            FAINT,
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|err| format!("the PDF could not be made: {err:?}"))
}

/// The text a PDF reader reads for `block`. Readers (poppler, pdfminer) turn
/// a right-to-left line around character by character, the characters of a
/// glyph standing for several (lam-alef, a letter and its mark) included; so
/// those are given to them backwards, and come out in reading order.
fn readable_text(block: &Block) -> String {
    let mut text = block.text.clone();
    for run in &block.runs {
        let right_to_left = (run.glyphs.first().zip(run.glyphs.last()))
            .is_some_and(|(first, last)| first.text.start > last.text.start);
        if !right_to_left {
            continue;
        }
        let mut done: Vec<&std::ops::Range<usize>> = Vec::new();
        for glyph in &run.glyphs {
            let range = &glyph.text;
            if done.contains(&range) || block.text[range.clone()].chars().nth(1).is_none() {
                continue;
            }
            done.push(range);
            // The same characters backwards: as many bytes, other ranges untouched.
            let backwards: String = block.text[range.clone()].chars().rev().collect();
            text.replace_range(range.clone(), &backwards);
        }
    }
    text
}

/// Sets text and draws it, keeping each face loaded once per document.
struct Painter {
    source: Source,
    fonts: HashMap<(usize, u32), Option<Font>>,
}

impl Painter {
    fn set(&self, text: &str, size: f32, width: f32, strong: bool) -> Block {
        let pieces: Vec<Span> = spans(text);
        layout::set(
            self.source,
            &Request {
                spans: &pieces,
                size,
                width: width.max(1.0),
                line_height: 1.3,
                align: Align::Start,
                strong,
            },
        )
    }

    /// Draws `block` with its top left at (`x`, `y`).
    fn draw(&mut self, surface: &mut Surface<'_>, block: &Block, x: f32, y: f32, colour: Colour) {
        surface.set_fill(Some(Fill {
            paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
            opacity: NormalizedF32::ONE,
            rule: Default::default(),
        }));
        let text = readable_text(block);
        for run in &block.runs {
            // Faces are told apart by their bytes' address: one file, one font.
            let key = (
                run.face.bytes.as_ref().as_ref().as_ptr() as usize,
                run.face.index,
            );
            let font = self
                .fonts
                .entry(key)
                .or_insert_with(|| Font::new(run.face.bytes.clone().into(), run.face.index))
                .clone();
            let Some(font) = font else { continue };
            let size = run.size;
            let glyphs: Vec<KrillaGlyph> = run
                .glyphs
                .iter()
                .map(|glyph| {
                    KrillaGlyph::new(
                        GlyphId::new(glyph.id),
                        glyph.advance / size,
                        glyph.x_offset / size,
                        -glyph.y_offset / size,
                        0.0,
                        glyph.text.clone(),
                        None,
                    )
                })
                .collect();
            surface.draw_glyphs(
                Point::from_xy(x + run.x, y + run.baseline),
                &glyphs,
                font,
                &text,
                size,
                false,
            );
        }
    }
}
