//! The models table on wide and narrow screens: all columns visible when there is room, a
//! header that stays in view, and a visible cue when the table scrolls sideways.

use atlas_e2e::Browser;

const SETTLE: &str =
    "return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))";

#[tokio::test]
async fn on_a_wide_screen_every_column_shows_and_the_header_stays_at_the_top() {
    let b = Browser::new(1920).await;
    b.open("/models").await;
    b.wait_for(".table-scroll--fits").await;
    let clipped = b
        .js("const s = document.querySelector('.table-scroll'); const t = s.querySelector('table'); return t.scrollWidth - s.clientWidth")
        .await
        .as_f64()
        .unwrap();
    assert!(
        clipped <= 1.0,
        "the table is cut off by {clipped} px at 1920 px"
    );
    let right = b
        .js("return document.querySelector('.model-table thead th:last-child').getBoundingClientRect().right")
        .await
        .as_f64()
        .unwrap();
    assert!(
        right <= 1920.0,
        "the last column ends at {right} px, outside the window"
    );
    // Far down the rows, the column headers are still on screen.
    b.js("window.scrollTo(0, document.querySelector('.model-table').getBoundingClientRect().top + window.scrollY + 1500)")
        .await;
    b.js(SETTLE).await;
    let top = b
        .js("return document.querySelector('.model-table thead th').getBoundingClientRect().top")
        .await
        .as_f64()
        .unwrap();
    assert!(
        top.abs() <= 1.0,
        "the header row is at {top} px, not at the top of the window"
    );
    let cue_visible = b
        .js("return getComputedStyle(document.querySelector('[data-testid=scroll-cue]')).visibility")
        .await;
    assert_eq!(cue_visible, "hidden");
    // Compact cells: "37B" under the "Active" header, on one line.
    assert_eq!(
        b.text(".model-table tr[data-id='deepseek-v3'] td.col-active")
            .await,
        "37B"
    );
    let wrapped = b
        .js("return [...document.querySelectorAll('.model-table td.col-active span')].filter((s) => s.getClientRects().length > 1).length")
        .await;
    assert_eq!(wrapped, 0);
    b.close().await;
}

#[tokio::test]
async fn on_a_narrow_screen_the_reader_is_told_the_table_scrolls_sideways() {
    let b = Browser::new(1280).await;
    b.open("/models").await;
    b.js(SETTLE).await;
    b.wait_until("the scroll cue to show", || async {
        b.js("return getComputedStyle(document.querySelector('[data-testid=scroll-cue]')).visibility")
            .await
            == "visible"
    })
    .await;
    assert_eq!(b.count(".table-scroll--fits").await, 0);
    let scrolls = b
        .js("const s = document.querySelector('.table-scroll'); return s.scrollWidth > s.clientWidth && getComputedStyle(s).overflowX === 'auto'")
        .await;
    assert_eq!(scrolls, true);
    b.close().await;
}

/// On a phone the filters are a drawer: the Filters button opens it over the page with focus
/// on its close button, the count on its "Show the results" button follows each toggle, and
/// that button (or Escape) closes it and returns the reader to the results.
#[tokio::test]
async fn on_a_phone_the_filters_open_as_a_drawer_with_a_live_count() {
    let b = Browser::new(390).await;
    for (path, facet, value) in [
        ("/models", "country", "China"),
        ("/companies", "cat", "robotics"),
        ("/timeline", "cat", "policy"),
        ("/article", "verdict", "opinion"),
    ] {
        b.open(path).await;
        b.wait_for("html[data-app='ready'] [data-testid='filters-open']")
            .await;
        let visible = |css: &'static str| {
            let b = &b;
            async move {
                b.js(&format!(
                    "const e = document.querySelector({css:?}); return !!e && e.getClientRects().length > 0;"
                ))
                .await
                    == serde_json::Value::Bool(true)
            }
        };
        assert!(
            !visible("#filters").await,
            "{path}: the filters show before they are asked for"
        );
        b.click("[data-testid='filters-open']").await;
        b.wait_until("the drawer is open", || visible("#filters"))
            .await;
        b.js(SETTLE).await;
        assert_eq!(
            b.js("return document.activeElement.dataset.testid;").await,
            "filters-close",
            "{path}"
        );
        b.toggle_facet(facet, value).await;
        b.wait_until("the count follows the filter", || async {
            let count = b.text("[data-testid='result-count']").await;
            let shown: String = count.chars().take_while(|c| c.is_ascii_digit()).collect();
            b.text("[data-testid='filters-show']")
                .await
                .contains(&format!("({shown})"))
                && !count.contains(&format!("{shown} of {shown} "))
        })
        .await;
        b.click("[data-testid='filters-show']").await;
        b.wait_until("the drawer is closed", || async {
            !visible("#filters").await
        })
        .await;
        b.js(SETTLE).await;
        assert_eq!(
            b.js("return document.activeElement.id;").await,
            "results",
            "{path}"
        );
        // Escape closes it too.
        b.click("[data-testid='filters-open']").await;
        b.wait_until("the drawer is open", || visible("#filters"))
            .await;
        b.js("document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));")
            .await;
        b.wait_until("Escape closed it", || async { !visible("#filters").await })
            .await;
    }
    b.close().await;
}
