//! The views on the 10,000-model synthetic build (`dist-bench-10000`): the virtualised table
//! shows the right rows when scrolled, and sort and filter still apply.

use atlas_e2e::Browser;

fn synthetic() -> &'static atlas_core::Dataset {
    static DATA: std::sync::OnceLock<atlas_core::Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        atlas_core::validate::load(&atlas_core::synthetic::generate(10_000, 42).files()).unwrap()
    })
}

/// Model ids in the order the app should show them for a query.
fn expected(query: &str) -> Vec<String> {
    atlas_e2e::model_ids(synthetic(), query)
}

const ROWS: &str = ".model-table tbody tr[data-id]";

#[tokio::test]
async fn the_virtualised_table_shows_the_right_rows_when_scrolled() {
    let b = Browser::new(1280).await;
    b.open("/bench-10000/models?sort=params").await;
    b.wait_for(ROWS).await;
    let order = expected("sort=params");
    assert_eq!(order.len(), 10_000);
    assert!(b
        .text("[data-testid='result-count']")
        .await
        .starts_with("10000 of 10000 models"));
    // Only a window of rows is in the DOM.
    let rendered = b.ids(ROWS).await;
    assert!(rendered.len() < 100, "{} rows rendered", rendered.len());
    assert_eq!(rendered[..5], order[..5]);
    // Scroll to row 5000: the rows around it are rendered, in order.
    b.js("const body = document.querySelector('.model-table tbody'); window.scrollTo(0, body.getBoundingClientRect().top + window.scrollY + 5000 * 40);").await;
    b.wait_until("row 5000 is rendered", || async {
        b.ids(ROWS).await.contains(&order[5000])
    })
    .await;
    let rendered = b.ids(ROWS).await;
    let first = order.iter().position(|id| *id == rendered[0]).unwrap();
    assert_eq!(rendered[..], order[first..first + rendered.len()]);
    assert!((4980..=5000).contains(&first), "window starts at {first}");
    b.close().await;
}

/// A search that leaves fewer rows than the old per-result threshold (200) keeps the table
/// virtualised: only a window of rows is built, so typing never rebuilds 200 full rows.
#[tokio::test]
async fn a_narrow_search_keeps_the_table_virtualised() {
    let query = ["q=123", "q=nova-1", "q=nova-3 2", "q=234"]
        .into_iter()
        .find(|q| (60..=200).contains(&expected(q).len()))
        .expect("one of the searches leaves 60 to 200 models");
    let order = expected(query);
    let b = Browser::new(1280).await;
    b.open(&format!("/bench-10000/models?{query}")).await;
    b.wait_for(ROWS).await;
    assert!(b
        .text("[data-testid='result-count']")
        .await
        .starts_with(&format!("{} of 10000 models", order.len())));
    let rendered = b.ids(ROWS).await;
    assert!(rendered.len() < 50, "{} rows rendered", rendered.len());
    assert_eq!(rendered[..], order[..rendered.len()]);
    assert_eq!(b.count("[data-testid='spacer-bottom']").await, 1);
    b.close().await;
}

#[tokio::test]
async fn sort_and_filter_still_apply_at_ten_thousand_rows() {
    let b = Browser::new(1280).await;
    let query = "country=France&arch=moe&sort=-params~name";
    b.open(&format!("/bench-10000/models?{query}")).await;
    b.wait_for(ROWS).await;
    let order = expected(query);
    assert!(
        order.len() > 200,
        "the filtered set should still be virtualised"
    );
    assert!(b
        .text("[data-testid='result-count']")
        .await
        .starts_with(&format!("{} of 10000 models", order.len())));
    let rendered = b.ids(ROWS).await;
    assert_eq!(rendered[..], order[..rendered.len()]);
    // The timeline and company views render their first page and say how many remain.
    b.open("/bench-10000/timeline").await;
    b.wait_for(".event").await;
    assert_eq!(b.count(".event").await, 500);
    assert!(b
        .text("[data-testid='show-more']")
        .await
        .contains("4500 remaining"));
    b.open("/bench-10000/companies?sort=-models").await;
    b.wait_for(".card").await;
    assert_eq!(b.count(".card").await, 500);
    b.close().await;
}
