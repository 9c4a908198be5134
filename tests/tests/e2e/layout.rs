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
    // "37B active" and its like stay on one line.
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
