//! The models chart as a publishable figure (title, source line, labels, tooltip, colour by
//! licence, SVG and PNG downloads, embed), the phone cards of the models table, and range
//! filters on benchmark columns.

use atlas_e2e::{dataset, model_ids, Browser};

const POINTS: &str = "html[data-app='ready'] circle.chart__point";

/// The ids the chart should draw for a query: the filtered models with both axis values.
fn drawn_for(query: &str, has: impl Fn(&atlas_core::dataset::Model) -> bool) -> Vec<String> {
    let data = dataset();
    let mut ids: Vec<String> = model_ids(data, query)
        .into_iter()
        .filter(|id| has(data.model(id).unwrap()))
        .collect();
    ids.sort();
    ids
}

async fn drawn(b: &Browser) -> Vec<String> {
    let mut ids = b.attrs("circle.chart__point", "data-id").await;
    ids.sort();
    ids
}

/// The title says what is plotted and what the filters keep; the source line names the
/// dataset version and the view's address; the downloaded SVG carries all of it and every
/// drawn point, and the PNG is an image.
#[tokio::test]
async fn the_chart_has_a_title_and_source_line_and_downloads_carry_them() {
    let data = dataset();
    let query = "country=China&view=chart&y=gpqa-diamond";
    let expected = drawn_for(query, |m| {
        m.released.is_some() && m.best_score("GPQA Diamond").is_some()
    });
    assert!(expected.len() >= 5, "{expected:?}");
    let b = Browser::new(1280).await;
    b.open(&format!("/models?{query}")).await;
    b.wait_for(POINTS).await;
    assert_eq!(drawn(&b).await, expected);
    assert_eq!(
        b.text("[data-testid='chart-title']").await,
        "GPQA Diamond score by release date"
    );
    let subtitle = b.text("[data-testid='chart-subtitle']").await;
    assert!(
        subtitle.starts_with(&format!(
            "{} models with both values published",
            expected.len()
        )) && subtitle.contains("China"),
        "{subtitle}"
    );
    let source = b.text("[data-testid='chart-source']").await;
    let version = &data.header.version;
    assert!(
        source.contains(&format!("Source: China AI Atlas, dataset {version}"))
            && source.contains(&format!("/models?{query}")),
        "{source}"
    );
    // The best Chinese GPQA Diamond score is labelled on the chart.
    let best = expected
        .iter()
        .map(|id| data.model(id).unwrap())
        .max_by(|a, c| {
            let s = |m: &atlas_core::dataset::Model| m.best_score("GPQA Diamond").unwrap().score;
            s(a).total_cmp(&s(c))
        })
        .unwrap();
    assert!(
        b.texts(".chart__label")
            .await
            .contains(&best.name.to_string()),
        "no label for {}",
        best.name
    );
    b.click("[data-testid='chart-svg']").await;
    let (name, svg) = b
        .downloaded(&format!(
            "china-ai-atlas-chart-gpqa-diamond-by-released-{version}"
        ))
        .await;
    assert!(name.ends_with(".svg"), "{name}");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains("GPQA Diamond score by release date"));
    assert!(svg.contains(&format!("Source: China AI Atlas, dataset {version}")));
    assert!(svg.contains("models with both values published"));
    assert_eq!(
        svg.matches("<circle").count(),
        expected.len(),
        "every drawn point is in the file"
    );
    b.click("[data-testid='chart-png']").await;
    let (name, png) = b
        .downloaded_bytes(&format!(
            "china-ai-atlas-chart-gpqa-diamond-by-released-{version}.png"
        ))
        .await;
    assert!(name.ends_with(".png"));
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{name} is not a PNG");
    assert!(png.len() > 10_000, "{name} is only {} bytes", png.len());
    b.close().await;
}

/// `color=license` (from the menu or the URL) colours the points by licence family, with its
/// legend; Back returns to colour by country.
#[tokio::test]
async fn the_chart_colours_by_licence_family_through_the_menu_and_the_url() {
    let b = Browser::new(1280).await;
    b.open("/models?view=chart").await;
    b.wait_for(POINTS).await;
    b.js("const s = document.querySelector(\"[data-testid='chart-color']\"); s.value = 'license'; s.dispatchEvent(new Event('change', { bubbles: true }));")
        .await;
    b.wait_for_path("/models?view=chart&color=license").await;
    b.wait_for("svg.chart__svg--license").await;
    let fill = |id: &str| {
        format!(
            "return getComputedStyle(document.querySelector(\"circle[data-id='{id}']\")).stroke"
        )
    };
    let legend = |class: &str| {
        format!("return getComputedStyle(document.querySelector('.legend--{class}')).color")
    };
    // DeepSeek-R1 (MIT) and Kimi K2 (modified MIT, restricted) differ; each matches its legend.
    assert_eq!(
        dataset().model("deepseek-r1").unwrap().license_family,
        Some(atlas_core::dataset::LicenseFamily::Permissive)
    );
    assert_eq!(
        b.js(&fill("deepseek-r1")).await,
        b.js(&legend("lic-permissive")).await
    );
    let restricted = dataset()
        .models
        .iter()
        .find(|m| {
            m.license_family == Some(atlas_core::dataset::LicenseFamily::Restricted)
                && m.released.is_some()
                && m.total_params_b.is_some()
        })
        .unwrap();
    assert_eq!(
        b.js(&fill(&restricted.id)).await,
        b.js(&legend("lic-restricted")).await
    );
    assert_ne!(
        b.js(&fill("deepseek-r1")).await,
        b.js(&fill(&restricted.id)).await
    );
    assert!(b
        .text("[data-testid='chart-legend']")
        .await
        .contains("Permissive"));
    b.refresh().await;
    b.wait_for("html[data-app='ready'] svg.chart__svg--license")
        .await;
    b.back().await;
    b.wait_for_path("/models?view=chart").await;
    b.wait_until("colours by country again", || async {
        b.count("svg.chart__svg--license").await == 0
    })
    .await;
    assert!(b
        .text("[data-testid='chart-legend']")
        .await
        .contains("China"));
    b.close().await;
}

/// Focus (or hover) shows a tooltip with the point's values beside it; on a touch screen the
/// first tap shows it and the second opens the model.
#[tokio::test]
async fn a_point_shows_its_values_on_focus_and_a_second_tap_opens_it() {
    let b = Browser::new(1280).await;
    b.open("/models?view=chart").await;
    b.wait_for(POINTS).await;
    b.js("document.querySelector(\"circle[data-id='deepseek-v3']\").focus()")
        .await;
    b.wait_for("[data-testid='chart-tip']").await;
    let tip = b.text("[data-testid='chart-tip']").await;
    assert!(
        tip.contains("DeepSeek-V3") && tip.contains("Parameters: 671B"),
        "{tip}"
    );
    // Beside the point: the tip's box is within 40 px of the point's centre horizontally.
    let gap = b
        .js("const c = document.querySelector(\"circle[data-id='deepseek-v3']\").getBoundingClientRect(); const t = document.querySelector(\"[data-testid='chart-tip']\").getBoundingClientRect(); const x = c.left + c.width / 2; return Math.max(0, t.left - x, x - t.right) + Math.max(0, t.top - c.bottom, c.top - t.bottom)")
        .await
        .as_f64()
        .unwrap();
    assert!(gap <= 40.0, "the tooltip is {gap} px from its point");
    b.js("document.activeElement.blur()").await;
    b.wait_until("the tooltip hides", || async {
        b.count("[data-testid='chart-tip']").await == 0
    })
    .await;
    let tap = "const c = document.querySelector(\"circle[data-id='deepseek-v3']\"); c.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true })); c.dispatchEvent(new MouseEvent('click', { bubbles: true }));";
    b.js(tap).await;
    b.wait_for("[data-testid='chart-tip']").await;
    assert_eq!(b.path().await, "/models?view=chart");
    b.js(tap).await;
    b.wait_for_path("/model/deepseek-v3").await;
    b.close().await;
}

/// Embedded, the chart view is the chart alone: title, plot, source line and a link to the
/// full view — no filters, share bar or menus.
#[tokio::test]
async fn the_embedded_chart_view_is_the_chart_alone() {
    let b = Browser::new(640).await;
    b.open("/models?view=chart&y=gpqa-diamond&embed=1").await;
    b.wait_for(POINTS).await;
    assert_eq!(b.count("#filters").await, 0, "the filters are shown");
    assert_eq!(b.count("[data-testid='share']").await, 0);
    assert_eq!(b.count("[data-testid='chart-x']").await, 0);
    assert_eq!(b.count(".site-header").await, 0);
    assert_eq!(b.count("[data-testid='open-full-view']").await, 1);
    let top = b
        .js("return document.querySelector('.chart__svg').getBoundingClientRect().top")
        .await
        .as_f64()
        .unwrap();
    assert!(top < 160.0, "the chart starts {top} px down");
    assert_eq!(
        b.text("[data-testid='chart-title']").await,
        "GPQA Diamond score by release date"
    );
    assert!(b
        .text("[data-testid='chart-source']")
        .await
        .contains("Source: China AI Atlas"));
    b.close().await;
}

/// At 390 px the chart fills the width, its tick text reads at 12 px or more and its markers
/// are at least 14 px across.
#[tokio::test]
async fn the_chart_is_legible_on_a_phone() {
    let b = Browser::new(390).await;
    b.open("/models?view=chart").await;
    b.wait_for(POINTS).await;
    b.wait_for("svg.chart__svg--narrow").await;
    let width = b
        .js("return document.querySelector('.chart__svg').getBoundingClientRect().width")
        .await
        .as_f64()
        .unwrap();
    assert!(width >= 340.0, "the chart is {width} px wide");
    let text = b
        .js("return Math.min(...[...document.querySelectorAll('.chart__grid text')].map((t) => t.getBoundingClientRect().height))")
        .await
        .as_f64()
        .unwrap();
    assert!(text >= 12.0, "tick text is {text} px high");
    let marker = b
        .js("return Math.min(...[...document.querySelectorAll('circle.chart__point')].map((c) => c.getBoundingClientRect().width))")
        .await
        .as_f64()
        .unwrap();
    assert!(marker >= 10.0, "markers are {marker} px across");
    let overflow = b
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        .await
        .as_f64()
        .unwrap();
    let wide = b.js("return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 391).slice(-8).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent || '').slice(0, 30))").await;
    assert!(
        overflow <= 0.0,
        "the page scrolls sideways by {overflow} px: {wide}"
    );
    b.close().await;
}

/// At 390 px the models view is a list of cards — each with its name, a pick box and labelled
/// values — with nothing to scroll sideways; the header is a row of sort buttons that sort
/// the cards, and picking works.
#[tokio::test]
async fn on_a_phone_the_models_are_cards_not_a_sideways_table() {
    let data = dataset();
    let b = Browser::new(390).await;
    b.open("/models").await;
    b.wait_for("html[data-app='ready'] .model-table tbody tr[data-id]")
        .await;
    let sideways = b
        .js("const s = document.querySelector('.table-scroll'); return Math.max(s.scrollWidth - s.clientWidth, document.documentElement.scrollWidth - document.documentElement.clientWidth)")
        .await
        .as_f64()
        .unwrap();
    assert!(sideways <= 0.0, "{sideways} px scroll sideways");
    assert_eq!(
        b.js("return getComputedStyle(document.querySelector('.model-table tbody tr')).display")
            .await,
        "block"
    );
    let widest = b
        .js("return Math.max(...[...document.querySelectorAll('.model-table tbody tr')].map((r) => r.getBoundingClientRect().right))")
        .await
        .as_f64()
        .unwrap();
    assert!(widest <= 390.0, "a card ends at {widest} px");
    // Each value is labelled with its column.
    let label = b
        .js("return getComputedStyle(document.querySelector(\".model-table tr[data-id='deepseek-v3'] td.col-params\"), '::before').content")
        .await;
    assert_eq!(label, "\"Parameters\"");
    assert_eq!(
        b.text(".model-table tr[data-id='deepseek-v3'] td.col-params span")
            .await,
        "671B"
    );
    // Sort by parameters from the header row; the cards follow.
    b.click("th[data-column='params'] button").await;
    b.wait_for_path("/models?sort=-params").await;
    let expected = model_ids(data, "sort=-params");
    b.wait_for_ids(".model-table tbody tr[data-id]", &expected)
        .await;
    // Pick from a card.
    b.click(".model-table tbody tr[data-id] [data-testid='pick']")
        .await;
    b.wait_for_path(&format!("/models?sort=-params&pick={}", expected[0]))
        .await;
    b.close().await;
}

/// A benchmark column shown in the table gets a range filter: it keeps the models whose best
/// score is inside, writes `gpqa-diamond=80..` to the URL, shows a chip, and the chip clears it.
#[tokio::test]
async fn a_benchmark_column_filters_by_range() {
    let data = dataset();
    let b = Browser::new(1280).await;
    b.open("/models?cols=name~gpqa-diamond").await;
    b.wait_for("html[data-app='ready'] [data-testid='gpqa-diamond-min']")
        .await;
    b.set_value("[data-testid='gpqa-diamond-min']", "80").await;
    b.wait_for_path("/models?gpqa-diamond=80..&cols=name~gpqa-diamond")
        .await;
    let expected = model_ids(data, "gpqa-diamond=80..");
    assert!(!expected.is_empty() && expected.len() < 20, "{expected:?}");
    b.wait_for_ids(".model-table tbody tr[data-id]", &expected)
        .await;
    let chips = b
        .texts("[data-testid='filter-chips'] .filter-chip span")
        .await;
    assert!(
        chips.iter().any(|c| c.contains("GPQA Diamond: 80–")),
        "{chips:?}"
    );
    // Not a score: the field says so and the filter is not applied.
    b.set_value("[data-testid='gpqa-diamond-max']", "120").await;
    b.wait_until("the field is marked invalid", || async {
        b.attrs("[data-testid='gpqa-diamond-max']", "aria-invalid")
            .await
            == ["true"]
    })
    .await;
    assert_eq!(
        b.path().await,
        "/models?gpqa-diamond=80..&cols=name~gpqa-diamond"
    );
    b.click(".filter-chip[data-key='gpqa-diamond'] button")
        .await;
    b.wait_for_path("/models?cols=name~gpqa-diamond").await;
    b.wait_for_ids(
        ".model-table tbody tr[data-id]",
        &model_ids(data, "cols=name~gpqa-diamond"),
    )
    .await;
    b.close().await;
}

/// Scores measured with tools or several attempts never stand in a column beside single
/// attempts: the column shows the comparable score, and the model page marks the other.
#[tokio::test]
async fn columns_show_comparable_scores_and_mark_the_others() {
    let b = Browser::new(1280).await;
    b.open("/models?cols=name~swe-bench-verified~aime-2025")
        .await;
    b.wait_for("html[data-app='ready'] .model-table tr[data-id='glm-4-6']")
        .await;
    // GLM-4.6: AIME 2025 93.9 without tools (98.6 with tools is on its page).
    assert_eq!(
        b.text(".model-table tr[data-id='glm-4-6'] td.col-score:nth-of-type(3)")
            .await,
        "93.9*"
    );
    // Kimi K2: SWE-bench Verified 65.8 in a single attempt (71.6 took several).
    assert_eq!(
        b.text(".model-table tr[data-id='kimi-k2'] td.col-score:nth-of-type(2)")
            .await,
        "65.8*"
    );
    assert!(b
        .text("[data-testid='score-hint']")
        .await
        .contains("† measured differently"));
    b.open("/model/glm-4-6").await;
    b.wait_for("html[data-app='ready'] [data-testid='caveat']")
        .await;
    let marked = b
        .texts("tr[data-benchmark='AIME 2025'] [data-testid='caveat']")
        .await;
    assert_eq!(marked, ["Measured differently: with tools."]);
    b.close().await;
}
