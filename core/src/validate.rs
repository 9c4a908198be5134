//! Loading and validation: raw dataset files in, a checked [`Dataset`] or a list of errors out.
//!
//! Every error names the file, the record id and the field, so a broken edit is found at once.
//! The same checks run in `cargo test` (on the embedded files and on broken fixtures) and at
//! start-up in the browser.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::dataset::{Claim, Company, DatasetFiles, DatasetHeader, Event, Model, Source, Verdict};
use crate::date::PartialDate;
use crate::Dataset;

/// One broken rule in one place of the dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: &'static str,
    pub record: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "data/{}: record '{}', field '{}': {}",
            self.file, self.record, self.field, self.message
        )
    }
}

struct Errors(Vec<DataError>);

impl Errors {
    fn push(&mut self, file: &'static str, record: &str, field: &str, message: impl Into<String>) {
        self.0.push(DataError {
            file,
            record: record.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }
}

const DATE_FIELDS: [&str; 3] = ["released", "date", "ipo_date"];

/// Parses every file and checks every rule; returns all errors found, not just the first.
pub fn load(files: &DatasetFiles<'_>) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Errors(Vec::new());
    let header: Option<DatasetHeader> = parse_one("dataset.json", files.dataset, &mut errors);
    // Ids of records that failed to parse still count as known, so one broken record is
    // reported once rather than again at every reference to it.
    let mut unparsed: HashSet<String> = HashSet::new();
    let companies: Vec<Company> = parse_records(
        "companies.json",
        files.companies,
        &mut errors,
        &mut unparsed,
    );
    let models: Vec<Model> = parse_records("models.json", files.models, &mut errors, &mut unparsed);
    let events: Vec<Event> = parse_records("events.json", files.events, &mut errors, &mut unparsed);
    let claims: Vec<Claim> = parse_records("claims.json", files.claims, &mut errors, &mut unparsed);
    let Some(mut header) = header else {
        return Err(errors.0);
    };
    header.as_of = newest_record_date(&companies, &models, &events);
    if let Some(url) = &header.article.url {
        check_https("dataset.json", "article", "url", url, &mut errors);
    }

    check_ids(
        "companies.json",
        companies.iter().map(|c| c.id.as_str()),
        &mut errors,
    );
    check_ids(
        "models.json",
        models.iter().map(|m| m.id.as_str()),
        &mut errors,
    );
    check_ids(
        "events.json",
        events.iter().map(|e| e.id.as_str()),
        &mut errors,
    );
    check_ids(
        "claims.json",
        claims.iter().map(|c| c.id.as_str()),
        &mut errors,
    );

    let unparsed_ids = unparsed.iter().map(String::as_str);
    let company_ids: HashSet<&str> = companies
        .iter()
        .map(|c| c.id.as_str())
        .chain(unparsed_ids.clone())
        .collect();
    let model_ids: HashMap<&str, &Model> = models.iter().map(|m| (m.id.as_str(), m)).collect();
    let known_models: HashSet<&str> = model_ids
        .keys()
        .copied()
        .chain(unparsed_ids.clone())
        .collect();
    let event_ids: HashSet<&str> = events
        .iter()
        .map(|e| e.id.as_str())
        .chain(unparsed_ids)
        .collect();

    for company in &companies {
        check_company(company, &header, &mut errors);
    }
    for model in &models {
        check_model(model, &company_ids, &mut errors);
    }
    for event in &events {
        check_event(event, &company_ids, &known_models, &model_ids, &mut errors);
    }
    for claim in &claims {
        check_claim(claim, &company_ids, &known_models, &event_ids, &mut errors);
    }

    if errors.0.is_empty() {
        Ok(Dataset::new(
            header,
            companies,
            models,
            crate::Events::Records(events),
            claims,
            None,
        ))
    } else {
        Err(errors.0)
    }
}

/// The newest day-precision date of any record (a release, an event, a listing): what
/// "data as of" means. Month- or year-only dates do not count: they cannot say how recent.
pub fn newest_record_date(
    companies: &[Company],
    models: &[Model],
    events: &[Event],
) -> PartialDate {
    companies
        .iter()
        .filter_map(|c| c.listing.ipo_date)
        .chain(models.iter().filter_map(|m| m.released))
        .chain(events.iter().filter_map(|e| e.date))
        .filter(|d| d.precision() == crate::date::DatePrecision::Day)
        .max()
        .unwrap_or_else(PartialDate::unknown)
}

fn parse_one<T: DeserializeOwned>(
    file: &'static str,
    text: &str,
    errors: &mut Errors,
) -> Option<T> {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => {
            check_dates_in(file, "(header)", &value, errors);
            match serde_json::from_value(value) {
                Ok(parsed) => Some(parsed),
                Err(error) => {
                    errors.push(file, "(header)", "-", error.to_string());
                    None
                }
            }
        }
        Err(error) => {
            errors.push(file, "(file)", "-", format!("not valid JSON: {error}"));
            None
        }
    }
}

/// Parses a file holding a JSON array of records, one record at a time, so an error names the
/// record's id rather than a line number.
fn parse_records<T: DeserializeOwned>(
    file: &'static str,
    text: &str,
    errors: &mut Errors,
    unparsed: &mut HashSet<String>,
) -> Vec<T> {
    // Fast path: a well-formed file parses straight into typed records. Only when that fails
    // is it parsed again record by record, to name the record and field that broke.
    if let Ok(records) = serde_json::from_str::<Vec<T>>(text) {
        return records;
    }
    let values = match serde_json::from_str::<Vec<Value>>(text) {
        Ok(values) => values,
        Err(error) => {
            errors.push(
                file,
                "(file)",
                "-",
                format!("not a valid JSON array: {error}"),
            );
            return Vec::new();
        }
    };
    let mut records = Vec::with_capacity(values.len());
    for (position, value) in values.into_iter().enumerate() {
        let id = value
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("#{}", position + 1));
        if !check_dates_in(file, &id, &value, errors) {
            unparsed.insert(id);
            continue;
        }
        match serde_json::from_value::<T>(value) {
            Ok(record) => records.push(record),
            Err(error) => {
                errors.push(file, &id, "-", error.to_string());
                unparsed.insert(id);
            }
        }
    }
    records
}

/// Reports unparseable dates with their field name; returns false if any was found.
fn check_dates_in(file: &'static str, id: &str, value: &Value, errors: &mut Errors) -> bool {
    let mut ok = true;
    let mut visit = |field: &str, v: &Value| {
        if let Some(text) = v.as_str() {
            if let Err(error) = text.parse::<PartialDate>() {
                errors.push(file, id, field, error.to_string());
                ok = false;
            }
        }
    };
    for field in DATE_FIELDS {
        if let Some(v) = value.get(field) {
            visit(field, v);
        }
    }
    if let Some(v) = value.get("listing").and_then(|l| l.get("ipo_date")) {
        visit("listing.ipo_date", v);
    }
    ok
}

/// Ids are unique within a file and kebab-case (`a-z`, `0-9`, single hyphens).
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_ids<'a>(file: &'static str, ids: impl Iterator<Item = &'a str>, errors: &mut Errors) {
    let mut seen = HashSet::new();
    for id in ids {
        if !is_kebab_case(id) {
            errors.push(
                file,
                id,
                "id",
                "ids must be kebab-case (a-z, 0-9 and single hyphens)",
            );
        }
        if !seen.insert(id) {
            errors.push(file, id, "id", "duplicate id");
        }
    }
}

fn check_https(file: &'static str, id: &str, field: &str, url: &str, errors: &mut Errors) {
    let rest = url.strip_prefix("https://");
    if rest.is_none_or(|r| r.is_empty() || r.starts_with('/') || r.contains(char::is_whitespace)) {
        errors.push(file, id, field, format!("'{url}' is not an https: URL"));
    }
}

fn check_sources(file: &'static str, id: &str, sources: &[Source], errors: &mut Errors) {
    if sources.is_empty() {
        errors.push(
            file,
            id,
            "sources",
            "every record needs at least one source",
        );
    }
    for (position, source) in sources.iter().enumerate() {
        let field = format!("sources[{position}]");
        if source.title.trim().is_empty() {
            errors.push(file, id, &field, "a source needs a title");
        }
        check_https(file, id, &format!("{field}.url"), &source.url, errors);
        if source.grade.is_none() {
            errors.push(
                file,
                id,
                &format!("{field}.grade"),
                "a source needs a grade (primary, secondary or tertiary)",
            );
        }
    }
}

/// A non-null value must be backed by at least one source that supports its field.
fn check_supported(
    file: &'static str,
    id: &str,
    field: &str,
    present: bool,
    sources: &[Source],
    errors: &mut Errors,
) {
    if !present {
        return;
    }
    let mut backing = sources
        .iter()
        .filter(|s| s.supports_field(field))
        .peekable();
    if backing.peek().is_none() {
        errors.push(file, id, field, "has a value but no source supports it");
    } else if !backing.any(|s| s.grade.is_some_and(|g| g.carries_values())) {
        errors.push(
            file,
            id,
            field,
            "rests only on tertiary sources; it needs a primary or secondary one",
        );
    }
}

fn check_positive(
    file: &'static str,
    id: &str,
    field: &str,
    value: Option<f64>,
    errors: &mut Errors,
) {
    if let Some(v) = value {
        if !(v.is_finite() && v > 0.0) {
            errors.push(
                file,
                id,
                field,
                format!("must be a positive number, found {v}"),
            );
        }
    }
}

fn check_company(company: &Company, header: &DatasetHeader, errors: &mut Errors) {
    const FILE: &str = "companies.json";
    let id = company.id.as_str();
    check_sources(FILE, id, &company.sources, errors);
    if let Some(founded) = company.founded {
        if founded < 1800 || founded > header.as_of.year {
            errors.push(
                FILE,
                id,
                "founded",
                format!("{founded} is not a plausible founding year"),
            );
        }
    }
    check_supported(
        FILE,
        id,
        "founded",
        company.founded.is_some(),
        &company.sources,
        errors,
    );
    check_supported(
        FILE,
        id,
        "listing",
        company.listing.ipo_date.is_some(),
        &company.sources,
        errors,
    );
    if let Some(website) = &company.website {
        check_https(FILE, id, "website", website, errors);
    }
    if company.name_en.trim().is_empty() {
        errors.push(FILE, id, "name_en", "a company needs an English name");
    }
}

fn check_model(model: &Model, company_ids: &HashSet<&str>, errors: &mut Errors) {
    const FILE: &str = "models.json";
    let id = model.id.as_str();
    check_sources(FILE, id, &model.sources, errors);
    if !company_ids.contains(model.company.as_str()) {
        errors.push(
            FILE,
            id,
            "company",
            format!("unknown company id '{}'", model.company),
        );
    }
    check_positive(FILE, id, "total_params_b", model.total_params_b, errors);
    check_positive(FILE, id, "active_params_b", model.active_params_b, errors);
    if let (Some(active), Some(total)) = (model.active_params_b, model.total_params_b) {
        if active > total {
            errors.push(
                FILE,
                id,
                "active_params_b",
                format!("{active}B active is more than {total}B total"),
            );
        }
    }
    if model.context_tokens == Some(0) {
        errors.push(
            FILE,
            id,
            "context_tokens",
            "must be a positive number, found 0",
        );
    }
    let sources = &model.sources;
    check_supported(
        FILE,
        id,
        "released",
        model.released.is_some(),
        sources,
        errors,
    );
    check_supported(
        FILE,
        id,
        "total_params_b",
        model.total_params_b.is_some(),
        sources,
        errors,
    );
    check_supported(
        FILE,
        id,
        "active_params_b",
        model.active_params_b.is_some(),
        sources,
        errors,
    );
    check_supported(
        FILE,
        id,
        "context_tokens",
        model.context_tokens.is_some(),
        sources,
        errors,
    );
    check_supported(
        FILE,
        id,
        "license",
        model.license.is_some(),
        sources,
        errors,
    );
    for (position, benchmark) in model.benchmarks.iter().enumerate() {
        let field = format!("benchmarks[{position}]");
        check_https(
            FILE,
            id,
            &format!("{field}.source_url"),
            &benchmark.source_url,
            errors,
        );
        if !(benchmark.score.is_finite() && benchmark.score >= 0.0) {
            errors.push(
                FILE,
                id,
                &format!("{field}.score"),
                "must be a non-negative number",
            );
        }
    }
    for (position, benchmark) in model.benchmarks.iter().enumerate() {
        let field = format!("benchmarks[{position}]");
        if let Some(canonical) = crate::benchmarks::respelling(&benchmark.name) {
            errors.push(
                FILE,
                id,
                &format!("{field}.name"),
                format!(
                    "write '{canonical}' (its canonical name), not '{}'",
                    benchmark.name
                ),
            );
        }
        if benchmark
            .setting
            .as_deref()
            .is_none_or(|s| s.trim().is_empty())
        {
            errors.push(
                FILE,
                id,
                &format!("{field}.setting"),
                "a score needs its setting (shots, thinking on/off, pass@k, scaffold …)",
            );
        }
        if benchmark
            .reported_by
            .as_deref()
            .is_none_or(|s| s.trim().is_empty())
        {
            errors.push(
                FILE,
                id,
                &format!("{field}.reported_by"),
                "say who reported the score: 'lab' or the evaluator's name",
            );
        }
        if model.benchmarks[..position].iter().any(|b| {
            b.name == benchmark.name
                && b.variant == benchmark.variant
                && b.setting == benchmark.setting
        }) {
            errors.push(
                FILE,
                id,
                &field,
                "the same benchmark, variant and setting twice",
            );
        }
    }
    if let Some(compute) = &model.training_compute {
        check_https(
            FILE,
            id,
            "training_compute.source_url",
            &compute.source_url,
            errors,
        );
    }
}

fn check_references(
    file: &'static str,
    id: &str,
    field: &str,
    references: &[String],
    known: &dyn Fn(&str) -> bool,
    errors: &mut Errors,
) {
    for reference in references {
        if !known(reference) {
            errors.push(file, id, field, format!("unknown id '{reference}'"));
        }
    }
}

fn check_event(
    event: &Event,
    company_ids: &HashSet<&str>,
    known_models: &HashSet<&str>,
    models: &HashMap<&str, &Model>,
    errors: &mut Errors,
) {
    const FILE: &str = "events.json";
    let id = event.id.as_str();
    check_sources(FILE, id, &event.sources, errors);
    check_supported(
        FILE,
        id,
        "date",
        event.date.is_some(),
        &event.sources,
        errors,
    );
    check_references(
        FILE,
        id,
        "companies",
        &event.companies,
        &|c| company_ids.contains(c),
        errors,
    );
    check_references(
        FILE,
        id,
        "models",
        &event.models,
        &|m| known_models.contains(m),
        errors,
    );
    if let Some(model_id) = &event.release_of {
        match models.get(model_id.as_str()) {
            None if known_models.contains(model_id.as_str()) => {}
            None => errors.push(FILE, id, "release_of", format!("unknown id '{model_id}'")),
            Some(model) if model.released != event.date => errors.push(
                FILE,
                id,
                "date",
                format!(
                    "the release of '{model_id}' is dated {} here but {} in models.json; one fact, one value",
                    show_date(event.date),
                    show_date(model.released)
                ),
            ),
            Some(_) => {}
        }
        if !event.models.contains(model_id) {
            errors.push(
                FILE,
                id,
                "models",
                format!("must list the released model '{model_id}'"),
            );
        }
    }
}

fn show_date(date: Option<PartialDate>) -> String {
    date.map_or_else(|| "null".to_string(), |d| d.to_string())
}

fn check_claim(
    claim: &Claim,
    company_ids: &HashSet<&str>,
    models: &HashSet<&str>,
    event_ids: &HashSet<&str>,
    errors: &mut Errors,
) {
    const FILE: &str = "claims.json";
    let id = claim.id.as_str();
    // An opinion or prediction cannot be sourced; every other verdict must be.
    if !(claim.verdict == Verdict::Opinion && claim.sources.is_empty()) {
        check_sources(FILE, id, &claim.sources, errors);
    }
    check_references(
        FILE,
        id,
        "companies",
        &claim.companies,
        &|c| company_ids.contains(c),
        errors,
    );
    check_references(
        FILE,
        id,
        "models",
        &claim.models,
        &|m| models.contains(m),
        errors,
    );
    check_references(
        FILE,
        id,
        "events",
        &claim.events,
        &|e| event_ids.contains(e),
        errors,
    );
    if claim.quote.trim().is_empty() || claim.explanation.trim().is_empty() {
        errors.push(
            FILE,
            id,
            "quote",
            "a claim needs a quote and an explanation",
        );
    }
}
