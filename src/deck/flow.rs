//! Text slides flowed by measuring: what does not fit above the footer goes
//! on to a further slide, split between paragraphs, else at a sentence, else
//! (for scripts written without spaces, or one endless sentence) at a line.
//! A part that needs several slides is spread evenly over them, a lead-in
//! ("we aim to:") stays with its list, and a list's last item never sits
//! alone.

use crate::i18n::Language;
use crate::model::slides::{Line, Slide};
use crate::text::inline::{plain, split};
use crate::tr;

/// Sizes on a slide 720 units tall; the slide's height sets the unit. Body
/// text of 32 units is 24 pt on a 13.33 × 7.5 inch slide (presentation
/// software's 16:9 page, and the handout's): the size guidance for
/// presentations asks of body text read from the back of a room, 4.4 % of
/// the picture's height, 48 px on a 1080p projector. Headings are 36 pt
/// (48 units). A line holds about 70 characters at 16:9 and 50 at 4:3.
pub const MARGIN: f32 = 64.0;
pub const HEADING_SIZE: f32 = 48.0;
pub const HEADING_GAP: f32 = 30.0;
pub const TEXT_SIZE: f32 = 32.0;
pub const LINE_GAP: f32 = 20.0;
pub const BULLET_INDENT: f32 = 38.0;
/// A bullet's middle, below its line's top, and its radius: on the first
/// line's x-height.
pub const BULLET_DROP: f32 = TEXT_SIZE * 0.62;
pub const BULLET_RADIUS: f32 = 5.5;
/// Kept free at the foot for the city's name and the slide counter.
pub const FOOT_ROOM: f32 = 64.0;

/// How a renderer measures slide text (with its `*emphasis*` marks) set at
/// `size` within `width`, in its own units.
pub trait Measure {
    /// The height the text takes.
    fn height(&self, text: &str, size: f32, width: f32) -> f32;
    /// For each row of the text as shown (marks taken out, see
    /// `inline::plain`), the byte just after the row and the row's bottom.
    fn rows(&self, text: &str, size: f32, width: f32) -> Vec<(usize, f32)>;
}

/// The slide's measures for a slide `width` × `height` in the renderer's units.
#[derive(Clone, Copy, Debug)]
pub struct Geometry {
    pub unit: f32,
    pub width: f32,
    pub height: f32,
}

impl Geometry {
    pub fn of(width: f32, height: f32) -> Self {
        Self {
            unit: height / 720.0,
            width,
            height,
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

/// One deck's measuring: the renderer and the slide's shape.
struct Flow<'a, M: Measure> {
    measure: &'a M,
    geometry: Geometry,
}

impl<M: Measure> Flow<'_, M> {
    /// A text line of a slide as laid out: its height with the gap below it.
    fn line_height(&self, line: &Line) -> f32 {
        let (text, indent) = text_of(line);
        let unit = self.geometry.unit;
        let width = self.geometry.text_width() - indent * unit;
        self.measure.height(text, TEXT_SIZE * unit, width) + LINE_GAP * unit
    }

    /// The heading's height and the gap under it.
    fn heading_height(&self, heading: &str) -> f32 {
        let unit = self.geometry.unit;
        let width = self.geometry.text_width();
        self.measure.height(heading, HEADING_SIZE * unit, width) + HEADING_GAP * unit
    }

    /// `lines` on as few slides of `room` height as they need, spread evenly.
    fn pages(&self, lines: &[Line], room: f32) -> Vec<Vec<Line>> {
        // Each line is measured once; only the pieces of a split line again.
        let heights: Vec<f32> = lines.iter().map(|l| self.line_height(l)).collect();
        let greedy = self.fill(lines, &heights, room);
        if greedy.len() < 2 {
            return greedy;
        }
        // A part of 1.2 slides becomes two of 60 %, not one full and one
        // nearly empty. Two ways to spread it, the one whose emptiest slide
        // is fullest kept: each slide filled towards an even share of what
        // is left (what remains over the slides that remain, give or take
        // half a line), and every slide filled to the least height that
        // needs no more slides, found by halving (the splitting rules make
        // the count jump, so no formula gives it) to within a thirtieth of
        // the room. Neither wins always: chunky paragraphs defeat the first,
        // a remainder of one sentence the second.
        let count = greedy.len();
        let slack = (TEXT_SIZE + LINE_GAP) * self.geometry.unit * 0.6;
        let total: f32 = heights.iter().sum();
        let mut low = (total / count as f32).min(room);
        let mut high = room;
        let mut halved = greedy;
        for _ in 0..5 {
            let middle = (low + high) / 2.0;
            let tried = self.fill(lines, &heights, middle);
            if tried.len() <= count {
                halved = tried;
                high = middle;
            } else {
                low = middle;
            }
        }
        let mut spread = self.fill_spread(lines, &heights, room, count, slack);
        self.keep_last_item_company(&mut halved, room);
        self.keep_last_item_company(&mut spread, room);
        // A list item alone on a slide is worse than an introduction ending
        // a slide, and both are worse than any emptiness.
        let score = |pages: &[Vec<Line>]| {
            let introduced = !pages.windows(2).any(|pair| {
                pair[0].last().is_some_and(leads_in)
                    && matches!(pair[1].first(), Some(Line::Bullet(_)))
            });
            (!strands_an_item(pages), introduced, self.emptiest(pages))
        };
        let spread_wins = spread.len() <= halved.len() && score(&spread) > score(&halved);
        if spread_wins { spread } else { halved }
    }

    /// The height the emptiest of `pages` fills.
    fn emptiest(&self, pages: &[Vec<Line>]) -> f32 {
        (pages.iter())
            .map(|page| page.iter().map(|line| self.line_height(line)).sum::<f32>())
            .fold(f32::INFINITY, f32::min)
    }

    /// Fills slides of `room` height in order, splitting a line that does
    /// not fit; `heights` are the lines' own.
    fn fill(&self, lines: &[Line], heights: &[f32], room: f32) -> Vec<Vec<Line>> {
        self.fill_with(lines, heights, &|_, _| room)
    }

    /// Fills `count` slides in order, each towards an even share of what is
    /// left plus `slack` (never more than `room`; the last takes the rest).
    fn fill_spread(
        &self,
        lines: &[Line],
        heights: &[f32],
        room: f32,
        count: usize,
        slack: f32,
    ) -> Vec<Vec<Line>> {
        self.fill_with(lines, heights, &|done, left| {
            let slides_left = count.saturating_sub(done).max(1);
            if slides_left == 1 {
                room
            } else {
                (left() / slides_left as f32 + slack).min(room)
            }
        })
    }

    /// Fills slides in order, each up to the height `room_for(slides done,
    /// height of what is left)` gives (what is left is summed only when
    /// asked), splitting a line that does not fit.
    fn fill_with(
        &self,
        lines: &[Line],
        heights: &[f32],
        room_for: &dyn Fn(usize, &mut dyn FnMut() -> f32) -> f32,
    ) -> Vec<Vec<Line>> {
        let mut pages: Vec<Vec<Line>> = Vec::new();
        let mut page: Vec<Line> = Vec::new();
        let mut used = 0.0;
        let mut queue: std::collections::VecDeque<(Line, Option<f32>)> = lines
            .iter()
            .cloned()
            .zip(heights.iter().copied().map(Some))
            .collect();
        // Below this much room left, a paragraph goes whole to the next slide.
        let least = (TEXT_SIZE + LINE_GAP) * self.geometry.unit * 2.0;
        let mut room = f32::NAN;
        while let Some((line, height)) = queue.pop_front() {
            let height = height.unwrap_or_else(|| self.line_height(&line));
            if page.is_empty() {
                // A new slide: how much it may take, from what is left.
                let mut left = || {
                    height
                        + (queue.iter_mut())
                            .map(|(line, known)| {
                                *known.get_or_insert_with(|| self.line_height(line))
                            })
                            .sum::<f32>()
                };
                room = room_for(pages.len(), &mut left);
            }
            if used + height <= room {
                used += height;
                page.push(line);
                continue;
            }
            let left = room - used;
            if (page.is_empty() || left >= least)
                && let Some((head, tail)) = self.split_to_fit(&line, left, page.is_empty())
            {
                page.push(head);
                queue.push_front((tail, None));
            } else if page.is_empty() {
                // Nothing smaller can be made of it: it goes alone (not expected).
                page.push(line);
            } else {
                queue.push_front((line, Some(height)));
                // A lead-in ("we aim to:") goes on with the list it
                // introduces: whole, or, when it is all the slide holds,
                // its last sentence.
                if page.last().is_some_and(leads_in)
                    && let Some(lead_in) = page.pop()
                {
                    if !page.is_empty() {
                        queue.push_front((lead_in, None));
                    } else if let Some((head, tail)) = split_last_sentence(&lead_in) {
                        page.push(head);
                        queue.push_front((tail, None));
                    } else {
                        page.push(lead_in);
                    }
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

    /// The longest head of `line` that fits in `room`: whole sentences, else
    /// (only on an empty slide) whole rows of the layout. Cuts are made in the
    /// text as shown and each half keeps its own emphasis marks
    /// (`inline::split`).
    fn split_to_fit(&self, line: &Line, room: f32, empty_slide: bool) -> Option<(Line, Line)> {
        let (text, indent) = text_of(line);
        let remake = |part: &str| match line {
            Line::Paragraph(_) => Line::Paragraph(part.trim().to_owned()),
            Line::Bullet(_) => Line::Bullet(part.trim().to_owned()),
        };
        let cut = |at: usize| {
            let (head, tail) = split(text, at);
            (remake(&head), remake(&tail))
        };
        let fits = |head: &Line| self.line_height(head) <= room;
        let shown = plain(text);
        let ends: Vec<usize> = (sentence_ends(&shown).into_iter())
            .filter(|&end| end < shown.len())
            .collect();
        // A longer head is never shorter on the slide: the last sentence end
        // that fits is found by halving, in as many layouts as the log of
        // the sentences (a pasted page holds hundreds).
        let (mut fitting, mut too_long) = (None, ends.len());
        let mut low = 0;
        while low < too_long {
            let middle = (low + too_long) / 2;
            if fits(&cut(ends[middle]).0) {
                fitting = Some(middle);
                low = middle + 1;
            } else {
                too_long = middle;
            }
        }
        if let Some(at) = fitting {
            return Some(cut(ends[at]));
        }
        if !empty_slide {
            return None;
        }
        // By rows of the layout: as many as fit, measured again as cut (the
        // rows were set without emphasis).
        let unit = self.geometry.unit;
        let width = self.geometry.text_width() - indent * unit;
        let rows = self.measure.rows(text, TEXT_SIZE * unit, width);
        let mut count = rows
            .iter()
            .take_while(|(_, bottom)| bottom + LINE_GAP * unit <= room)
            .count()
            .max(1);
        loop {
            let at = rows.get(count - 1).map_or(0, |row| row.0);
            if at == 0 || at >= shown.len() || !shown.is_char_boundary(at) {
                return None;
            }
            let (head, tail) = cut(at);
            if count == 1 || fits(&head) {
                return Some((head, tail));
            }
            count -= 1;
        }
    }

    /// A list's last item alone on a slide takes the item before it along,
    /// when that still fits.
    fn keep_last_item_company(&self, pages: &mut Vec<Vec<Line>>, room: f32) {
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
                .map(|l| self.line_height(l))
                .sum();
            if used <= room {
                pages[count - 2].pop();
                pages[count - 1].insert(0, moved);
                self.rejoin_lone_lead_in(pages, room);
            }
        }
    }

    /// A slide left holding only a list's introduction (the last sentence
    /// of a paragraph, cut off to go with its list) goes back under the
    /// rest of that paragraph, when it fits there, rather than stand alone.
    fn rejoin_lone_lead_in(&self, pages: &mut Vec<Vec<Line>>, room: f32) {
        let count = pages.len();
        if count < 3 || !matches!(pages[count - 2].as_slice(), [line] if leads_in(line)) {
            return;
        }
        let used: f32 = (pages[count - 3].iter().chain(&pages[count - 2]))
            .map(|l| self.line_height(l))
            .sum();
        if used <= room {
            let lone = pages.remove(count - 2);
            pages[count - 3].extend(lone);
        }
    }
}

/// The slides of `whole` on slides of `geometry`, measured by `measure`,
/// each with the place in `whole` it comes from. `words`: the language of
/// Carta's own words ("(continued)").
pub fn flow(
    measure: &impl Measure,
    whole: &[Slide],
    geometry: Geometry,
    words: Language,
) -> Vec<(usize, Slide)> {
    let flow = Flow { measure, geometry };
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
            + flow
                .heading_height(heading)
                .max(flow.heading_height(&continued));
        let room = geometry.body_bottom() - top;
        for (part, page) in flow.pages(lines, room).into_iter().enumerate() {
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

fn text_of(line: &Line) -> (&str, f32) {
    match line {
        Line::Paragraph(text) => (text, 0.0),
        Line::Bullet(text) => (text, BULLET_INDENT),
    }
}

/// A paragraph that introduces what follows it ("Among these, the
/// following stand out:").
fn leads_in(line: &Line) -> bool {
    matches!(line, Line::Paragraph(text) if text.trim_end().ends_with([':', '：']))
}

/// Whether a slide of `pages` holds a single list item whose list is on
/// the slide before.
fn strands_an_item(pages: &[Vec<Line>]) -> bool {
    pages.windows(2).any(|pair| {
        matches!(pair[1].as_slice(), [Line::Bullet(_)])
            && pair[0]
                .iter()
                .any(|line| matches!(line, Line::Bullet(_)) || leads_in(line))
    })
}

/// `line` with its last sentence cut off: the rest, and that sentence.
fn split_last_sentence(line: &Line) -> Option<(Line, Line)> {
    let (text, _) = text_of(line);
    let shown = plain(text);
    let at = (sentence_ends(&shown).into_iter())
        .rfind(|&end| end < shown.len() && !shown[end..].trim().is_empty())?;
    let (head, tail) = split(text, at);
    let remake = |part: &str| match line {
        Line::Paragraph(_) => Line::Paragraph(part.trim().to_owned()),
        Line::Bullet(_) => Line::Bullet(part.trim().to_owned()),
    };
    Some((remake(&head), remake(&tail)))
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

    /// Every character 10 units wide, rows 20 units tall: a measure to test
    /// the flow alone. Counts the texts it is asked to lay out.
    #[derive(Default)]
    struct Monospace {
        asked: std::cell::Cell<usize>,
    }

    impl Measure for Monospace {
        fn height(&self, text: &str, _size: f32, width: f32) -> f32 {
            self.asked.set(self.asked.get() + 1);
            self.rows(text, 0.0, width).last().map_or(0.0, |row| row.1)
        }
        fn rows(&self, text: &str, _size: f32, width: f32) -> Vec<(usize, f32)> {
            let per_row = ((width / 10.0) as usize).max(1);
            let mut rows = Vec::new();
            let ends: Vec<usize> = text
                .char_indices()
                .map(|(at, c)| at + c.len_utf8())
                .collect();
            for (number, chunk) in ends.chunks(per_row).enumerate() {
                rows.push((*chunk.last().unwrap_or(&0), 20.0 * (number + 1) as f32));
            }
            rows
        }
    }

    fn text_slide(lines: Vec<Line>) -> Slide {
        Slide::Text {
            heading: "Heading".into(),
            lines,
            notes: String::new(),
        }
    }

    #[test]
    fn a_paragraph_without_spaces_or_stops_is_split_by_rows_and_nothing_is_lost() {
        let endless: String = "字".repeat(3000);
        let slides = flow(
            &Monospace::default(),
            &[text_slide(vec![Line::Paragraph(endless.clone())])],
            Geometry::of(1280.0, 720.0),
            Language::ENGLISH,
        );
        assert!(slides.len() > 1, "{} slides", slides.len());
        let mut again = String::new();
        for (_, slide) in &slides {
            let Slide::Text { lines, .. } = slide else {
                panic!("{slide:?}")
            };
            for line in lines {
                let Line::Paragraph(text) = line else {
                    panic!("{line:?}")
                };
                again.push_str(text);
            }
        }
        assert_eq!(again, endless);
    }

    #[test]
    fn the_last_item_of_a_list_has_company() {
        let geometry = Geometry::of(1280.0, 720.0);
        // Items of two rows each (40 + 18 units): nine fit on a slide.
        let item = || Line::Bullet("x".repeat(150));
        for count in 2..30 {
            let slides = flow(
                &Monospace::default(),
                &[text_slide((0..count).map(|_| item()).collect())],
                geometry,
                Language::ENGLISH,
            );
            if let Some((_, Slide::Text { lines, .. })) = slides.last() {
                assert!(
                    slides.len() == 1 || lines.len() > 1,
                    "{count} items: the last alone"
                );
            }
        }
    }

    #[test]
    fn a_pasted_page_of_hundreds_of_sentences_is_split_in_few_layouts() {
        // 1,500 sentences in one paragraph (single line breaks join lines).
        let page = "The council meets every week with the residents. ".repeat(1500);
        let measure = Monospace::default();
        let slides = flow(
            &measure,
            &[text_slide(vec![Line::Paragraph(page.trim().to_owned())])],
            Geometry::of(1280.0, 720.0),
            Language::ENGLISH,
        );
        assert!(slides.len() > 10, "{} slides", slides.len());
        // Trying every sentence end at every split would lay out hundreds
        // of thousands of texts; halving needs a few per split.
        assert!(
            measure.asked.get() < 40 * slides.len() * 6,
            "{} layouts for {} slides",
            measure.asked.get(),
            slides.len()
        );
    }

    #[test]
    fn a_bold_paragraph_split_at_a_sentence_keeps_its_bold_on_both_slides() {
        let sentence = "The council meets every week with the residents. ";
        let text = format!("**{}**", sentence.repeat(200).trim());
        let slides = flow(
            &Monospace::default(),
            &[text_slide(vec![Line::Paragraph(text)])],
            Geometry::of(1280.0, 720.0),
            Language::ENGLISH,
        );
        assert!(slides.len() > 1);
        for (_, slide) in &slides {
            let Slide::Text { lines, .. } = slide else {
                continue;
            };
            for line in lines {
                let Line::Paragraph(text) = line else {
                    continue;
                };
                let pieces = crate::text::inline::spans(text);
                assert!(
                    pieces.iter().all(|span| span.emphasis.strong),
                    "bold throughout, no stray marks: {text:?}"
                );
            }
        }
    }

    #[test]
    fn sentences_are_spread_evenly_not_left_over_on_the_last_slide() {
        // Sixteen sentences of three rows each in one paragraph.
        let sentence = format!("{}. ", "x".repeat(3 * 115 - 2));
        let text = sentence.repeat(16);
        let slides = flow(
            &Monospace::default(),
            &[text_slide(vec![Line::Paragraph(text.trim().to_owned())])],
            Geometry::of(1280.0, 720.0),
            Language::ENGLISH,
        );
        let held: Vec<usize> = slides
            .iter()
            .map(|(_, slide)| match slide {
                Slide::Text { lines, .. } => lines
                    .iter()
                    .map(|line| match line {
                        Line::Paragraph(text) | Line::Bullet(text) => {
                            text.matches(". ").count() + 1
                        }
                    })
                    .sum(),
                _ => 0,
            })
            .collect();
        assert_eq!(held.iter().sum::<usize>(), 16, "{held:?}");
        let (most, least) = (held.iter().max().unwrap(), held.iter().min().unwrap());
        assert!(most - least <= 1, "spread evenly: {held:?}");
    }
}
