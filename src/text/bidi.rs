//! Right-to-left text for a shaper that only knows left to right.
//!
//! egui shapes each run of one font with the direction of its script, but
//! places runs left to right in the order they are written, and knows nothing
//! of the Unicode Bidirectional Algorithm. So Carta orders a line itself
//! (`unicode-bidi`), and hands the shaper pieces in the order they are *seen*:
//! each right-to-left word whole (the shaper mirrors its letters and joins
//! them), the spaces and punctuation between such words reversed and mirrored
//! here, and left-to-right runs as they are.

use std::ops::Range;

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};
use unicode_segmentation::UnicodeSegmentation as _;

/// Does `text` hold any right-to-left letter (Hebrew, Arabic, Syriac, Thaana…)?
pub fn has_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
}

/// Is a paragraph starting with `text` right to left? Its first strong letter
/// decides (rules P2 and P3); a paragraph with none is left to right.
pub fn is_rtl_paragraph(text: &str) -> bool {
    text.chars()
        .find_map(|c| match bidi_class(c) {
            BidiClass::L => Some(false),
            BidiClass::R | BidiClass::AL => Some(true),
            _ => None,
        })
        .unwrap_or(false)
}

/// A piece of a line in the order it is seen, left to right: text for the
/// shaper, and the bytes of the line it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub source: Range<usize>,
}

/// The pieces of one line (no line breaks inside), left to right.
pub fn visual_pieces(line: &str) -> Vec<Piece> {
    if line.is_empty() {
        return Vec::new();
    }
    let info = BidiInfo::new(line, None);
    let Some(paragraph) = info.paragraphs.first() else {
        return vec![whole(line)];
    };
    let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
    let mut pieces = Vec::new();
    for run in runs {
        let level: Level = levels[run.start];
        if level.is_ltr() {
            pieces.push(Piece {
                text: line[run.clone()].to_owned(),
                source: run,
            });
        } else {
            pieces.extend(rtl_run_pieces(line, run));
        }
    }
    pieces
}

fn whole(line: &str) -> Piece {
    Piece {
        text: line.to_owned(),
        source: 0..line.len(),
    }
}

/// A right-to-left run as seen: its words in reverse order, each written
/// forwards (the shaper turns it); what lies between words reversed and
/// mirrored, because the shaper would set it left to right.
fn rtl_run_pieces(line: &str, run: Range<usize>) -> Vec<Piece> {
    let text = &line[run.clone()];
    let mut segments: Vec<(Range<usize>, bool)> = Vec::new();
    for (offset, grapheme) in text.grapheme_indices(true) {
        let is_word = grapheme
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '\u{0640}');
        let start = run.start + offset;
        let end = start + grapheme.len();
        match segments.last_mut() {
            Some((range, word)) if *word == is_word => range.end = end,
            _ => segments.push((start..end, is_word)),
        }
    }
    segments
        .into_iter()
        .rev()
        .map(|(range, is_word)| {
            let text = if is_word {
                line[range.clone()].to_owned()
            } else {
                line[range.clone()]
                    .chars()
                    .rev()
                    .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c))
                    .collect()
            };
            Piece {
                text,
                source: range,
            }
        })
        .collect()
}

/// Where `paragraph` may be broken into lines: after each run of spaces, as
/// byte offsets of the next line's start. Scripts written right to left
/// separate words with spaces.
pub fn break_points(paragraph: &str) -> Vec<usize> {
    let mut points = Vec::new();
    let mut previous_space = false;
    for (index, c) in paragraph.char_indices() {
        let space = c.is_whitespace();
        if previous_space && !space {
            points.push(index);
        }
        previous_space = space;
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(line: &str) -> Vec<String> {
        visual_pieces(line).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn left_to_right_text_is_one_piece() {
        assert_eq!(seen("San Antonio (Chile)"), ["San Antonio (Chile)"]);
        assert!(!has_rtl("Gwangju 광주"));
    }

    #[test]
    fn arabic_words_are_seen_right_to_left_each_whole() {
        // "city of Tetouan": the first word written is the rightmost seen.
        assert_eq!(seen("مدينة تطوان"), ["تطوان", " ", "مدينة"]);
        assert!(is_rtl_paragraph("مدينة تطوان"));
    }

    #[test]
    fn english_inside_arabic_keeps_its_letters_in_order() {
        let pieces = seen("برنامج UNESCO للمدن");
        assert_eq!(pieces, ["للمدن", " ", "UNESCO", " ", "برنامج"]);
    }

    #[test]
    fn brackets_in_a_right_to_left_run_are_mirrored() {
        // "(Tetouan)" in Arabic: written "(" first, seen as ")" at the right.
        let pieces = seen("مدينة (تطوان)");
        assert_eq!(pieces, ["(", "تطوان", ") ", "مدينة"]);
    }

    #[test]
    fn arabic_inside_an_english_paragraph_reads_right_to_left() {
        assert!(!is_rtl_paragraph("Tetouan, مدينة تطوان, Morocco"));
        assert_eq!(
            seen("Tetouan, مدينة تطوان, Morocco"),
            ["Tetouan, ", "تطوان", " ", "مدينة", ", Morocco"]
        );
    }

    #[test]
    fn pieces_cover_the_line_exactly_once() {
        let line = "שלום (Hello) עולם 2030, مرحبا";
        let mut covered: Vec<Range<usize>> =
            visual_pieces(line).into_iter().map(|p| p.source).collect();
        covered.sort_by_key(|r| r.start);
        let mut at = 0;
        for range in covered {
            assert_eq!(range.start, at);
            at = range.end;
        }
        assert_eq!(at, line.len());
    }

    #[test]
    fn breaks_fall_after_spaces() {
        assert_eq!(break_points("ab  cd e"), [4, 7]);
    }
}
