//! Hardening: accessibility (axe-core), hostile URLs, no requests beyond the app's own files,
//! offline use through the service worker.

use std::sync::atomic::Ordering;

use atlas_e2e::{root, switchable_server, Browser};

/// Runs axe-core on the current page with the WCAG 2.0–2.2 A/AA rules (target size among
/// them) and best practices, and returns the violations as "rule: target" lines.
async fn axe_violations(b: &Browser) -> Vec<String> {
    let axe = std::fs::read_to_string(root().join("tools/node_modules/axe-core/axe.min.js"))
        .expect("axe-core is installed by scripts/setup.sh --browser");
    b.js(&axe).await;
    // Cards off screen are not laid out (`content-visibility: auto`), so axe would measure their
    // links as 0 px targets; the audit looks at every card as it is once it comes into view.
    // (Set on each element: the page's content policy allows no injected style sheet.)
    b.js("for (const e of document.querySelectorAll('*')) { if (getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible'; }")
        .await;
    let result = b
        .js("return axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}, resultTypes: ['violations']}).then(r => r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))")
        .await;
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// The pages the accessibility audit visits, with what shows each is ready.
const AUDITED: [(&str, &str); 11] = [
    ("/", "main"),
    ("/companies", ".card"),
    ("/models", ".model-table"),
    ("/models?view=chart", "circle"),
    (
        "/models?pick=deepseek-v3~qwen3-235b-a22b&view=compare",
        ".compare-table",
    ),
    ("/timeline", ".event"),
    ("/article", ".claim"),
    ("/company/deepseek", "[data-testid='company-page']"),
    ("/model/kimi-k2", "[data-testid='model-page']"),
    ("/event/deepseek-selloff", "[data-testid='event-page']"),
    ("/nowhere", "[data-testid='not-found']"),
];

/// Runs axe on every audited page in a window `width` wide, in each theme given.
async fn audit(width: u32, themes: &[&str]) {
    let b = Browser::new(width).await;
    let mut failures = Vec::new();
    for theme in themes {
        for (path, ready) in AUDITED {
            b.open(path).await;
            b.wait_for(ready).await;
            if *theme == "dark"
                && b.js("return document.documentElement.dataset.theme").await != "dark"
            {
                b.click("[data-testid='theme-toggle']").await;
            }
            for violation in axe_violations(&b).await {
                failures.push(format!("{width}px {theme} {path}: {violation}"));
            }
            assert_eq!(b.count("h1").await, 1, "{path} must have exactly one h1");
        }
    }
    assert!(
        failures.is_empty(),
        "axe-core violations:\n{}",
        failures.join("\n")
    );
    b.close().await;
}

#[tokio::test]
async fn every_view_passes_axe_core_in_light_and_dark_themes() {
    audit(1280, &["light", "dark"]).await;
}

#[tokio::test]
async fn every_view_passes_axe_core_on_a_phone() {
    audit(390, &["light"]).await;
}

#[tokio::test]
async fn hostile_url_parameters_are_shown_as_text_and_never_run() {
    let b = Browser::new(1280).await;
    let payloads = [
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "javascript%3Aalert(1)",
        "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "%27%3B%20alert(1)%3B%20%27",
    ];
    let views = [
        (
            "/companies",
            [
                "q", "cat", "city", "listed", "open", "seed", "sort", "lang", "embed",
            ]
            .as_slice(),
        ),
        (
            "/models",
            [
                "q", "org", "country", "lic", "open", "arch", "mod", "reason", "params", "date",
                "sort", "cols", "pick", "view",
            ]
            .as_slice(),
        ),
        (
            "/timeline",
            ["q", "cat", "co", "seed", "date", "order", "focus"].as_slice(),
        ),
        ("/article", ["verdict", "q"].as_slice()),
        (
            "/company/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            ["q"].as_slice(),
        ),
    ];
    for (path, keys) in views {
        for payload in payloads {
            let query: Vec<String> = keys.iter().map(|k| format!("{k}={payload}")).collect();
            b.open(&format!("{path}?{}", query.join("&"))).await;
            b.wait_for("main#main").await;
            b.js("window.__alerted = false; window.alert = () => { window.__alerted = true; };")
                .await;
            // Let any injected handler run, then check nothing executed or was injected.
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            assert_eq!(
                b.js("return window.__alerted").await,
                false,
                "{path} {payload}"
            );
            let injected = b.js("return document.querySelectorAll('main script, main img[onerror], main [onerror], main a[href^=\"javascript:\"]').length").await;
            assert_eq!(injected, 0, "{path} {payload}");
            assert_eq!(b.count("#fatal-error").await, 0, "{path} {payload}");
        }
    }
    // The search text comes back as text in the box and the notice, not as markup.
    b.open("/companies?q=%3Cb%3Ebold%3C%2Fb%3E").await;
    let value = b
        .js("return document.querySelector(\"[data-testid='search']\").value")
        .await;
    assert_eq!(value, "<b>bold</b>");
    assert_eq!(b.count("main b").await, 0);
    b.close().await;
}

#[tokio::test]
async fn a_session_across_every_view_requests_only_the_apps_own_files() {
    let b = Browser::new(1280).await;
    // Each page's requests (name, bytes over the network), collected before the next page
    // (a page of another wasm bundle is a page load, which starts a new list).
    let mut requests: Vec<(String, f64)> = Vec::new();
    b.open("/").await;
    for (link, ready) in [
        ("/companies", ".card"),
        ("/models", ".model-table"),
        ("/timeline", ".event"),
        ("/article", ".claim"),
    ] {
        requests.extend(b.resources(true).await);
        b.click(&format!(".site-nav a[href='{link}']")).await;
        b.wait_for_path(link).await;
        b.wait_for(ready).await;
    }
    b.click(".claim a[href^='/company/']").await;
    b.wait_for("[data-testid='company-page']").await;
    requests.extend(b.resources(true).await);
    assert!(!requests.is_empty());
    let own = [
        "/boot.js",
        "/china-ai-atlas.js",
        "/china-ai-atlas_bg.wasm",
        "/companies.js",
        "/companies_bg.wasm",
        "/models.js",
        "/models_bg.wasm",
        "/timeline.js",
        "/timeline_bg.wasm",
        "/theme.js",
        "/main.css",
        "/components.css",
        "/views.css",
        "/sw.js",
    ];
    // Each page loads its own bundle; every bundle crosses the network at most once (later
    // pages take it from a cache).
    for file in [
        "/china-ai-atlas_bg.wasm",
        "/companies_bg.wasm",
        "/models_bg.wasm",
        "/timeline_bg.wasm",
    ] {
        let used = requests.iter().filter(|(r, _)| r.ends_with(file)).count();
        let transferred = requests
            .iter()
            .filter(|(r, bytes)| r.ends_with(file) && *bytes > 0.0)
            .count();
        assert!(used >= 1, "{file} never loaded: {requests:?}");
        assert!(
            transferred <= 1,
            "{file} transferred {transferred} times: {requests:?}"
        );
    }
    for (request, _) in &requests {
        let path = request
            .strip_prefix(&b.base)
            .unwrap_or_else(|| panic!("request to another origin: {request}"));
        assert!(own.contains(&path), "unexpected request {request}");
    }
    b.close().await;
}

#[tokio::test]
async fn after_one_visit_the_app_works_offline() {
    let (port, offline) = switchable_server();
    let b = Browser::new(1280).await;
    let base = format!("http://127.0.0.1:{port}");
    b.client.goto(&format!("{base}/companies")).await.unwrap();
    b.wait_for(".card").await;
    b.wait_until("the service worker controls the page", || async {
        b.js(
            "return navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)",
        )
        .await
            == true
            || {
                b.client.refresh().await.unwrap();
                false
            }
    })
    .await;
    // A reader of the Chinese edition fetched its texts while online.
    b.client
        .goto(&format!("{base}/company/deepseek?lang=zh"))
        .await
        .unwrap();
    b.wait_for(".entity__lede [data-testid='translated']").await;
    offline.store(true, Ordering::SeqCst);
    b.client.refresh().await.unwrap();
    b.wait_for(".entity__lede [data-testid='translated']").await;
    b.client.goto(&format!("{base}/companies")).await.unwrap();
    b.wait_for(".card[data-id='deepseek']").await;
    b.client
        .goto(&format!("{base}/companies?cat=robotics"))
        .await
        .unwrap();
    b.wait_for(".card[data-id='unitree-robotics']").await;
    b.close().await;
}
