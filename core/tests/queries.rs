//! Filtering, facet counts and sorting on the fixture, with exact expected ids.

use atlas_core::companies::query_companies;
use atlas_core::models::query_models;
use atlas_core::state::{CompaniesState, ModelsState, TimelineState};
use atlas_core::timeline::{group_by_month, month_histogram, query_events};
use atlas_core::Dataset;

use crate::fixtures;

fn company_ids(dataset: &Dataset, query: &str) -> Vec<String> {
    let (state, warnings) = CompaniesState::decode(query, dataset);
    assert!(warnings.is_empty(), "{warnings:?}");
    query_companies(dataset, &state)
        .items
        .iter()
        .map(|&i| dataset.companies[i].id.clone())
        .collect()
}

fn model_ids(dataset: &Dataset, query: &str) -> Vec<String> {
    let (state, warnings) = ModelsState::decode(query, dataset);
    assert!(warnings.is_empty(), "{warnings:?}");
    query_models(dataset, &state)
        .items
        .iter()
        .map(|&i| dataset.models[i].id.clone())
        .collect()
}

fn event_ids(dataset: &Dataset, query: &str) -> Vec<String> {
    let (state, warnings) = TimelineState::decode(query, dataset);
    assert!(warnings.is_empty(), "{warnings:?}");
    query_events(dataset, &state)
        .items
        .iter()
        .map(|&i| dataset.events()[i].id.clone())
        .collect()
}

#[test]
fn company_search_matches_chinese_aliases_founders_and_accents() {
    let d = fixtures::dataset();
    assert_eq!(company_ids(&d, "q=%E9%98%BF%E5%B0%94"), ["alpha"]); // 阿尔
    assert_eq!(company_ids(&d, "q=alfa"), ["alpha"]);
    assert_eq!(company_ids(&d, "q=zhang%20wei"), ["alpha"]);
    assert_eq!(company_ids(&d, "q=ROBOTICS"), ["gamma"]);
}

#[test]
fn company_facets_or_within_and_across_with_counts() {
    let d = fixtures::dataset();
    assert_eq!(company_ids(&d, "city=Beijing"), ["alpha", "gamma"]);
    assert_eq!(
        company_ids(&d, "city=Beijing~Shanghai&seed=1"),
        ["alpha", "gamma"]
    );
    assert_eq!(company_ids(&d, "city=Beijing&cat=robotics"), ["gamma"]);
    let (state, _) = CompaniesState::decode("city=Beijing", &d);
    let results = query_companies(&d, &state);
    // Category counts respect the city filter; city counts ignore it.
    let count =
        |facet: usize, token: &str| d.company_facets()[facet].count(&results.counts[facet], token);
    assert_eq!(count(0, "big-tech"), 0);
    assert_eq!(count(0, "robotics"), 1);
    assert_eq!(count(1, "Shanghai"), 1);
    assert_eq!(count(1, "Beijing"), 2);
    // The category facet lists only categories some company has.
    let lines = atlas_core::facets::facet_lines(
        &d,
        &atlas_core::spec::COMPANY_FACETS[0],
        &d.company_facets()[0],
        &results.counts[0],
        state.facets.get(0),
    );
    let tokens: Vec<&str> = lines.iter().map(|l| l.token.as_str()).collect();
    assert!(
        !tokens.is_empty()
            && tokens
                .iter()
                .all(|t| d.companies.iter().any(|c| c.category.as_str() == *t)),
        "{tokens:?}"
    );
}

#[test]
fn company_sort_puts_unknown_founding_years_last_both_ways() {
    let d = fixtures::dataset();
    assert_eq!(company_ids(&d, ""), ["alpha", "beta", "gamma"]);
    assert_eq!(company_ids(&d, "sort=-name"), ["gamma", "beta", "alpha"]);
    assert_eq!(company_ids(&d, "sort=founded"), ["beta", "alpha", "gamma"]);
    assert_eq!(company_ids(&d, "sort=-founded"), ["alpha", "beta", "gamma"]);
    assert_eq!(company_ids(&d, "sort=-models"), ["alpha", "beta", "gamma"]);
}

#[test]
fn model_sort_is_multi_key_with_nulls_last_and_date_precision() {
    let d = fixtures::dataset();
    // Default: newest first; month "2025-04" sorts before its days but after earlier months.
    assert_eq!(
        model_ids(&d, ""),
        ["alpha-0", "alpha-1", "beta-y", "beta-x"]
    );
    assert_eq!(
        model_ids(&d, "sort=released"),
        ["beta-y", "alpha-1", "alpha-0", "beta-x"]
    );
    assert_eq!(
        model_ids(&d, "sort=params"),
        ["alpha-0", "beta-y", "alpha-1", "beta-x"]
    );
    assert_eq!(
        model_ids(&d, "sort=-params"),
        ["alpha-1", "beta-y", "alpha-0", "beta-x"]
    );
    assert_eq!(
        model_ids(&d, "sort=org~-params"),
        ["alpha-1", "alpha-0", "beta-y", "beta-x"]
    );
    assert_eq!(
        model_ids(&d, "sort=-context"),
        ["alpha-1", "beta-x", "beta-y", "alpha-0"]
    );
}

#[test]
fn model_filters_and_ranges_with_open_ends() {
    let d = fixtures::dataset();
    assert_eq!(
        model_ids(&d, "params=10..&sort=name"),
        ["alpha-1", "beta-y"]
    );
    assert_eq!(
        model_ids(&d, "params=..70&sort=name"),
        ["alpha-0", "beta-y"]
    );
    assert_eq!(
        model_ids(&d, "date=2025-04-10..&sort=name"),
        ["alpha-0", "alpha-1"]
    );
    assert_eq!(model_ids(&d, "date=..2025-03&sort=name"), ["beta-y"]);
    assert_eq!(model_ids(&d, "lic=permissive&arch=dense"), ["beta-y"]);
    assert_eq!(model_ids(&d, "open=0"), ["beta-x"]);
    assert_eq!(model_ids(&d, "reason=1"), ["alpha-1"]);
    assert_eq!(
        model_ids(&d, "mod=vision-language~text&org=beta&sort=name"),
        ["beta-x", "beta-y"]
    );
    assert_eq!(
        model_ids(&d, "q=%E9%98%BF%E5%B0%94&sort=name"),
        ["alpha-0", "alpha-1"]
    );
}

#[test]
fn timeline_filters_group_and_bucket() {
    let d = fixtures::dataset();
    assert_eq!(
        event_ids(&d, ""),
        [
            "alpha-founded",
            "beta-y-release",
            "alpha-1-release",
            "rules"
        ]
    );
    assert_eq!(
        event_ids(&d, "order=desc"),
        [
            "rules",
            "alpha-1-release",
            "beta-y-release",
            "alpha-founded"
        ]
    );
    // A month-only date at the range edge counts as inside when the range touches its month.
    assert_eq!(
        event_ids(&d, "date=2025-04-30.."),
        ["alpha-1-release", "rules"]
    );
    assert_eq!(
        event_ids(&d, "date=..2025-04-01"),
        ["alpha-founded", "beta-y-release", "alpha-1-release"]
    );
    assert_eq!(
        event_ids(&d, "cat=model-release&co=alpha"),
        ["alpha-1-release"]
    );
    assert_eq!(event_ids(&d, "seed=1"), ["alpha-1-release", "rules"]);

    let (state, _) = TimelineState::decode("", &d);
    let items = query_events(&d, &state).items;
    let groups: Vec<(Option<i32>, u8, usize)> = group_by_month(&d, &items)
        .iter()
        .map(|g| (g.year, g.month, g.items.len()))
        .collect();
    assert_eq!(
        groups,
        [(Some(2023), 5, 1), (Some(2024), 12, 1), (Some(2025), 4, 2)]
    );
    let histogram = month_histogram(&d, &items);
    assert_eq!(histogram.len(), 24); // May 2023 to April 2025
    assert_eq!(histogram.first(), Some(&((2023, 5), 1)));
    assert_eq!(histogram.last(), Some(&((2025, 4), 2)));
    assert_eq!(histogram.iter().map(|(_, c)| c).sum::<usize>(), 4);
}

#[test]
fn low_confidence_models_never_lead_the_default_order() {
    let data = atlas_core::Dataset::embedded().unwrap();
    let (state, _) = atlas_core::state::ModelsState::decode("", &data);
    let items = atlas_core::models::query_models(&data, &state).items;
    let first_low = items
        .iter()
        .position(|&i| data.models[i].confidence == "low")
        .expect("the dataset has low-confidence models");
    assert!(items[first_low..]
        .iter()
        .all(|&i| data.models[i].confidence == "low"));
    assert!(first_low > 0);
    // A sort the reader chose is exact: by release date descending they are among the others.
    let (chosen, _) = atlas_core::state::ModelsState::decode("sort=-released~name", &data);
    let sorted = atlas_core::models::query_models(&data, &chosen).items;
    assert_ne!(sorted, items);
}

#[test]
fn export_control_events_have_a_topic_to_filter_by_and_search_finds_them() {
    let d = atlas_core::Dataset::embedded().unwrap();
    let ids = |query: &str| -> Vec<String> {
        let (state, warnings) = atlas_core::state::TimelineState::decode(query, &d);
        assert!(warnings.is_empty(), "{warnings:?}");
        atlas_core::timeline::query_events(&d, &state)
            .items
            .iter()
            .map(|&i| d.events()[i].id.clone())
            .collect()
    };
    let controls = ids("topic=chip-controls&date=2025..2025");
    assert!(controls.len() >= 6, "{controls:?}");
    assert!(controls.contains(&"h20-license-requirement".to_string()));
    // Searching the words finds them too, not only the 2023 rule whose title says so.
    let searched = ids("q=export%20control&date=2025..2025");
    assert!(searched.len() >= 6, "{searched:?}");
    // Topics are a facet like the others: OR within, AND with categories.
    let both = ids("topic=chip-controls~pricing&cat=market");
    assert!(both.iter().all(|id| {
        let e = d.event(id).unwrap();
        e.category == atlas_core::dataset::EventCategory::Market
    }));
    assert!(!both.is_empty());
}

/// Queries visit the records in a cached display order instead of sorting their results: for
/// every sort and filter, in any sequence (so a stale cached order would show), the results
/// are the matching records sorted as `sort_models` sorts them.
#[test]
fn queries_under_a_cached_order_match_filter_then_sort() {
    let data = atlas_core::validate::load(&atlas_core::synthetic::generate(2_000, 7).files())
        .expect("valid");
    let queries = [
        "",
        "q=nova",
        "sort=params",
        "sort=-params~name&q=1",
        "country=France&sort=-released",
        "q=nova",
        "sort=name&arch=moe",
        "",
        "sort=context~-params&params=10..",
    ];
    for query in queries {
        let (state, _) = ModelsState::decode(query, &data);
        let got = query_models(&data, &state).items;
        // The same records, asked for under another sort (another cached order)...
        let other = ModelsState {
            sort: vec![atlas_core::state::SortBy {
                key: atlas_core::state::ModelColumn::Name,
                descending: true,
            }],
            ..state.clone()
        };
        let mut expected = query_models(&data, &other).items;
        // ... and sorted as `sort_models` sorts.
        atlas_core::models::sort_models(&data, &mut expected, &state.sort);
        if state.sort == ModelsState::default_sort() {
            let (solid, weak): (Vec<usize>, Vec<usize>) = expected
                .iter()
                .partition(|&&i| data.models[i].confidence != "low");
            expected = solid.into_iter().chain(weak).collect();
        }
        assert_eq!(got, expected, "{query}");
    }
}

/// The Chinese edition's searches: Chinese names of companies find their events, Chinese
/// terms find what the English texts say (香港 → Hong Kong, 出口管制 → export controls), and
/// official Chinese product names find the models (通义千问 → Qwen).
#[test]
fn chinese_searches_find_what_the_english_texts_say() {
    let d = atlas_core::Dataset::embedded().unwrap();
    let events = |q: &str| -> Vec<usize> {
        let (state, _) = TimelineState::decode(&format!("q={q}"), &d);
        query_events(&d, &state).items
    };
    let mentions = |i: usize, text: &str| {
        let e = &d.events()[i];
        format!("{} {}", e.title, e.summary)
            .to_lowercase()
            .contains(text)
    };
    let deepseek = events("深度求索");
    let involving = (0..d.events().len())
        .filter(|&i| d.events()[i].companies.iter().any(|c| c == "deepseek"))
        .count();
    assert!(involving > 5);
    assert!(
        deepseek.len() >= involving,
        "{} < {involving}",
        deepseek.len()
    );
    let hong_kong = events("香港");
    let expected = (0..d.events().len())
        .filter(|&i| mentions(i, "hong kong"))
        .count();
    assert!(expected >= 2);
    assert!(hong_kong.len() >= expected);
    let controls = events("出口管制");
    assert!(controls.len() >= 6, "{}", controls.len());
    assert!(controls.iter().all(|&i| mentions(i, "export control")
        || mentions(i, "entity list")
        || d.events()[i]
            .topics
            .iter()
            .any(|t| t.label().to_lowercase().contains("export control"))));
    let (state, _) = ModelsState::decode("q=通义千问", &d);
    let qwen = query_models(&d, &state).items;
    let named: Vec<usize> = (0..d.models.len())
        .filter(|&i| d.models[i].name.to_lowercase().contains("qwen"))
        .collect();
    assert!(named.len() >= 5);
    assert!(named.iter().all(|i| qwen.contains(i)));
    // The others say Qwen elsewhere (a "Qwen" licence, the Qwen team's QwQ).
    assert!(qwen.iter().all(|&i| {
        let m = &d.models[i];
        format!("{} {:?} {}", m.name, m.license, d.company_name(&m.company))
            .to_lowercase()
            .contains("qwen")
    }));
    let (state, _) = CompaniesState::decode("q=杭州", &d);
    let hangzhou = query_companies(&d, &state).items;
    assert!(hangzhou.iter().any(|&i| d.companies[i].id == "deepseek"));
}

/// The article check's search: claims by their words and linked names, verdict counts that
/// follow the search, the verdict filter on top.
#[test]
fn claims_search_and_verdict_counts() {
    let d = atlas_core::Dataset::embedded().unwrap();
    let (state, _) = atlas_core::state::SimpleState::decode("q=nvidia");
    let (shown, counts) = d.query_claims(&state);
    assert!(shown
        .iter()
        .any(|&i| d.claims[i].id == "nvidia-600-billion"));
    assert!(shown.len() < d.claims.len());
    assert_eq!(counts.iter().sum::<usize>(), shown.len());
    let (state, _) = atlas_core::state::SimpleState::decode("q=nvidia&verdict=opinion");
    let (opinions, _) = d.query_claims(&state);
    assert!(opinions
        .iter()
        .all(|&i| d.claims[i].verdict == atlas_core::dataset::Verdict::Opinion));
    let (all, _) = d.query_claims(&atlas_core::state::SimpleState::default());
    assert_eq!(all, (0..d.claims.len()).collect::<Vec<_>>());
}
