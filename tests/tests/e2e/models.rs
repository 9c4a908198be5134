//! The Models view: sort, filters, columns, pick and compare, chart, model pages.

use atlas_e2e::{dataset, Browser};

const ROWS: &str = ".model-table tbody tr[data-id]";

fn model(id: &str) -> &'static atlas_core::dataset::Model {
    dataset().model(id).unwrap()
}

#[tokio::test]
async fn header_clicks_sort_with_aria_sort_and_shift_adds_a_key() {
    let b = Browser::new(1280).await;
    b.open("/models").await;
    b.wait_for(ROWS).await;
    assert_eq!(
        b.attrs("th[data-column='released']", "aria-sort").await,
        ["descending"]
    );
    b.click("th[data-column='params'] button").await;
    b.wait_for_path("/models?sort=-params").await;
    assert_eq!(
        b.attrs("th[data-column='params']", "aria-sort").await,
        ["descending"]
    );
    assert_eq!(
        b.attrs("th[data-column='released']", "aria-sort").await,
        ["none"]
    );
    // Nulls last even when descending; known values in order.
    let ids = b.ids(ROWS).await;
    let params: Vec<Option<f64>> = ids.iter().map(|id| model(id).total_params_b).collect();
    let known = params.iter().take_while(|p| p.is_some()).count();
    assert!(
        params[known..].iter().all(Option::is_none),
        "unknown sizes must come last"
    );
    assert!(params[..known].windows(2).all(|w| w[0] >= w[1]));
    // Unknown values read "—" with a "not published" tooltip, never 0.
    let last = ids.last().unwrap();
    let cell = b
        .wait_for(&format!("tr[data-id='{last}'] td.col-params .unknown"))
        .await;
    assert_eq!(cell.text().await.unwrap(), "—");
    assert_eq!(
        cell.attr("title").await.unwrap().as_deref(),
        Some("not published")
    );
    // Shift-click adds a secondary key.
    b.js("document.querySelector(\"th[data-column='org'] button\").dispatchEvent(new MouseEvent('click', {bubbles: true, shiftKey: true}))").await;
    b.wait_for_path("/models?sort=-params~org").await;
    assert!(b.text("th[data-column='org']").await.contains("↑2"));
    // Ascending: still nulls last.
    b.click("th[data-column='params'] button").await;
    b.wait_for_path("/models?sort=params").await;
    let ids = b.ids(ROWS).await;
    assert!(model(ids.last().unwrap()).total_params_b.is_none());
    assert!(model(&ids[0]).total_params_b.is_some());
    b.close().await;
}

#[tokio::test]
async fn month_dates_display_as_months_and_sort_among_days() {
    let b = Browser::new(1280).await;
    b.open("/models?q=kimi%20k2&sort=released").await;
    b.wait_for(ROWS).await;
    let thinking = b
        .text("tr[data-id='kimi-k2-thinking'] td.col-released")
        .await;
    assert_eq!(thinking, "Nov 2025");
    let k2 = b.text("tr[data-id='kimi-k2'] td.col-released").await;
    assert_eq!(k2, "11 Jul 2025");
    b.close().await;
}

#[tokio::test]
async fn each_filter_kind_including_open_ended_ranges() {
    let b = Browser::new(1280).await;
    b.open("/models?params=300..").await;
    b.wait_for(ROWS).await;
    let ids = b.ids(ROWS).await;
    let expected = dataset()
        .models
        .iter()
        .filter(|m| m.total_params_b.is_some_and(|p| p >= 300.0))
        .count();
    assert_eq!(ids.len(), expected);
    b.open("/models?date=..2023-12").await;
    b.wait_for(ROWS).await;
    let ids = b.ids(ROWS).await;
    assert!(!ids.is_empty());
    assert!(ids
        .iter()
        .all(|id| model(id).released.is_some_and(|d| d.year <= 2023)));
    // The range inputs write the URL.
    b.set_value("[data-testid='params-max']", "10").await;
    b.wait_for_path("/models?params=..10&date=..2023-12").await;
    b.open("/models?country=United%20States&lic=permissive&arch=moe&open=1&reason=1&mod=text")
        .await;
    b.wait_for(ROWS).await;
    let ids = b.ids(ROWS).await;
    assert_eq!(ids, ["gpt-oss-120b"]);
    b.open("/models?org=moonshot-ai").await;
    b.wait_for(ROWS).await;
    let ids = b.ids(ROWS).await;
    assert_eq!(
        ids.len(),
        dataset()
            .models
            .iter()
            .filter(|m| m.company == "moonshot-ai")
            .count()
    );
    b.close().await;
}

#[tokio::test]
async fn the_column_chooser_hides_and_shows_columns() {
    let b = Browser::new(1280).await;
    b.open("/models").await;
    b.wait_for("th[data-column='country']").await;
    b.click("[data-testid='column-chooser'] summary").await;
    b.click("[data-testid='column-chooser'] input[data-column='country']")
        .await;
    b.wait_for_path("/models?cols=name~org~released~params~active~arch~context~lic~open~reason")
        .await;
    assert_eq!(b.count("th[data-column='country']").await, 0);
    b.click("[data-testid='column-chooser'] input[data-column='bench']")
        .await;
    b.wait_for("th.col-bench").await;
    b.close().await;
}

#[tokio::test]
async fn picking_three_models_and_comparing_them_with_sources() {
    let b = Browser::new(1280).await;
    b.open("/models?q=deepseek").await;
    for id in ["deepseek-v3", "deepseek-r1", "deepseek-v2"] {
        b.click(&format!("tr[data-id='{id}'] input[data-testid='pick']"))
            .await;
        b.wait_until("the pick is in the URL", || async {
            b.path().await.contains(id)
        })
        .await;
    }
    assert_eq!(
        b.path().await,
        "/models?q=deepseek&pick=deepseek-v3~deepseek-r1~deepseek-v2"
    );
    b.click("[data-testid='compare-button']").await;
    b.wait_for_path("/models?q=deepseek&pick=deepseek-v3~deepseek-r1~deepseek-v2&view=compare")
        .await;
    let headers = b.ids(".compare-table thead th[data-id]").await;
    assert_eq!(headers, ["deepseek-v3", "deepseek-r1", "deepseek-v2"]);
    let sources = b.attrs(".compare-table .source-link a", "href").await;
    assert!(sources.len() >= 6 && sources.iter().all(|h| h.starts_with("https://")));
    // Only differences in kind are highlighted: R1 reasons and V3 does not; their release
    // dates and sizes differ too, but those rows are not highlighted.
    let highlighted = b.texts(".compare-table tr.differs th").await;
    assert!(
        highlighted.iter().any(|t| t == "Reasoning"),
        "{highlighted:?}"
    );
    assert!(
        !highlighted
            .iter()
            .any(|t| t == "Released" || t == "Total parameters"),
        "{highlighted:?}"
    );
    // One row per benchmark any of them reports, alphabetically, the same for every model.
    let mut expected: Vec<String> = ["deepseek-v3", "deepseek-r1", "deepseek-v2"]
        .iter()
        .flat_map(|id| {
            dataset()
                .model(id)
                .unwrap()
                .benchmarks
                .iter()
                .map(|b| b.name.clone())
        })
        .collect();
    expected.sort_by_key(|n| n.to_lowercase());
    expected.dedup();
    assert!(!expected.is_empty());
    assert_eq!(
        b.attrs(".compare-table tr[data-benchmark]", "data-benchmark")
            .await,
        expected
    );
    // Controls that do not apply to the comparison are hidden.
    for hidden in [
        ".layout__filters",
        "[data-testid='search']",
        "[data-testid='column-chooser']",
    ] {
        let shown = b
            .js(&format!(
                "return document.querySelector({hidden:?}).getClientRects().length > 0;"
            ))
            .await;
        assert_eq!(shown, serde_json::Value::Bool(false), "{hidden} is shown");
    }
    // A model is added from inside the comparison; focus stays in the field.
    b.set_value("[data-testid='compare-add-input']", "kimi k2")
        .await;
    b.wait_for(".compare-add__matches button[data-id='kimi-k2']")
        .await;
    b.click(".compare-add__matches button[data-id='kimi-k2']")
        .await;
    b.wait_for_path(
        "/models?q=deepseek&pick=deepseek-v3~deepseek-r1~deepseek-v2~kimi-k2&view=compare",
    )
    .await;
    b.wait_for(".compare-table thead th[data-id='kimi-k2']")
        .await;
    assert_eq!(
        b.js("return document.activeElement.dataset.testid;").await,
        "compare-add-input"
    );
    b.close().await;
}

#[tokio::test]
async fn the_chart_draws_one_focusable_point_per_filtered_model() {
    let b = Browser::new(1280).await;
    b.open("/models?country=China&view=chart").await;
    b.wait_for("[data-testid='chart'] circle").await;
    let expected = dataset()
        .models
        .iter()
        .filter(|m| m.country == "China" && m.released.is_some() && m.total_params_b.is_some())
        .count();
    assert_eq!(b.count("circle.chart__point").await, expected);
    // One Tab stop: the earliest point; the arrow keys move through the points by date.
    let mut by_date: Vec<&atlas_core::dataset::Model> = dataset()
        .models
        .iter()
        .filter(|m| m.country == "China" && m.released.is_some() && m.total_params_b.is_some())
        .collect();
    by_date.sort_by(|a, b| {
        (a.released.unwrap().first_day_key())
            .cmp(&b.released.unwrap().first_day_key())
            .then(
                a.total_params_b
                    .unwrap()
                    .total_cmp(&b.total_params_b.unwrap()),
            )
    });
    let tabbable = b
        .js("return [...document.querySelectorAll('circle.chart__point[tabindex=\"0\"]')].map((c) => c.dataset.id)")
        .await;
    assert_eq!(tabbable, serde_json::json!([by_date[0].id]));
    assert_eq!(
        b.count("circle.chart__point[tabindex='-1']").await,
        expected - 1
    );
    b.js(&format!(
        "const c = document.querySelector(\"circle[data-id='{}']\"); c.focus(); c.dispatchEvent(new KeyboardEvent('keydown', {{key: 'ArrowRight', bubbles: true}}));",
        by_date[0].id
    ))
    .await;
    assert_eq!(
        b.js("return document.activeElement.dataset.id").await,
        by_date[1].id.as_str()
    );
    assert_eq!(
        b.attrs(&format!("circle[data-id='{}']", by_date[1].id), "tabindex")
            .await,
        ["0"]
    );
    let label = b
        .attrs("circle.chart__point[data-id='deepseek-v3']", "aria-label")
        .await;
    assert_eq!(
        label,
        ["DeepSeek-V3, DeepSeek; Released: 26 Dec 2024; Parameters: 671B; open weights"]
    );
    b.close().await;
}

#[tokio::test]
async fn a_full_url_reproduces_the_exact_view_and_back_forward_work() {
    let b = Browser::new(1280).await;
    let url = "/models?country=China&open=1&params=100..&date=2025-01..2025-12&sort=-params~name&cols=name~org~params&pick=deepseek-r1~kimi-k2";
    b.open(url).await;
    b.wait_for(ROWS).await;
    let first = b.ids(ROWS).await;
    b.refresh().await;
    b.wait_for_ids(ROWS, &first).await;
    assert_eq!(b.path().await, url);
    assert_eq!(b.count(".model-table thead th[data-column]").await, 3);
    assert_eq!(
        b.attrs("input[data-testid='pick']:checked", "aria-label")
            .await
            .len(),
        2
    );
    for id in &first {
        let m = model(id);
        assert!(m.country == "China" && m.open_weights && m.total_params_b.unwrap() >= 100.0);
        assert_eq!(m.released.unwrap().year, 2025);
    }
    b.click("[data-testid='view-chart']").await;
    b.wait_for("[data-testid='chart']").await;
    b.back().await;
    b.wait_for_ids(ROWS, &first).await;
    b.forward().await;
    b.wait_for("[data-testid='chart']").await;
    b.close().await;
}

#[tokio::test]
async fn a_model_page_shows_values_with_sources_and_its_company() {
    let b = Browser::new(1280).await;
    b.open("/model/deepseek-v3").await;
    b.wait_for("[data-testid='model-page']").await;
    let facts = b.text(".facts").await;
    assert!(facts.contains("671B"), "{facts}");
    assert!(facts.contains("37B active"), "{facts}");
    assert!(facts.contains("26 Dec 2024"), "{facts}");
    assert!(b.count(".facts .source-link a[href^='https://']").await >= 5);
    b.click("[data-testid='company-link']").await;
    b.wait_for_path("/company/deepseek").await;
    b.close().await;
}

/// A benchmark is a column the reader can show (from the Columns menu), sort by, and follow to
/// its source; a cell says how the score was measured and marks a model with several scores.
#[tokio::test]
async fn a_benchmark_column_shows_sorts_and_links_scores() {
    let data = dataset();
    let b = Browser::new(1280).await;
    b.open("/models").await;
    b.wait_for("html[data-app='ready'] [data-testid='column-chooser'] summary")
        .await;
    b.click("[data-testid='column-chooser'] summary").await;
    b.click("[data-column='gpqa-diamond']").await;
    b.wait_until("the column is in the URL", || async {
        b.url().await.contains("gpqa-diamond")
    })
    .await;
    // Close the menu, which covers the header row.
    b.click("[data-testid='column-chooser'] summary").await;
    b.click("th[data-column='gpqa-diamond'] button").await;
    b.wait_until("sorted by the score", || async {
        b.url().await.contains("sort=-gpqa-diamond")
    })
    .await;
    let ids = b.ids(ROWS).await;
    let scores: Vec<Option<f64>> = ids
        .iter()
        .map(|id| model(id).best_score("GPQA Diamond").map(|s| s.score))
        .collect();
    let known = scores.iter().take_while(|s| s.is_some()).count();
    assert!(known >= 15, "{known} models with a GPQA Diamond score");
    assert!(scores[known..].iter().all(Option::is_none));
    assert!(
        scores[..known].windows(2).all(|w| w[0] >= w[1]),
        "{scores:?}"
    );
    // The same order as the core computes for this URL.
    let query = b.url().await;
    let query = query.split_once('?').unwrap().1;
    assert_eq!(ids, atlas_e2e::model_ids(data, query));
    // The top cell: the best score, its source, how it was measured.
    let top = model(&ids[0]);
    let best = top.best_score("GPQA Diamond").unwrap();
    let cell = format!("tr[data-id='{}'] td.col-score a.score", top.id);
    assert!(b.text(&cell).await.starts_with(&best.score.to_string()));
    assert_eq!(b.attrs(&cell, "href").await[0], best.source_url);
    let title = b.attrs(&cell, "title").await.remove(0);
    assert!(title.contains(best.setting.as_deref().unwrap()), "{title}");
    // A model with several GPQA Diamond scores is marked "*" and says how many more.
    if let Some(m) = ids
        .iter()
        .map(|id| model(id))
        .find(|m| m.scores("GPQA Diamond").count() > 1)
    {
        let cell = format!("tr[data-id='{}'] td.col-score a.score", m.id);
        assert!(b.text(&cell).await.ends_with('*'));
        assert!(b.attrs(&cell, "title").await[0].contains("more on the model's page"));
    }
    // The URL alone reproduces the view.
    b.open(&format!("/models?{query}")).await;
    b.wait_for(ROWS).await;
    assert_eq!(b.ids(ROWS).await, ids);
    b.close().await;
}

/// The chart's axes are chosen in the URL (`x=`, `y=`) or with its two menus; each choice is a
/// history entry, a reload keeps it, Back returns to the previous axes. Points without a value
/// on an axis are not drawn, and the higher score is drawn higher.
#[tokio::test]
async fn chart_axes_follow_the_url_and_the_controls() {
    let data = dataset();
    let drawn_ids = |query: &str, x: fn(&atlas_core::dataset::Model) -> bool| {
        let mut ids: Vec<String> = atlas_e2e::model_ids(data, query)
            .into_iter()
            .filter(|id| {
                let m = model(id);
                x(m) && m.best_score("GPQA Diamond").is_some()
            })
            .collect();
        ids.sort();
        ids
    };
    let b = Browser::new(1280).await;
    b.open("/models?view=chart&y=gpqa-diamond").await;
    b.wait_for("html[data-app='ready'] circle.chart__point")
        .await;
    let by_date = drawn_ids("view=chart&y=gpqa-diamond", |m| m.released.is_some());
    assert!(by_date.len() >= 15, "{by_date:?}");
    assert_eq!(drawn(&b).await, by_date);
    assert!(b
        .text("[data-testid='chart-axes']")
        .await
        .contains("GPQA Diamond"));
    // The best score is the highest point.
    let best = by_date
        .iter()
        .max_by(|a, c| {
            let s = |id: &str| model(id).best_score("GPQA Diamond").unwrap().score;
            s(a).total_cmp(&s(c))
        })
        .unwrap();
    let top = b
        .js("return [...document.querySelectorAll('circle.chart__point')].sort((a, b) => a.cy.baseVal.value - b.cy.baseVal.value)[0].dataset.id")
        .await;
    assert_eq!(
        model(top.as_str().unwrap())
            .best_score("GPQA Diamond")
            .unwrap()
            .score,
        model(best).best_score("GPQA Diamond").unwrap().score
    );
    // The x menu: total parameters.
    b.js("const s = document.querySelector(\"[data-testid='chart-x']\"); s.value = 'params'; s.dispatchEvent(new Event('change', { bubbles: true }));")
        .await;
    b.wait_for_path("/models?view=chart&x=params&y=gpqa-diamond")
        .await;
    let by_size = drawn_ids("view=chart&x=params&y=gpqa-diamond", |m| {
        m.total_params_b.is_some()
    });
    b.wait_until("the points follow the new axis", || async {
        drawn(&b).await == by_size
    })
    .await;
    b.refresh().await;
    b.wait_for("html[data-app='ready'] circle.chart__point")
        .await;
    assert_eq!(drawn(&b).await, by_size);
    assert_eq!(
        b.js("return document.querySelector(\"[data-testid='chart-x']\").value")
            .await,
        "params"
    );
    b.back().await;
    b.wait_for_path("/models?view=chart&y=gpqa-diamond").await;
    b.wait_until("the points follow Back", || async {
        drawn(&b).await == by_date
    })
    .await;
    b.close().await;
}

/// The models the chart draws, by id, sorted.
async fn drawn(b: &Browser) -> Vec<String> {
    let mut ids = b.attrs("circle.chart__point", "data-id").await;
    ids.sort();
    ids
}

/// The overview answers the article's question with charts computed from the data: each
/// sentence matches the core's figures, and each chart is a link to the view behind it.
#[tokio::test]
async fn the_overview_charts_state_the_data_and_link_to_their_views() {
    let data = dataset();
    let b = Browser::new(1280).await;
    b.open("/").await;
    b.wait_for("html[data-app='ready'] [data-testid='race']")
        .await;
    assert_eq!(b.count("[data-testid='race'] figure").await, 5);
    // One key names the colours of every chart: each swatch has its bars' and lines' colour.
    assert_eq!(
        b.texts("[data-testid='race-legend'] .race__key").await,
        ["China", "United States", "Other countries (releases only)"]
    );
    let colours = b
        .js("const fill = (css) => getComputedStyle(document.querySelector(css)).fill; const key = (c) => getComputedStyle(document.querySelector('.race__key--' + c), '::before').backgroundColor; return [[key('china'), fill('.race__bar--china'), getComputedStyle(document.querySelector('path.race__line--china')).stroke], [key('us'), fill('.race__bar--us'), getComputedStyle(document.querySelector('path.race__line--us')).stroke], [key('other'), fill('.race__bar--other'), fill('.race__bar--other')]]")
        .await;
    let mut seen = Vec::new();
    for row in colours.as_array().unwrap() {
        let row: Vec<&str> = row
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        assert!(
            row.iter().all(|c| *c == row[0] && c.starts_with("rgb")),
            "{row:?}"
        );
        seen.push(row[0].to_string());
    }
    seen.dedup();
    assert_eq!(seen.len(), 3, "three distinct colours: {seen:?}");
    // Each bar says whose releases it counts.
    let titles: Vec<String> = serde_json::from_value(
        b.js("return [...document.querySelectorAll(\"[data-testid='race-releases'] rect title\")].map(t => t.textContent)")
            .await,
    )
    .unwrap();
    assert!(
        titles.iter().any(|t| t.ends_with(" from China")),
        "{titles:?}"
    );
    assert!(titles.iter().all(|t| t.contains(" from ")), "{titles:?}");
    // The count line says what the open-weight count counts.
    let chinese_open = data
        .models
        .iter()
        .filter(|m| m.country == "China" && m.open_weights)
        .count();
    let counts = b.text("[data-testid='overview-counts']").await;
    assert!(
        counts.contains(&format!(
            "{} models ({chinese_open} of them open-weight models from China)",
            data.models.len()
        )),
        "{counts}"
    );
    // The releases sentence: the last full year before the data ends.
    let years = atlas_core::overview::open_releases_per_year(data);
    let (year, china, us, _) = *years
        .iter()
        .rev()
        .find(|y| y.0 < data.header.as_of.year)
        .unwrap();
    assert_eq!(
        b.text("[data-testid='race-releases'] figcaption").await,
        format!("In {year} Chinese labs released {china} open-weight models in this atlas; US labs {us}.")
    );
    // The GPQA Diamond frontier names China's best model and score.
    let best = atlas_core::overview::frontier(data, "China", |m| {
        m.best_score("GPQA Diamond").map(|s| s.score)
    });
    let top = best.last().unwrap();
    let sentence = b
        .texts("[data-testid='race-frontier'] figcaption")
        .await
        .remove(0);
    assert!(
        sentence.contains(&format!(
            "China {} ({}",
            top.value, data.models[top.index].name
        )),
        "{sentence}"
    );
    // Each frontier sentence names the US's best too, or says it has none in the atlas (the
    // chart then draws no US line).
    let sentences = b.texts("[data-testid='race-frontier'] figcaption").await;
    assert_eq!(sentences.len(), 2);
    for (benchmark, sentence) in ["GPQA Diamond", "SWE-bench Verified"]
        .iter()
        .zip(&sentences)
    {
        let us = atlas_core::overview::frontier(data, "United States", |m| {
            m.best_score(benchmark).map(|s| s.score)
        });
        let expected = match us.last() {
            Some(top) => format!(
                "United States {} ({}",
                top.value, data.models[top.index].name
            ),
            None => "United States: none in this atlas".to_string(),
        };
        assert!(sentence.contains(&expected), "{benchmark}: {sentence}");
    }
    // A chart is a link to the filtered view that shows its models.
    b.click("[data-testid='race-frontier'] a").await;
    b.wait_for_path("/models?view=chart&y=gpqa-diamond").await;
    b.wait_for("html[data-app='ready'] circle.chart__point")
        .await;
    b.back().await;
    b.wait_for_path("/").await;
    b.wait_for("[data-testid='race-verdicts'] a").await;
    b.click("[data-testid='race-verdicts'] a").await;
    b.wait_for_path("/article").await;
    b.close().await;
}

/// Leaving the chart (or the table) for another page and coming back works: a frame the table
/// had asked for used to run after the view was gone and stopped the app.
#[tokio::test]
async fn leaving_the_chart_and_coming_back_keeps_the_app_running() {
    let b = Browser::new(1280).await;
    for start in [
        "/models?view=chart",
        "/models?view=chart&y=gpqa-diamond",
        "/models",
    ] {
        b.open(start).await;
        b.click(".site-header__brand").await;
        b.wait_for_path("/").await;
        b.wait_for("[data-testid='race'] figure").await;
        b.back().await;
        b.wait_for("[data-testid='model-table'], [data-testid='chart']")
            .await;
        assert_eq!(b.count("#fatal-error").await, 0, "{start}: the app stopped");
    }
    b.close().await;
}
