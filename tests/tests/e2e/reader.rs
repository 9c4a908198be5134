//! Reader features: share, cite, export, embed, Chinese interface, dark mode.

use atlas_e2e::{dataset, Browser};

#[tokio::test]
async fn copy_link_offers_the_canonical_url_of_the_view() {
    let b = Browser::new(1280).await;
    // A non-canonical query (unsorted list, default sort spelled out) is shared canonically.
    b.open("/companies?city=Shanghai~Beijing&sort=name").await;
    b.wait_for(".card").await;
    let url = b
        .wait_for("[data-testid='share-url']")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(url, format!("{}/companies?city=Beijing~Shanghai", b.base));
    b.click("[data-testid='copy-link']").await;
    b.wait_until("the copy is confirmed", || async {
        !b.text("[data-testid='copy-status']").await.is_empty()
    })
    .await;
    let citation = b
        .wait_for("[data-testid='citation']")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    let header = &dataset().header;
    assert!(
        citation.starts_with(&format!(
            "China AI Atlas, “Companies”, dataset version {} (data as of {}).",
            header.version,
            header.as_of.display()
        )),
        "{citation}"
    );
    assert!(citation.contains(&url));
    b.close().await;
}

#[tokio::test]
async fn csv_and_json_hold_exactly_the_rows_shown_in_order() {
    let b = Browser::new(1280).await;
    b.open("/models?country=China&open=1&sort=-params&cols=name~org~params")
        .await;
    b.wait_for(".model-table tbody tr").await;
    let shown = b.ids(".model-table tbody tr[data-id]").await;
    b.click("[data-testid='download-csv']").await;
    let (name, csv) = b.downloaded("china-ai-atlas-models-").await;
    assert_eq!(
        name,
        format!(
            "china-ai-atlas-models-{}-rows-v{}.csv",
            shown.len(),
            dataset().header.version
        )
    );
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,name,org,total_params_billions"));
    let ids: Vec<String> = lines
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect();
    assert_eq!(ids, shown);
    b.click("[data-testid='download-json']").await;
    let (_, json) = b
        .downloaded(&format!(
            "china-ai-atlas-models-{}-rows-v{}.json",
            shown.len(),
            dataset().header.version
        ))
        .await;
    let document: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ids: Vec<&str> = document["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, shown);
    assert_eq!(
        document["dataset_version"],
        dataset().header.version.as_str()
    );
    b.close().await;
}

/// A score the table marks "†" (measured differently: with tools, or several attempts) keeps
/// that mark in the CSV, in the `_caveat` column beside it; comparable scores have none.
#[tokio::test]
async fn the_csv_keeps_the_mark_of_a_score_measured_differently() {
    let b = Browser::new(1280).await;
    // Every benchmark column the table offers.
    let keys: Vec<&str> = atlas_core::state::ModelColumn::ALL
        .into_iter()
        .filter(|c| c.benchmark().is_some())
        .map(|c| c.as_str())
        .collect();
    b.open(&format!("/models?cols=name~{}", keys.join("~")))
        .await;
    b.wait_for(".model-table tbody tr[data-id]").await;
    // Each row's id and, per benchmark column, whether its cell shows "†".
    let table = b
        .js("return [...document.querySelectorAll('.model-table tbody tr[data-id]')].map(r => [r.dataset.id, [...r.children].slice(2).map(c => c.textContent.includes('†'))])")
        .await;
    let table = table.as_array().unwrap();
    b.click("[data-testid='download-csv']").await;
    let (_, csv) = b.downloaded("china-ai-atlas-models-").await;
    let mut lines = csv.lines();
    let columns: Vec<String> = keys
        .iter()
        .flat_map(|k| [k.to_string(), format!("{k}_caveat")])
        .collect();
    assert_eq!(
        lines.next(),
        Some(format!("id,name,{}", columns.join(",")).as_str())
    );
    let lines: Vec<&str> = lines.collect();
    assert_eq!(lines.len(), table.len());
    for (line, row) in lines.iter().zip(table) {
        let id = row[0].as_str().unwrap();
        assert_eq!(line.split(',').next(), Some(id));
        // Scores and caveats hold no commas: the last fields of the line, in column order.
        let mut fields: Vec<&str> = line.rsplitn(columns.len() + 1, ',').collect();
        fields.pop();
        fields.reverse();
        for (i, dagger) in row[1].as_array().unwrap().iter().enumerate() {
            let caveat = fields[2 * i + 1];
            assert!(
                ["", "with-tools", "several-attempts"].contains(&caveat),
                "{caveat}"
            );
            assert_eq!(
                dagger.as_bool(),
                Some(!caveat.is_empty()),
                "{id} {}",
                keys[i]
            );
        }
    }
    // (Today every model with a score measured differently in these benchmarks also has a
    // comparable one, which the columns prefer: no "†" is shown. The core's export test
    // covers a marked column cell.)
    b.close().await;
    // The list of all scores marks each score measured differently (a new browser: its
    // download has the same name as the first).
    let b = Browser::new(1280).await;
    b.open("/models?cols=name~bench").await;
    b.wait_for(".model-table tbody tr[data-id]").await;
    let shown = b.ids(".model-table tbody tr[data-id]").await;
    let (model, score, caveat) = shown
        .iter()
        .filter_map(|id| dataset().model(id))
        .find_map(|m| m.benchmarks.iter().find_map(|s| Some((m, s, s.caveat()?))))
        .expect("a shown model has a score measured differently");
    b.click("[data-testid='download-csv']").await;
    let (_, csv) = b.downloaded("china-ai-atlas-models-").await;
    let line = csv
        .lines()
        .find(|l| l.starts_with(&format!("{},", model.id)))
        .expect("the model's row");
    let marked = format!("{}: {} ({})", score.name, score.score, caveat.key());
    assert!(line.contains(&marked), "{marked} in {line}");
    b.close().await;
}

/// In the comparison, the downloads hold the compared models in their column order — not the
/// table's results, which the comparison does not show.
#[tokio::test]
async fn the_compare_downloads_hold_exactly_the_compared_models() {
    let b = Browser::new(1280).await;
    let picked = ["kimi-k2", "deepseek-v3", "qwen3-235b-a22b"];
    for id in picked {
        assert!(dataset().model(id).is_some(), "{id} is in the dataset");
    }
    b.open(&format!("/models?view=compare&pick={}", picked.join("~")))
        .await;
    b.wait_for("[data-testid='compare-table']").await;
    assert_eq!(
        b.attrs(".compare-table thead th[data-id]", "data-id").await,
        picked
    );
    b.click("[data-testid='download-csv']").await;
    let (name, csv) = b.downloaded("china-ai-atlas-models-").await;
    assert!(name.starts_with("china-ai-atlas-models-3-rows-"), "{name}");
    let ids: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(ids, picked);
    b.close().await;
}

#[tokio::test]
async fn embed_mode_hides_the_chrome_and_links_to_the_full_view() {
    let b = Browser::new(1280).await;
    b.open("/companies?cat=robotics&embed=1").await;
    b.wait_for(".card").await;
    assert_eq!(b.count("header.site-header").await, 0);
    assert_eq!(b.count("footer.site-footer").await, 0);
    let full = b.attrs("[data-testid='open-full-view']", "href").await;
    assert_eq!(full, ["/companies?cat=robotics"]);
    let snippet = b
        .wait_for("[data-testid='embed-snippet']")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    assert!(
        snippet.starts_with(&format!(
            "<iframe src=\"{}/companies?cat=robotics&embed=1\"",
            b.base
        )),
        "{snippet}"
    );
    b.close().await;
}

#[tokio::test]
async fn lang_zh_switches_the_interface_and_the_html_lang() {
    let b = Browser::new(1280).await;
    b.open("/companies?lang=zh").await;
    b.wait_for(".card").await;
    assert_eq!(
        b.text(".site-nav a[href='/companies?lang=zh']").await,
        "公司"
    );
    assert_eq!(
        b.js("return document.documentElement.lang").await,
        "zh-Hans"
    );
    // Chinese names first where they exist; data text without a Chinese version stays English.
    assert!(b
        .text(".card[data-id='deepseek'] .card__title")
        .await
        .starts_with("深度求索"));
    assert!(b
        .text(".card[data-id='airbnb'] .card__title")
        .await
        .starts_with("Airbnb"));
    // Enum labels and field names are translated too.
    assert!(b
        .text("[data-facet='cat']")
        .await
        .contains("基础模型实验室"));
    b.open("/model/deepseek-v3?lang=zh").await;
    let facts = b.text(".facts").await;
    assert!(
        facts.contains("总参数") && facts.contains("开放权重"),
        "{facts}"
    );
    b.open("/companies?lang=zh").await;
    b.wait_for(".card").await;
    // Links keep the language.
    b.click(".card[data-id='deepseek'] .card__title a").await;
    b.wait_for_path("/company/deepseek?lang=zh").await;
    b.click("[data-testid='lang-switch']").await;
    b.wait_for_path("/company/deepseek").await;
    assert_eq!(b.js("return document.documentElement.lang").await, "en");
    b.close().await;
}

#[tokio::test]
async fn the_dark_theme_applies_from_the_toggle_and_persists_across_a_reload() {
    let b = Browser::new(1280).await;
    b.open("/").await;
    assert_eq!(
        b.js("return document.documentElement.dataset.theme").await,
        "light"
    );
    b.click("[data-testid='theme-toggle']").await;
    assert_eq!(
        b.js("return document.documentElement.dataset.theme").await,
        "dark"
    );
    let background = b
        .js("return getComputedStyle(document.documentElement).backgroundColor")
        .await;
    assert_eq!(background, "rgb(18, 20, 24)");
    b.refresh().await;
    b.wait_for("[data-testid='theme-toggle']").await;
    assert_eq!(
        b.js("return document.documentElement.dataset.theme").await,
        "dark"
    );
    let version = b.text("[data-testid='dataset-version']").await;
    assert_eq!(version, dataset().header.version);
    b.close().await;
}
