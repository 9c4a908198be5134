//! The Chinese edition's data texts (`data/zh/`): current, complete, and flagged stale when the
//! English they were made from changes.

use atlas_core::translation::{self, english_hash, Problem, TextKind};
use atlas_core::Dataset;

fn dataset() -> Dataset {
    Dataset::embedded().expect("the embedded dataset validates")
}

#[test]
fn every_translation_is_current_and_every_text_is_translated() {
    let dataset = dataset();
    let (texts, problems) = translation::load(&dataset, &translation::embedded_files());
    let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(listing.is_empty(), "{}", listing.join("\n"));
    let missing = translation::untranslated(&dataset, &texts);
    assert!(
        missing.is_empty(),
        "{} texts have no Chinese translation: {}",
        missing.len(),
        missing.join(", ")
    );
    // The texts survive the browser's binary.
    let decoded = translation::ZhTexts::decode(&texts.encode()).unwrap();
    assert_eq!(decoded, texts);
    assert!(decoded
        .get(TextKind::Event, "deepseek-selloff", "title")
        .is_some_and(|t| t.contains("英伟达")));
}

#[test]
fn an_edited_english_text_makes_its_translation_stale() {
    let dataset = dataset();
    let files = translation::embedded_files();
    let (before, _) = translation::load(&dataset, &files);
    assert!(before
        .get(TextKind::Company, "deepseek", "description")
        .is_some());
    // Edit the English description: the stored hash no longer matches.
    let mut edited = dataset;
    let company = edited
        .companies
        .iter_mut()
        .find(|c| c.id == "deepseek")
        .unwrap();
    company.description.push_str(" It also runs a chat app.");
    let (after, problems) = translation::load(&edited, &files);
    assert_eq!(
        problems,
        vec![Problem::Stale {
            kind: TextKind::Company,
            id: "deepseek".into(),
            field: "description".into()
        }]
    );
    assert!(problems[0].to_string().contains("data/zh/companies.json"));
    // The stale translation is not shown; the others are.
    assert_eq!(
        after.get(TextKind::Company, "deepseek", "description"),
        None
    );
    assert!(after
        .get(TextKind::Company, "moonshot-ai", "description")
        .is_some());
}

#[test]
fn a_translation_of_an_unknown_record_or_field_is_an_error() {
    let dataset = dataset();
    let hash = english_hash(&dataset.company("deepseek").unwrap().description);
    let json = format!(
        r#"{{"no-such-company": {{"description": {{"zh": "文本", "from": "{hash}"}}}},
            "deepseek": {{"website": {{"zh": "文本", "from": "{hash}"}}, "description": {{"zh": " ", "from": "{hash}"}}}}}}"#
    );
    let (texts, problems) = translation::load(&dataset, &[(TextKind::Company, &json)]);
    assert!(texts.is_empty());
    let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(listing.len(), 3, "{listing:?}");
    assert!(listing
        .iter()
        .any(|p| p.contains("no-such-company") && p.contains("no such record")));
    assert!(listing
        .iter()
        .any(|p| p.contains("`website` is not a translated field")));
    assert!(listing
        .iter()
        .any(|p| p.contains("the Chinese text is empty")));
}

#[test]
fn the_english_hash_is_fnv1a_64() {
    // Reference values of FNV-1a 64.
    assert_eq!(english_hash(""), "cbf29ce484222325");
    assert_eq!(english_hash("a"), "af63dc4c8601ec8c");
}
