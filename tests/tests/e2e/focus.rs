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
