//! The deck as it is shown: the profile's parts, each whole from the model
//! (`model::slides::whole_slides`), flowed onto slides of a given shape by
//! measuring their text. The screen (`ui::present`, egui's fonts) and the
//! handout (`export::pdf`, the same faces set by parley) both lay out with
//! this one engine, each measuring with the renderer that draws; so what is
//! measured is what is shown, on a 4:3 projector as in the PDF.
//! Knows nothing of egui or of files.

mod chart;
mod flow;
mod pictures;

pub use chart::chart_for;
pub use flow::{
    BULLET_DROP, BULLET_INDENT, BULLET_RADIUS, FOOT_ROOM, Geometry, HEADING_GAP, HEADING_SIZE,
    LINE_GAP, MARGIN, Measure, TEXT_SIZE, flow,
};
pub use pictures::{LOGO_CARD_PAD, LOGO_GAP, VEIL, cover_crop, logo_place};
