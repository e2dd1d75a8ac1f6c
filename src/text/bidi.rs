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
/// shaper, the bytes of the paragraph it comes from, and whether the shaper
/// will set it right to left (a right-to-left word, written forwards).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub source: Range<usize>,
    pub rtl: bool,
    /// `text` is the source as written (not mirrored).
    pub as_written: bool,
}

/// A paragraph's bidi levels, worked out once for all its lines: a line's
/// direction comes from its paragraph, not from its own first letter.
pub struct Ordering<'a> {
    info: BidiInfo<'a>,
}

impl<'a> Ordering<'a> {
    pub fn new(paragraph: &'a str) -> Self {
        Self {
            info: BidiInfo::new(paragraph, None),
        }
    }

    /// The pieces of the bytes `line` of the paragraph, left to right.
    pub fn line(&self, line: Range<usize>) -> Vec<Piece> {
        let text = self.info.text;
        let Some(paragraph) = (self.info.paragraphs.iter())
            .find(|p| p.range.contains(&line.start))
            .or(self.info.paragraphs.last())
        else {
            return Vec::new();
        };
        // A line never crosses a paragraph separator of the algorithm's own.
        let line = line.start..line.end.min(paragraph.range.end).max(line.start);
        if line.is_empty() {
            return Vec::new();
        }
        let (levels, runs) = self.info.visual_runs(paragraph, line);
        let mut pieces = Vec::new();
        for run in runs {
            let level: Level = levels[run.start];
            if level.is_ltr() {
                ltr_run_pieces(text, run, &mut pieces);
            } else {
                rtl_run_pieces(text, run, &mut pieces);
            }
        }
        pieces
    }
}

/// Is `c` in a script the shaper sets right to left? Such characters can sit
/// in a left-to-right run (Arabic-Indic digits, an Arabic full stop), and the
/// shaper would turn them around.
fn shaped_right_to_left(c: char) -> bool {
    use unicode_script::{Script, UnicodeScript as _};
    matches!(
        c.script(),
        Script::Arabic
            | Script::Hebrew
            | Script::Syriac
            | Script::Thaana
            | Script::Nko
            | Script::Samaritan
            | Script::Mandaic
            | Script::Adlam
            | Script::Hanifi_Rohingya
    )
}

/// A left-to-right run as it is, but for characters the shaper would turn
/// around, which go one grapheme at a time.
fn ltr_run_pieces(text: &str, run: Range<usize>, out: &mut Vec<Piece>) {
    let mut whole_from = run.start;
    for (offset, grapheme) in text[run.clone()].grapheme_indices(true) {
        let start = run.start + offset;
        if grapheme.chars().next().is_some_and(shaped_right_to_left) {
            if whole_from < start {
                out.push(forwards(text, whole_from..start, false));
            }
            out.push(forwards(text, start..start + grapheme.len(), false));
            whole_from = start + grapheme.len();
        }
    }
    if whole_from < run.end {
        out.push(forwards(text, whole_from..run.end, false));
    }
}

fn forwards(text: &str, range: Range<usize>, rtl: bool) -> Piece {
    Piece {
        text: text[range.clone()].to_owned(),
        source: range,
        rtl,
        as_written: true,
    }
}

/// A right-to-left run as seen: its words in reverse order, each written
/// forwards (the shaper sets it right to left and joins its letters); what
/// lies between words one grapheme at a time, in reverse order and mirrored,
/// so neither the shaper nor a flag emoji is turned around.
fn rtl_run_pieces(text: &str, run: Range<usize>, out: &mut Vec<Piece>) {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut word: Option<Range<usize>> = None;
    for (offset, grapheme) in text[run.clone()].grapheme_indices(true) {
        let start = run.start + offset;
        let end = start + grapheme.len();
        let is_word = grapheme
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '\u{0640}');
        if is_word {
            word = Some(word.map_or(start..end, |w| w.start..end));
            continue;
        }
        if let Some(range) = word.take() {
            pieces.push(forwards(text, range, true));
        }
        let mirrored: String = grapheme
            .chars()
            .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c))
            .collect();
        pieces.push(Piece {
            as_written: mirrored == grapheme,
            text: mirrored,
            source: start..end,
            rtl: false,
        });
    }
    if let Some(range) = word {
        pieces.push(forwards(text, range, true));
    }
    out.extend(pieces.into_iter().rev());
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

    /// The pieces of `line` alone, left to right.
    fn visual_pieces(line: &str) -> Vec<Piece> {
        Ordering::new(line).line(0..line.len())
    }

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
        assert_eq!(pieces, ["(", "تطوان", ")", " ", "مدينة"]);
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
    fn arabic_indic_digits_keep_their_order() {
        // "since ٢٠٢٢": each digit its own piece, so the shaper cannot turn the year.
        let pieces = seen("منذ ٢٠٢٢");
        assert_eq!(pieces, ["٢", "٠", "٢", "٢", " ", "منذ"]);
    }

    #[test]
    fn a_wrapped_line_keeps_its_paragraphs_direction() {
        // The second line starts with Latin letters, yet belongs to an Arabic paragraph.
        let paragraph = "برنامج للمدن UNESCO الشاملة";
        let second = paragraph.find("UNESCO").unwrap()..paragraph.len();
        let pieces: Vec<String> = (Ordering::new(paragraph).line(second))
            .into_iter()
            .map(|p| p.text)
            .collect();
        assert_eq!(pieces, ["الشاملة", " ", "UNESCO"]);
    }

    #[test]
    fn flags_between_right_to_left_words_stay_whole() {
        let pieces = seen("مدينة 🇲🇦 تطوان");
        assert!(pieces.contains(&"🇲🇦".to_owned()), "{pieces:?}");
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
