//! The Companies view and company pages.

use atlas_e2e::{dataset, Browser};

/// Company ids passing `keep`, sorted by English name as the default sort does.
fn expected(keep: impl Fn(&atlas_core::dataset::Company) -> bool) -> Vec<String> {
    let mut companies: Vec<_> = dataset().companies.iter().filter(|c| keep(c)).collect();
    companies.sort_by_key(|c| c.name_en.to_lowercase());
    companies.into_iter().map(|c| c.id.clone()).collect()
}

const CARDS: &str = ".card[data-id]";

#[tokio::test]
async fn facet_counts_follow_the_other_filters_and_facets_combine() {
    let b = Browser::new(1280).await;
    b.open("/companies").await;
    b.wait_for(CARDS).await;
    let labs = expected(|c| c.category.as_str() == "foundation-lab");
    assert_eq!(b.facet_count("cat", "foundation-lab").await, labs.len());
    b.toggle_facet("city", "Beijing").await;
    b.wait_for_path("/companies?city=Beijing").await;
    let beijing_labs = expected(|c| {
        c.category.as_str() == "foundation-lab" && c.city.as_deref() == Some("Beijing")
    });
    assert!(beijing_labs.len() < labs.len());
    assert_eq!(
        b.facet_count("cat", "foundation-lab").await,
        beijing_labs.len()
    );
    // The city facet's own counts ignore the city filter.
    let shanghai = expected(|c| c.city.as_deref() == Some("Shanghai"));
    assert_eq!(b.facet_count("city", "Shanghai").await, shanghai.len());
    // AND across facets.
    b.toggle_facet("cat", "foundation-lab").await;
    b.wait_for_path("/companies?cat=foundation-lab&city=Beijing")
        .await;
    b.wait_for_ids(CARDS, &beijing_labs).await;
    // OR within a facet.
    b.toggle_facet("city", "Shanghai").await;
    b.wait_for_path("/companies?cat=foundation-lab&city=Beijing~Shanghai")
        .await;
    let either = expected(|c| {
        c.category.as_str() == "foundation-lab"
            && matches!(c.city.as_deref(), Some("Beijing" | "Shanghai"))
    });
    b.wait_for_ids(CARDS, &either).await;
    assert!(b
        .text("[data-testid='result-count']")
        .await
        .starts_with(&format!(
            "{} of {} companies",
            either.len(),
            dataset().companies.len()
        )));
    // A value that would give nothing is disabled, not hidden.
    assert!(!dataset()
        .companies
        .iter()
        .any(|c| c.category.as_str() == "internet-platform"
            && matches!(c.city.as_deref(), Some("Beijing" | "Shanghai"))));
    let disabled = b.js("return document.querySelector(\"[data-facet='cat'] input[data-value='internet-platform']\").disabled").await;
    assert_eq!(disabled, serde_json::Value::Bool(true));
    b.click("[data-testid='clear-all']").await;
    b.wait_for_path("/companies").await;
    assert_eq!(b.count(CARDS).await, dataset().companies.len());
    b.close().await;
}

#[tokio::test]
async fn chinese_search_finds_companies_by_substring() {
    let b = Browser::new(1280).await;
    b.open("/companies").await;
    let search = b.wait_for("[data-testid='search']").await;
    search.send_keys("深度").await.unwrap();
    b.wait_for_path("/companies?q=%E6%B7%B1%E5%BA%A6").await;
    b.wait_for_ids(CARDS, &["deepseek".to_string()]).await;
    // Latin search is case- and accent-insensitive and matches founders.
    b.open("/companies?q=LI%C3%81NG%20wenfeng").await;
    b.wait_for_ids(CARDS, &["deepseek".to_string()]).await;
    b.close().await;
}

#[tokio::test]
async fn typing_quickly_loses_no_characters() {
    let b = Browser::new(1280).await;
    b.open("/companies").await;
    let search = b.wait_for("[data-testid='search']").await;
    search.send_keys("moonshot ai").await.unwrap();
    b.wait_for_path("/companies?q=moonshot%20ai").await;
    let value = b
        .js("return document.querySelector(\"[data-testid='search']\").value")
        .await;
    assert_eq!(value, serde_json::json!("moonshot ai"));
    b.wait_for_ids(CARDS, &["moonshot-ai".to_string()]).await;
    b.close().await;
}

#[tokio::test]
async fn sorting_by_founding_year_puts_unknown_years_last() {
    let b = Browser::new(1280).await;
    b.open("/companies").await;
    b.set_value("[data-testid='sort']", "-founded").await;
    b.wait_for_path("/companies?sort=-founded").await;
    let mut companies: Vec<_> = dataset().companies.iter().collect();
    companies.sort_by(|a, b| match (a.founded, b.founded) {
        (Some(x), Some(y)) => y
            .cmp(&x)
            .then_with(|| a.name_en.to_lowercase().cmp(&b.name_en.to_lowercase())),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.name_en.to_lowercase().cmp(&b.name_en.to_lowercase()),
    });
    let expected: Vec<String> = companies.iter().map(|c| c.id.clone()).collect();
    b.wait_for_ids(CARDS, &expected).await;
    b.close().await;
}

#[tokio::test]
async fn a_filtered_url_reproduces_the_view_and_back_forward_walk_it() {
    let b = Browser::new(1280).await;
    let robotics = expected(|c| c.category.as_str() == "robotics");
    b.open("/companies?cat=robotics&sort=-name").await;
    let mut reversed = robotics.clone();
    reversed.reverse();
    b.wait_for_ids(CARDS, &reversed).await;
    b.refresh().await;
    b.wait_for_ids(CARDS, &reversed).await;
    b.toggle_facet("seed", "1").await;
    b.wait_for_path("/companies?cat=robotics&seed=1&sort=-name")
        .await;
    b.wait_for_ids(CARDS, &["unitree-robotics".to_string()])
        .await;
    b.back().await;
    b.wait_for_ids(CARDS, &reversed).await;
    b.forward().await;
    b.wait_for_ids(CARDS, &["unitree-robotics".to_string()])
        .await;
    b.close().await;
}

#[tokio::test]
async fn a_bad_value_shows_a_notice_and_the_other_filters_still_apply() {
    let b = Browser::new(1280).await;
    b.open("/companies?cat=robotics~spaceships&city=Shanghai")
        .await;
    let notice = b.text("[data-testid='notices']").await;
    assert!(
        notice.contains("Unknown category 'spaceships' was ignored."),
        "{notice}"
    );
    let expected =
        expected(|c| c.category.as_str() == "robotics" && c.city.as_deref() == Some("Shanghai"));
    assert!(!expected.is_empty());
    b.wait_for_ids(CARDS, &expected).await;
    b.close().await;
}

#[tokio::test]
async fn no_results_says_why_and_offers_to_clear_that_filter() {
    let b = Browser::new(1280).await;
    b.open("/companies?q=zzzz&cat=robotics").await;
    let empty = b.text("[data-testid='empty']").await;
    assert!(empty.contains("Nothing matches"), "{empty}");
    assert!(empty.contains("Clear the filter: Search “zzzz”"), "{empty}");
    b.click("[data-testid='empty'] button").await;
    b.wait_for_path("/companies?cat=robotics").await;
    b.close().await;
}

#[tokio::test]
async fn a_company_page_shows_sources_and_links_to_prefiltered_views() {
    let b = Browser::new(1280).await;
    b.open("/company/deepseek").await;
    b.wait_for("[data-testid='company-page']").await;
    let source_links = b.attrs(".fact .source-link a", "href").await;
    assert!(!source_links.is_empty());
    assert!(
        source_links.iter().all(|h| h.starts_with("https://")),
        "{source_links:?}"
    );
    let rels = b.attrs(".sources a.external", "rel").await;
    assert!(rels.iter().all(|r| r == "noopener noreferrer"));
    assert!(b.text(".facts").await.contains("Liang Wenfeng"));
    // Models as a table linking to model pages, events linking to event pages.
    assert!(b.count(".mini-table a[href='/model/deepseek-v3']").await == 1);
    assert!(
        b.count(".mini-timeline a[href='/event/deepseek-selloff']")
            .await
            == 1
    );
    b.click("[data-testid='see-all-models']").await;
    b.wait_for_path("/models?org=deepseek").await;
    b.wait_for("tr[data-id='deepseek-r1']").await;
    let organisations = b.texts(".model-table tbody td.col-org").await;
    let expected = dataset()
        .models
        .iter()
        .filter(|m| m.company == "deepseek")
        .count();
    assert_eq!(organisations.len(), expected);
    assert!(organisations.iter().all(|o| o == "DeepSeek"));
    b.close().await;
}
