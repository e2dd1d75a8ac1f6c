//! Text as every city writes it, for each surface that draws it (the window,
//! the slides, the PDF): which fonts the computer has for each script, which
//! way a line runs, which words are emphasised, and print layout. Knows
//! nothing of egui or of files.

pub mod bidi;
pub mod fonts;
pub mod inline;
pub mod layout;
pub mod script;
