//! The slides' text measured with egui's fonts, for the one layout engine
//! (`deck::flow`): the geometry here is the one `present` draws with, so what
//! is measured is what is shown.

use egui::{FontId, Ui, Vec2};

use crate::deck::{self, Geometry, Measure};
use crate::i18n::Language;
use crate::model::slides::Slide;

/// Measures as `present` draws: the slide face, emphasis and bidi included.
struct Screen<'a> {
    ui: &'a Ui,
}

impl Measure for Screen<'_> {
    fn height(&self, text: &str, size: f32, width: f32) -> f32 {
        let galley = super::present::layout(self.ui, text, size, egui::Color32::WHITE, width);
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
