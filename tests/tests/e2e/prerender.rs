//! Pre-rendered pages: every entry page holds its content before (or without) the wasm, and
//! the app takes the page over without moving anything.

use std::sync::atomic::Ordering;

use atlas_e2e::{dataset, held_server, root, Browser};
use fantoccini::Locator;

/// What a page must show, computed from the dataset rather than typed here.
fn expectations() -> Vec<(&'static str, &'static str, Vec<String>)> {
    let data = dataset();
    let company = data.company("deepseek").unwrap();
    let model = data.model("deepseek-v3").unwrap();
    vec![
        (
            "/companies",
            "companies/index.html",
            data.companies.iter().map(|c| c.name_en.clone()).collect(),
        ),
        (
            "/models",
            "models/index.html",
            data.models.iter().map(|m| m.name.clone()).collect(),
        ),
        (
            "/timeline",
            "timeline/index.html",
            data.events().iter().map(|e| e.title.clone()).collect(),
        ),
        (
            "/article",
            "article/index.html",
            data.claims.iter().map(|c| c.quote.clone()).collect(),
        ),
        (
            "/company/deepseek",
            "company/deepseek/index.html",
            vec![company.name_en.clone(), company.description.clone()],
        ),
        (
            "/model/deepseek-v3",
            "model/deepseek-v3/index.html",
            vec![
                model.name.clone(),
                data.company_name(&model.company).to_string(),
            ],
        ),
    ]
}

/// The built file's text outside `<script>` elements, with the renderer's escapes undone.
fn html_outside_scripts(file: &str) -> String {
    let html = std::fs::read_to_string(root().join("dist").join(file)).unwrap();
    let mut out = String::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<script") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("</script>")
            .map_or("", |end| &rest[start + end + "</script>".len()..]);
    }
    out.push_str(rest);
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}

#[tokio::test]
async fn every_page_is_readable_with_javascript_switched_off() {
    let b = Browser::without_javascript(1280).await;
    for (path, file, names) in expectations() {
        let html = html_outside_scripts(file);
        for name in &names {
            assert!(html.contains(name.as_str()), "{file} lacks {name:?}");
        }
        b.client.goto(&format!("{}{path}", b.base)).await.unwrap();
        let main = b.client.find(Locator::Css("main#main")).await.unwrap();
        let text = main.text().await.unwrap();
        // Rendered text collapses white space; compare the same way.
        let squash = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = squash(&text);
        for name in &names {
            assert!(
                text.contains(&squash(name)),
                "{path} without JavaScript does not show {name:?}"
            );
        }
        // The app never ran: what the reader sees came from the HTML file.
        let started = b
            .client
            .find_all(Locator::Css("html[data-app]"))
            .await
            .unwrap();
        assert!(
            started.is_empty(),
            "{path}: the app ran with JavaScript off"
        );
        // `<noscript>` content only becomes elements when scripting is off.
        let note = b.client.find(Locator::Css(".noscript-note")).await;
        assert!(note.is_ok(), "{path}: JavaScript was not switched off");
        let links = b
            .client
            .find_all(Locator::Css("main a[href]"))
            .await
            .unwrap();
        assert!(!links.is_empty(), "{path} has no links without JavaScript");
    }
    b.close().await;
}

/// Where the pre-rendered page's landmarks are: the take-over tests compare it before and
/// after the app starts.
const LANDMARKS: [&str; 9] = [
    "header.site-header",
    "main h1",
    ".share",
    "[data-testid='download-csv']",
    "[data-testid='search']",
    ".layout__filters",
    ".card",
    ".card:last-child",
    "footer.site-footer",
];

/// The position and size of the first element matching each selector.
async fn rects(b: &Browser, pick: &[&str]) -> serde_json::Value {
    let script = format!(
        "return {pick:?}.map((css) => {{ const e = document.querySelector(css); if (!e) return css + ' missing'; const r = e.getBoundingClientRect(); return `${{css}} ${{Math.round(r.x)}},${{Math.round(r.y)}} ${{Math.round(r.width)}}x${{Math.round(r.height)}}`; }});"
    );
    b.js(&script).await
}

/// Starts summing the page's layout shifts into `window.__shifts`.
async fn watch_shifts(b: &Browser) {
    b.js("window.__shifts = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts += e.value; }).observe({ type: 'layout-shift' });")
        .await;
}

/// Lets the app start, then waits two frames for any late layout work.
async fn release_and_settle(b: &Browser, hold: &std::sync::atomic::AtomicBool) {
    hold.store(false, Ordering::SeqCst);
    b.wait_for_app().await;
    b.js("return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))")
        .await;
}

#[tokio::test]
async fn the_app_takes_over_the_pre_rendered_page_without_moving_it() {
    let (port, hold) = held_server();
    let b = Browser::on_server(1280, port).await;
    b.client
        .goto(&format!("{}/companies", b.base))
        .await
        .unwrap();
    b.wait_for(".card[data-id='deepseek']").await;
    assert_eq!(
        b.count("html[data-app]").await,
        0,
        "the wasm was held back, yet the app started"
    );
    watch_shifts(&b).await;
    let before = rects(&b, &LANDMARKS).await;
    let cards_before = b.count(".card").await;
    release_and_settle(&b, &hold).await;
    let after = rects(&b, &LANDMARKS).await;
    assert_eq!(
        before, after,
        "the pre-rendered page moved when the app started"
    );
    assert_eq!(b.count(".card").await, cards_before);
    assert_eq!(b.js("return window.__shifts").await, 0);
    // The page is live: a facet click filters and lands in the URL.
    let robotics = dataset()
        .companies
        .iter()
        .filter(|c| c.category.as_str() == "robotics")
        .count();
    b.toggle_facet("cat", "robotics").await;
    b.wait_until("the robotics filter applies", || async {
        b.count(".card").await == robotics
    })
    .await;
    assert_eq!(b.path().await, "/companies?cat=robotics");
    b.close().await;
}

/// The Chinese edition is pre-rendered too: before the app starts, `?lang=zh` shows the
/// Chinese page (its texts, marked as translations), and the app takes it over without moving
/// anything.
#[tokio::test]
async fn the_chinese_edition_is_pre_rendered_and_taken_over_without_moving() {
    let (port, hold) = held_server();
    let b = Browser::on_server(1280, port).await;
    b.client
        .goto(&format!("{}/timeline?lang=zh", b.base))
        .await
        .unwrap();
    b.wait_for("html[lang='zh-Hans']:not(.zh-pending) [data-testid='translated']")
        .await;
    assert_eq!(
        b.count("html[data-app]").await,
        0,
        "the wasm was held back, yet the app started"
    );
    assert_eq!(b.text(".site-header__brand").await, "中国人工智能图谱");
    assert!(
        b.js("return document.title")
            .await
            .as_str()
            .unwrap()
            .contains("时间线"),
        "{}",
        b.js("return document.title").await
    );
    watch_shifts(&b).await;
    let before = rects(&b, &LANDMARKS).await;
    let events_before = b.count(".event").await;
    let translated_before = b.count("[data-testid='translated']").await;
    release_and_settle(&b, &hold).await;
    assert_eq!(
        before,
        rects(&b, &LANDMARKS).await,
        "the Chinese page moved when the app started"
    );
    assert_eq!(b.count(".event").await, events_before);
    assert_eq!(
        b.count("[data-testid='translated']").await,
        translated_before
    );
    assert_eq!(b.js("return window.__shifts").await, 0);
    b.close().await;
}

/// At phone width (the filters a drawer behind a button, the table as cards), nothing of the
/// pre-rendered `/models` moves when the app takes it over: `theme.js` marks `data-js` so the
/// narrow layout is the app's from the first paint.
#[tokio::test]
async fn the_models_page_is_taken_over_at_phone_width_without_moving() {
    let (port, hold) = held_server();
    let b = Browser::on_server(390, port).await;
    b.client.goto(&format!("{}/models", b.base)).await.unwrap();
    b.wait_for(".model-table tbody tr[data-id]").await;
    assert_eq!(
        b.count("html[data-app]").await,
        0,
        "the wasm was held back, yet the app started"
    );
    watch_shifts(&b).await;
    let pick = [
        "header.site-header",
        "main h1",
        "[data-testid='search']",
        ".model-table",
        ".model-table tbody tr:first-child",
        ".model-table tbody tr:last-of-type",
        "footer.site-footer",
    ];
    let before = rects(&b, &pick).await;
    let rows = b.count(".model-table tbody tr[data-id]").await;
    release_and_settle(&b, &hold).await;
    assert_eq!(
        before,
        rects(&b, &pick).await,
        "the pre-rendered page moved when the app started"
    );
    assert_eq!(b.count(".model-table tbody tr[data-id]").await, rows);
    assert_eq!(rows, dataset().models.len());
    assert_eq!(b.js("return window.__shifts").await, 0);
    b.close().await;
}

/// A reader who started typing into the pre-rendered search box before the app took over
/// keeps the focus and the text, and the search applies once the app runs.
#[tokio::test]
async fn typing_before_the_app_starts_carries_over() {
    let (port, hold) = held_server();
    let b = Browser::on_server(1280, port).await;
    b.client.goto(&format!("{}/models", b.base)).await.unwrap();
    let search = b.wait_for("[data-testid='search']").await;
    assert_eq!(
        b.count("html[data-app]").await,
        0,
        "the wasm was held back, yet the app started"
    );
    search.click().await.unwrap();
    search.send_keys("qwen").await.unwrap();
    hold.store(false, Ordering::SeqCst);
    b.wait_for_app().await;
    let expected = atlas_e2e::model_ids(dataset(), "q=qwen");
    assert!(!expected.is_empty() && expected.len() < dataset().models.len());
    b.wait_for_ids(".model-table tbody tr[data-id]", &expected)
        .await;
    b.wait_for_path("/models?q=qwen").await;
    assert_eq!(
        b.js("return document.activeElement.dataset.testid").await,
        "search",
        "the focus was lost when the app took over"
    );
    assert_eq!(b.js("return document.activeElement.value").await, "qwen");
    b.close().await;
}
