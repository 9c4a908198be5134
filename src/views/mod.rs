//! One module per view, plus the entity pages.

pub mod article;
pub mod chart;
pub mod companies;
pub mod entity;
pub mod models;
pub mod not_found;
pub mod overview;
pub mod timeline;

use leptos::prelude::*;

/// Sets the document title for the current view.
/// The document title, `title` (given whether the edition is Chinese) and the brand, in the
/// reader's language; follows the language switch.
pub fn set_title(title: impl Fn(bool) -> String + Send + Sync + 'static) {
    let zh = crate::widgets::use_zh();
    Effect::new(move |_| {
        let zh = zh.get();
        if let Some(document) = crate::browser_window().and_then(|w| w.document()) {
            document.set_title(&format!("{} · {}", title(zh), crate::i18n::t(zh, "brand")));
        }
    });
}

/// Adds a value to a facet selection, or removes it if present.
pub fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}
