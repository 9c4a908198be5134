//! Sources show their grade beside every link, and low-confidence records say so.

use atlas_e2e::{dataset, Browser};

#[tokio::test]
async fn entity_pages_show_each_sources_grade_and_mark_low_confidence() {
    let data = dataset();
    let b = Browser::new(1280).await;
    // A company page: the source list gives every source's grade, in the data's order.
    let company = data.company("deepseek").unwrap();
    b.open("/company/deepseek").await;
    let expected: Vec<String> = company
        .sources
        .iter()
        .map(|s| s.grade.unwrap().as_str().to_string())
        .collect();
    b.wait_for(".sources__list .grade").await;
    assert_eq!(
        b.attrs(".sources__list .grade", "data-grade").await,
        expected
    );
    let labels = b.texts(".sources__list .grade").await;
    assert!(
        labels
            .iter()
            .all(|l| ["primary", "secondary", "tertiary"].contains(&l.as_str())),
        "{labels:?}"
    );
    // The superscript links beside values name the outlet and the grade.
    let sup = b.texts("dl.facts .source-link").await;
    let hrefs = b.attrs("dl.facts .source-link a", "href").await;
    assert!(!sup.is_empty());
    assert_eq!(sup.len(), hrefs.len());
    for (text, href) in sup.iter().zip(&hrefs) {
        let outlet = atlas_core::format::outlet(href);
        assert!(
            ["primary", "secondary", "tertiary"]
                .iter()
                .any(|g| *text == format!("[{outlet} · {g}]")),
            "{text} for {href}"
        );
    }
    // What a source backs is named as the page names the field, never by its data id.
    let backs = b.texts(".sources__supports").await;
    assert!(!backs.is_empty());
    assert!(
        backs
            .iter()
            .all(|t| !t.contains('_') && !t.contains("Other fields")),
        "{backs:?}"
    );
    b.open("/model/deepseek-v3?lang=zh").await;
    b.wait_for(".sources__supports").await;
    let backs = b.texts(".sources__supports").await;
    assert!(backs.iter().any(|t| t.contains("总参数")), "{backs:?}");
    // A low-confidence model is marked on its page and in the table; a high one is not.
    let low = data
        .models
        .iter()
        .find(|m| m.confidence == "low")
        .expect("a low-confidence model");
    let high = data.models.iter().find(|m| m.confidence == "high").unwrap();
    b.open(&format!("/model/{}", low.id)).await;
    b.wait_for("[data-testid='model-page'] [data-testid='low-confidence']")
        .await;
    b.open(&format!("/model/{}", high.id)).await;
    b.wait_for("[data-testid='model-page']").await;
    assert_eq!(b.count("[data-testid='low-confidence']").await, 0);
    b.open("/models").await;
    b.wait_for(&format!(
        "tr[data-id='{}'] [data-testid='low-confidence']",
        low.id
    ))
    .await;
    b.close().await;
}

#[tokio::test]
async fn a_model_page_shows_related_events_only_when_there_are_some() {
    let data = dataset();
    let b = Browser::new(1280).await;
    let lonely = data
        .models
        .iter()
        .enumerate()
        .find(|(i, _)| data.events_by_model(*i).is_empty())
        .map(|(_, m)| m)
        .expect("a model without events");
    b.open(&format!("/model/{}", lonely.id)).await;
    b.wait_for("[data-testid='model-page']").await;
    assert_eq!(b.count("[data-testid='related-events']").await, 0);
    b.open("/model/kimi-k3").await;
    b.wait_for("[data-testid='related-events'] a[href='/event/kimi-k3-release']")
        .await;
    b.close().await;
}
