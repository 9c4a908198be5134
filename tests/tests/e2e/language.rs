//! The Chinese edition sticks: every in-app link on every route carries `lang=zh`, so a reader
//! who follows one (or opens it in a new tab) stays in Chinese.

use atlas_e2e::Browser;

#[tokio::test]
async fn every_in_app_link_keeps_the_chinese_edition() {
    let b = Browser::new(1280).await;
    for path in [
        "/",
        "/companies",
        "/models",
        "/timeline",
        "/article",
        "/company/deepseek",
        "/model/deepseek-v3",
        "/event/chatgpt-launch",
    ] {
        b.open(&format!("{path}?lang=zh")).await;
        b.wait_for("main a[href]").await;
        let (total, missing) = {
            let links = b
                .js("return [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')).filter((h) => h.startsWith('/'))")
                .await;
            let links: Vec<String> = serde_json::from_value(links).unwrap();
            let missing: Vec<String> = links
                .iter()
                .filter(|h| {
                    // The query, without a fragment (`/article?lang=zh#claim`).
                    let h = h.split('#').next().unwrap_or_default();
                    !h.split_once('?')
                        .is_some_and(|(_, q)| q.split('&').any(|p| p == "lang=zh"))
                })
                .cloned()
                .collect();
            (links.len(), missing)
        };
        assert!(total > 0, "{path}: no in-app links found");
        assert!(
            missing.is_empty(),
            "{path}: {} of {total} in-app links drop lang=zh, e.g. {:?}",
            missing.len(),
            &missing[..missing.len().min(5)]
        );
        // The share link and the embed snippet keep the language too (the overview has none).
        if path == "/" {
            continue;
        }
        b.wait_until("the share link keeps lang=zh", || async {
            b.js("return document.querySelector(\"[data-testid='share-url']\").value")
                .await
                .as_str()
                .is_some_and(|u| u.contains("lang=zh"))
        })
        .await;
        let embed = b
            .js("return document.querySelector(\"[data-testid='embed-snippet']\").value")
            .await;
        assert!(
            embed.as_str().unwrap().contains("lang=zh"),
            "{path}: {embed}"
        );
    }
    b.open("/models?lang=zh").await;
    b.click(".model-table tbody th.col-name a").await;
    b.wait_until("the model page", || async {
        b.path().await.starts_with("/model/")
    })
    .await;
    assert!(b.url().await.contains("lang=zh"), "{}", b.url().await);
    assert_eq!(
        b.js("return document.documentElement.lang").await,
        "zh-Hans"
    );
    b.close().await;
}

#[tokio::test]
async fn the_chosen_language_is_remembered_for_links_without_one() {
    let b = Browser::new(1280).await;
    b.open("/companies").await;
    assert_eq!(b.js("return document.documentElement.lang").await, "en");
    b.click("[data-testid='lang-switch']").await;
    b.wait_until("the Chinese edition", || async {
        b.url().await.contains("lang=zh")
    })
    .await;
    // A new visit to a link without a language opens in Chinese…
    b.open("/timeline?cat=policy").await;
    b.wait_until("lang=zh added to the address", || async {
        b.url().await.ends_with("/timeline?cat=policy&lang=zh")
    })
    .await;
    assert_eq!(
        b.js("return document.documentElement.lang").await,
        "zh-Hans"
    );
    // …a link that names a language wins…
    b.open("/models?lang=en").await;
    assert!(!b.url().await.contains("lang=zh"));
    assert_eq!(b.js("return document.documentElement.lang").await, "en");
    // …and switching back to English is remembered too.
    b.open("/models?lang=zh").await;
    b.click("[data-testid='lang-switch']").await;
    b.wait_until("the English edition", || async {
        !b.url().await.contains("lang=zh")
    })
    .await;
    b.open("/companies").await;
    assert!(!b.url().await.contains("lang=zh"), "{}", b.url().await);
    b.close().await;
}

/// Searching in Chinese finds what the pages show in English: the export-control events, the
/// events of a company by its Chinese name, and the Qwen models by 通义千问.
#[tokio::test]
async fn chinese_searches_find_events_and_models() {
    let data = atlas_e2e::dataset();
    let b = Browser::new(1280).await;
    b.open("/timeline?lang=zh").await;
    b.wait_for("html[data-app='ready'] .event").await;
    b.set_value("[data-testid='search']", "出口管制").await;
    b.wait_until("the export-control events are listed", || async {
        b.count(".event").await >= 6
    })
    .await;
    b.set_value("[data-testid='search']", "深度求索").await;
    b.wait_until("DeepSeek's events are listed", || async {
        let ids = b.ids(".event").await;
        !ids.is_empty()
            && ids.iter().all(|id| {
                let e = data.event(id).unwrap();
                e.companies.iter().any(|c| c == "deepseek")
                    || format!("{} {}", e.title, e.summary).contains("DeepSeek")
            })
    })
    .await;
    b.open("/models?lang=zh&q=%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE")
        .await;
    b.wait_for("html[data-app='ready'] .model-table tbody tr")
        .await;
    let names: Vec<String> = b
        .ids(".model-table tbody tr[data-id]")
        .await
        .iter()
        .map(|id| data.model(id).unwrap().name.clone())
        .collect();
    assert!(names.len() >= 5, "{names:?}");
    assert!(
        names.iter().filter(|n| n.contains("Qwen")).count() >= 5,
        "{names:?}"
    );
    b.close().await;
}

/// In the Chinese edition the dataset's English texts are marked `lang="en"` (screen readers
/// switch voice); in the English edition nothing is marked.
#[tokio::test]
async fn english_data_texts_are_marked_in_the_chinese_edition() {
    let b = Browser::new(1280).await;
    for (path, css) in [
        ("/timeline", ".event__summary"),
        ("/companies", ".card__description"),
        ("/article", ".claim__explanation"),
        ("/company/deepseek", ".sources__list .external span"),
    ] {
        b.open(&format!("{path}?lang=zh")).await;
        b.wait_for(&format!("html[data-app='ready'] {css}")).await;
        let langs = b.attrs(css, "lang").await;
        assert!(!langs.is_empty(), "{path}");
        // Every English text is marked; a Chinese one (a Chinese source title) is not.
        let texts = b.texts(css).await;
        for (lang, text) in langs.iter().zip(&texts) {
            let chinese = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert_eq!(lang == "en", !chinese, "{path}: {text}");
        }
        b.open(path).await;
        b.wait_for(&format!("html[data-app='ready'] {css}")).await;
        assert!(
            b.attrs(css, "lang").await.iter().all(String::is_empty),
            "{path}"
        );
    }
    b.close().await;
}

/// Cities and listing status are Chinese in the Chinese edition: on the cards, in the city
/// facet and on the company page.
#[tokio::test]
async fn cities_and_listing_status_are_chinese_in_the_chinese_edition() {
    let b = Browser::new(1280).await;
    b.open("/companies?lang=zh").await;
    b.wait_for("html[data-app='ready'] .card[data-id='deepseek']")
        .await;
    let meta = b.text(".card[data-id='deepseek'] .card__meta").await;
    assert!(meta.contains("杭州"), "{meta}");
    assert!(!meta.contains("Hangzhou"), "{meta}");
    assert_eq!(
        b.text(".card[data-id='deepseek'] [data-testid='listing']")
            .await,
        "未上市"
    );
    let cities = b
        .js("return [...document.querySelectorAll(\"[data-facet='city'] label\")].map((l) => l.textContent)")
        .await;
    let cities: Vec<String> = serde_json::from_value(cities).unwrap();
    assert!(cities.iter().any(|c| c.contains("杭州")), "{cities:?}");
    b.open("/company/deepseek?lang=zh").await;
    b.wait_for("html[data-app='ready'] [data-testid='company-page']")
        .await;
    let facts = b.text(".facts").await;
    assert!(
        facts.contains("杭州") && facts.contains("未上市"),
        "{facts}"
    );
    // The English edition is unchanged.
    b.open("/companies").await;
    b.wait_for("html[data-app='ready'] .card[data-id='deepseek']")
        .await;
    assert!(b
        .text(".card[data-id='deepseek'] .card__meta")
        .await
        .contains("Hangzhou"));
    b.close().await;
}

#[tokio::test]
async fn the_chinese_edition_shows_the_data_texts_in_chinese_marked_as_translations() {
    let b = Browser::new(1280).await;
    // A company's description: the translation, marked "译", not the English.
    b.open("/company/deepseek?lang=zh").await;
    b.wait_for(".entity__lede [data-testid='translated']").await;
    let lede = b.text(".entity__lede").await;
    assert!(lede.contains("幻方量化"), "{lede}");
    assert!(!lede.contains("Hangzhou-based"), "{lede}");
    // The English edition of the same page has no translation.
    b.open("/company/deepseek").await;
    b.wait_for(".entity__lede").await;
    assert!(b.text(".entity__lede").await.contains("Hangzhou-based"));
    assert_eq!(b.count("[data-testid='translated']").await, 0);
    // Event titles and summaries on the timeline.
    b.open("/timeline?lang=zh").await;
    b.wait_for(".event__summary [data-testid='translated']")
        .await;
    let title = b
        .text(".event[data-id='deepseek-selloff'] .event__title")
        .await;
    assert!(title.contains("英伟达"), "{title}");
    // The article's quote stays as quoted, with a Chinese rendering beside it.
    b.open("/article?lang=zh#selloff-trillion").await;
    b.wait_for("#selloff-trillion [data-testid='quote-rendering']")
        .await;
    let quote = b.text("#selloff-trillion .claim__quote").await;
    assert!(quote.contains("trillion"), "{quote}");
    assert_eq!(
        b.js("return document.querySelector('#selloff-trillion .claim__quote').lang")
            .await,
        "en"
    );
    let rendering = b.text("#selloff-trillion .claim__rendering").await;
    assert!(rendering.contains("万亿美元"), "{rendering}");
    // Values and dates in the models table are Chinese too (the English edition's are not).
    b.open("/models?lang=zh&q=deepseek-v3").await;
    b.wait_for(".model-table tbody tr[data-id='deepseek-v3']")
        .await;
    let row = b.text(".model-table tbody tr[data-id='deepseek-v3']").await;
    for expected in ["中国", "2024年12月26日", "是", "混合专家"] {
        assert!(row.contains(expected), "{expected} missing from {row}");
    }
    b.open("/models?q=deepseek-v3").await;
    b.wait_for(".model-table tbody tr[data-id='deepseek-v3']")
        .await;
    let row = b.text(".model-table tbody tr[data-id='deepseek-v3']").await;
    assert!(row.contains("26 Dec 2024"), "{row}");
    // A model page's facts, in Chinese.
    b.open("/model/deepseek-v3?lang=zh").await;
    b.wait_for("dl.facts").await;
    let facts = b.text("dl.facts").await;
    for expected in ["中国", "2024年12月26日", "混合专家", "激活37B"] {
        assert!(facts.contains(expected), "{expected} missing from {facts}");
    }
    b.close().await;
}

/// Latin-script words a Chinese page may show outside names and source titles: units,
/// abbreviations and the names of keys and file formats.
const ALLOWED_LATIN: &[&str] = &[
    "B", "K", "M", "T", "KB", "MB", "AI", "API", "CSV", "JSON", "SVG", "PNG", "URL", "MoE", "IPO",
    "Shift", "GPU", "CPU", "HBM", "AGI", "LLM", "CEO", "CTO", "Nvidia", "arXiv", "GitHub",
    "Hugging", "Face", "ChatGPT", "OpenAI", "BF16", "FP8", "FP16", "VS", "vs",
    // The language switch names the other edition in its own language.
    "English",
];

/// Every word of the dataset's names (companies, their aliases and founders, models, licences,
/// exchanges and tickers, benchmarks): a name is not a missing translation. Source titles and
/// benchmark settings are not among them: the scan leaves those elements out.
fn name_words() -> std::collections::HashSet<String> {
    let data = atlas_e2e::dataset();
    let mut names: Vec<&str> = ALLOWED_LATIN.to_vec();
    for c in &data.companies {
        names.push(&c.name_en);
        names.extend(c.aliases.iter().map(String::as_str));
        names.extend(c.founders.iter().map(String::as_str));
        names.extend(c.flagship.iter().map(String::as_str));
        names.extend(c.listing.exchange.as_deref());
        names.extend(c.listing.ticker.as_deref());
    }
    for m in &data.models {
        names.push(&m.name);
        names.push(&m.id);
        names.extend(m.license.as_deref());
        names.extend(m.context_label.as_deref());
        names.extend(m.benchmarks.iter().map(|b| b.name.as_str()));
        names.extend(m.training_compute.as_ref().map(|t| t.value.as_str()));
    }
    names
        .iter()
        .flat_map(|n| n.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Visible text (and `aria-label`s and placeholders) of the page, per element, with the
/// Latin-script words in it, leaving out what stays English on purpose (marked `lang="en"`):
/// source titles and addresses, the article's title and quotes, events' key figures and how a
/// benchmark score was measured (the source's wording).
const SCAN: &str = r#"
const found = [];
const skip = (el) => el.closest('script, style, noscript, textarea, .external, .sources__url, cite, .claim__quote, .key-figure, .bench-score__setting');
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const el = node.parentElement;
  if (!el || skip(el) || !el.checkVisibility()) continue;
  const text = node.textContent.trim();
  if (/[A-Za-z]{2,}/.test(text)) found.push([el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''), text]);
}
// A closed menu's options are not "visible", but they are what the menu shows.
for (const el of document.body.querySelectorAll('select')) {
  if (skip(el) || !el.checkVisibility()) continue;
  for (const o of el.options) if (/[A-Za-z]{2,}/.test(o.text)) found.push(['option', o.text]);
}
for (const el of document.body.querySelectorAll('[aria-label], [placeholder]')) {
  if (skip(el) || !el.checkVisibility()) continue;
  for (const a of ['aria-label', 'placeholder']) {
    const text = el.getAttribute(a);
    if (text && /[A-Za-z]{2,}/.test(text)) found.push([el.tagName.toLowerCase() + '@' + a, text]);
  }
}
return found;
"#;

/// The Chinese edition shows no English words outside names, numbers, units and source
/// titles, on every view and on a page of each kind of record.
#[tokio::test]
async fn the_chinese_edition_has_no_english_outside_names() {
    let allowed = name_words();
    let b = Browser::new(1280).await;
    let mut failures = Vec::new();
    for path in [
        "/",
        "/companies",
        "/models",
        "/models?view=chart",
        "/models?view=compare&pick=deepseek-v3~llama-4-maverick",
        "/timeline",
        "/article",
        "/company/deepseek",
        "/model/deepseek-v3",
        "/event/deepseek-selloff",
        "/model/no-such-model",
    ] {
        let sep = if path.contains('?') { '&' } else { '?' };
        b.open(&format!("{path}{sep}lang=zh")).await;
        // In the Chinese edition the app starts once the Chinese texts have arrived.
        b.wait_for("html[data-app='ready'] main").await;
        let found: Vec<(String, String)> = serde_json::from_value(b.js(SCAN).await).unwrap();
        for (element, text) in found {
            // A Chinese sentence (a translation) may name things in Latin script: DeepSeek's
            // "UE8M0 FP8", "App Store". Only mostly-Latin texts are English.
            let cjk = text
                .chars()
                .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                .count();
            let latin = text.chars().filter(char::is_ascii_alphabetic).count();
            if cjk >= 2 && cjk * 5 >= latin {
                continue;
            }
            let english: Vec<&str> = text
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
                .filter(|w| !allowed.contains(*w))
                .collect();
            if !english.is_empty() {
                failures.push(format!("{path} {element}: {english:?} in “{text}”"));
            }
        }
    }
    b.close().await;
    assert!(
        failures.is_empty(),
        "{} texts with English words in the Chinese edition:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
