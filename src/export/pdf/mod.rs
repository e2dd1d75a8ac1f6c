//! The handout: the slides as the room sees them, one per page (16:9, or A4
//! landscape), or each slide with its notes on an A4 page. The deck is laid
//! out by the same engine as the screen (`deck::flow`), measuring with the
//! faces the PDF embeds (set by `text::layout`: shaping, bidi, line
//! breaking for every script), and drawn with the screen's geometry:
//! `**strong**` prints bold, `*emphasis*` italic, the catalogue overview as
//! bars. Real selectable text, subsets embedded, tagged for screen readers
//! (sections, headings, paragraphs, lists; the footers are artifacts), with
//! title, author (the city) and language.

use std::collections::HashMap;
use std::num::NonZeroU16;
use std::rc::Rc;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, Tag, TagGroup, TagKind,
    TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::deck::{
    self, BULLET_INDENT, FOOT_ROOM, Geometry, HEADING_GAP, HEADING_SIZE, LINE_GAP, MARGIN,
    TEXT_SIZE,
};
use crate::i18n::Language;
use crate::model::Pictures;
use crate::model::slides::{Line, Slide};
use crate::text::bidi::is_rtl_paragraph;
use crate::text::fonts::Source;
use crate::text::inline::plain;
use crate::text::layout::{Align, Block};
use crate::tr;

mod chart;
mod paint;
mod reading;
pub mod report;
mod setter;

use paint::{artifact, dot, fill, fill_rect, frame, pdf_image};
use setter::Setter;

/// The page a slide is printed on, in points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Page {
    /// 16:9, the shape of the screens slides are shown on.
    #[default]
    Wide,
    /// A4 turned sideways, for an office printer.
    A4Landscape,
}

impl Page {
    fn size(self) -> (f32, f32) {
        match self {
            Self::Wide => (960.0, 540.0),
            Self::A4Landscape => (A4_LONG, A4_SHORT),
        }
    }
}

const A4_LONG: f32 = 841.89;
const A4_SHORT: f32 = 595.28;

/// What the handout holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Handout {
    pub page: Page,
    /// Each slide on an upright A4 page with its presenter's notes below.
    pub notes: bool,
}

/// Lines of set text, `line_height` times their size apart: as on the
/// screen, where a slide face's rows are about 1.2 to 1.3 times its size.
const LINE_HEIGHT: f32 = 1.25;

type Colour = (u8, u8, u8);
const ACCENT: Colour = (0x0b, 0x6e, 0x77);
const INK: Colour = (0x1d, 0x2a, 0x2e);
const FAINT: Colour = (0x80, 0x87, 0x89);
const FRAME: Colour = (0xb8, 0xbe, 0xc0);
const WHITE: Colour = (0xff, 0xff, 0xff);
/// The foot's type on the darkened photo.
const PALE: Colour = (0xd8, 0xdc, 0xdd);

/// The handout of the whole parts `whole` (`model::slides::whole_slides`) in
/// content language `lang`, or why it could not be made.
pub fn handout_pdf(
    whole: &[Slide],
    lang: &str,
    handout: Handout,
    pictures: &Pictures,
) -> Result<Vec<u8>, String> {
    handout_pdf_from(Source::System, whole, lang, handout, pictures)
}

/// [`handout_pdf`] with the fonts of `source`: a PDF/UA-1 document when
/// its content allows (a title, a face for every character, faces whose
/// licence lets them be embedded), else the same tagged PDF without the claim.
pub fn handout_pdf_from(
    source: Source,
    whole: &[Slide],
    lang: &str,
    handout: Handout,
    pictures: &Pictures,
) -> Result<Vec<u8>, String> {
    match write_handout(ua_settings()?, source, whole, lang, handout, pictures) {
        Err(krilla::error::KrillaError::Validation(problems)) => {
            log::info!("the handout is not PDF/UA-1: {problems:?}");
            write_handout(Default::default(), source, whole, lang, handout, pictures)
        }
        written => written,
    }
    .map_err(|err| format!("the PDF could not be made: {err:?}"))
}

fn write_handout(
    settings: krilla::SerializeSettings,
    source: Source,
    whole: &[Slide],
    lang: &str,
    handout: Handout,
    pictures: &Pictures,
) -> Result<Vec<u8>, krilla::error::KrillaError> {
    let words = Language::from_tag(lang).unwrap_or_default();
    let setter = Setter::new(source);
    let (width, height) = if handout.notes {
        Page::Wide.size()
    } else {
        handout.page.size()
    };
    let geometry = Geometry::of(width, height);
    let flowed: Vec<(usize, Slide)> = deck::flow(&setter, whole, geometry, words);
    let sources: Vec<usize> = flowed.iter().map(|(source, _)| *source).collect();
    let slides: Vec<Slide> = flowed.into_iter().map(|(_, slide)| slide).collect();
    let city = plain(slides.first().map_or("", Slide::heading));

    let mut document = Document::new_with(settings);
    // Title, author (the city that publishes it) and language, as a PDF
    // reader and a screen reader show them.
    document.set_metadata(
        Metadata::new()
            .title(city.clone())
            .authors(vec![city.clone()])
            .language(lang.to_owned())
            .creator("Carta".to_owned()),
    );
    let mut pen = Pen {
        setter,
        fonts: Fonts::default(),
        geometry,
        city,
        words,
        logo: pictures.logo.as_ref().and_then(pdf_image),
        cover: pictures.cover.as_ref().and_then(pdf_image),
        on_photo: false,
    };
    let mut tree = TagTree::new().with_lang(Some(lang.to_owned()));
    // A bookmark per part of the deck, at its first slide: how a reader
    // (and PDF/UA) finds its way through a long handout.
    let mut outline = krilla::outline::Outline::new();
    for (index, slide) in slides.iter().enumerate() {
        let continued = index > 0 && sources.get(index - 1) == sources.get(index);
        if !continued {
            let top = krilla::destination::XyzDestination::new(index, Point::from_xy(0.0, 0.0));
            outline.push_child(krilla::outline::OutlineNode::new(
                plain(slide.heading()),
                top,
            ));
        }
        let mut section = TagGroup::new(Tag::Section);
        if handout.notes {
            let settings = PageSettings::from_wh(A4_SHORT, A4_LONG).unwrap_or_default();
            let mut page = document.start_page_with(settings);
            let mut surface = page.surface();
            // The slide, scaled to the page's width, framed, then its notes
            // (once for a part spread over several slides).
            let margin = 48.0;
            let scale = (A4_SHORT - 2.0 * margin) / width;
            surface.push_transform(&Transform::from_row(scale, 0.0, 0.0, scale, margin, margin));
            pen.slide(&mut surface, &mut section, &slides, index);
            surface.pop();
            let frame_rect = Rect::from_xywh(margin, margin, width * scale, height * scale);
            frame(&mut surface, frame_rect);
            // A part's notes under its first slide, not again under each
            // slide it flows onto.
            let continued = index > 0 && sources.get(index - 1) == sources.get(index);
            let notes = if continued { "" } else { slide.notes().trim() };
            let top = margin + height * scale + 28.0;
            pen.notes(&mut surface, &mut section, notes, margin, top);
            surface.finish();
            page.finish();
        } else {
            // Sizes are the deck's own, never zero: A4 only should that change.
            let settings = PageSettings::from_wh(width, height).unwrap_or_default();
            let mut page = document.start_page_with(settings);
            let mut surface = page.surface();
            pen.slide(&mut surface, &mut section, &slides, index);
            surface.finish();
            page.finish();
        }
        tree.push(section);
    }
    document.set_tag_tree(tree);
    document.set_outline(outline);
    document.finish()
}

/// A PDF/UA-1 document: krilla checks, as it writes, what a machine can
/// check of the standard (every glyph mapped to its text, every image
/// described, the title shown by readers), and fails the export rather than
/// write a document that is not what it declares.
fn ua_settings() -> Result<krilla::SerializeSettings, String> {
    use krilla::configure::{Accessibility, ConfigurationBuilder};
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|err| format!("the PDF could not be set up: {err:?}"))?;
    Ok(krilla::SerializeSettings {
        configuration,
        ..Default::default()
    })
}

/// Draws slides on PDF pages with the screen's geometry, tagging what it draws.
struct Pen {
    setter: Setter,
    fonts: Fonts,
    geometry: Geometry,
    city: String,
    words: Language,
    /// The city's logo and cover photo as the PDF embeds them (once each,
    /// however many pages show them), with their width per unit of height.
    logo: Option<(Image, f32)>,
    cover: Option<(Image, f32)>,
    /// The slide being drawn stands on the cover photo: its type is white.
    on_photo: bool,
}

impl Pen {
    /// Slide `index` of `slides` with its top left at the surface's origin.
    fn slide(
        &mut self,
        surface: &mut Surface<'_>,
        section: &mut TagGroup,
        slides: &[Slide],
        index: usize,
    ) {
        let Some(slide) = slides.get(index) else {
            return;
        };
        let geometry = self.geometry;
        let unit = geometry.unit;
        let margin = MARGIN * unit;
        let width = geometry.text_width();
        let opening = matches!(slide, Slide::Title { .. });
        self.on_photo = opening && self.cover(surface);
        let logo_room = if matches!(slide, Slide::Title { .. } | Slide::Closing { .. }) {
            self.logo(surface, section)
        } else {
            0.0
        };
        match slide {
            Slide::Title { city, lines } if city.trim().is_empty() && lines.is_empty() => {
                let hint = [tr!(self.words, "slides-empty")];
                self.centered(surface, section, logo_room, "", &hint);
            }
            Slide::Title { city, lines } => self.centered(surface, section, logo_room, city, lines),
            Slide::Closing { city, thanks } => {
                let thanks = std::slice::from_ref(thanks);
                self.centered(surface, section, logo_room, city, thanks);
            }
            Slide::Bars { heading, bars } => {
                let y = margin + self.heading(surface, section, heading) + 34.0 * unit;
                self.bars(surface, section, bars, y);
            }
            Slide::Chart { heading, figure } => {
                let top = margin + self.heading(surface, section, heading) + HEADING_GAP * unit;
                let room = (width, geometry.body_bottom() - top);
                let (drawn, scale) = deck::chart_for(figure, self.words, room);
                // The drawing is the figure's content; its words are its
                // alternative text.
                let mut figure = TagGroup::new(Tag::Figure(Some(drawn.alt.clone())));
                let id = surface.start_tagged(ContentTag::Other);
                surface.push_transform(&Transform::from_row(scale, 0.0, 0.0, scale, margin, top));
                chart::chart_marks(surface, &mut self.fonts, &self.setter, &drawn, (0.0, 0.0));
                surface.pop();
                surface.end_tagged();
                figure.push(id);
                section.push(figure);
            }
            Slide::Text { heading, lines, .. } => {
                let mut y = margin + self.heading(surface, section, heading) + HEADING_GAP * unit;
                let size = TEXT_SIZE * unit;
                let mut list: Option<TagGroup> = None;
                for line in lines {
                    let (text, indent) = match line {
                        Line::Paragraph(text) => (text, 0.0),
                        Line::Bullet(text) => (text, BULLET_INDENT * unit),
                    };
                    let block = self
                        .setter
                        .set(text, size, width - indent, Align::Start, false);
                    if indent > 0.0 {
                        // A right-to-left item has its bullet at the right, where it starts.
                        let dot_x = if is_rtl_paragraph(text) {
                            geometry.width - margin - 10.0 * unit
                        } else {
                            margin + 10.0 * unit
                        };
                        artifact(surface, |surface| {
                            let (drop, radius) =
                                (deck::BULLET_DROP * unit, deck::BULLET_RADIUS * unit);
                            dot(surface, dot_x, y + drop, radius, ACCENT);
                        });
                        // Right-to-left lines end at the right margin.
                        let x = if is_rtl_paragraph(text) {
                            margin
                        } else {
                            margin + indent
                        };
                        let mut item = TagGroup::new(Tag::LBody);
                        self.text(surface, &mut item, &block, x, y, INK);
                        let mut list_item = TagGroup::new(Tag::LI);
                        list_item.push(item);
                        list.get_or_insert_with(|| TagGroup::new(Tag::L(ListNumbering::Disc)))
                            .push(list_item);
                    } else {
                        if let Some(list) = list.take() {
                            section.push(list);
                        }
                        let mut paragraph = TagGroup::new(Tag::P);
                        self.text(surface, &mut paragraph, &block, margin, y, INK);
                        section.push(paragraph);
                    }
                    y += block.height + LINE_GAP * unit;
                }
                if let Some(list) = list {
                    section.push(list);
                }
            }
        }
        self.footer(surface, index, slides.len());
    }

    /// The cover photo filling the page (cut to its shape around its
    /// middle, never stretched) under a dark veil, as on the screen; false
    /// when there is none. A picture of the place, not content: an artifact.
    fn cover(&mut self, surface: &mut Surface<'_>) -> bool {
        let Some((image, aspect)) = self.cover.clone() else {
            return false;
        };
        let Geometry { width, height, .. } = self.geometry;
        let [left, top, right, bottom] = deck::cover_crop(aspect, width / height);
        let (drawn_width, drawn_height) = (width / (right - left), height / (bottom - top));
        artifact(surface, |surface| {
            let mut page = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(0.0, 0.0, width, height) {
                page.push_rect(rect);
            }
            let Some(page) = page.finish() else { return };
            surface.push_clip_path(&page, &Default::default());
            surface.push_transform(&Transform::from_translate(
                -left * drawn_width,
                -top * drawn_height,
            ));
            if let Some(size) = krilla::geom::Size::from_wh(drawn_width, drawn_height) {
                surface.draw_image(image, size);
            }
            surface.pop();
            surface.set_fill(Some(Fill {
                paint: rgb::Color::new(0, 0, 0).into(),
                opacity: NormalizedF32::new(f32::from(deck::VEIL) / 255.0)
                    .unwrap_or(NormalizedF32::ONE),
                rule: Default::default(),
            }));
            surface.draw_path(&page);
            surface.pop();
        });
        true
    }

    /// The logo at the top left (on a white card when on the photo), as a
    /// figure named for screen readers; how far down it reaches, with a gap.
    fn logo(&mut self, surface: &mut Surface<'_>, section: &mut TagGroup) -> f32 {
        let Some((image, aspect)) = self.logo.clone() else {
            return 0.0;
        };
        let unit = self.geometry.unit;
        let [x, y, width, height] = deck::logo_place(aspect).map(|n| n * unit);
        if self.on_photo {
            let pad = deck::LOGO_CARD_PAD * unit;
            artifact(surface, |surface| {
                if let Some(card) =
                    Rect::from_xywh(x - pad, y - pad, width + 2.0 * pad, height + 2.0 * pad)
                {
                    fill_rect(surface, card, WHITE);
                }
            });
        }
        let alt = tr!(self.words, "slide-logo-alt", city = self.city.as_str());
        let mut figure = TagGroup::new(Tag::Figure(Some(alt)));
        let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
        surface.push_transform(&Transform::from_translate(x, y));
        if let Some(size) = krilla::geom::Size::from_wh(width, height) {
            surface.draw_image(image, size);
        }
        surface.pop();
        surface.end_tagged();
        figure.push(id);
        section.push(figure);
        y + height + deck::LOGO_GAP * unit
    }

    /// Draws a slide's heading at the top and says how tall it is.
    fn heading(&mut self, surface: &mut Surface<'_>, section: &mut TagGroup, text: &str) -> f32 {
        let unit = self.geometry.unit;
        let block = (self.setter).set(
            text,
            HEADING_SIZE * unit,
            self.geometry.text_width(),
            Align::Start,
            false,
        );
        let mut heading = TagGroup::new(heading_tag(text));
        let margin = MARGIN * unit;
        self.text(surface, &mut heading, &block, margin, margin, ACCENT);
        section.push(heading);
        block.height
    }

    /// The catalogue overview: a label set against its bar, and the count.
    fn bars(
        &mut self,
        surface: &mut Surface<'_>,
        section: &mut TagGroup,
        bars: &[(String, usize)],
        mut y: f32,
    ) {
        let unit = self.geometry.unit;
        let margin = MARGIN * unit;
        let width = self.geometry.text_width();
        let most = bars.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f32;
        let label_width = width * 0.45;
        let size = 24.0 * unit;
        let mut list = TagGroup::new(Tag::L(ListNumbering::None));
        for (label, count) in bars {
            let label_block =
                self.setter
                    .set(label, size, label_width - 16.0 * unit, Align::End, false);
            let mut item = TagGroup::new(Tag::LBody);
            self.text(surface, &mut item, &label_block, margin, y, INK);
            let room = width - label_width - 60.0 * unit;
            let length = room * *count as f32 / most;
            let x = margin + label_width;
            artifact(surface, |surface| {
                if let Some(bar) = Rect::from_xywh(x, y + 4.0 * unit, length, 24.0 * unit) {
                    fill_rect(surface, bar, ACCENT);
                }
            });
            let number =
                self.setter
                    .set(&count.to_string(), size, 120.0 * unit, Align::Start, false);
            self.text(
                surface,
                &mut item,
                &number,
                x + length + 10.0 * unit,
                y,
                INK,
            );
            let mut list_item = TagGroup::new(Tag::LI);
            list_item.push(item);
            list.push(list_item);
            y += (44.0 * unit).max(label_block.height + 12.0 * unit);
        }
        section.push(list);
    }

    /// A heading and a few lines, centred in the room above the foot: the
    /// title and closing slides. A long name or leader line makes the type
    /// smaller, never the block longer than the slide (as on the screen).
    fn centered(
        &mut self,
        surface: &mut Surface<'_>,
        section: &mut TagGroup,
        logo_room: f32,
        heading: &str,
        lines: &[String],
    ) {
        let geometry = self.geometry;
        let unit = geometry.unit;
        let width = geometry.text_width();
        // Below the logo, when there is one.
        let top = (MARGIN * unit).max(logo_room);
        let (accent, ink) = if self.on_photo {
            (WHITE, WHITE)
        } else {
            (ACCENT, INK)
        };
        let room = geometry.height - FOOT_ROOM * unit - top;
        let mut scale = 1.0_f32;
        let (title, subtitles, height) = loop {
            let title =
                (self.setter).set(heading, 64.0 * unit * scale, width, Align::Center, false);
            let line_size = 30.0 * unit * scale.max(0.75);
            let subtitles: Vec<Rc<Block>> = (lines.iter())
                .map(|line| (self.setter).set(line, line_size, width, Align::Center, false))
                .collect();
            let height = title.height
                + 28.0 * unit
                + subtitles
                    .iter()
                    .map(|b| b.height + 12.0 * unit)
                    .sum::<f32>();
            if height <= room || scale < 0.55 {
                break (title, subtitles, height);
            }
            scale *= 0.9;
        };
        let mut y = top + ((room - height) / 2.0).max(0.0);
        let x = MARGIN * unit;
        if !heading.trim().is_empty() {
            let mut group = TagGroup::new(heading_tag(heading));
            self.text(surface, &mut group, &title, x, y, accent);
            section.push(group);
        }
        y += title.height + 28.0 * unit;
        for block in subtitles {
            let mut paragraph = TagGroup::new(Tag::P);
            self.text(surface, &mut paragraph, &block, x, y, ink);
            section.push(paragraph);
            y += block.height + 12.0 * unit;
        }
    }

    /// The city's name and the slide counter at the foot: page furniture,
    /// not read out.
    fn footer(&mut self, surface: &mut Surface<'_>, index: usize, count: usize) {
        let geometry = self.geometry;
        let unit = geometry.unit;
        let margin = MARGIN * unit;
        let size = 16.0 * unit;
        let middle = geometry.height - 28.0 * unit;
        let city = self.one_line(&self.city.clone(), size, geometry.width * 0.6);
        let counter = format!("{} / {}", index + 1, count);
        let counter = (self.setter).set(&counter, size, 200.0 * unit, Align::Start, false);
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Footer,
        )));
        let faint = if self.on_photo { PALE } else { FAINT };
        self.draw(surface, &city, margin, middle - city.height / 2.0, faint);
        let right = geometry.width - margin - counter.width;
        self.draw(
            surface,
            &counter,
            right,
            middle - counter.height / 2.0,
            faint,
        );
        surface.end_tagged();
    }

    /// `text` set on one line at most `width` wide, cut with "…" when longer
    /// (a long name is the title's to show whole).
    fn one_line(&self, text: &str, size: f32, width: f32) -> Rc<Block> {
        let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let unbroken = |text: &str| (self.setter).set(text, size, 1.0e6, Align::Start, false);
        let whole = unbroken(&line);
        if whole.width <= width {
            return whole;
        }
        // The most characters that fit with the ellipsis, found by halving.
        let chars: Vec<char> = line.chars().collect();
        let cut = |count: usize| {
            let mut cut: String = chars[..count].iter().collect();
            cut.push('…');
            cut
        };
        let (mut fits, mut too_many) = (0, chars.len());
        while too_many - fits > 1 {
            let middle = (fits + too_many) / 2;
            if unbroken(&cut(middle)).width <= width {
                fits = middle;
            } else {
                too_many = middle;
            }
        }
        unbroken(&cut(fits))
    }

    /// The presenter's notes under the slide on a notes page, at reading
    /// size, then ruled lines to write on down to the foot of the page.
    fn notes(
        &mut self,
        surface: &mut Surface<'_>,
        section: &mut TagGroup,
        notes: &str,
        x: f32,
        mut y: f32,
    ) {
        let width = A4_SHORT - 2.0 * x;
        let bottom = A4_LONG - 48.0;
        let label = tr!(self.words, "presenter-notes");
        let label = (self.setter).set(&label, 11.0, width, Align::Start, true);
        let mut group = TagGroup::new(Tag::Note);
        let mut caption = TagGroup::new(Tag::Caption);
        self.text(surface, &mut caption, &label, x, y, FAINT);
        group.push(caption);
        y += label.height + 8.0;
        for paragraph in notes.split('\n').filter(|p| !p.trim().is_empty()) {
            let block = (self.setter).set(paragraph, 12.0, width, Align::Start, false);
            let fits = y + block.height <= bottom;
            // What does not fit the page is cut, said with an ellipsis.
            let block = if fits {
                block
            } else {
                (self.setter).set("…", 12.0, width, Align::Start, false)
            };
            let mut paragraph = TagGroup::new(Tag::P);
            self.text(surface, &mut paragraph, &block, x, y, INK);
            group.push(paragraph);
            y += block.height + 8.0;
            if !fits {
                break;
            }
        }
        section.push(group);
        let rule = 24.0;
        let mut line = y + rule;
        artifact(surface, |surface| {
            while line <= bottom {
                if let Some(rect) = Rect::from_xywh(x, line, width, 0.5) {
                    fill_rect(surface, rect, FRAME);
                }
                line += rule;
            }
        });
    }

    /// Draws `block` at (`x`, `y`) as content of `group`.
    fn text(
        &mut self,
        surface: &mut Surface<'_>,
        group: &mut TagGroup,
        block: &Block,
        x: f32,
        y: f32,
        colour: Colour,
    ) {
        let at = (x, y);
        let lines = draw_lines(&mut self.fonts, surface, block, at, colour, EVERY_ROW, true);
        // The words as written, in reading order, whatever the shaper made
        // of them: what a screen reader says and a reader copies.
        let mut span = TagGroup::new(Tag::Span.with_actual_text(Some(plain(&block.text))));
        for line in lines {
            span.push(line);
        }
        group.push(span);
    }

    /// Draws `block` with its top left at (`x`, `y`).
    fn draw(&mut self, surface: &mut Surface<'_>, block: &Block, x: f32, y: f32, colour: Colour) {
        draw_block(&mut self.fonts, surface, block, (x, y), colour);
    }
}

/// Faces loaded once per document, told apart by their bytes' address,
/// and the text the PDF's character map gives each glyph drawn (the first
/// it was drawn with).
#[derive(Default)]
struct Fonts {
    faces: HashMap<(usize, u32), Option<Font>>,
    /// By face, by glyph id.
    mapped: HashMap<(usize, u32), Vec<Option<Box<str>>>>,
}

/// Every line of a block, for [`draw_lines`].
const EVERY_ROW: (f32, f32) = (f32::MIN, f32::MAX);

/// Draws `block` with its top left at `at`, in `colour`, as part of
/// something tagged already (an artifact, a figure).
fn draw_block(
    fonts: &mut Fonts,
    surface: &mut Surface<'_>,
    block: &Block,
    at: (f32, f32),
    colour: Colour,
) {
    draw_lines(fonts, surface, block, at, colour, EVERY_ROW, false);
}

/// Draws the lines of `block` whose baseline lies in `rows` (from the
/// block's top, the end included): the part of a tall paragraph a page
/// shows, each line on one page only. Tagged, each piece of a line (see
/// [`reading`]) is marked content of its own: their ids, in reading order.
fn draw_lines(
    fonts: &mut Fonts,
    surface: &mut Surface<'_>,
    block: &Block,
    at: (f32, f32),
    colour: Colour,
    rows: (f32, f32),
    tagged: bool,
) -> Vec<Identifier> {
    let (x, y) = at;
    surface.set_fill(Some(fill(colour)));
    let mut ids = Vec::new();
    for line in reading::lines(block) {
        if line.baseline <= rows.0 || line.baseline > rows.1 {
            continue;
        }
        for run in &line.runs {
            let key = (
                run.face.bytes.as_ref().as_ref().as_ptr() as usize,
                run.face.index,
            );
            let font = (fonts.faces.entry(key))
                .or_insert_with(|| Font::new(run.face.bytes.clone().into(), run.face.index))
                .clone();
            let Some(font) = font else { continue };
            let start = Point::from_xy(x + run.x, y + run.baseline);
            let face_map = fonts.mapped.entry(key).or_default();
            let mapped = |glyph: GlyphId, own: &str| {
                let at = glyph.to_u32() as usize;
                if face_map.len() <= at {
                    face_map.resize(at + 1, None);
                }
                face_map[at].get_or_insert_with(|| own.into()).as_ref() == own
            };
            for piece in reading::pieces(run, &block.text, mapped) {
                if piece.glyphs.is_empty() {
                    continue;
                }
                if piece.span.is_some() {
                    let (glyphs, own) = piece.own_text(&block.text);
                    let drawn = (&font, run.size, colour);
                    map_own_text(surface, start, &glyphs, &own, drawn);
                }
                if tagged {
                    ids.push(surface.start_tagged(ContentTag::Span(SpanTag::empty())));
                }
                let (glyphs, text) = piece.drawn(&block.text);
                surface.draw_glyphs(start, &glyphs, font.clone(), text, run.size, false);
                if tagged {
                    surface.end_tagged();
                }
            }
        }
    }
    ids
}

/// Gives each of `glyphs` its own characters in the PDF's character map
/// before they are drawn in a span, where the writer would give each the
/// span's whole text: they are drawn first, in the same font, size and
/// colour (a colour glyph is a glyph per colour), into a stream that is
/// never used. (A glyph keeps the first text it is drawn with.)
fn map_own_text(
    surface: &mut Surface<'_>,
    start: Point,
    glyphs: &[KrillaGlyph],
    text: &str,
    (font, size, colour): (&Font, f32, Colour),
) {
    let mut unused = surface.stream_builder();
    let mut scratch = unused.surface();
    scratch.set_fill(Some(fill(colour)));
    scratch.draw_glyphs(start, glyphs, font.clone(), text, size, false);
    scratch.finish();
}

/// A heading's tag: level one, its text as the section's title.
fn heading_tag(text: &str) -> TagKind {
    Tag::Hn(NonZeroU16::MIN, Some(plain(text))).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slide(heading: &str) -> Slide {
        Slide::Text {
            heading: heading.to_owned(),
            lines: vec![crate::model::slides::Line::Paragraph(heading.to_owned())],
            notes: String::new(),
        }
    }

    fn declares_ua(pdf: &[u8]) -> bool {
        pdf.windows(b"pdfuaid:part".len())
            .any(|window| window == b"pdfuaid:part")
    }

    #[test]
    fn a_handout_declares_pdf_ua_and_shows_its_title() {
        let pdf = handout_pdf(
            &[slide("Tétouan")],
            "fr",
            Handout::default(),
            &Pictures::default(),
        )
        .expect("a handout");
        assert!(declares_ua(&pdf));
        assert!(
            pdf.windows(b"/DisplayDocTitle true".len())
                .any(|window| window == b"/DisplayDocTitle true")
        );
    }

    /// What PDF/UA forbids (no title; a letter no face draws) never costs
    /// the officer her handout: it is written without the claim.
    #[test]
    fn content_pdf_ua_forbids_still_makes_a_handout_without_the_claim() {
        let slides = [slide(""), slide("광주광역시")];
        let pdf = handout_pdf_from(
            Source::BuiltInOnly,
            &slides,
            "ko",
            Handout::default(),
            &Pictures::default(),
        )
        .expect("a handout all the same");
        assert!(pdf.starts_with(b"%PDF"));
        assert!(!declares_ua(&pdf));
    }
}
