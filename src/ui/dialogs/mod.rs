//! The modal windows. Each is a function from what it shows to the officer's
//! choice: it draws, and returns `Some(choice)` on the frame the officer
//! decides. None of them loads, saves or deletes anything; the app acts on
//! the choice after the frame.

mod alert;
mod conflict;
mod help;
mod import_report;
mod overwrite;
mod paste_page;
mod path_entry;
mod restore;
mod together;
mod unsaved;

pub use alert::{Alert, alert_ui};
pub use conflict::{ConflictChoice, conflict_ui};
pub use help::{Help, Places, guide_text, help_ui};
pub use import_report::{ImportReport, SuggestionRow, import_report_ui};
pub use overwrite::overwrite_ui;
pub use paste_page::{PastePage, PastePageChoice, paste_page_ui};
pub use path_entry::{PathEntry, PathEntryChoice, Purpose, path_entry_ui};
pub use restore::restore_offer_ui;
pub use together::{
    Comparison, ComparisonChoice, HistoryChoice, HistoryView, MergeChoice, MergeView, Offer,
    RowHeights, VersionRow, comparison_ui, history_ui, lazy_rows, merge_ui,
};
pub use unsaved::{UnsavedChoice, unsaved_ui};

use egui::Id;

/// A modal window with room around its text.
pub fn modal(ctx: &egui::Context, id: &str) -> egui::Modal {
    let frame = egui::Frame::popup(&ctx.global_style()).inner_margin(egui::Margin::same(20));
    egui::Modal::new(Id::unique(id)).frame(frame)
}
