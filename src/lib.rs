//! Carta: keep, check and present a Human Rights City profile and its program catalogue.

pub mod app;
pub mod export;
pub mod import;
pub mod model;
pub mod store;
pub mod ui;
