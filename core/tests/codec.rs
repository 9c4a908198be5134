//! URL-state codec: canonical form, tolerance, and round trips (proptest).

use atlas_core::state::{
    CompaniesState, CompanySortKey, ModelColumn, ModelsState, ModelsView, SortBy, TimelineState,
};
use proptest::prelude::*;

use crate::fixtures;

#[test]
fn companies_state_encodes_canonically() {
    let dataset = fixtures::dataset();
    let (state, warnings) = CompaniesState::decode(
        "?sort=-founded&cat=robotics~big-tech&q=deep%20seek&city=Beijing&open=1",
        &dataset,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    // Fixed-set values are kept in the set's order, whatever order the link gave.
    assert_eq!(state.facets.get(0), ["big-tech", "robotics"]);
    assert_eq!(
        state.sort,
        SortBy {
            key: CompanySortKey::Founded,
            descending: true
        }
    );
    assert_eq!(
        state.encode(),
        "q=deep%20seek&cat=big-tech~robotics&city=Beijing&open=1&sort=-founded"
    );
    assert_eq!(CompaniesState::default().encode(), "");
}

#[test]
fn bad_values_are_reset_and_reported_while_the_rest_applies() {
    let dataset = fixtures::dataset();
    let (state, warnings) = CompaniesState::decode(
        "cat=robotics~spaceships&listed=listed&sort=height&junk=1&q=%ZZ",
        &dataset,
    );
    assert_eq!(state.facets.get(0), ["robotics"]);
    assert_eq!(state.facets.get(2), ["listed"]);
    assert_eq!(state.sort, SortBy::default());
    assert_eq!(state.q, "");
    let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "'q' had a malformed value ('%ZZ') and was ignored.",
            "Unknown category 'spaceships' was ignored.",
            "Unknown sort 'height' was ignored; sorted by name.",
            "Unknown parameter 'junk' was ignored."
        ]
    );
}

#[test]
fn models_state_round_trips_every_control() {
    let dataset = fixtures::dataset();
    let query = "q=alpha&org=alpha~beta&country=China&lic=permissive&open=1&arch=moe&mod=text&reason=1&params=7..700&date=2024-01..2025-06&sort=-released~params&cols=name~org~params&pick=alpha-1~beta-y&view=compare";
    let (state, warnings) = ModelsState::decode(query, &dataset);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(state.view, ModelsView::Compare);
    assert_eq!(state.picked, ["alpha-1", "beta-y"]);
    assert_eq!(
        state.sort,
        vec![
            SortBy {
                key: ModelColumn::Released,
                descending: true
            },
            SortBy {
                key: ModelColumn::Params,
                descending: false
            }
        ]
    );
    assert_eq!(state.encode(), query);
}

#[test]
fn ranges_parse_with_open_ends_and_reject_nonsense() {
    use atlas_core::state::{DateRange, NumberRange};
    assert_eq!(
        NumberRange::parse("7.."),
        Some(NumberRange {
            min: Some(7.0),
            max: None
        })
    );
    assert_eq!(
        NumberRange::parse("..700"),
        Some(NumberRange {
            min: None,
            max: Some(700.0)
        })
    );
    assert_eq!(NumberRange::parse("7..700").unwrap().token(), "7..700");
    assert_eq!(NumberRange::parse("0.5..1.5").unwrap().token(), "0.5..1.5");
    for bad in ["", "..", "700..7", "a..b", "7", "-1..5", "NaN..", "inf.."] {
        assert_eq!(NumberRange::parse(bad), None, "{bad}");
    }
    assert_eq!(DateRange::parse("2024-01..").unwrap().token(), "2024-01..");
    assert_eq!(
        DateRange::parse("..2025-06-30").unwrap().token(),
        "..2025-06-30"
    );
    for bad in ["2025-13..", "2025..2024", "x..y", "2025"] {
        assert_eq!(DateRange::parse(bad), None, "{bad}");
    }
}

#[test]
fn pick_is_limited_to_six_known_models() {
    let dataset = atlas_core::Dataset::embedded().unwrap();
    let ids: Vec<&str> = dataset
        .models
        .iter()
        .take(8)
        .map(|m| m.id.as_str())
        .collect();
    let (state, warnings) = ModelsState::decode(&format!("pick={}~nope", ids.join("~")), &dataset);
    assert_eq!(state.picked.len(), 6);
    assert_eq!(warnings.len(), 3, "{warnings:?}");
}

#[test]
fn timeline_state_round_trips() {
    let dataset = fixtures::dataset();
    let query = "q=rules&cat=model-release~policy&co=alpha&seed=1&date=2025-01..2025-12&order=desc&focus=rules&lang=zh";
    let (state, warnings) = TimelineState::decode(query, &dataset);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(state.common.lang_zh && state.newest_first);
    assert_eq!(state.encode(), query);
    let (_, warnings) = TimelineState::decode("focus=missing&order=sideways", &dataset);
    assert_eq!(warnings.len(), 2);
}

fn query_text() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "q",
        "cat",
        "city",
        "listed",
        "open",
        "seed",
        "sort",
        "org",
        "country",
        "lic",
        "arch",
        "mod",
        "reason",
        "params",
        "date",
        "cols",
        "pick",
        "view",
        "co",
        "order",
        "focus",
        "lang",
        "embed",
        "x",
        "y",
        "color",
        "gpqa-diamond",
        "mmlu",
        "zz",
    ]);
    let value = prop::string::string_regex("[-a-z0-9~.%+ 深度A-Z_=]{0,24}").unwrap();
    prop::collection::vec((key, value), 0..8).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Cases per property: 2,000 in the normal test run; `scripts/fuzz.sh` sets
/// `ATLAS_FUZZ_CASES=1000000` for the long run.
fn cases() -> u32 {
    std::env::var("ATLAS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, .. ProptestConfig::default() })]

    /// decode → encode is canonical: encoding again after a second decode changes nothing,
    /// and the re-decoded state is the same with no warnings.
    #[test]
    fn companies_codec_is_idempotent(query in query_text()) {
        let dataset = fixtures::dataset();
        let (state, _) = CompaniesState::decode(&query, &dataset);
        let encoded = state.encode();
        let (again, warnings) = CompaniesState::decode(&encoded, &dataset);
        prop_assert!(warnings.is_empty(), "{:?} from {}", warnings, encoded);
        prop_assert_eq!(&again, &state);
        prop_assert_eq!(again.encode(), encoded);
    }

    #[test]
    fn models_codec_is_idempotent(query in query_text()) {
        let dataset = fixtures::dataset();
        let (state, _) = ModelsState::decode(&query, &dataset);
        let encoded = state.encode();
        let (again, warnings) = ModelsState::decode(&encoded, &dataset);
        prop_assert!(warnings.is_empty(), "{:?} from {}", warnings, encoded);
        prop_assert_eq!(&again, &state);
        prop_assert_eq!(again.encode(), encoded);
    }

    #[test]
    fn timeline_codec_is_idempotent(query in query_text()) {
        let dataset = fixtures::dataset();
        let (state, _) = TimelineState::decode(&query, &dataset);
        let encoded = state.encode();
        let (again, warnings) = TimelineState::decode(&encoded, &dataset);
        prop_assert!(warnings.is_empty(), "{:?} from {}", warnings, encoded);
        prop_assert_eq!(&again, &state);
        prop_assert_eq!(again.encode(), encoded);
    }

    /// Arbitrary text never panics, and decode → encode → decode is stable for it too.
    #[test]
    fn any_text_decodes_without_panic_and_stably(query in ".{0,200}") {
        let dataset = fixtures::dataset();
        let (companies, _) = CompaniesState::decode(&query, &dataset);
        prop_assert_eq!(&CompaniesState::decode(&companies.encode(), &dataset).0, &companies);
        let (models, _) = ModelsState::decode(&query, &dataset);
        prop_assert_eq!(&ModelsState::decode(&models.encode(), &dataset).0, &models);
        let (timeline, _) = TimelineState::decode(&query, &dataset);
        prop_assert_eq!(&TimelineState::decode(&timeline.encode(), &dataset).0, &timeline);
    }
}

#[test]
fn chart_axes_round_trip_and_a_bad_axis_is_reported() {
    let dataset = fixtures::dataset();
    let query = "sort=-gpqa-diamond&cols=name~gpqa-diamond&view=chart&x=params&y=gpqa-diamond";
    let (state, warnings) = ModelsState::decode(query, &dataset);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(state.x, ModelColumn::Params);
    assert_eq!(state.y, ModelColumn::Score(0));
    assert_eq!(state.encode(), query);
    // Defaults are left out of the URL.
    let (state, _) = ModelsState::decode("view=chart&x=released&y=params", &dataset);
    assert_eq!(state.encode(), "view=chart");
    // A column that is not a number or a date, or no column at all, is reset and reported.
    for bad in ["org", "nope"] {
        let (state, warnings) = ModelsState::decode(&format!("view=chart&y={bad}"), &dataset);
        assert_eq!(state.y, ModelColumn::Params);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].key, "y");
        assert!(warnings[0].message.contains(bad), "{}", warnings[0].message);
    }
}

#[test]
fn score_ranges_and_chart_colour_round_trip_and_bad_ones_are_reported() {
    use atlas_core::state::{ChartColor, NumberRange};
    let dataset = fixtures::dataset();
    let query = "gpqa-diamond=60..&mmlu=..80.5&view=chart&color=license";
    let (state, warnings) = ModelsState::decode(query, &dataset);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        state.scores[0],
        NumberRange {
            min: Some(60.0),
            max: None
        }
    );
    assert_eq!(state.scores[6].max, Some(80.5));
    assert_eq!(state.color, ChartColor::License);
    assert!(!state.is_unfiltered());
    assert_eq!(state.encode(), query);
    let (state, warnings) = ModelsState::decode("gpqa-diamond=90..60&color=rainbow", &dataset);
    assert!(state.scores[0].is_open());
    assert_eq!(state.color, ChartColor::Country);
    let keys: Vec<&str> = warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, ["gpqa-diamond", "color"], "{warnings:?}");
    assert_eq!(state.encode(), "");
}

#[test]
fn a_range_end_is_replaced_or_cleared_and_an_inverted_range_opens() {
    use atlas_core::state::NumberRange;
    let r = NumberRange::parse("7..700").unwrap();
    assert_eq!(r.with_ends(Some(Some(10.0)), None).token(), "10..700");
    assert_eq!(r.with_ends(None, Some(None)).token(), "7..");
    assert_eq!(r.with_ends(Some(Some(800.0)), None), NumberRange::default());
}
