//! The shell, routing, URL tolerance and static hosting.

use atlas_e2e::Browser;

#[tokio::test]
async fn every_view_renders_real_dataset_content() {
    let b = Browser::new(1280).await;
    b.open("/").await;
    assert_eq!(b.text("h1").await, "China AI Atlas");
    // "Data as of" is the newest day-dated record.
    let as_of = atlas_e2e::dataset().header.as_of.display();
    assert!(b
        .text("footer")
        .await
        .contains(&format!("data as of {as_of}")));
    b.open("/companies").await;
    b.wait_for(".card[data-id='deepseek']").await;
    assert!(b
        .text(".card[data-id='deepseek']")
        .await
        .contains("深度求索"));
    b.open("/models").await;
    b.wait_for("tr[data-id='deepseek-v3']").await;
    b.open("/timeline").await;
    b.wait_for(".event[data-id='deepseek-selloff']").await;
    b.open("/article").await;
    b.wait_for(".claim[data-id='paper-authors']").await;
    b.open("/company/deepseek").await;
    assert!(b.text("h1").await.starts_with("DeepSeek"));
    b.open("/model/deepseek-r1").await;
    assert_eq!(b.text("h1").await, "DeepSeek-R1");
    b.open("/event/deepseek-selloff").await;
    b.wait_for("[data-testid='event-page']").await;
    b.close().await;
}

#[tokio::test]
async fn a_search_in_the_url_survives_a_reload() {
    let b = Browser::new(1280).await;
    b.open("/models?q=deepseek").await;
    b.wait_for("tr[data-id='deepseek-v3']").await;
    b.refresh().await;
    b.wait_for("tr[data-id='deepseek-v3']").await;
    let organisations = b.texts(".model-table tbody td.col-org").await;
    assert!(organisations.len() >= 10, "{organisations:?}");
    assert!(
        organisations.iter().all(|o| o == "DeepSeek"),
        "{organisations:?}"
    );
    b.close().await;
}

#[tokio::test]
async fn back_returns_to_the_previous_view() {
    let b = Browser::new(1280).await;
    b.open("/companies").await;
    b.wait_for(".card").await;
    b.click(".site-nav a[href='/timeline']").await;
    b.wait_for(".event").await;
    assert_eq!(b.path().await, "/timeline");
    b.back().await;
    b.wait_for(".card").await;
    assert_eq!(b.path().await, "/companies");
    b.forward().await;
    b.wait_for(".event").await;
    b.close().await;
}

#[tokio::test]
async fn an_unknown_route_shows_the_not_found_page() {
    let b = Browser::new(1280).await;
    b.open("/no/such/page").await;
    assert_eq!(
        b.text("[data-testid='not-found'] h1").await,
        "Page not found"
    );
    assert!(
        b.count("[data-testid='not-found'] a[href='/companies']")
            .await
            == 1
    );
    b.open("/company/deep-seek-ai").await;
    let suggestions = b.texts("[data-testid='suggestions'] a").await;
    assert!(
        suggestions.contains(&"DeepSeek".to_string()),
        "{suggestions:?}"
    );
    b.close().await;
}

#[tokio::test]
async fn junk_and_malformed_parameters_neither_crash_nor_blank_the_page() {
    let b = Browser::new(1280).await;
    b.open("/companies?junk=1&q=%ZZ").await;
    b.wait_for(".card").await;
    let notice = b.text("[data-testid='notices']").await;
    assert!(
        notice.contains("Unknown parameter 'junk' was ignored."),
        "{notice}"
    );
    assert!(notice.contains("'q' had a malformed value"), "{notice}");
    assert_eq!(
        b.count(".card").await,
        b.js("return document.querySelectorAll('.card').length")
            .await
            .as_u64()
            .unwrap() as usize
    );
    let huge = "a".repeat(100 * 1024);
    b.open(&format!("/models?q={huge}&sort=zzz")).await;
    b.wait_for("tr[data-id]").await;
    b.wait_for("[data-testid='notices']").await;
    b.close().await;
}

#[tokio::test]
async fn a_panic_shows_a_readable_message_not_a_blank_page() {
    let b = Browser::new(1280).await;
    b.open("/debug/panic").await;
    let panel = b.wait_for("#fatal-error").await.text().await.unwrap();
    assert!(
        panel.contains("Sorry, China AI Atlas hit an error"),
        "{panel}"
    );
    assert!(panel.contains("deliberate panic"), "{panel}");
    assert!(panel.contains("Reload the page"), "{panel}");
    b.close().await;
}

#[tokio::test]
async fn every_route_works_from_a_static_server_under_a_sub_path() {
    let b = Browser::new(1280).await;
    for (path, css) in [
        ("/atlas/", ".overview"),
        (
            "/atlas/companies?cat=robotics",
            ".card[data-id='unitree-robotics']",
        ),
        ("/atlas/models?q=qwen", "tr[data-id='qwen3-235b-a22b']"),
        ("/atlas/timeline", ".event"),
        ("/atlas/article", ".claim"),
        ("/atlas/company/zhipu-ai", "[data-testid='company-page']"),
        ("/atlas/model/kimi-k2", "[data-testid='model-page']"),
        (
            "/atlas/event/deepseek-mhc-paper",
            "[data-testid='event-page']",
        ),
    ] {
        b.open(path).await;
        b.wait_for(css).await;
    }
    // Links inside the app keep the sub-path.
    b.open("/atlas/companies").await;
    b.click(".card[data-id='minimax'] .card__title a").await;
    b.wait_for("[data-testid='company-page']").await;
    assert_eq!(b.path().await, "/atlas/company/minimax");
    b.close().await;
}

#[tokio::test]
async fn entity_entry_pages_carry_their_own_title_and_description() {
    let b = Browser::new(1280).await;
    b.open("/").await;
    // Read the static file as served, before the app changes the title.
    let html = b
        .js("return fetch('/company/deepseek/').then(r => r.text())")
        .await;
    let html = html.as_str().unwrap();
    assert!(
        html.contains("<title>DeepSeek · China AI Atlas</title>"),
        "{html}"
    );
    assert!(
        html.contains("<meta name=\"description\" content=\"Hangzhou-based AI research company"),
        "{html}"
    );
    b.close().await;
}

#[tokio::test]
async fn trailing_slashes_from_static_hosts_still_reach_the_view() {
    // Most static servers redirect /companies to /companies/ (it is a directory there).
    let b = Browser::new(1280).await;
    b.open("/companies/?cat=robotics").await;
    b.wait_for(".card[data-id='unitree-robotics']").await;
    b.open("/company/deepseek/").await;
    b.wait_for("[data-testid='company-page']").await;
    b.open("/atlas/models/?q=kimi").await;
    b.wait_for("tr[data-id='kimi-k2']").await;
    b.close().await;
}
