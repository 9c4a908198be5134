//! The shipped dataset: it validates, meets its coverage targets, and covers the seed article.

use atlas_core::dataset::Verdict;
use atlas_core::Dataset;

fn dataset() -> Dataset {
    match Dataset::embedded() {
        Ok(dataset) => dataset,
        Err(errors) => {
            let listing: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            panic!(
                "the embedded dataset breaks {} rule(s):\n{}",
                errors.len(),
                listing.join("\n")
            );
        }
    }
}

#[test]
fn embedded_dataset_validates() {
    let dataset = dataset();
    // "Data as of" is the newest day-dated record, computed, not typed.
    let as_of = dataset.header.as_of;
    assert_eq!(as_of.precision(), atlas_core::date::DatePrecision::Day);
    let dated: Vec<_> = dataset
        .events()
        .iter()
        .filter_map(|e| e.date)
        .chain(dataset.models.iter().filter_map(|m| m.released))
        .collect();
    assert!(dated.contains(&as_of));
    assert!(dated
        .iter()
        .all(|d| d.first_day_key() <= as_of.first_day_key()));
}

#[test]
fn coverage_targets_are_met() {
    let dataset = dataset();
    assert!(
        dataset.companies.len() >= 30,
        "{} companies",
        dataset.companies.len()
    );
    assert!(
        dataset.models.len() >= 70,
        "{} models",
        dataset.models.len()
    );
    assert!(
        dataset.events().len() >= 70,
        "{} events",
        dataset.events().len()
    );
    let western_open = dataset
        .models
        .iter()
        .filter(|m| m.country != "China" && m.open_weights)
        .count();
    assert!(
        western_open >= 9,
        "{western_open} Western open-weight comparison models"
    );
    let first = dataset
        .events()
        .iter()
        .filter_map(|e| e.date)
        .min()
        .unwrap();
    assert_eq!(
        first.to_string(),
        "2022-11-30",
        "the timeline starts with ChatGPT's launch"
    );
}

#[test]
fn every_company_the_article_names_is_in_the_dataset_and_marked() {
    let dataset = dataset();
    let named = [
        "deepseek",
        "alibaba-cloud",
        "alibaba-group",
        "moonshot-ai",
        "minimax",
        "zhipu-ai",
        "meta",
        "airbnb",
        "nvidia",
        "unitree-robotics",
        "stanford-digichina",
    ];
    for id in named {
        let company = dataset
            .company(id)
            .unwrap_or_else(|| panic!("{id} is missing"));
        assert!(
            company.in_article,
            "{id} should be marked as named in the article"
        );
    }
    for model in ["deepseek-v3", "deepseek-r1"] {
        assert!(dataset.model(model).is_some(), "{model} is missing");
    }
    for event in [
        "deepseek-mhc-paper",
        "deepseek-selloff",
        "xi-new-year-address",
        "meta-qwen-avocado",
        "airbnb-qwen",
        "minimax-hkex-debut",
        "zhipu-hkex-debut",
        "digichina-hai-report",
    ] {
        let e = dataset
            .event(event)
            .unwrap_or_else(|| panic!("{event} is missing"));
        assert!(e.in_article, "{event} should be marked as in the article");
    }
}

#[test]
fn the_articles_claims_have_verdicts_in_article_order() {
    let dataset = dataset();
    assert!(dataset.claims.len() >= 20);
    let orders: Vec<u32> = dataset.claims.iter().map(|c| c.order).collect();
    let expected: Vec<u32> = (1..=dataset.claims.len() as u32).collect();
    assert_eq!(orders, expected);
    // A copy of shared/seed/article.txt, so the check runs wherever the repository is cloned.
    let article = include_str!("seed-article.txt");
    for claim in &dataset.claims {
        assert!(
            article.contains(&claim.quote),
            "claim '{}' does not quote the article verbatim",
            claim.id
        );
    }
    let verdict = |id: &str| dataset.claims.iter().find(|c| c.id == id).unwrap().verdict;
    // The research audit's examples.
    // Re-checked in Nov 2026: the proceedings list 20 authors; $589–594B is "approximately
    // $600 billion".
    assert_eq!(verdict("paper-authors"), Verdict::Confirmed);
    assert_eq!(verdict("nvidia-600-billion"), Verdict::Confirmed);
    assert_eq!(verdict("surpass-us-by-2027"), Verdict::Opinion);
}

#[test]
fn model_release_events_share_the_models_date() {
    // Regression: the research files dated the same releases differently (REVIEW.md item 2).
    let dataset = dataset();
    let releases: Vec<_> = dataset
        .events()
        .iter()
        .filter(|e| e.release_of.is_some())
        .collect();
    assert!(releases.len() >= 15);
    for event in releases {
        let model = dataset.model(event.release_of.as_ref().unwrap()).unwrap();
        assert_eq!(event.date, model.released, "{}", event.id);
    }
    assert_eq!(
        dataset
            .model("deepseek-v3")
            .unwrap()
            .released
            .unwrap()
            .to_string(),
        "2024-12-26"
    );
    assert_eq!(
        dataset
            .model("qwen2-5-max")
            .unwrap()
            .released
            .unwrap()
            .to_string(),
        "2025-01-28"
    );
}

#[test]
fn every_link_in_the_data_is_https() {
    let dataset = dataset();
    let mut urls: Vec<&str> = Vec::new();
    for c in &dataset.companies {
        urls.extend(c.sources.iter().map(|s| s.url.as_str()));
        urls.extend(c.website.as_deref());
    }
    for m in &dataset.models {
        urls.extend(m.sources.iter().map(|s| s.url.as_str()));
        urls.extend(m.benchmarks.iter().map(|b| b.source_url.as_str()));
    }
    for e in dataset.events() {
        urls.extend(e.sources.iter().map(|s| s.url.as_str()));
    }
    for c in &dataset.claims {
        urls.extend(c.sources.iter().map(|s| s.url.as_str()));
    }
    assert!(urls.len() > 400);
    for url in urls {
        assert!(url.starts_with("https://"), "{url}");
    }
}

/// The leaderboard's coverage (issue #15): 15+ models with a GPQA-family score and 4+
/// benchmark columns reported by 10+ models.
#[test]
fn benchmark_coverage_targets_are_met() {
    let dataset = dataset();
    let gpqa = dataset
        .models
        .iter()
        .filter(|m| {
            m.benchmarks
                .iter()
                .any(|b| b.name == "GPQA Diamond" || b.name == "GPQA")
        })
        .count();
    assert!(gpqa >= 15, "{gpqa} models with a GPQA-family score");
    let wide: Vec<&str> = atlas_core::benchmarks::BENCHMARKS
        .iter()
        .filter(|b| {
            dataset
                .models
                .iter()
                .filter(|m| m.best_score(b.name).is_some())
                .count()
                >= 10
        })
        .map(|b| b.name)
        .collect();
    assert!(wide.len() >= 4, "benchmarks with 10+ models: {wide:?}");
}

/// A range on a benchmark column keeps exactly the models whose best score is inside it.
#[test]
fn a_score_range_keeps_the_models_whose_best_score_is_inside() {
    use atlas_core::models::query_models;
    use atlas_core::state::ModelsState;
    let dataset = dataset();
    let (state, warnings) = ModelsState::decode("gpqa-diamond=80..90", &dataset);
    assert!(warnings.is_empty(), "{warnings:?}");
    let kept: Vec<usize> = query_models(&dataset, &state).items;
    let expected: std::collections::BTreeSet<usize> = (0..dataset.models.len())
        .filter(|&i| {
            dataset.models[i]
                .best_score("GPQA Diamond")
                .is_some_and(|b| (80.0..=90.0).contains(&b.score))
        })
        .collect();
    assert!(!expected.is_empty() && expected.len() < dataset.models.len());
    assert_eq!(
        kept.iter()
            .copied()
            .collect::<std::collections::BTreeSet<_>>(),
        expected
    );
}

/// A column never shows a score measured with tools or several attempts when the model has a
/// comparable one (GLM-4.6's AIME 2025: 98.6 with tools, and a score without).
#[test]
fn columns_prefer_comparable_scores() {
    let dataset = dataset();
    let mut checked = 0;
    for m in &dataset.models {
        for spec in atlas_core::benchmarks::BENCHMARKS {
            let Some(best) = m.best_score(spec.name) else {
                continue;
            };
            let comparable = m
                .benchmarks
                .iter()
                .filter(|b| b.name == spec.name && b.caveat().is_none())
                .map(|b| b.score)
                .fold(None, |acc: Option<f64>, s| {
                    Some(acc.map_or(s, |a| a.max(s)))
                });
            match comparable {
                Some(score) => {
                    assert!(best.caveat().is_none(), "{} {}", m.id, spec.name);
                    assert_eq!(best.score, score, "{} {}", m.id, spec.name);
                    checked += usize::from(
                        m.benchmarks
                            .iter()
                            .any(|b| b.name == spec.name && b.caveat().is_some()),
                    );
                }
                None => assert!(best.caveat().is_some()),
            }
        }
    }
    assert!(checked >= 1, "no model has both kinds of score");
}
