//! Carta's integration tests, in one binary so the GUI stack is linked once.

mod bad_files;
mod campaign;
mod campaign_shapes;
mod catalogue;
mod cli;
mod crash;
#[cfg(unix)]
mod desktop;
mod first_hour;
mod first_minutes;
mod gui;
mod handout;
mod hostile_cli;
mod json_schema;
mod languages;
mod leaks;
mod library;
mod library_window;
mod losses;
mod losses_cli;
mod pictures;
mod platform;
mod present;
mod published_pictures;
mod round_trip;
mod safety;
mod sample;
mod scripts;
mod shell;
mod snapshots;
mod support;
mod together;
mod together_cli;
mod together_window;
mod year_cli;
mod year_window;
