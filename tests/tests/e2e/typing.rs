//! Typing is live: results change with every keystroke, the URL follows at once, and Back
//! pressed mid-typing loses nothing.

use atlas_e2e::{dataset, Browser};
use fantoccini::Locator;

fn expected(query: &str) -> Vec<String> {
    atlas_e2e::model_ids(dataset(), query)
}

const ROWS: &str = ".model-table tbody tr[data-id]";

/// Types into the search box as a keyboard does (one burst of key events).
async fn type_in_search(b: &Browser, text: &str) {
    let search = b
        .client
        .find(Locator::Css("[data-testid='search']"))
        .await
        .unwrap();
    search.send_keys(text).await.unwrap();
}

#[tokio::test]
async fn fast_typing_then_back_keeps_what_was_typed_and_restores_both_views() {
    let b = Browser::new(1280).await;
    b.open("/companies").await;
    b.click(".site-nav a[href='/models']").await;
    b.wait_for(ROWS).await;
    let all = expected("");
    b.wait_for_ids(ROWS, &all).await;
    let search = b
        .client
        .find(Locator::Css("[data-testid='search']"))
        .await
        .unwrap();
    // All five keys in one burst, then Back at once: no pause in between.
    search.send_keys("qwen3").await.unwrap();
    b.back().await;
    b.wait_for_path("/companies").await;
    b.wait_for(".card[data-id='deepseek']").await;
    assert_eq!(b.count(ROWS).await, 0);
    // Forward returns to exactly what was typed: URL, box and results.
    b.forward().await;
    b.wait_for_path("/models?q=qwen3").await;
    let qwen = expected("q=qwen3");
    assert!(!qwen.is_empty() && qwen.len() < all.len());
    b.wait_for_ids(ROWS, &qwen).await;
    let value = b
        .js("return document.querySelector(\"[data-testid='search']\").value")
        .await;
    assert_eq!(value, "qwen3");
    b.close().await;
}

#[tokio::test]
async fn every_keystroke_filters_and_the_url_follows_without_a_new_history_entry() {
    let b = Browser::new(1280).await;
    b.open("/models").await;
    b.wait_for(ROWS).await;
    let history = b.js("return history.length").await;
    let search = b
        .client
        .find(Locator::Css("[data-testid='search']"))
        .await
        .unwrap();
    let mut typed = String::new();
    for key in ["k", "i", "m", "i"] {
        search.send_keys(key).await.unwrap();
        typed.push_str(key);
        // The results and the URL of this very keystroke, not of a later pause.
        b.wait_for_ids(ROWS, &expected(&format!("q={typed}"))).await;
        b.wait_for_path(&format!("/models?q={typed}")).await;
    }
    assert_eq!(b.js("return history.length").await, history);
    // A facet click after typing keeps the typed query and pushes one entry.
    let family = "restricted";
    b.toggle_facet("lic", family).await;
    b.wait_for_path(&format!("/models?q=kimi&lic={family}"))
        .await;
    b.wait_for_ids(ROWS, &expected(&format!("q=kimi&lic={family}")))
        .await;
    b.back().await;
    b.wait_for_path("/models?q=kimi").await;
    b.wait_for_ids(ROWS, &expected("q=kimi")).await;
    b.close().await;
}

#[tokio::test]
async fn clearing_what_was_typed_returns_to_the_plain_view() {
    // The router still believes it is at /models after typing; "clear all" must still work.
    let b = Browser::new(1280).await;
    b.open("/models").await;
    b.wait_for(ROWS).await;
    type_in_search(&b, "kimi").await;
    b.wait_for_path("/models?q=kimi").await;
    b.wait_for_ids(ROWS, &expected("q=kimi")).await;
    b.click("[data-testid='clear-all']").await;
    b.wait_for_path("/models").await;
    b.wait_for_ids(ROWS, &expected("")).await;
    let value = b
        .js("return document.querySelector(\"[data-testid='search']\").value")
        .await;
    assert_eq!(value, "");
    b.close().await;
}

#[tokio::test]
async fn switching_language_after_typing_keeps_what_was_typed() {
    let b = Browser::new(1280).await;
    b.open("/models").await;
    b.wait_for(ROWS).await;
    type_in_search(&b, "kimi").await;
    b.wait_for_path("/models?q=kimi").await;
    b.click("[data-testid='lang-switch']").await;
    b.wait_for_path("/models?q=kimi&lang=zh").await;
    b.wait_for_ids(ROWS, &expected("q=kimi")).await;
    b.close().await;
}
