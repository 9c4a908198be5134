//! The Timeline view and event pages.

use atlas_e2e::{dataset, Browser};

const EVENTS: &str = ".event[data-id]";

#[tokio::test]
async fn events_are_grouped_under_month_headings_in_date_order() {
    let b = Browser::new(1280).await;
    b.open("/timeline").await;
    b.wait_for(EVENTS).await;
    let headings = b.texts(".events__heading").await;
    assert_eq!(headings[0], "November 2022");
    assert_eq!(headings.last().unwrap(), "Date not confirmed");
    let ids = b.ids(EVENTS).await;
    assert_eq!(ids.len(), dataset().events().len());
    assert_eq!(ids[0], "chatgpt-launch");
    b.set_value("[data-testid='order']", "desc").await;
    b.wait_for_path("/timeline?order=desc").await;
    let headings = b.texts(".events__heading").await;
    let newest = dataset()
        .events()
        .iter()
        .filter_map(|e| e.date)
        .max()
        .unwrap();
    assert_eq!(
        headings[0],
        format!(
            "{} {}",
            atlas_core::date::PartialDate::month_name(newest.month),
            newest.year
        )
    );
    // Month-only dates show at their precision.
    assert_eq!(
        b.text(".event[data-id='tongyi-qianwen-announced'] .event__date")
            .await,
        "Apr 2023"
    );
    assert_eq!(
        b.text(".event[data-id='deepseek-selloff'] .event__date")
            .await,
        "27 Jan 2025"
    );
    b.close().await;
}

#[tokio::test]
async fn filters_combine_with_counts() {
    let b = Browser::new(1280).await;
    b.open("/timeline?cat=policy").await;
    b.wait_for(EVENTS).await;
    let policy: Vec<_> = dataset()
        .events()
        .iter()
        .filter(|e| e.category.as_str() == "policy")
        .collect();
    assert_eq!(b.count(EVENTS).await, policy.len());
    let nvidia_policy = policy
        .iter()
        .filter(|e| e.companies.iter().any(|c| c == "nvidia"))
        .count();
    assert_eq!(b.facet_count("co", "nvidia").await, nvidia_policy);
    b.toggle_facet("co", "nvidia").await;
    b.wait_for_path("/timeline?cat=policy&co=nvidia").await;
    b.wait_until("filtered", || async {
        b.count(EVENTS).await == nvidia_policy
    })
    .await;
    // A reload reproduces the view, and Back returns to the previous filters.
    let shown = b.ids(EVENTS).await;
    b.refresh().await;
    b.wait_for_ids(EVENTS, &shown).await;
    b.back().await;
    b.wait_until("back to policy only", || async {
        b.count(EVENTS).await == policy.len()
    })
    .await;
    b.open("/timeline?seed=1&q=deepseek").await;
    b.wait_for(EVENTS).await;
    let ids = b.ids(EVENTS).await;
    assert!(
        ids.contains(&"deepseek-selloff".to_string())
            && ids.contains(&"deepseek-mhc-paper".to_string())
    );
    assert!(ids.iter().all(|id| dataset().event(id).unwrap().in_article));
    b.close().await;
}

#[tokio::test]
async fn the_date_range_comes_from_the_url_or_the_keyboard_inputs() {
    let b = Browser::new(1280).await;
    b.open("/timeline?date=2025-01..2025-01").await;
    b.wait_for(EVENTS).await;
    let ids = b.ids(EVENTS).await;
    let expected: Vec<_> = dataset()
        .events()
        .iter()
        .filter(|e| e.date.is_some_and(|d| d.year == 2025 && d.month == 1))
        .collect();
    assert_eq!(ids.len(), expected.len());
    assert_eq!(b.count(".strip__bar--selected").await, 1);
    // Month-only dates at the range edge: April 2023 (month precision) is inside 2023-04..
    b.open("/timeline").await;
    b.set_value("[data-testid='range-from']", "2023-04").await;
    b.wait_for_path("/timeline?date=2023-04..").await;
    b.set_value("[data-testid='range-to']", "2023-04").await;
    b.wait_for_path("/timeline?date=2023-04..2023-04").await;
    let ids = b.ids(EVENTS).await;
    assert!(
        ids.contains(&"tongyi-qianwen-announced".to_string()),
        "{ids:?}"
    );
    assert!(ids.iter().all(|id| dataset()
        .event(id)
        .unwrap()
        .date
        .unwrap()
        .to_string()
        .starts_with("2023-04")));
    b.click("[data-testid='range-clear']").await;
    b.wait_for_path("/timeline").await;
    // Plain text fields that read the forms people type, in every browser (not type=month).
    b.set_value("[data-testid='range-from']", "Apr 2023").await;
    b.wait_for_path("/timeline?date=2023-04..").await;
    b.set_value("[data-testid='range-to']", "2023年5月").await;
    b.wait_for_path("/timeline?date=2023-04..2023-05").await;
    b.set_value("[data-testid='range-to']", "May").await;
    b.wait_for_path("/timeline?date=2023-04..").await;
    assert_eq!(
        b.attrs("[data-testid='range-to']", "aria-invalid").await,
        ["true"]
    );
    b.close().await;
}

/// The density strip: its bars count the events the other filters leave; dragging across it
/// selects months; the arrow keys move the range and Shift+arrows widen it; year ticks label it.
#[tokio::test]
async fn the_strip_follows_the_filters_and_selects_by_drag_and_keyboard() {
    let b = Browser::new(1280).await;
    b.open("/timeline?cat=policy").await;
    b.wait_for("html[data-app='ready'] .strip__bar").await;
    let policy = dataset()
        .events()
        .iter()
        .filter(|e| e.category.as_str() == "policy" && e.date.is_some())
        .count();
    let counted: usize = b
        .attrs(".strip__bar", "data-count")
        .await
        .iter()
        .map(|c| c.parse::<usize>().unwrap())
        .sum();
    assert_eq!(counted, policy);
    let months = b.attrs(".strip__bar", "data-month").await;
    let ticks = b.texts(".strip__tick").await;
    assert!(ticks.len() >= 2, "{ticks:?}");
    assert!(
        ticks
            .iter()
            .all(|t| t.len() == 4 && t.parse::<i32>().is_ok()),
        "{ticks:?}"
    );
    // Drag from the 3rd bar to the 6th, as a pointer would.
    b.js("const svg = document.querySelector('[data-testid=\"density-strip\"]'); const bars = svg.querySelectorAll('.strip__bar'); \
          const at = (i) => { const r = bars[i].getBoundingClientRect(); return r.left + r.width / 2; }; const y = svg.getBoundingClientRect().top + 30; \
          const fire = (type, i) => svg.dispatchEvent(new PointerEvent(type, {clientX: at(i), clientY: y, button: 0, pointerId: 1, bubbles: true})); \
          fire('pointerdown', 2); fire('pointermove', 4); fire('pointermove', 5); fire('pointerup', 5);")
        .await;
    b.wait_for_path(&format!(
        "/timeline?cat=policy&date={}..{}",
        months[2], months[5]
    ))
    .await;
    // Keys: ArrowRight moves the range by a month; Shift+ArrowRight widens it.
    b.js(
        "const svg = document.querySelector('[data-testid=\"density-strip\"]'); svg.focus(); \
          svg.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true}));",
    )
    .await;
    b.wait_for_path(&format!(
        "/timeline?cat=policy&date={}..{}",
        months[3], months[6]
    ))
    .await;
    b.js("document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', shiftKey: true, bubbles: true}));")
        .await;
    b.wait_for_path(&format!(
        "/timeline?cat=policy&date={}..{}",
        months[3], months[7]
    ))
    .await;
    assert_eq!(b.count(".strip__bar--selected").await, 5);
    b.close().await;
}

#[tokio::test]
async fn focus_scrolls_to_and_highlights_the_event() {
    let b = Browser::new(1280).await;
    b.open("/timeline?focus=deepseek-selloff").await;
    b.wait_for(".event--focused[data-id='deepseek-selloff']")
        .await;
    b.wait_until("the focused event is in view", || async {
        let top = b.js("return document.getElementById('event-deepseek-selloff').getBoundingClientRect().top").await;
        top.as_f64().is_some_and(|t| (0.0..800.0).contains(&t))
    })
    .await;
    // Keyboard focus is on it too.
    b.wait_until("focus moved to the event", || async {
        b.js("return document.activeElement.id").await == "event-deepseek-selloff"
    })
    .await;
    // Arrow keys move between events.
    b.js("document.getElementById('event-deepseek-selloff').focus()")
        .await;
    b.js("document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown', bubbles: true}))").await;
    let active = b.js("return document.activeElement.dataset.id").await;
    let ids = b.ids(EVENTS).await;
    let next = &ids[ids.iter().position(|i| i == "deepseek-selloff").unwrap() + 1];
    assert_eq!(active.as_str(), Some(next.as_str()));
    b.js("document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'Home', bubbles: true}))").await;
    assert_eq!(
        b.js("return document.activeElement.dataset.id")
            .await
            .as_str(),
        Some(ids[0].as_str())
    );
    b.close().await;
}

#[tokio::test]
async fn an_event_page_links_to_its_companies_and_models() {
    let b = Browser::new(1280).await;
    b.open("/event/deepseek-v3-release").await;
    b.wait_for("[data-testid='event-page']").await;
    assert_eq!(b.text(".entity__date time").await, "26 Dec 2024");
    assert!(
        b.count(".entity__date .source-link a[href^='https://']")
            .await
            >= 1
    );
    assert!(
        b.count("[data-testid='event-companies'] a[href='/company/deepseek']")
            .await
            == 1
    );
    b.click("[data-testid='event-models'] a[href='/model/deepseek-v3']")
        .await;
    b.wait_for_path("/model/deepseek-v3").await;
    b.back().await;
    b.wait_for("[data-testid='event-page']").await;
    b.close().await;
}

#[tokio::test]
async fn the_article_view_lists_every_claim_and_filters_by_verdict() {
    let b = Browser::new(1280).await;
    b.open("/article").await;
    b.wait_for(".claim").await;
    assert_eq!(b.count(".claim").await, dataset().claims.len());
    assert!(b
        .text("[data-testid='article-credit']")
        .await
        .contains("not an endorsement"));
    assert!(b
        .text(".claim[data-id='paper-authors'] .verdict")
        .await
        .contains("Confirmed"));
    assert!(b
        .text(".claim[data-id='ai-devices-pioneering'] .verdict")
        .await
        .contains("Confirmed with correction"));
    b.toggle_facet("verdict", "opinion").await;
    b.wait_for_path("/article?verdict=opinion").await;
    let opinions = dataset()
        .claims
        .iter()
        .filter(|c| c.verdict.as_str() == "opinion")
        .count();
    b.wait_until("filtered", || async { b.count(".claim").await == opinions })
        .await;
    assert!(b
        .attrs(".claim", "data-verdict")
        .await
        .iter()
        .all(|v| v == "opinion"));
    b.close().await;
}

/// The article check: its search applies as the reader types and is in the URL; every claim
/// has a permalink that keeps the language and lands on the claim; a key explains the verdicts.
#[tokio::test]
async fn the_article_check_searches_links_each_claim_and_explains_the_verdicts() {
    let b = Browser::new(1280).await;
    b.open("/article").await;
    b.wait_for(".claim").await;
    b.set_value("[data-testid='search']", "nvidia").await;
    b.wait_for_path("/article?q=nvidia").await;
    let shown = b.ids(".claim").await;
    assert!(
        shown.contains(&"nvidia-600-billion".to_string()),
        "{shown:?}"
    );
    assert!(shown.len() < dataset().claims.len());
    for id in &shown {
        let claim = dataset().claims.iter().find(|c| c.id == *id).unwrap();
        let text = format!(
            "{} {} {}",
            claim.quote,
            claim.explanation,
            claim.companies.join(" ")
        );
        assert!(
            text.to_lowercase().contains("nvidia"),
            "{id} does not mention Nvidia"
        );
    }
    // The verdict counts follow the search; the chip removes it.
    assert_eq!(b.count("[data-testid='filter-chips'] button").await, 1);
    b.set_value("[data-testid='search']", "zzzzqx").await;
    b.wait_for("[data-testid='empty']").await;
    assert_eq!(b.count(".claim").await, 0);
    b.click("[data-testid='empty'] button").await;
    b.wait_for_path("/article").await;
    b.wait_until("every claim is back", || async {
        b.count(".claim").await == dataset().claims.len()
    })
    .await;
    // Permalinks.
    let claim = &dataset().claims[dataset().claims.len() / 2];
    let link = format!(".claim[data-id='{}'] .claim__permalink a", claim.id);
    assert_eq!(
        b.attrs(&link, "href").await,
        [format!("/article#{}", claim.id)]
    );
    b.open(&format!("/article#{}", claim.id)).await;
    b.wait_for(".claim").await;
    let top = b
        .js(&format!(
            "return document.getElementById({:?}).getBoundingClientRect().top;",
            claim.id
        ))
        .await
        .as_f64()
        .unwrap();
    assert!((-1.0..400.0).contains(&top), "the claim is at {top}px");
    b.open("/article?lang=zh").await;
    b.wait_for(".claim").await;
    assert_eq!(
        b.attrs(&link, "href").await,
        [format!("/article?lang=zh#{}", claim.id)]
    );
    // The verdict key names every verdict.
    assert_eq!(b.count("[data-testid='verdict-key'] dt").await, 5);
    // The article is cited with what the data knows; what it does not know says so.
    let article = &dataset().header.article;
    let cited = b.texts("[data-testid='article-citation'] dd").await;
    let known = [
        article.outlet.clone(),
        article.published.map(|d| d.display()),
        article.url.clone(),
    ];
    assert_eq!(cited.len(), 3);
    for (shown, known) in cited.iter().zip(known) {
        assert_eq!(*shown, known.unwrap_or_else(|| "未记录".to_string()));
    }
    b.close().await;
}

#[tokio::test]
async fn the_topic_facet_lists_the_export_control_events() {
    let data = dataset();
    let expected: Vec<String> = {
        let (state, _) = atlas_core::state::TimelineState::decode("topic=chip-controls", data);
        atlas_core::timeline::query_events(data, &state)
            .items
            .iter()
            .map(|&i| data.events()[i].id.clone())
            .collect()
    };
    assert!(expected.len() >= 6);
    let b = Browser::new(1280).await;
    b.open("/timeline").await;
    assert_eq!(
        b.facet_count("topic", "chip-controls").await,
        expected.len()
    );
    b.toggle_facet("topic", "chip-controls").await;
    b.wait_for_path("/timeline?topic=chip-controls").await;
    b.wait_until("the filtered events", || async {
        b.ids(EVENTS).await == expected
    })
    .await;
    // The chip names the topic.
    let chips = b
        .texts("[data-testid='filter-chips'] .filter-chip span")
        .await;
    assert!(
        chips
            .iter()
            .any(|c| c.contains("Chip export controls and trade")),
        "{chips:?}"
    );
    b.close().await;
}
