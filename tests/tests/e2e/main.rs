//! End-to-end tests of the built app (`dist/`, `dist-atlas/`) in headless Chromium.
//! Build first: `trunk build --release` (the README's test command does everything).

mod bundles;
mod chart;
mod chips;
mod companies;
mod focus;
mod foundation;
mod hardening;
mod inputs;
mod language;
mod layout;
mod models;
mod prerender;
mod reader;
mod scale;
mod search;
mod sources;
mod timeline;
mod typing;
