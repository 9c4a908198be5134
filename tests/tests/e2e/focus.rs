//! Keyboard focus stays on the control the reader used.

use atlas_e2e::Browser;

#[tokio::test]
async fn a_facet_toggle_keeps_focus_on_its_checkbox_on_every_view() {
    let b = Browser::new(1280).await;
    for (path, facet, value, expected) in [
        ("/companies", "cat", "robotics", "/companies?cat=robotics"),
        ("/models", "arch", "moe", "/models?arch=moe"),
        ("/timeline", "cat", "policy", "/timeline?cat=policy"),
        ("/article", "verdict", "opinion", "/article?verdict=opinion"),
    ] {
        b.open(path).await;
        b.toggle_facet(facet, value).await;
        b.wait_for_path(expected).await;
        // Let the view settle (counts, results) before asking where focus is.
        b.js("return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))")
            .await;
        let focused = b
            .js("const e = document.activeElement; return e && e.matches('input[type=checkbox]') ? e.closest('[data-facet]').dataset.facet + '=' + e.dataset.value : (e ? e.tagName : 'none')")
            .await;
        assert_eq!(focused, format!("{facet}={value}"), "{path}");
        // And toggling it off again, from the keyboard, works where focus is.
        b.js("document.activeElement.click()").await;
        b.wait_for_path(path).await;
    }
    b.close().await;
}

#[tokio::test]
async fn the_first_tab_stop_skips_to_the_search_box() {
    let b = Browser::new(1280).await;
    b.open("/models").await;
    b.wait_for(".model-table").await;
    let body = b
        .client
        .find(fantoccini::Locator::Css("body"))
        .await
        .unwrap();
    body.send_keys("\u{e004}").await.unwrap(); // Tab
    let first = b
        .js("return document.activeElement.dataset.testid || document.activeElement.tagName")
        .await;
    assert_eq!(first, "skip-link");
    b.js("document.activeElement.click()").await;
    let now = b
        .js("return document.activeElement.dataset.testid || document.activeElement.tagName")
        .await;
    assert_eq!(now, "search");
    b.close().await;
}
