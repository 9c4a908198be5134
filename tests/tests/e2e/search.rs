//! Search finds what the reader sees, with or without punctuation, and offers the name a typo
//! away when it finds nothing.

use atlas_e2e::{dataset, model_ids, Browser};

#[tokio::test]
async fn search_finds_values_shown_on_cards_and_rows() {
    let data = dataset();
    let b = Browser::new(1280).await;
    // Listing details shown on the cards.
    b.open("/companies?q=hong%20kong").await;
    b.wait_for(".card[data-id='zhipu-ai']").await;
    b.open("/companies?q=HKEX").await;
    let listed: Vec<String> = data
        .companies
        .iter()
        .filter(|c| {
            c.listing
                .exchange
                .as_deref()
                .is_some_and(|e| e.contains("HKEX"))
        })
        .map(|c| c.id.clone())
        .collect();
    assert!(listed.contains(&"zhipu-ai".to_string()) && listed.contains(&"minimax".to_string()));
    b.wait_for(".card[data-id='zhipu-ai']").await;
    let shown = b.ids(".card[data-id]").await;
    assert!(listed.iter().all(|id| shown.contains(id)), "{shown:?}");
    // Names typed without their hyphen, architecture and sizes as the table writes them.
    for (query, must) in [
        ("GLM5", "glm-5"),
        ("moe", "deepseek-v3"),
        ("671B", "deepseek-v3"),
    ] {
        b.open(&format!("/models?q={query}")).await;
        let expected = model_ids(data, &format!("q={query}"));
        assert!(expected.contains(&must.to_string()), "{query}");
        b.wait_for_ids(".model-table tbody tr[data-id]", &expected)
            .await;
    }
    b.close().await;
}

#[tokio::test]
async fn a_misspelt_name_offers_the_right_one() {
    let b = Browser::new(1280).await;
    b.open("/companies?q=deepsek").await;
    b.wait_for("[data-testid='empty']").await;
    assert!(b
        .text("[data-testid='did-you-mean']")
        .await
        .contains("DeepSeek"));
    b.click("[data-testid='did-you-mean'] button").await;
    b.wait_for_path("/companies?q=DeepSeek").await;
    b.wait_for(".card[data-id='deepseek']").await;
    assert_eq!(b.count("[data-testid='did-you-mean']").await, 0);
    // The models view says so too, instead of a bare header row.
    b.open("/models?q=zzzz").await;
    b.wait_for("[data-testid='empty']").await;
    assert_eq!(b.count("[data-testid='did-you-mean']").await, 0);
    b.close().await;
}

/// The search box refuses what a link cannot carry: typing stops at 300 characters, the box
/// says so, and the view and the URL hold exactly what the box shows (no notice about a link).
#[tokio::test]
async fn an_over_long_search_is_refused_in_the_box() {
    let b = Browser::new(1280).await;
    b.open("/companies").await;
    b.wait_for("html[data-app='ready'] [data-testid='search']")
        .await;
    // 299 characters pasted, then keys typed: the box takes one more and refuses the rest.
    // (Chromium ignores history.replaceState beyond 200 calls in 10 s, so the test does not
    // type 300 separate keys.)
    b.set_value("[data-testid='search']", &"a".repeat(299))
        .await;
    let input = b
        .client
        .find(fantoccini::Locator::Css("[data-testid='search']"))
        .await
        .unwrap();
    input.send_keys(&"a".repeat(11)).await.unwrap();
    let typed = b
        .js("return document.querySelector(\"[data-testid='search']\").value.length")
        .await;
    assert_eq!(typed, 300);
    b.wait_for("[data-testid='search-limit']").await;
    b.wait_until("the URL holds the whole search", || async {
        b.path().await == format!("/companies?q={}", "a".repeat(300))
    })
    .await;
    assert_eq!(b.count("[data-testid='notices']").await, 0);
    b.close().await;
}
