//! A paragraph's glyphs handed to the PDF in the order they are read, each
//! drawn where it was set, so that every reader reads the words as written:
//!
//! - Readers that take text in drawing order (the structure tree's marked
//!   content in poppler, pdfminer) read each glyph's own characters in
//!   turn: a Devanagari vowel sign drawn before its consonant comes after
//!   it, a right-to-left line comes right to left.
//! - Readers that take text by place on the page (poppler's `pdftotext`,
//!   and so the search of Evince and Okular) would break a word where a
//!   mark sits inside its letter. A left-to-right run with marks or
//!   reordered signs is given its text whole, as an actual text span, and
//!   so is each right-to-left word with a cluster of several characters or
//!   glyphs (lam-alef, a letter and its vowel mark), whose text is given
//!   backwards because such readers turn right-to-left text around letter
//!   by letter.
//!
//! Each piece is its own marked content with at most one span, at its end:
//! poppler's structure reader stops a marked content at the first span's end.
//! So a glyph outside a span that the PDF's character map gives another
//! text (krilla keeps the first it is drawn with, and would mark it with a
//! span of its own in the middle of a piece) is a piece of its own.

use std::ops::Range;

use krilla::text::{GlyphId, KrillaGlyph};

use crate::text::layout::{Block, PlacedRun};

/// One line of a block: its runs in reading order.
pub(super) struct Line<'a> {
    pub runs: Vec<&'a PlacedRun>,
    pub baseline: f32,
}

/// The lines of `block`, top to bottom.
pub(super) fn lines(block: &Block) -> Vec<Line<'_>> {
    let mut lines: Vec<Line<'_>> = Vec::new();
    for run in &block.runs {
        match lines.last_mut() {
            Some(line) if line.baseline == run.baseline => line.runs.push(run),
            _ => lines.push(Line {
                runs: vec![run],
                baseline: run.baseline,
            }),
        }
    }
    for line in &mut lines {
        line.runs.sort_by_key(|run| first_byte(run));
    }
    lines
}

fn first_byte(run: &PlacedRun) -> usize {
    (run.glyphs.iter())
        .map(|glyph| glyph.text.start)
        .min()
        .unwrap_or(0)
}

/// Glyphs of one run drawn in one go.
pub(super) struct Piece {
    /// The glyphs, in reading order, each where it was set, with its own
    /// characters in the block's text.
    pub glyphs: Vec<KrillaGlyph>,
    /// The part of its characters each glyph draws, where that is not a
    /// piece of the block's text (see [`crate::text::layout::PlacedGlyph::part`]).
    pub parts: Vec<Option<String>>,
    /// The piece's text as an actual text span gives it, if it needs one.
    pub span: Option<String>,
}

impl Piece {
    /// The glyphs `chosen` of `run`, in that order. A span's ends are
    /// squared with a glyph that draws nothing (see [`bookend`]) where its
    /// first glyph starts, or its last ends, well inside it.
    fn of(run: &RunFacts<'_>, chosen: &[usize], span: Option<String>) -> Self {
        let RunFacts { run, set_at, end } = run;
        let mut placed: Vec<Placed> = (chosen.iter())
            .map(|&at| {
                let glyph = &run.glyphs[at];
                Placed {
                    id: glyph.id,
                    x: set_at[at] + glyph.x_offset,
                    after: set_at[at] + glyph.advance,
                    y: glyph.y_offset,
                    reach: glyph.advance.max(0.0),
                    text: glyph.text.clone(),
                    part: glyph.part.clone(),
                }
            })
            .collect();
        if span.is_some()
            && let Some(end) = *end.get_or_init(|| bookend(run))
        {
            square(&mut placed, run, end);
        }
        let parts = placed.iter().map(|glyph| glyph.part.clone()).collect();
        Piece {
            glyphs: krilla_glyphs(&placed, run.size),
            parts,
            span,
        }
    }

    /// Glyph `at`'s own text, from the block's `text`.
    fn own<'a>(&'a self, at: usize, text: &'a str) -> &'a str {
        match &self.parts[at] {
            Some(part) => part,
            None => text
                .get(self.glyphs[at].text_range.clone())
                .unwrap_or_default(),
        }
    }

    /// The glyphs and the text they are drawn with: in a span, all of them
    /// standing for the span's text, which the writer then marks once
    /// (their own characters having been mapped before).
    pub fn drawn<'a>(&'a self, text: &'a str) -> (Vec<KrillaGlyph>, &'a str) {
        let mut glyphs = self.glyphs.clone();
        let Some(span) = &self.span else {
            return (glyphs, text);
        };
        for glyph in &mut glyphs {
            glyph.text_range = 0..span.len();
        }
        (glyphs, span)
    }

    /// The glyphs, each standing for its own text: a text of all of them
    /// and their ranges in it.
    pub fn own_text(&self, text: &str) -> (Vec<KrillaGlyph>, String) {
        let mut own = String::new();
        let mut glyphs = self.glyphs.clone();
        for (at, glyph) in glyphs.iter_mut().enumerate() {
            let mine = self.own(at, text);
            glyph.text_range = own.len()..own.len() + mine.len();
            own.push_str(mine);
        }
        (glyphs, own)
    }
}

/// The pieces `run` of a block whose text is `text` is drawn in, in
/// reading order. `mapped` is told each glyph and its own text as it will
/// be drawn, and says whether the PDF's character map gives it that text
/// (it keeps the first text a glyph is drawn with): a glyph outside a span
/// given another text before (a bracket mirrored right to left) is drawn
/// as a span of its own. Inside a span, readers that read by place read
/// the span's text; readers that read in drawing order read the text it
/// was given first.
pub(super) fn pieces(
    run: &PlacedRun,
    text: &str,
    mut mapped: impl FnMut(GlyphId, &str) -> bool,
) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for piece in first_pieces(run, text) {
        if piece.span.is_some() {
            for (at, glyph) in piece.glyphs.iter().enumerate() {
                mapped(glyph.glyph_id, piece.own(at, text));
            }
            pieces.push(piece);
            continue;
        }
        let empty = || Piece {
            glyphs: Vec::new(),
            parts: Vec::new(),
            span: None,
        };
        let mut plain = empty();
        for (at, glyph) in piece.glyphs.iter().enumerate() {
            let own = piece.own(at, text);
            if mapped(glyph.glyph_id, own) {
                plain.glyphs.push(glyph.clone());
                plain.parts.push(piece.parts[at].clone());
                continue;
            }
            if !plain.glyphs.is_empty() {
                pieces.push(std::mem::replace(&mut plain, empty()));
            }
            let span = if run.rtl {
                own.chars().rev().collect()
            } else {
                own.to_owned()
            };
            pieces.push(Piece {
                glyphs: vec![glyph.clone()],
                parts: vec![piece.parts[at].clone()],
                span: Some(span),
            });
        }
        if !plain.glyphs.is_empty() {
            pieces.push(plain);
        }
    }
    pieces
}

/// What every piece of a run is placed with, found once per run.
struct RunFacts<'a> {
    run: &'a PlacedRun,
    /// Where the pen stands before each glyph, as set.
    set_at: Vec<f32>,
    /// The face's glyph that draws nothing, looked up at the first span.
    end: std::cell::OnceCell<Option<(u32, f32, char)>>,
}

/// [`pieces`], before the character map is consulted.
fn first_pieces(run: &PlacedRun, text: &str) -> Vec<Piece> {
    let facts = RunFacts {
        run,
        set_at: pen_positions(run),
        end: std::cell::OnceCell::new(),
    };
    let order = reading_order(run);
    let words_of = |range: Range<usize>| text.get(range).unwrap_or_default().to_owned();
    if !run.rtl {
        let complex = (run.glyphs.iter())
            .any(|glyph| glyph.advance <= 0.0 || glyph.text != glyph.cluster)
            || order.windows(2).any(|pair| pair[0] > pair[1])
            || (run.glyphs.windows(2)).any(|pair| pair[0].cluster == pair[1].cluster);
        let span = complex.then(|| words_of(extent(run, &order)));
        return vec![Piece::of(&facts, &order, span)];
    }
    // Right to left: a word with a cluster of several characters or glyphs
    // is given whole, backwards; the other glyphs are read one by one.
    let mut pieces = Vec::new();
    let mut plain: Vec<usize> = Vec::new();
    let blank = |at: &usize| {
        let glyph = &run.glyphs[*at];
        text.get(glyph.cluster.clone())
            .is_some_and(|written| written.chars().all(char::is_whitespace))
    };
    // How many glyphs draw each glyph's cluster (they stand side by side).
    let mut shared = vec![1; run.glyphs.len()];
    let mut from = 0;
    while from < run.glyphs.len() {
        let cluster = &run.glyphs[from].cluster;
        let count = (run.glyphs[from..].iter())
            .take_while(|glyph| glyph.cluster == *cluster)
            .count();
        shared[from..from + count].fill(count);
        from += count;
    }
    let turned_alone = |at: &usize| {
        let cluster = &run.glyphs[*at].cluster;
        shared[*at] > 1
            || text
                .get(cluster.clone())
                .is_some_and(|t| t.chars().nth(1).is_some())
    };
    let mut rest = &order[..];
    while !rest.is_empty() {
        let spaces = rest.iter().take_while(|at| blank(at)).count();
        plain.extend_from_slice(&rest[..spaces]);
        rest = &rest[spaces..];
        let letters = rest.iter().take_while(|at| !blank(at)).count();
        let (word, after) = rest.split_at(letters);
        rest = after;
        if !word.iter().any(turned_alone) {
            plain.extend_from_slice(word);
            continue;
        }
        if !plain.is_empty() {
            pieces.push(Piece::of(&facts, &std::mem::take(&mut plain), None));
        }
        let backwards = words_of(extent(run, word)).chars().rev().collect();
        pieces.push(Piece::of(&facts, word, Some(backwards)));
    }
    if !plain.is_empty() {
        pieces.push(Piece::of(&facts, &plain, None));
    }
    pieces
}

/// The bytes of the text the glyphs `chosen` of `run` draw, from the first
/// to the last.
fn extent(run: &PlacedRun, chosen: &[usize]) -> Range<usize> {
    let clusters = chosen.iter().map(|&at| &run.glyphs[at].cluster);
    let start = clusters.clone().map(|cluster| cluster.start).min();
    let end = clusters.map(|cluster| cluster.end).max();
    start.unwrap_or(0)..end.unwrap_or(0)
}

/// The glyphs' indices in reading order: by their cluster's first byte,
/// then their own text's, the glyphs that share both in the order drawn.
fn reading_order(run: &PlacedRun) -> Vec<usize> {
    let mut order: Vec<usize> = (0..run.glyphs.len()).collect();
    order.sort_by_key(|&at| {
        let glyph = &run.glyphs[at];
        (glyph.cluster.start, glyph.text.start)
    });
    order
}

/// A glyph where it is drawn, from the run's start.
struct Placed {
    id: u32,
    /// Where it is drawn, and where the pen stands after it.
    x: f32,
    after: f32,
    y: f32,
    /// How far it reaches from `x` for a reader that reads by place.
    reach: f32,
    text: Range<usize>,
    part: Option<String>,
}

/// Where the pen stands before each glyph of `run`, as set.
fn pen_positions(run: &PlacedRun) -> Vec<f32> {
    let mut pen = 0.0;
    (run.glyphs.iter())
        .map(|glyph| {
            let before = pen;
            pen += glyph.advance;
            before
        })
        .collect()
}

/// A glyph of `run`'s face that draws nothing and takes no room, with how
/// far a reader takes it to reach, and the character it stands for: the
/// face's zero-width joiner (or non-joiner, or space).
fn bookend(run: &PlacedRun) -> Option<(u32, f32, char)> {
    use skrifa::MetadataProvider as _;
    let bytes: &[u8] = (*run.face.bytes).as_ref();
    let font = skrifa::FontRef::from_index(bytes, run.face.index).ok()?;
    let charmap = font.charmap();
    let outlines = font.outline_glyphs();
    let metrics = font.glyph_metrics(
        skrifa::instance::Size::new(run.size),
        skrifa::instance::LocationRef::default(),
    );
    ['\u{200D}', '\u{200C}', '\u{200B}', '\u{2060}']
        .into_iter()
        .find_map(|c| {
            let id = charmap.map(c)?;
            let reach = metrics.advance_width(id).unwrap_or(0.0);
            let blank = outlines.get(id).is_none_or(|outline| {
                let mut pen = Inked(false);
                let settings = skrifa::outline::DrawSettings::unhinted(
                    skrifa::instance::Size::unscaled(),
                    skrifa::instance::LocationRef::default(),
                );
                outline.draw(settings, &mut pen).is_ok() && !pen.0
            });
            (blank && reach.abs() < 0.01 * run.size).then_some((id.to_u32(), reach, c))
        })
}

/// Whether an outline draws anything.
struct Inked(bool);

impl skrifa::outline::OutlinePen for Inked {
    fn move_to(&mut self, _: f32, _: f32) {}
    fn line_to(&mut self, _: f32, _: f32) {
        self.0 = true;
    }
    fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {
        self.0 = true;
    }
    fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {
        self.0 = true;
    }
    fn close(&mut self) {}
}

/// Squares the ends of a span: a reader that reads by place (poppler)
/// places a span's text from where its first glyph starts to where its
/// last one ends, and reads a span that ends well inside its word (a word
/// ending in a vowel sign drawn before its consonant, कि, or in a Thai
/// vowel under its letter; any right-to-left word, read from its right)
/// as a column of its own. A glyph that draws nothing is drawn first where
/// the span starts, and one last where it ends, as the reader goes; so
/// readers that read in drawing order still read the words as written,
/// with a zero-width joiner on each side.
fn square(placed: &mut Vec<Placed>, run: &PlacedRun, (id, reach, c): (u32, f32, char)) {
    let (Some(first), Some(last)) = (placed.first(), placed.last()) else {
        return;
    };
    let left = placed.iter().map(|glyph| glyph.x).fold(f32::MAX, f32::min);
    let right = (placed.iter())
        .map(|glyph| glyph.x + glyph.reach)
        .fold(f32::MIN, f32::max);
    // Read from its start to its end: left to right, or right to left.
    let (start, end) = if run.rtl {
        (right, left)
    } else {
        (left, right)
    };
    let (from, to) = (first.x, last.x + last.reach);
    let slack = 0.1 * run.size;
    let end_cap = |x: f32| Placed {
        id,
        x,
        after: x,
        y: 0.0,
        reach,
        text: 0..0,
        part: Some(c.to_string()),
    };
    if (to - end).abs() > slack {
        placed.push(end_cap(end - reach));
    }
    if (from - start).abs() > slack {
        placed.insert(0, end_cap(start));
    }
}

/// `placed` for krilla: each glyph drawn where it was set, the pen jumping
/// to each in turn from the run's start.
fn krilla_glyphs(placed: &[Placed], size: f32) -> Vec<KrillaGlyph> {
    let mut pen = 0.0;
    (placed.iter())
        .map(|glyph| {
            let x_offset = glyph.x - pen;
            let advance = glyph.after - pen;
            pen = glyph.after;
            KrillaGlyph::new(
                GlyphId::new(glyph.id),
                advance / size,
                x_offset / size,
                -glyph.y / size,
                0.0,
                glyph.text.clone(),
                None,
            )
        })
        .collect()
}
