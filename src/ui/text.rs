//! Showing and editing text in every script with egui, which shapes but has
//! no bidirectional algorithm (see `text::bidi`).
//!
//! - Shown text (labels, table cells, slides, the check list): a paragraph
//!   with right-to-left letters is broken into lines here, by measured width,
//!   each line ordered as it is seen; right-to-left paragraphs are set flush
//!   right. Left-to-right text goes to egui untouched.
//! - Edited text: egui's cursor walks the glyphs of a row left to right, one
//!   per character, so a right-to-left word shaped as a whole puts clicks and
//!   typing in the wrong place. A field holding right-to-left letters is
//!   therefore laid out one grapheme at a time in the order it is written
//!   (letters unjoined, the cursor exactly where the officer clicks), with
//!   the text as it reads shown under the field (`reading_preview`).

use std::sync::Arc;

use egui::text::{ByteIndex, LayoutJob, LayoutSection, TextWrapping};
use egui::{Color32, FontFamily, FontId, Galley, TextFormat, Ui};
use unicode_segmentation::UnicodeSegmentation as _;

use crate::text::bidi::{break_points, has_rtl, is_rtl_paragraph, visual_pieces};
use crate::text::fonts::Emphasis;
use crate::text::inline::Span;

/// The family of slide text at `emphasis`: the system's body face in that
/// weight and slant (see `ui::fonts`).
pub fn slide_family(emphasis: Emphasis) -> FontFamily {
    FontFamily::Name(
        match (emphasis.strong, emphasis.italic) {
            (false, false) => super::fonts::SLIDE,
            (true, false) => super::fonts::SLIDE_STRONG,
            (false, true) => super::fonts::SLIDE_ITALIC,
            (true, true) => super::fonts::SLIDE_STRONG_ITALIC,
        }
        .into(),
    )
}

/// A job showing `spans`, wrapped at `width` (infinite: one line per
/// paragraph), each piece in the format `format` gives its emphasis.
/// `flush_right`: right-to-left lines end at `width` (else they start at 0,
/// for text centred as a block).
pub fn display_job(
    ui: &Ui,
    spans: &[Span],
    width: f32,
    flush_right: bool,
    format: &dyn Fn(Emphasis) -> TextFormat,
) -> LayoutJob {
    let text: String = spans.iter().map(|s| s.text.as_str()).collect();
    let mut job = LayoutJob::default();
    if !has_rtl(&text) {
        job.wrap.max_width = width;
        for span in spans {
            job.append(&span.text, 0.0, format(span.emphasis));
        }
        return job;
    }
    // Where each span starts in `text`, to give a piece its span's format.
    let mut starts = Vec::with_capacity(spans.len());
    let mut at = 0;
    for span in spans {
        starts.push((at, span.emphasis));
        at += span.text.len();
    }
    let emphasis_at = |byte: usize| {
        let index = starts.partition_point(|(start, _)| *start <= byte);
        starts[index.saturating_sub(1)].1
    };
    let plain = format(Emphasis::default());
    let mut paragraph_start = 0;
    for (number, paragraph) in text.split('\n').enumerate() {
        if number > 0 {
            job.append("\n", 0.0, plain.clone());
        }
        let rtl = is_rtl_paragraph(paragraph);
        let lines = wrap(ui, paragraph, width, &|_| plain.clone());
        for (line_number, line) in lines.iter().enumerate() {
            if line_number > 0 {
                job.append("\n", 0.0, plain.clone());
            }
            let line_text = paragraph[line.clone()].trim_end();
            let pieces = visual_pieces(line_text);
            let lead = if rtl && flush_right && width.is_finite() {
                (width - measure(ui, line_text, &|_| plain.clone())).max(0.0)
            } else {
                0.0
            };
            for (index, piece) in pieces.iter().enumerate() {
                let byte = paragraph_start + line.start + piece.source.start;
                let leading = if index == 0 { lead } else { 0.0 };
                job.append(&piece.text, leading, format(emphasis_at(byte)));
            }
        }
        paragraph_start += paragraph.len() + 1;
    }
    job
}

/// The width `line` takes when shown.
fn measure(ui: &Ui, line: &str, format: &dyn Fn(Emphasis) -> TextFormat) -> f32 {
    let mut job = LayoutJob::default();
    for piece in visual_pieces(line) {
        job.append(&piece.text, 0.0, format(Emphasis::default()));
    }
    job.wrap = TextWrapping::no_max_width();
    job.keep_trailing_whitespace = true;
    ui.fonts_mut(|fonts| fonts.layout_job(job)).size().x
}

/// The lines of `paragraph` as byte ranges: as many words on each as fit
/// `width`. Each word is measured once (egui keeps its layout from frame to
/// frame), so a long paragraph costs a pass over its words, not its lines
/// times its words.
fn wrap(
    ui: &Ui,
    paragraph: &str,
    width: f32,
    format: &dyn Fn(Emphasis) -> TextFormat,
) -> Vec<std::ops::Range<usize>> {
    if !width.is_finite() {
        return std::iter::once(0..paragraph.len()).collect();
    }
    let mut lines = Vec::new();
    let mut start = 0;
    let mut word_start = 0;
    let mut line_width = 0.0;
    let mut points = break_points(paragraph);
    points.push(paragraph.len());
    for end in points {
        // A word and the spaces after it; the spaces do not count at a line's end.
        let word = &paragraph[word_start..end];
        let inked = measure(ui, word.trim_end(), format);
        if line_width + inked > width && word_start > start {
            lines.push(start..word_start);
            start = word_start;
            line_width = 0.0;
        }
        line_width += measure(ui, word, format);
        word_start = end;
    }
    lines.push(start..paragraph.len());
    lines
}

/// A galley showing `text` (Markdown emphasis applied) at `size` in `family`s.
pub fn display_galley(
    ui: &Ui,
    spans: &[Span],
    width: f32,
    flush_right: bool,
    format: &dyn Fn(Emphasis) -> TextFormat,
) -> Arc<Galley> {
    let job = display_job(ui, spans, width, flush_right, format);
    ui.fonts_mut(|fonts| fonts.layout_job(job))
}

/// A label for text an officer wrote: right-to-left paragraphs ordered and
/// set flush right; anything else as `ui.label` shows it.
pub fn label(ui: &mut Ui, text: &str) -> egui::Response {
    let size = egui::TextStyle::Body.resolve(ui.style()).size;
    sized_label(ui, text, size)
}

/// [`label`] at `size` points.
pub fn sized_label(ui: &mut Ui, text: &str, size: f32) -> egui::Response {
    if !has_rtl(text) {
        return ui.add(egui::Label::new(egui::RichText::new(text).size(size)).wrap());
    }
    let font = FontId::proportional(size);
    let color = ui.visuals().text_color();
    let spans = [Span {
        text: text.to_owned(),
        emphasis: Emphasis::default(),
    }];
    let width = ui.available_width();
    let galley = display_galley(ui, &spans, width, true, &|_| {
        TextFormat::simple(font.clone(), color)
    });
    ui.label(galley)
}

/// A one-line, truncated label for a table cell; right-to-left text ordered.
pub fn cell(ui: &mut Ui, text: &str) -> egui::Response {
    if !has_rtl(text) {
        return ui.add(egui::Label::new(text).truncate().selectable(false));
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let spans = [Span {
        text: text.replace('\n', " "),
        emphasis: Emphasis::default(),
    }];
    let job = display_job(ui, &spans, f32::INFINITY, false, &|_| {
        TextFormat::simple(font.clone(), color)
    });
    ui.add(egui::Label::new(job).truncate().selectable(false))
}

/// The layout of an edit field holding `text`: egui's own for text written
/// left to right; for text with right-to-left letters, one grapheme per
/// section in written order, so that every click and keystroke lands where
/// the cursor is drawn.
pub fn edit_job(text: &str, font: FontId, color: Color32, wrap_width: f32) -> LayoutJob {
    let format = TextFormat::simple(font, color);
    if !has_rtl(text) {
        let mut job = LayoutJob::simple_format(text.to_owned(), format);
        job.wrap.max_width = wrap_width;
        return job;
    }
    let mut job = LayoutJob {
        text: text.to_owned(),
        wrap: TextWrapping {
            max_width: wrap_width,
            ..Default::default()
        },
        ..Default::default()
    };
    for (start, grapheme) in text.grapheme_indices(true) {
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: ByteIndex(start)..ByteIndex(start + grapheme.len()),
            format: format.clone(),
        });
    }
    job
}

/// Under a field holding right-to-left letters: the text as it reads, in
/// order, joined, flush right; nothing for other text.
pub fn reading_preview(ui: &mut Ui, text: &str) {
    if has_rtl(text) {
        let words = super::language(ui.ctx());
        ui.label(
            egui::RichText::new(crate::tr!(words, "rtl-preview"))
                .small()
                .weak(),
        );
        label(ui, text);
    }
}

/// A layouter for an edit field holding right-to-left letters (see
/// [`edit_job`]); give it to `TextEdit::layouter` only when the text has them.
pub fn rtl_layouter(multiline: bool) -> impl FnMut(&Ui, &dyn egui::TextBuffer, f32) -> Arc<Galley> {
    move |ui: &Ui, text: &dyn egui::TextBuffer, wrap_width: f32| {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let color = (ui.visuals().override_text_color)
            .unwrap_or_else(|| ui.visuals().widgets.inactive.text_color());
        let width = if multiline { wrap_width } else { f32::INFINITY };
        let mut job = edit_job(text.as_str(), font, color, width);
        job.keep_trailing_whitespace = true;
        ui.fonts_mut(|fonts| fonts.layout_job(job))
    }
}

/// `text` ready for any widget (a link, a button): one line per paragraph,
/// right-to-left runs ordered; as written when it has none.
pub fn shown(ui: &Ui, text: &str, color: Color32) -> egui::WidgetText {
    if !has_rtl(text) {
        return text.into();
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let spans = [Span {
        text: text.to_owned(),
        emphasis: Emphasis::default(),
    }];
    display_job(ui, &spans, f32::INFINITY, false, &|_| {
        TextFormat::simple(font.clone(), color)
    })
    .into()
}

/// One line of `text` in `font` and `color`, ordered as it is seen; for a
/// job the caller cuts or places itself.
pub fn line_job(ui: &Ui, text: &str, font: &FontId, color: Color32) -> LayoutJob {
    let spans = [Span {
        text: text.replace('\n', " "),
        emphasis: Emphasis::default(),
    }];
    display_job(ui, &spans, f32::INFINITY, false, &|_| {
        TextFormat::simple(font.clone(), color)
    })
}
