//! Carta: keep, check and present a Human Rights City profile and its program catalogue.

// User data must never be able to panic the app: no unwrap or expect outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod chart;
pub mod compare;
pub mod deck;
pub mod export;
pub mod i18n;
pub mod import;
pub mod library;
pub mod model;
pub mod sheets;
pub mod store;
pub mod text;
pub mod ui;
