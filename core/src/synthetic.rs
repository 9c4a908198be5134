//! A deterministic synthetic dataset for benchmarks: `n` models with proportional companies
//! (one per 20 models) and events (one per 2 models), passing the same validation as the
//! real data. The shipped app always embeds the real dataset; only benchmark builds use this.

use serde_json::{json, Value};

use crate::dataset::DatasetFiles;

/// The five files of a synthetic dataset, as JSON text.
pub struct SyntheticFiles {
    pub dataset: String,
    pub companies: String,
    pub models: String,
    pub events: String,
    pub claims: String,
}

impl SyntheticFiles {
    pub fn files(&self) -> DatasetFiles<'_> {
        DatasetFiles {
            dataset: &self.dataset,
            companies: &self.companies,
            models: &self.models,
            events: &self.events,
            claims: &self.claims,
        }
    }
}

/// A small, fast pseudo-random generator (SplitMix64), so output depends only on the seed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const CITIES: [&str; 8] = [
    "Beijing",
    "Shanghai",
    "Hangzhou",
    "Shenzhen",
    "Hefei",
    "Guangzhou",
    "Chengdu",
    "Wuhan",
];
const CATEGORIES: [&str; 7] = [
    "foundation-lab",
    "big-tech",
    "internet-platform",
    "robotics",
    "semiconductors",
    "devices",
    "research-institute",
];
const COUNTRIES: [&str; 4] = ["China", "China", "United States", "France"];
const WORDS: [&str; 12] = [
    "Nova", "Qi", "Lumen", "Tian", "Aurora", "Kun", "Delta", "Feng", "Orbit", "Xing", "Vector",
    "Long",
];
const MODALITIES: [&str; 5] = ["text", "code", "vision-language", "multimodal", "omni"];
const EVENT_CATEGORIES: [&str; 8] = [
    "model-release",
    "research",
    "market",
    "policy",
    "funding",
    "hardware",
    "adoption",
    "robotics",
];

fn date(random: &mut Random) -> String {
    let year = 2022 + random.below(5);
    let month = 1 + random.below(12);
    if random.below(3) == 0 {
        format!("{year:04}-{month:02}")
    } else {
        format!("{year:04}-{month:02}-{:02}", 1 + random.below(28))
    }
}

fn source(id: &str) -> Value {
    json!([{ "title": format!("Synthetic source for {id}"), "url": format!("https://example.org/{id}"), "grade": "primary" }])
}

/// Generates `models` models and proportional companies and events from `seed`.
pub fn generate(models: usize, seed: u64) -> SyntheticFiles {
    let mut random = Random(seed);
    let company_count = (models / 20).max(1);
    let event_count = (models / 2).max(1);
    let companies: Vec<Value> = (0..company_count)
        .map(|i| {
            let id = format!("company-{i}");
            let name = format!("{} {} AI {i}", random.pick(&WORDS), random.pick(&WORDS));
            json!({
                "id": id, "name_en": name, "name_zh": if i % 3 == 0 { Value::from(format!("合成公司{i}")) } else { Value::Null },
                "aliases": [], "category": random.pick(&CATEGORIES), "country": "China", "city": random.pick(&CITIES),
                "founded": if i % 5 == 0 { Value::Null } else { Value::from(1990 + random.below(35)) },
                "founders": [format!("Founder {i}")],
                "listing": { "status": if i % 2 == 0 { "listed" } else { "private" }, "exchange": null, "ticker": null, "ipo_date": null },
                "flagship": [format!("{name} family")], "open_weight_publisher": i % 2 == 1,
                "description": format!("Synthetic company number {i} for benchmarks."), "website": null,
                "in_article": i % 10 == 0, "notes": null, "sources": source(&id),
            })
        })
        .collect();
    let model_records: Vec<Value> = (0..models)
        .map(|i| {
            let id = format!("model-{i}");
            let total = if i % 11 == 0 { None } else { Some(0.5 + random.below(2000) as f64) };
            let moe = total.is_some() && random.below(2) == 0;
            let active = if moe { total.map(|t| (t / (2 + random.below(20)) as f64).max(0.1).floor().max(0.1)) } else { None };
            let open = random.below(5) != 0;
            json!({
                "id": id, "name": format!("{}-{} {i}", random.pick(&WORDS), random.below(10)),
                "company": format!("company-{}", random.below(company_count as u64)), "country": random.pick(&COUNTRIES),
                "released": if i % 13 == 0 { Value::Null } else { Value::from(date(&mut random)) },
                "total_params_b": total, "active_params_b": active, "params_note": null,
                "architecture": if total.is_none() { Value::Null } else if moe { Value::from("moe") } else { Value::from("dense") },
                "context_tokens": if i % 7 == 0 { Value::Null } else { Value::from(4096u64 << random.below(9)) },
                "context_rounded": false, "context_label": null,
                "license": if open { Value::from("Apache-2.0") } else { Value::Null },
                "license_family": if open { "permissive" } else { "proprietary" },
                "open_weights": open, "modality": random.pick(&MODALITIES), "modality_detail": null,
                "reasoning": if i % 9 == 0 { Value::Null } else { Value::from(random.below(2) == 0) },
                "benchmarks": [], "training_compute": null, "confidence": "synthetic", "notes": null, "sources": source(&id),
            })
        })
        .collect();
    let events: Vec<Value> = (0..event_count)
        .map(|i| {
            let id = format!("event-{i}");
            json!({
                "id": id, "date": date(&mut random), "title": format!("Synthetic event {i}"),
                "summary": format!("Something happened to {} in synthetic event {i}.", random.pick(&WORDS)),
                "category": random.pick(&EVENT_CATEGORIES),
                "companies": [format!("company-{}", random.below(company_count as u64))],
                "models": [format!("model-{}", random.below(models as u64))], "products": [],
                "in_article": i % 17 == 0, "release_of": null, "notes": null, "sources": source(&id),
            })
        })
        .collect();
    let header = json!({
        "version": format!("synthetic-{models}"), "title": "Synthetic benchmark dataset",
        "article": { "title": "none", "note": "synthetic", "outlet": null, "published": null, "url": null },
    });
    SyntheticFiles {
        dataset: header.to_string(),
        companies: Value::from(companies).to_string(),
        models: Value::from(model_records).to_string(),
        events: Value::from(events).to_string(),
        claims: "[]".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_data_validates_and_is_deterministic() {
        let files = generate(1000, 7);
        let dataset = crate::validate::load(&files.files())
            .unwrap_or_else(|e| panic!("{:?}", &e[..e.len().min(5)]));
        assert_eq!(dataset.models.len(), 1000);
        assert_eq!(dataset.companies.len(), 50);
        assert_eq!(dataset.events().len(), 500);
        assert_eq!(generate(1000, 7).models, files.models);
        assert_ne!(generate(1000, 8).models, files.models);
    }
}
