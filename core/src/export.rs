//! Exports of exactly the rows a view shows, in its order: CSV (visible columns, written with
//! the `csv` crate, never hand-escaped) and JSON (the full records).

use crate::dataset::Model;
use crate::format;
use crate::state::ModelColumn;
use crate::Dataset;

fn csv_string(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(header)
        .expect("writing to memory cannot fail");
    for row in rows {
        writer
            .write_record(&row)
            .expect("writing to memory cannot fail");
    }
    String::from_utf8(writer.into_inner().expect("flush to memory"))
        .expect("CSV of UTF-8 text is UTF-8")
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

/// One model's value for a column, as plain text for CSV (unknown = empty cell).
pub fn model_cell(dataset: &Dataset, model: &Model, column: ModelColumn) -> String {
    match column {
        ModelColumn::Name => model.name.clone(),
        ModelColumn::Organisation => dataset.company_name(&model.company).to_string(),
        ModelColumn::Country => model.country.clone(),
        ModelColumn::Released => opt(model.released),
        ModelColumn::Params => opt(model.total_params_b),
        ModelColumn::Active => opt(model.active_params_b),
        ModelColumn::Architecture => opt(model.architecture.map(|a| a.as_str())),
        ModelColumn::Context => opt(model.context_tokens),
        ModelColumn::License => opt(model.license.as_ref()),
        ModelColumn::LicenseFamily => opt(model.license_family.map(|l| l.as_str())),
        ModelColumn::OpenWeights => yes_no(model.open_weights),
        ModelColumn::Modality => model.modality.as_str().to_string(),
        ModelColumn::Reasoning => opt(model.reasoning.map(yes_no)),
        ModelColumn::Benchmarks => model
            .benchmarks
            .iter()
            .map(|b| format!("{}: {}", b.name, b.score))
            .collect::<Vec<_>>()
            .join("; "),
        ModelColumn::Score(_) => opt(column
            .benchmark()
            .and_then(|b| model.best_score(b.name))
            .map(|b| b.score)),
    }
}

/// CSV header names: machine-friendly, with units.
fn model_header(column: ModelColumn) -> &'static str {
    match column {
        ModelColumn::Params => "total_params_billions",
        ModelColumn::Active => "active_params_billions",
        ModelColumn::Context => "context_tokens",
        ModelColumn::Released => "released",
        other => other.as_str(),
    }
}

/// Models CSV: an `id` column, then the visible columns in table order.
pub fn models_csv(dataset: &Dataset, items: &[usize], columns: &[ModelColumn]) -> String {
    let mut header = vec!["id"];
    header.extend(columns.iter().map(|c| model_header(*c)));
    csv_string(
        &header,
        items.iter().map(|&i| {
            let model = &dataset.models[i];
            let mut row = vec![model.id.clone()];
            row.extend(columns.iter().map(|c| model_cell(dataset, model, *c)));
            row
        }),
    )
}

pub fn companies_csv(dataset: &Dataset, items: &[usize]) -> String {
    let header = [
        "id",
        "name_en",
        "name_zh",
        "category",
        "country",
        "city",
        "founded",
        "listing",
        "exchange",
        "ticker",
        "models_in_dataset",
        "open_weight_publisher",
        "in_article",
        "website",
    ];
    csv_string(
        &header,
        items.iter().map(|&i| {
            let c = &dataset.companies[i];
            vec![
                c.id.clone(),
                c.name_en.clone(),
                opt(c.name_zh.as_ref()),
                c.category.as_str().to_string(),
                c.country.clone(),
                opt(c.city.as_ref()),
                opt(c.founded),
                c.listing.status.as_str().to_string(),
                opt(c.listing.exchange.as_ref()),
                opt(c.listing.ticker.as_ref()),
                dataset.company_model_count(i).to_string(),
                yes_no(c.open_weight_publisher),
                yes_no(c.in_article),
                opt(c.website.as_ref()),
            ]
        }),
    )
}

pub fn events_csv(dataset: &Dataset, items: &[usize]) -> String {
    let header = [
        "id",
        "date",
        "category",
        "title",
        "summary",
        "companies",
        "models",
        "in_article",
        "first_source",
    ];
    csv_string(
        &header,
        items.iter().map(|&i| {
            let e = &dataset.events()[i];
            vec![
                e.id.clone(),
                opt(e.date),
                e.category.as_str().to_string(),
                e.title.clone(),
                e.summary.clone(),
                e.companies.join(";"),
                e.models.join(";"),
                yes_no(e.in_article),
                e.sources.first().map(|s| s.url.clone()).unwrap_or_default(),
            ]
        }),
    )
}

pub fn claims_csv(dataset: &Dataset, items: &[usize]) -> String {
    let header = ["order", "id", "quote", "verdict", "explanation", "sources"];
    csv_string(
        &header,
        items.iter().map(|&i| {
            let c = &dataset.claims[i];
            vec![
                c.order.to_string(),
                c.id.clone(),
                c.quote.clone(),
                c.verdict.as_str().to_string(),
                c.explanation.clone(),
                c.sources
                    .iter()
                    .map(|s| s.url.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ]
        }),
    )
}

/// JSON of the full records, in view order, with the dataset version.
pub fn records_json<T: serde::Serialize>(
    dataset: &Dataset,
    kind: &str,
    records: Vec<&T>,
) -> String {
    let document = serde_json::json!({
        "dataset_version": dataset.header.version,
        "data_as_of": dataset.header.as_of.to_string(),
        "kind": kind,
        "count": records.len(),
        "records": records,
    });
    serde_json::to_string_pretty(&document).expect("records serialise")
}

/// A file name that says what it holds and the dataset version, e.g.
/// `china-ai-atlas-models-12-rows-v1.0.0.csv`.
pub fn file_name(dataset: &Dataset, kind: &str, rows: usize, extension: &str) -> String {
    format!(
        "china-ai-atlas-{kind}-{rows}-rows-v{}.{extension}",
        dataset.header.version
    )
}

/// Parameters formatted for display (used by the citation text).
pub fn describe_params(billions: Option<f64>) -> String {
    billions.map_or_else(|| "unpublished".to_string(), format::params)
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_escapes_quotes_commas_and_newlines() {
        let text = super::csv_string(
            &["a", "b"],
            [vec!["x, \"y\"".to_string(), "line\nbreak".to_string()]].into_iter(),
        );
        assert_eq!(text, "a,b\n\"x, \"\"y\"\"\",\"line\nbreak\"\n");
    }
}
