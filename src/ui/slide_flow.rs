//! The slides' text measured with egui's fonts, for the one layout engine
//! (`deck::flow`): the geometry here is the one `present` draws with, so what
//! is measured is what is shown. The slides' text layout itself lives here
//! too, so `present` uses this module and never the other way round.

use egui::{Color32, FontId, Ui, Vec2};

use crate::deck::{self, Geometry, Measure};
use crate::i18n::Language;
use crate::model::slides::Slide;

/// Measures as `present` draws: the slide face, emphasis and bidi included.
struct Screen<'a> {
    ui: &'a Ui,
}

impl Measure for Screen<'_> {
    fn height(&self, text: &str, size: f32, width: f32) -> f32 {
        let galley = layout(self.ui, text, size, egui::Color32::WHITE, width);
        galley.size().y
    }

    fn rows(&self, text: &str, size: f32, width: f32) -> Vec<(usize, f32)> {
        let shown = crate::text::inline::plain(text);
        let job = egui::text::LayoutJob::simple(
            shown.clone(),
            FontId::new(size, super::text::slide_family(Default::default())),
            egui::Color32::WHITE,
            width,
        );
        let galley = self.ui.fonts_mut(|fonts| fonts.layout_job(job));
        // Rows count characters; the flow cuts by bytes.
        let starts: Vec<usize> = shown.char_indices().map(|(at, _)| at).collect();
        let mut taken = 0;
        let mut rows = Vec::with_capacity(galley.rows.len());
        for row in &galley.rows {
            taken += row.char_count_including_newline().0;
            let end = starts.get(taken).copied().unwrap_or(shown.len());
            rows.push((end, row.max_y()));
        }
        rows
    }
}

/// The slides of `whole` for a window of `size`, each with the place in
/// `whole` it comes from.
pub fn flow(ui: &Ui, whole: &[Slide], size: Vec2, words: Language) -> Vec<(usize, Slide)> {
    deck::flow(&Screen { ui }, whole, Geometry::of(size.x, size.y), words)
}

/// `text` laid out with each row centred on x = 0 (drawn at the centre).
pub(super) fn centered_galley(
    ui: &Ui,
    text: &str,
    size: f32,
    color: Color32,
    width: f32,
) -> std::sync::Arc<egui::Galley> {
    let mut job = slide_job(ui, text, size, color, width, false);
    job.halign = egui::Align::Center;
    ui.fonts_mut(|fonts| fonts.layout_job(job))
}

/// Lays out slide text in the slide face, with Markdown `*emphasis*` in real
/// italics and `**strong**` in bold, right-to-left paragraphs ordered and
/// flush right.
pub(super) fn layout(
    ui: &Ui,
    text: &str,
    size: f32,
    color: Color32,
    width: f32,
) -> std::sync::Arc<egui::Galley> {
    layout_aligned(ui, text, size, color, width, true)
}

/// [`layout`], right-to-left lines flush right or (for centred text) not.
fn layout_aligned(
    ui: &Ui,
    text: &str,
    size: f32,
    color: Color32,
    width: f32,
    flush_right: bool,
) -> std::sync::Arc<egui::Galley> {
    let job = slide_job(ui, text, size, color, width, flush_right);
    ui.fonts_mut(|fonts| fonts.layout_job(job))
}

/// Slide text as a layout job in the slide face, emphasis and bidi included.
fn slide_job(
    ui: &Ui,
    text: &str,
    size: f32,
    color: Color32,
    width: f32,
    flush_right: bool,
) -> egui::text::LayoutJob {
    let spans = crate::text::inline::spans(text);
    super::text::display_job(ui, &spans, width, flush_right, &|emphasis| {
        egui::TextFormat {
            font_id: FontId::new(size, super::text::slide_family(emphasis)),
            color,
            ..Default::default()
        }
    })
}
