//! Showing and editing text in every script with egui, which shapes but has
//! no bidirectional algorithm (see `text::bidi`).
//!
//! - Shown text (labels, table cells, slides, the check list): a paragraph
//!   with right-to-left letters is broken into lines here, by measured width,
//!   each line ordered as it is seen; right-to-left paragraphs are set flush
//!   right. Left-to-right text goes to egui untouched.
//! - Edited text: a field holding right-to-left letters is edited as it is
//!   read by `ui::bidi_edit`, which lays it out with parley.

use std::sync::Arc;

use egui::text::{ByteIndex, LayoutJob, LayoutSection, TextWrapping};
use egui::{Color32, FontFamily, FontId, Galley, TextFormat, Ui};

use crate::text::bidi::{Ordering, break_points, has_rtl, is_rtl_paragraph};
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
    if !spans.iter().any(|span| has_rtl(&span.text)) {
        return set_job(ui, spans, width, flush_right, format);
    }
    // Ordering and measuring a long right-to-left text each frame would grow
    // with it; the job is kept while the same text is shown the same way.
    let key = {
        use std::hash::{Hash as _, Hasher as _};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        for span in spans {
            span.text.hash(&mut hasher);
            span.emphasis.hash(&mut hasher);
            format(span.emphasis).hash(&mut hasher);
        }
        width.to_bits().hash(&mut hasher);
        flush_right.hash(&mut hasher);
        hasher.finish()
    };
    let cache_id = egui::Id::unique("carta shown right-to-left text");
    let frame = ui.ctx().cumulative_frame_nr();
    let cache = ui.data_mut(|data| {
        data.get_temp_mut_or_default::<Arc<std::sync::Mutex<ShownCache>>>(cache_id)
            .clone()
    });
    let mut cache = cache
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // What was not shown in the last frames goes.
    if cache.swept != frame {
        cache.swept = frame;
        cache.jobs.retain(|_, (_, used)| *used + 2 >= frame);
    }
    if let Some((job, used)) = cache.jobs.get_mut(&key) {
        *used = frame;
        return job.clone();
    }
    let job = set_job(ui, spans, width, flush_right, format);
    cache.jobs.insert(key, (job.clone(), frame));
    job
}

/// Jobs of shown right-to-left texts, with the frame each was last used in.
#[derive(Default)]
struct ShownCache {
    jobs: std::collections::HashMap<u64, (LayoutJob, u64)>,
    swept: u64,
}

fn set_job(
    ui: &Ui,
    spans: &[Span],
    width: f32,
    flush_right: bool,
    format: &dyn Fn(Emphasis) -> TextFormat,
) -> LayoutJob {
    // Every paragraph break the bidi algorithm knows becomes a line break.
    let spans: Vec<Span> = (spans.iter())
        .map(|span| Span {
            text: span
                .text
                .replace("\r\n", "\n")
                .replace(['\r', '\u{2029}', '\u{2028}', '\u{85}'], "\n"),
            emphasis: span.emphasis,
        })
        .collect();
    let text: String = spans.iter().map(|s| s.text.as_str()).collect();
    let mut job = LayoutJob::default();
    if !has_rtl(&text) {
        job.wrap.max_width = width;
        for span in &spans {
            job.append(&span.text, 0.0, format(span.emphasis));
        }
        return job;
    }
    let mut starts = Vec::with_capacity(spans.len());
    let mut at = 0;
    for span in &spans {
        starts.push((at, span.emphasis));
        at += span.text.len();
    }
    let plain = format(Emphasis::default());
    let mut paragraph_start = 0;
    for (number, paragraph) in text.split('\n').enumerate() {
        if number > 0 {
            job.append("\n", 0.0, plain.clone());
        }
        let setter = Setter {
            ui,
            paragraph,
            offset: paragraph_start,
            ordering: Ordering::new(paragraph),
            starts: &starts,
            format,
        };
        let rtl = is_rtl_paragraph(paragraph);
        for (line_number, line) in setter.wrap(width).into_iter().enumerate() {
            if line_number > 0 {
                job.append("\n", 0.0, plain.clone());
            }
            let inked = line.start..line.start + paragraph[line].trim_end().len();
            let sections = setter.sections(inked);
            let lead = if rtl && flush_right && width.is_finite() {
                (width - setter.width_of(&sections)).max(0.0)
            } else {
                0.0
            };
            for (index, (text, format)) in sections.into_iter().enumerate() {
                section(&mut job, &text, if index == 0 { lead } else { 0.0 }, format);
            }
        }
        paragraph_start += paragraph.len() + 1;
    }
    job
}

/// Adds `text` to `job` as a section of its own. `LayoutJob::append` would
/// merge it into the previous section of the same format, and egui shapes a
/// section as one run: a right-to-left word, the comma after it and the next
/// word would be turned around together.
fn section(job: &mut LayoutJob, text: &str, leading_space: f32, format: TextFormat) {
    let start = job.text.len();
    job.text.push_str(text);
    job.sections.push(LayoutSection {
        leading_space,
        byte_range: ByteIndex(start)..ByteIndex(job.text.len()),
        format,
    });
}

/// Sets one paragraph of shown text: its bidi order, once, and the formats of
/// its emphasis.
struct Setter<'a> {
    ui: &'a Ui,
    paragraph: &'a str,
    /// Where the paragraph starts in the whole text (the spans' coordinates).
    offset: usize,
    ordering: Ordering<'a>,
    /// Where each span starts in the whole text, and its emphasis.
    starts: &'a [(usize, Emphasis)],
    format: &'a dyn Fn(Emphasis) -> TextFormat,
}

impl Setter<'_> {
    /// The bytes `line` of the paragraph as sections, left to right: each
    /// piece of `Ordering::line`, cut where emphasis changes (a right-to-left
    /// word's parts then go right to left).
    fn sections(&self, line: std::ops::Range<usize>) -> Vec<(String, TextFormat)> {
        let mut out = Vec::new();
        for piece in self.ordering.line(line) {
            let forwards = piece.as_written;
            let from = self.offset + piece.source.start;
            let to = self.offset + piece.source.end;
            // Emphasis boundaries inside a piece written forwards.
            let mut cuts: Vec<usize> = (self.starts.iter())
                .map(|(start, _)| *start)
                .filter(|start| forwards && *start > from && *start < to)
                .collect();
            cuts.push(to);
            let mut parts = Vec::new();
            let mut at = from;
            for cut in cuts {
                let text = if forwards {
                    self.paragraph[at - self.offset..cut - self.offset].to_owned()
                } else {
                    piece.text.clone()
                };
                parts.push((text, (self.format)(self.emphasis_at(at))));
                at = cut;
            }
            if piece.rtl {
                parts.reverse();
            }
            out.extend(parts);
        }
        out
    }

    fn emphasis_at(&self, byte: usize) -> Emphasis {
        let index = self.starts.partition_point(|(start, _)| *start <= byte);
        self.starts[index.saturating_sub(1)].1
    }

    /// How wide `sections` are, set on one line.
    fn width_of(&self, sections: &[(String, TextFormat)]) -> f32 {
        let mut job = LayoutJob::default();
        for (text, format) in sections {
            section(&mut job, text, 0.0, format.clone());
        }
        job.wrap = TextWrapping::no_max_width();
        job.keep_trailing_whitespace = true;
        self.ui.fonts_mut(|fonts| fonts.layout_job(job)).size().x
    }

    /// The paragraph's lines as byte ranges: as many words on each as fit
    /// `width`. Each word is set once per frame (egui keeps its layout from
    /// frame to frame), so a long paragraph costs a pass over its words, not
    /// its lines times its words.
    fn wrap(&self, width: f32) -> Vec<std::ops::Range<usize>> {
        let paragraph = self.paragraph;
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
            let inked_end = word_start + word.trim_end().len();
            let inked = self.width_of(&self.sections(word_start..inked_end));
            if line_width + inked > width && word_start > start {
                lines.push(start..word_start);
                start = word_start;
                line_width = 0.0;
            }
            let spaces = if inked_end < end {
                self.width_of(&self.sections(inked_end..end))
            } else {
                0.0
            };
            line_width += inked + spaces;
            word_start = end;
        }
        lines.push(start..paragraph.len());
        lines
    }
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

/// The body text's size in the family of what the officer writes.
pub fn body_content_font(ui: &Ui) -> FontId {
    super::fonts::content_font(egui::TextStyle::Body.resolve(ui.style()).size)
}

/// A label for text an officer wrote: right-to-left paragraphs ordered and
/// set flush right; anything else as `ui.label` shows it.
pub fn label(ui: &mut Ui, text: &str) -> egui::Response {
    let size = egui::TextStyle::Body.resolve(ui.style()).size;
    sized_label(ui, text, size)
}

/// [`label`] at `size` points.
pub fn sized_label(ui: &mut Ui, text: &str, size: f32) -> egui::Response {
    let font = super::fonts::content_font(size);
    if !has_rtl(text) {
        return ui.add(egui::Label::new(egui::RichText::new(text).font(font)).wrap());
    }
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

/// Text an officer wrote with Markdown's marks (`*INDH*`, `**now**`,
/// `- an item`), shown as it reads: emphasis in italic or bold, items with a
/// bullet, blank lines as space, every script ordered; never the marks.
pub fn marked_label(ui: &mut Ui, text: &str) {
    let size = egui::TextStyle::Body.resolve(ui.style()).size;
    let color = ui.visuals().text_color();
    let width = ui.available_width();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            ui.add_space(size * 0.4);
            continue;
        }
        let line = match trimmed.strip_prefix("- ").or(trimmed.strip_prefix("* ")) {
            Some(item) => format!("• {item}"),
            None => line.to_owned(),
        };
        let spans = crate::text::inline::spans(&line);
        let galley = display_galley(ui, &spans, width, is_rtl_paragraph(&line), &|emphasis| {
            TextFormat::simple(FontId::new(size, slide_family(emphasis)), color)
        });
        ui.label(galley);
    }
}

/// A one-line, truncated label for a table cell; right-to-left text ordered.
pub fn cell(ui: &mut Ui, text: &str) -> egui::Response {
    let font = body_content_font(ui);
    if !has_rtl(text) {
        let text = egui::RichText::new(text).font(font);
        return ui.add(egui::Label::new(text).truncate().selectable(false));
    }
    let color = ui.visuals().text_color();
    let job = line_job(ui, text, &font, color, ui.available_width());
    let label = egui::Label::new(job).truncate().selectable(false);
    if is_rtl_paragraph(text) {
        // A right-to-left title starts at the cell's right edge.
        let layout = egui::Layout::right_to_left(egui::Align::Center);
        ui.with_layout(layout, |ui| ui.add(label)).inner
    } else {
        ui.add(label)
    }
}

/// `line` cut where it stops fitting `width`, in reading order, with "…":
/// a right-to-left title keeps its first words, which are at its right.
fn fit(ui: &Ui, line: &str, width: f32, format: &TextFormat) -> String {
    let starts = [(0, Emphasis::default())];
    let plain = |_: Emphasis| format.clone();
    let setter = Setter {
        ui,
        paragraph: line,
        offset: 0,
        ordering: Ordering::new(line),
        starts: &starts,
        format: &plain,
    };
    let whole = setter.width_of(&setter.sections(0..line.len()));
    if !width.is_finite() || whole <= width {
        return line.to_owned();
    }
    let ellipsis = setter.width_of(&[("…".to_owned(), format.clone())]);
    match setter.wrap((width - ellipsis).max(1.0)).first() {
        Some(first) => format!("{}…", line[first.clone()].trim_end()),
        None => line.to_owned(),
    }
}

/// `text` ready for any widget (a link, a button): one line,
/// right-to-left runs ordered; as written when it has none.
pub fn shown(ui: &Ui, text: &str, color: Color32) -> egui::WidgetText {
    let font = body_content_font(ui);
    if !has_rtl(text) {
        return egui::RichText::new(text).font(font).into();
    }
    line_job(ui, text, &font, color, f32::INFINITY).into()
}

/// `text` in the body font and `color`, wrapped at `width`: right-to-left
/// paragraphs ordered line by line and set flush right; anything else as
/// egui wraps it.
pub fn wrapped(ui: &Ui, text: &str, color: Color32, width: f32) -> egui::WidgetText {
    let font = body_content_font(ui);
    if !has_rtl(text) {
        return egui::RichText::new(text).font(font).into();
    }
    let spans = [Span {
        text: text.to_owned(),
        emphasis: crate::text::fonts::Emphasis::default(),
    }];
    let flush_right = is_rtl_paragraph(text);
    display_galley(ui, &spans, width, flush_right, &|_| {
        TextFormat::simple(font.clone(), color)
    })
    .into()
}

/// One line of `text` in `font` and `color`, ordered as it is seen; a
/// right-to-left one cut in reading order to fit `width`, others left for
/// the caller to cut or place.
pub fn line_job(ui: &Ui, text: &str, font: &FontId, color: Color32, width: f32) -> LayoutJob {
    let format = TextFormat::simple(font.clone(), color);
    let line = text.replace('\n', " ");
    let line = if has_rtl(&line) {
        fit(ui, &line, width, &format)
    } else {
        line
    };
    let spans = [Span {
        text: line,
        emphasis: Emphasis::default(),
    }];
    display_job(ui, &spans, f32::INFINITY, false, &|_| format.clone())
}
