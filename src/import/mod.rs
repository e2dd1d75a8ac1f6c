//! Reading the campaign's published profile pages into a document.

mod campaign;
pub mod labels;

pub use campaign::{ImportReport, Note, import_bytes, import_text};
