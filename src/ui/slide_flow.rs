//! Text slides flowed by measuring, for the screen: each part of the profile
//! comes whole from the model (`slides::whole_slides`), and is laid out with
//! the slides' real fonts at the window's size and shape. What does not fit
//! above the footer goes on to a further slide, split between paragraphs,
//! else at a sentence, else (for scripts written without spaces, or one
//! endless sentence) at a line. A part that needs several slides is spread
//! evenly over them, and a list's last item never sits alone.
//!
//! The geometry here is the one `present` draws with, so what is measured is
//! what is shown.

use egui::{FontId, Ui, Vec2};

use crate::i18n::Language;
use crate::model::slides::{Line, Slide};
use crate::tr;

/// Sizes on a slide 720 units tall; the window's height sets the unit. Body
/// text of 28 units is 39 px on a 1080p screen: the UK's guidance for
/// presentations is 24 pt and up, for a room read from its back rows.
pub const MARGIN: f32 = 64.0;
pub const HEADING_SIZE: f32 = 44.0;
pub const HEADING_GAP: f32 = 30.0;
pub const TEXT_SIZE: f32 = 28.0;
pub const LINE_GAP: f32 = 18.0;
pub const BULLET_INDENT: f32 = 34.0;
/// Kept free at the foot for the city's name and the slide counter.
pub const FOOT_ROOM: f32 = 64.0;

/// The slide's measures for a window of `size` points.
#[derive(Clone, Copy, Debug)]
pub struct Geometry {
    pub unit: f32,
    pub width: f32,
    pub height: f32,
}

impl Geometry {
    pub fn of(size: Vec2) -> Self {
        Self {
            unit: size.y / 720.0,
            width: size.x,
            height: size.y,
        }
    }

    /// The width text may take.
    pub fn text_width(self) -> f32 {
        (self.width - 2.0 * MARGIN * self.unit).max(1.0)
    }

    /// Where the body must end, from the slide's top.
    pub fn body_bottom(self) -> f32 {
        self.height - FOOT_ROOM * self.unit
    }
}

/// A text line of a slide as laid out: its height with the gap below it.
fn line_height(ui: &Ui, line: &Line, geometry: Geometry) -> f32 {
    let (text, indent) = text_of(line);
    let width = geometry.text_width() - indent * geometry.unit;
    let size = TEXT_SIZE * geometry.unit;
    let galley = super::present::layout(ui, text, size, egui::Color32::WHITE, width);
    galley.size().y + LINE_GAP * geometry.unit
}

fn text_of(line: &Line) -> (&str, f32) {
    match line {
        Line::Paragraph(text) => (text, 0.0),
        Line::Bullet(text) => (text, BULLET_INDENT),
    }
}

/// `text` laid out as the slide draws it (emphasis marks taken out), for
/// measuring.
fn plain_galley(ui: &Ui, text: &str, unit: f32, width: f32) -> std::sync::Arc<egui::Galley> {
    let shown: String = crate::text::inline::spans(text)
        .iter()
        .map(|span| span.text.as_str())
        .collect();
    let job = egui::text::LayoutJob::simple(
        shown,
        FontId::new(
            TEXT_SIZE * unit,
            super::text::slide_family(Default::default()),
        ),
        egui::Color32::WHITE,
        width,
    );
    ui.fonts_mut(|fonts| fonts.layout_job(job))
}

/// The heading's height and the gap under it.
fn heading_height(ui: &Ui, heading: &str, geometry: Geometry) -> f32 {
    let size = HEADING_SIZE * geometry.unit;
    let width = geometry.text_width();
    let galley = super::present::layout(ui, heading, size, egui::Color32::WHITE, width);
    galley.size().y + HEADING_GAP * geometry.unit
}

/// The slides of `whole` for a window of `size`, each with the place in
/// `whole` it comes from.
pub fn flow(ui: &Ui, whole: &[Slide], size: Vec2, words: Language) -> Vec<(usize, Slide)> {
    let geometry = Geometry::of(size);
    let mut out = Vec::with_capacity(whole.len());
    for (source, slide) in whole.iter().enumerate() {
        let Slide::Text {
            heading,
            lines,
            notes,
        } = slide
        else {
            out.push((source, slide.clone()));
            continue;
        };
        let continued = tr!(words, "slide-continued", heading = heading.as_str());
        let top = MARGIN * geometry.unit
            + heading_height(ui, heading, geometry).max(heading_height(ui, &continued, geometry));
        let room = geometry.body_bottom() - top;
        for (part, page) in pages(ui, lines, room, geometry).into_iter().enumerate() {
            let heading = if part == 0 { heading } else { &continued };
            out.push((
                source,
                Slide::Text {
                    heading: heading.clone(),
                    lines: page,
                    notes: notes.clone(),
                },
            ));
        }
    }
    out
}

/// `lines` on as few slides of `room` height as they need, spread evenly.
fn pages(ui: &Ui, lines: &[Line], room: f32, geometry: Geometry) -> Vec<Vec<Line>> {
    let greedy = fill(ui, lines, room, geometry);
    if greedy.len() < 2 {
        return greedy;
    }
    // A part of 1.2 slides becomes two of 60 %, not one full and one nearly
    // empty: fill again to the average, with a line's slack.
    let total: f32 = lines.iter().map(|l| line_height(ui, l, geometry)).sum();
    let row = (TEXT_SIZE + LINE_GAP) * geometry.unit * 1.3;
    let target = (total / greedy.len() as f32 + row).min(room);
    let even = fill(ui, lines, target, geometry);
    let mut chosen = if even.len() == greedy.len() {
        even
    } else {
        greedy
    };
    keep_last_item_company(&mut chosen, ui, room, geometry);
    chosen
}

/// Fills slides of `room` height in order, splitting a line that does not fit.
fn fill(ui: &Ui, lines: &[Line], room: f32, geometry: Geometry) -> Vec<Vec<Line>> {
    let mut pages: Vec<Vec<Line>> = Vec::new();
    let mut page: Vec<Line> = Vec::new();
    let mut used = 0.0;
    let mut queue: std::collections::VecDeque<Line> = lines.iter().cloned().collect();
    // Below this much room left, a paragraph goes whole to the next slide.
    let least = (TEXT_SIZE + LINE_GAP) * geometry.unit * 2.0;
    while let Some(line) = queue.pop_front() {
        let height = line_height(ui, &line, geometry);
        if used + height <= room {
            used += height;
            page.push(line);
            continue;
        }
        let left = room - used;
        if (page.is_empty() || left >= least)
            && let Some((head, tail)) = split_to_fit(ui, &line, left, geometry, page.is_empty())
        {
            page.push(head);
            queue.push_front(tail);
        } else if page.is_empty() {
            // Nothing smaller can be made of it: it goes alone (not expected).
            page.push(line);
        } else {
            queue.push_front(line);
            // A lead-in ("we aim to:") goes on with the list it introduces.
            if page.len() > 1
                && page.last().is_some_and(leads_in)
                && let Some(lead_in) = page.pop()
            {
                queue.push_front(lead_in);
            }
        }
        pages.push(std::mem::take(&mut page));
        used = 0.0;
    }
    if !page.is_empty() {
        pages.push(page);
    }
    pages
}

/// A paragraph that introduces what follows it ("Among these, the
/// following stand out:").
fn leads_in(line: &Line) -> bool {
    matches!(line, Line::Paragraph(text) if text.trim_end().ends_with([':', '：']))
}

/// The longest head of `line` that fits in `room`: whole sentences, else
/// (only on an empty slide) whole lines of the layout.
fn split_to_fit(
    ui: &Ui,
    line: &Line,
    room: f32,
    geometry: Geometry,
    empty_slide: bool,
) -> Option<(Line, Line)> {
    let (text, indent) = text_of(line);
    let remake = |part: &str| match line {
        Line::Paragraph(_) => Line::Paragraph(part.trim().to_owned()),
        Line::Bullet(_) => Line::Bullet(part.trim().to_owned()),
    };
    let ends = sentence_ends(text);
    let fitting = ends
        .iter()
        .rev()
        .filter(|&&end| end < text.len())
        .find(|&&end| line_height(ui, &remake(&text[..end]), geometry) <= room);
    if let Some(&end) = fitting {
        return Some((remake(&text[..end]), remake(&text[end..])));
    }
    if !empty_slide {
        return None;
    }
    // By lines of the layout: as many rows as fit.
    let width = geometry.text_width() - indent * geometry.unit;
    let galley = plain_galley(ui, text, geometry.unit, width);
    let mut chars = 0;
    for row in &galley.rows {
        if row.max_y() + LINE_GAP * geometry.unit > room && chars > 0 {
            break;
        }
        chars += row.char_count_including_newline().0;
    }
    let shown: String = crate::text::inline::spans(text)
        .iter()
        .map(|span| span.text.as_str())
        .collect();
    let cut = shown.char_indices().nth(chars).map(|(at, _)| at)?;
    Some((remake(&shown[..cut]), remake(&shown[cut..])))
}

/// Byte offsets just after each sentence of `text` (after its closing
/// punctuation and the space that follows, or after a full-width stop).
fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let end = at + c.len_utf8();
        match c {
            '。' | '！' | '？' | '।' | '۔' => ends.push(end),
            '.' | '!' | '?' | ';' | '؟'
                if chars.peek().is_some_and(|(_, next)| next.is_whitespace()) =>
            {
                ends.push(end);
            }
            _ => {}
        }
    }
    ends
}

/// A list's last item alone on a slide takes the item before it along,
/// when that still fits.
fn keep_last_item_company(pages: &mut [Vec<Line>], ui: &Ui, room: f32, geometry: Geometry) {
    let count = pages.len();
    if count < 2 {
        return;
    }
    let alone = pages[count - 1].len() == 1 && matches!(pages[count - 1][0], Line::Bullet(_));
    let before = &pages[count - 2];
    let can_give = before.len() >= 2 && matches!(before.last(), Some(Line::Bullet(_)));
    if !(alone && can_give) {
        return;
    }
    let moved = pages[count - 2].last().cloned();
    if let Some(moved) = moved {
        let used: f32 = (pages[count - 1].iter().chain([&moved]))
            .map(|l| line_height(ui, l, geometry))
            .sum();
        if used <= room {
            pages[count - 2].pop();
            pages[count - 1].insert(0, moved);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_after_their_stop_and_space_or_a_full_width_stop() {
        let text = "One. Two! Three? 四。五。Six";
        let ends: Vec<&str> = sentence_ends(text).iter().map(|&e| &text[..e]).collect();
        assert_eq!(
            ends,
            [
                "One.",
                "One. Two!",
                "One. Two! Three?",
                "One. Two! Three? 四。",
                "One. Two! Three? 四。五。"
            ]
        );
        assert!(
            sentence_ends("3.5 million people").is_empty(),
            "a decimal point is no stop"
        );
    }
}
