//! One test per validation rule: break the fixture in one place, assert the exact message.

use atlas_core::dataset::DatasetFiles;
use atlas_core::validate::load;

use crate::fixtures;

/// Loads the fixture with one file's text replaced by `edit(text)`; returns the messages.
fn errors_after(file: &str, edit: impl Fn(&str) -> String) -> Vec<String> {
    let companies = if file == "companies" {
        edit(fixtures::COMPANIES)
    } else {
        fixtures::COMPANIES.to_string()
    };
    let models = if file == "models" {
        edit(fixtures::MODELS)
    } else {
        fixtures::MODELS.to_string()
    };
    let events = if file == "events" {
        edit(fixtures::EVENTS)
    } else {
        fixtures::EVENTS.to_string()
    };
    let claims = if file == "claims" {
        edit(fixtures::CLAIMS)
    } else {
        fixtures::CLAIMS.to_string()
    };
    let dataset = if file == "dataset" {
        edit(fixtures::DATASET)
    } else {
        fixtures::DATASET.to_string()
    };
    let files = DatasetFiles {
        dataset: &dataset,
        companies: &companies,
        models: &models,
        events: &events,
        claims: &claims,
    };
    match load(&files) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "fixture does not contain {from}");
    text.replacen(from, to, 1)
}

#[test]
fn the_fixture_itself_is_valid() {
    assert_eq!(errors_after("none", str::to_string), Vec::<String>::new());
}

#[test]
fn duplicate_ids_are_named() {
    let errors = errors_after("companies", |t| {
        replace_once(t, r#""id":"gamma""#, r#""id":"beta""#)
    });
    assert!(
        errors
            .contains(&"data/companies.json: record 'beta', field 'id': duplicate id".to_string()),
        "{errors:?}"
    );
}

#[test]
fn ids_must_be_kebab_case() {
    let errors = errors_after("events", |t| {
        replace_once(t, r#""id":"rules""#, r#""id":"New_Rules""#)
    });
    assert_eq!(errors, ["data/events.json: record 'New_Rules', field 'id': ids must be kebab-case (a-z, 0-9 and single hyphens)"]);
}

#[test]
fn dangling_model_company_reference() {
    let errors = errors_after("models", |t| {
        replace_once(t, r#""company":"beta""#, r#""company":"omega""#)
    });
    assert_eq!(
        errors,
        ["data/models.json: record 'beta-x', field 'company': unknown company id 'omega'"]
    );
}

#[test]
fn dangling_event_references() {
    let errors = errors_after("events", |t| {
        replace_once(
            t,
            r#""companies":[],"models":[]"#,
            r#""companies":["nobody"],"models":["ghost"]"#,
        )
    });
    assert_eq!(
        errors,
        [
            "data/events.json: record 'rules', field 'companies': unknown id 'nobody'",
            "data/events.json: record 'rules', field 'models': unknown id 'ghost'"
        ]
    );
}

#[test]
fn dangling_claim_reference() {
    let errors = errors_after("claims", |t| {
        replace_once(t, r#""events":["alpha-1-release"]"#, r#""events":["nope"]"#)
    });
    assert_eq!(
        errors,
        ["data/claims.json: record 'c1', field 'events': unknown id 'nope'"]
    );
}

#[test]
fn bad_dates_name_the_field() {
    let errors = errors_after("events", |t| {
        replace_once(t, r#""date":"2025-04-30""#, r#""date":"2025-02-30""#)
    });
    assert_eq!(errors, ["data/events.json: record 'rules', field 'date': '2025-02-30' has no day 30 in that month"]);
    let errors = errors_after("models", |t| {
        replace_once(t, r#""released":"2025-04""#, r#""released":"April 2025""#)
    });
    // Reported once: references to the unparsed record do not cascade.
    assert_eq!(errors, ["data/models.json: record 'alpha-1', field 'released': 'April 2025' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"]);
}

#[test]
fn a_record_without_sources_is_rejected() {
    let errors = errors_after("events", |t| {
        replace_once(
            t,
            r#""sources":[{"title":"gov","url":"https://gov.example/r","grade":"primary"}]"#,
            r#""sources":[]"#,
        )
    });
    assert!(errors.contains(&"data/events.json: record 'rules', field 'sources': every record needs at least one source".to_string()), "{errors:?}");
}

#[test]
fn a_value_without_a_supporting_source_is_rejected() {
    let errors = errors_after("models", |t| {
        replace_once(
            t,
            r#""total_params_b":null,"active_params_b":null,"params_note":null,"architecture":null"#,
            r#""total_params_b":12,"active_params_b":null,"params_note":null,"architecture":null"#,
        )
    });
    assert_eq!(errors, ["data/models.json: record 'beta-x', field 'total_params_b': has a value but no source supports it"]);
}

#[test]
fn every_source_needs_a_grade() {
    let errors = errors_after("companies", |t| {
        replace_once(
            t,
            r#""url":"https://news.example/gamma","grade":"secondary""#,
            r#""url":"https://news.example/gamma""#,
        )
    });
    assert_eq!(errors, ["data/companies.json: record 'gamma', field 'sources[0].grade': a source needs a grade (primary, secondary or tertiary)"]);
}

#[test]
fn a_value_resting_only_on_tertiary_sources_is_rejected() {
    let errors = errors_after("models", |t| {
        replace_once(
            t,
            r#""url":"https://beta.example/x","grade":"primary""#,
            r#""url":"https://beta.example/x","grade":"tertiary""#,
        )
    });
    assert_eq!(errors, ["data/models.json: record 'beta-x', field 'context_tokens': rests only on tertiary sources; it needs a primary or secondary one"]);
}

#[test]
fn only_https_urls() {
    let errors = errors_after("companies", |t| {
        replace_once(t, "https://news.example/gamma", "http://news.example/gamma")
    });
    assert_eq!(errors, ["data/companies.json: record 'gamma', field 'sources[0].url': 'http://news.example/gamma' is not an https: URL"]);
    let errors = errors_after("companies", |t| {
        replace_once(t, "https://alpha.example\"", "javascript:alert(1)\"")
    });
    assert_eq!(errors, ["data/companies.json: record 'alpha', field 'website': 'javascript:alert(1)' is not an https: URL"]);
    let errors = errors_after("dataset", |t| {
        replace_once(
            t,
            r#""note":"N""#,
            r#""note":"N","url":"http://news.example/a""#,
        )
    });
    assert_eq!(errors, ["data/dataset.json: record 'article', field 'url': 'http://news.example/a' is not an https: URL"]);
}

#[test]
fn numbers_must_be_positive_and_active_within_total() {
    let errors = errors_after("models", |t| {
        replace_once(t, r#""active_params_b":37"#, r#""active_params_b":700"#)
    });
    assert_eq!(errors, ["data/models.json: record 'alpha-1', field 'active_params_b': 700B active is more than 671B total"]);
    let errors = errors_after("models", |t| {
        replace_once(t, r#""total_params_b":7,"#, r#""total_params_b":-7,"#)
    });
    assert_eq!(errors, ["data/models.json: record 'alpha-0', field 'total_params_b': must be a positive number, found -7"]);
}

#[test]
fn unknown_enum_values_are_rejected() {
    let errors = errors_after("companies", |t| {
        replace_once(t, r#""category":"robotics""#, r#""category":"space""#)
    });
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .starts_with("data/companies.json: record 'gamma', field '-': unknown variant `space`"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_release_event_must_share_its_models_date() {
    let errors = errors_after("events", |t| {
        replace_once(
            t,
            r#""date":"2025-04","title":"Alpha-1 released""#,
            r#""date":"2025-04-02","title":"Alpha-1 released""#,
        )
    });
    assert_eq!(
        errors,
        ["data/events.json: record 'alpha-1-release', field 'date': the release of 'alpha-1' is dated 2025-04-02 here but 2025-04 in models.json; one fact, one value"]
    );
}

#[test]
fn broken_json_names_the_file() {
    let errors = errors_after("claims", |t| t.replace("]", ""));
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .starts_with("data/claims.json: record '(file)', field '-': not a valid JSON array"),
        "{}",
        errors[0]
    );
}

#[test]
fn unknown_fields_are_typos_not_data() {
    let errors = errors_after("companies", |t| {
        replace_once(t, r#""founded":1999"#, r#""founded":1999,"foundd":2000"#)
    });
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].contains("record 'beta'") && errors[0].contains("unknown field `foundd`"),
        "{}",
        errors[0]
    );
}

#[test]
fn opinions_may_be_unsourced_but_facts_may_not() {
    let errors = errors_after("claims", |t| {
        replace_once(t, r#""verdict":"opinion""#, r#""verdict":"confirmed""#)
    });
    assert_eq!(errors, ["data/claims.json: record 'c2', field 'sources': every record needs at least one source"]);
}

#[test]
fn a_score_needs_its_setting_source_reporter_and_canonical_name() {
    let score = |name: &str, setting: &str, reported_by: &str| {
        format!(
            r#""benchmarks":[{{"name":"{name}","score":59.1,"variant":null,"setting":{setting},"source_url":"https://example.org/card","date":"2024-12","reported_by":{reported_by}}}]"#
        )
    };
    let with = |benchmarks: String| {
        errors_after("models", move |t| {
            replace_once(t, r#""benchmarks":[]"#, &benchmarks)
        })
    };
    assert_eq!(
        with(score("GPQA Diamond", r#""Pass@1""#, r#""lab""#)),
        Vec::<String>::new()
    );
    assert_eq!(
        with(score("GPQA Diamond", "null", r#""lab""#)),
        ["data/models.json: record 'alpha-1', field 'benchmarks[0].setting': a score needs its setting (shots, thinking on/off, pass@k, scaffold …)"]
    );
    assert_eq!(
        with(score("GPQA Diamond", r#""Pass@1""#, "null")),
        ["data/models.json: record 'alpha-1', field 'benchmarks[0].reported_by': say who reported the score: 'lab' or the evaluator's name"]
    );
    assert_eq!(
        with(score("GPQA-Diamond", r#""Pass@1""#, r#""lab""#)),
        ["data/models.json: record 'alpha-1', field 'benchmarks[0].name': write 'GPQA Diamond' (its canonical name), not 'GPQA-Diamond'"]
    );
    let no_source =
        score("GPQA Diamond", r#""Pass@1""#, r#""lab""#).replace("https://example.org/card", "");
    assert_eq!(
        with(no_source),
        ["data/models.json: record 'alpha-1', field 'benchmarks[0].source_url': '' is not an https: URL"]
    );
}
