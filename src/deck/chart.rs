//! A chart slide's figure sized for the room under its heading: made at a
//! page's size (its type as in the annual report) and scaled up to fill the
//! room, so the screen and the handout draw the same chart, only larger or
//! smaller.

use crate::chart::{Chart, figure_chart};
use crate::i18n::Language;
use crate::model::slides::Figure;

/// The width a slide's chart is made at, in points: its type then reads
/// from the back of a room once scaled to the slide.
const MADE_WIDTH: f32 = 480.0;
/// The height an indicator's chart is made at.
const MADE_HEIGHT: f32 = 190.0;

/// `figure` as a chart, and the scale at which it fills `room` (width,
/// height) without spilling out of it.
pub fn chart_for(figure: &Figure, words: Language, room: (f32, f32)) -> (Chart, f32) {
    let chart = figure_chart(figure, words, MADE_WIDTH, MADE_HEIGHT);
    let scale = (room.0 / chart.width).min(room.1 / chart.height.max(1.0));
    (chart, scale.max(0.01))
}
