//! One module per view, plus the entity pages.

pub mod article;
pub mod companies;
pub mod entity;
pub mod models;
pub mod not_found;
pub mod overview;
pub mod timeline;

use leptos::prelude::*;

/// Sets the document title for the current view.
pub fn set_title(title: impl Fn() -> String + Send + Sync + 'static) {
    Effect::new(move |_| {
        if let Some(document) = crate::browser_window().and_then(|w| w.document()) {
            document.set_title(&format!("{} · China AI Atlas", title()));
        }
    });
}

/// Adds a value to a facet selection, or removes it if present.
pub fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}
