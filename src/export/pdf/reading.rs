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
//!   so is each right-to-left cluster of several characters or glyphs
//!   (lam-alef, a letter and its vowel mark), whose text is given backwards
//!   because such readers turn right-to-left text around letter by letter.
//!
//! Each piece is its own marked content with at most one span, at its end:
//! poppler's structure reader stops a marked content at the first span's end.

use std::ops::Range;

use krilla::text::{GlyphId, KrillaGlyph};

use crate::text::layout::{Block, PlacedGlyph, PlacedRun};

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
    /// The glyphs, in reading order, each where it was set and with its
    /// own characters in the block's text.
    pub glyphs: Vec<KrillaGlyph>,
    /// The piece's text as an actual text span gives it, if it needs one.
    pub span: Option<String>,
}

impl Piece {
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
}

/// The pieces `run` of a block whose text is `text` is drawn in, in
/// reading order.
pub(super) fn pieces(run: &PlacedRun, text: &str) -> Vec<Piece> {
    let order = reading_order(run);
    let words_of = |range: Range<usize>| text.get(range).unwrap_or_default().to_owned();
    if !run.rtl {
        let complex = run.glyphs.iter().any(|glyph| glyph.advance <= 0.0)
            || order.windows(2).any(|pair| pair[0] > pair[1])
            || (run.glyphs.windows(2)).any(|pair| pair[0].cluster == pair[1].cluster);
        return vec![Piece {
            glyphs: positioned(run, &order),
            span: complex.then(|| words_of(extent(run, &order))),
        }];
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
        let several = word.iter().any(turned_alone);
        if !several {
            plain.extend_from_slice(word);
            continue;
        }
        if !plain.is_empty() {
            pieces.push(Piece {
                glyphs: positioned(run, &std::mem::take(&mut plain)),
                span: None,
            });
        }
        pieces.push(Piece {
            glyphs: positioned(run, word),
            span: Some(words_of(extent(run, word)).chars().rev().collect()),
        });
    }
    if !plain.is_empty() {
        pieces.push(Piece {
            glyphs: positioned(run, &plain),
            span: None,
        });
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

/// The glyphs `chosen` of `run`, in that order, each drawn where it was
/// set: the pen starts at the run's start and jumps to each in turn.
fn positioned(run: &PlacedRun, chosen: &[usize]) -> Vec<KrillaGlyph> {
    let size = run.size;
    let mut pen = 0.0;
    let set_at: Vec<f32> = (run.glyphs.iter())
        .map(|glyph| {
            let before = pen;
            pen += glyph.advance;
            before
        })
        .collect();
    let mut pen = 0.0;
    (chosen.iter())
        .map(|&at| {
            let glyph: &PlacedGlyph = &run.glyphs[at];
            let x_offset = set_at[at] + glyph.x_offset - pen;
            let after = set_at[at] + glyph.advance;
            let advance = after - pen;
            pen = after;
            KrillaGlyph::new(
                GlyphId::new(glyph.id),
                advance / size,
                x_offset / size,
                -glyph.y_offset / size,
                0.0,
                glyph.text.clone(),
                None,
            )
        })
        .collect()
}
