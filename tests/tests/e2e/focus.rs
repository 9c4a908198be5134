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

/// A whole task by keyboard ("Chinese models, biggest first, pick two and compare them"):
/// after every step, focus is on the control just used (or where the step leads), never on
/// `<body>`.
#[tokio::test]
async fn a_task_walked_by_keyboard_keeps_focus_where_the_reader_is() {
    let browser = Browser::new(1280).await;
    let b = &browser;
    b.open("/models").await;
    b.wait_for("html[data-app='ready'] .model-table").await;
    let active = || async {
        b.js("const e = document.activeElement; return e.matches('input[type=checkbox]') ? (e.closest('[data-facet]') ? 'facet:' + e.dataset.value : 'pick:' + e.closest('tr').dataset.id) : (e.dataset.testid || (e.closest('th') ? 'sort:' + e.closest('th').className : e.tagName));")
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let press = |key: &'static str| async move {
        let element = b.client.active_element().await.unwrap();
        element.send_keys(key).await.unwrap();
        b.js("return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))")
            .await;
    };
    // Tab: the skip link; Enter: the search box.
    press("\u{e004}").await;
    assert_eq!(active().await, "skip-link");
    press("\u{e007}").await;
    assert_eq!(active().await, "search");
    // The country facet's "China", by Space.
    b.js("document.querySelector(\"[data-facet='country'] input[data-value='China']\").focus()")
        .await;
    press(" ").await;
    b.wait_for_path("/models?country=China").await;
    assert_eq!(active().await, "facet:China");
    // Sort by total parameters with Enter, twice (descending).
    b.js("document.querySelector('.model-table thead th.col-params button').focus()")
        .await;
    press("\u{e007}").await;
    b.wait_for_path("/models?country=China&sort=-params").await;
    assert_eq!(active().await, "sort:col-params");
    // Pick the first two rows with Space.
    let rows = b.ids(".model-table tbody tr[data-id]").await;
    for id in &rows[..2] {
        b.js(&format!(
            "document.querySelector(\"tr[data-id='{id}'] .col-pick input\").focus()"
        ))
        .await;
        press(" ").await;
        b.wait_until("picked", || async { b.path().await.contains(id.as_str()) })
            .await;
        assert_eq!(active().await, format!("pick:{id}"));
    }
    // Compare them with Enter: the button leaves with the table; focus goes to the view switch.
    b.js("document.querySelector(\"[data-testid='compare-button']\").focus()")
        .await;
    press("\u{e007}").await;
    b.wait_for("[data-testid='compare-table']").await;
    b.wait_until("focus is on the view switch", || async {
        active().await == "view-compare"
    })
    .await;
    // Back to the table with the switch, by Enter: focus stays on the switch.
    b.js("document.querySelector(\"[data-testid='view-table']\").focus()")
        .await;
    press("\u{e007}").await;
    b.wait_for(".model-table").await;
    assert_eq!(active().await, "view-table");
    browser.close().await;
}
