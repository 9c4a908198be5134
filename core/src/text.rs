//! Search keys: lower-cased, accent-folded text built once per record at start-up.

use crate::dataset::{Company, Event, Model};

/// Lower-cases and folds Latin accents so `Zhípǔ` matches `zhipu`. Chinese text is kept as is,
/// so substring search works on it (`深度` finds `深度求索`).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        for lower in ch.to_lowercase() {
            out.push(fold_accent(lower));
        }
    }
    out
}

fn fold_accent(ch: char) -> char {
    match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ǎ' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' | 'ę' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ǐ' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ǒ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        _ => ch,
    }
}

/// True when every whitespace-separated term of the (normalised) query occurs in the key.
pub fn matches(key: &str, normalized_query: &str) -> bool {
    normalized_query
        .split_whitespace()
        .all(|term| key.contains(term))
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    let mut key = String::new();
    for part in parts {
        key.push_str(&normalize(part));
        key.push('\u{1f}');
    }
    key
}

pub fn company_search_key(company: &Company) -> String {
    join(
        [company.id.as_str(), company.name_en.as_str()]
            .into_iter()
            .chain(company.name_zh.as_deref())
            .chain(company.aliases.iter().map(String::as_str))
            .chain(company.founders.iter().map(String::as_str))
            .chain(company.flagship.iter().map(String::as_str))
            .chain(company.city.as_deref()),
    )
}

pub fn model_search_key(model: &Model, company: Option<&Company>) -> String {
    join(
        [
            model.id.as_str(),
            model.name.as_str(),
            model.country.as_str(),
        ]
        .into_iter()
        .chain(model.license.as_deref())
        .chain(company.map(|c| c.name_en.as_str()))
        .chain(company.and_then(|c| c.name_zh.as_deref())),
    )
}

pub fn event_search_key(event: &Event) -> String {
    join(
        [
            event.id.as_str(),
            event.title.as_str(),
            event.summary.as_str(),
        ]
        .into_iter()
        .chain(event.products.iter().map(String::as_str))
        .chain(event.companies.iter().map(String::as_str))
        .chain(event.models.iter().map(String::as_str)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents_but_keeps_chinese() {
        assert_eq!(normalize("Zhípǔ AI"), "zhipu ai");
        assert_eq!(normalize("深度求索"), "深度求索");
    }

    #[test]
    fn every_term_must_match() {
        let key = normalize("DeepSeek 深度求索 Hangzhou");
        assert!(matches(&key, "deepseek hangzhou"));
        assert!(matches(&key, "深度"));
        assert!(!matches(&key, "deepseek beijing"));
        assert!(matches(&key, "   "));
    }
}
