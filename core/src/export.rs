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
            .map(|b| match b.caveat() {
                Some(caveat) => format!("{}: {} ({})", b.name, b.score, caveat.key()),
                None => format!("{}: {}", b.name, b.score),
            })
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

/// Why a model's score in a benchmark column is not comparable (the table's "†"), for the
/// CSV cell beside the score: `with-tools`, `several-attempts`, or empty.
fn score_caveat(model: &Model, column: ModelColumn) -> String {
    opt(column
        .benchmark()
        .and_then(|b| model.best_score(b.name))
        .and_then(|b| b.caveat())
        .map(|c| c.key()))
}

/// Models CSV: an `id` column, then the visible columns in table order. A benchmark column
/// is followed by `{column}_caveat`, so that a score measured differently (the table's "†")
/// is never read as comparable with the others.
pub fn models_csv(dataset: &Dataset, items: &[usize], columns: &[ModelColumn]) -> String {
    let caveats: Vec<String> = columns
        .iter()
        .map(|c| format!("{}_caveat", model_header(*c)))
        .collect();
    let mut header = vec!["id"];
    for (column, caveat) in columns.iter().zip(&caveats) {
        header.push(model_header(*column));
        if matches!(column, ModelColumn::Score(_)) {
            header.push(caveat);
        }
    }
    csv_string(
        &header,
        items.iter().map(|&i| {
            let model = &dataset.models[i];
            let mut row = vec![model.id.clone()];
            for column in columns {
                row.push(model_cell(dataset, model, *column));
                if matches!(column, ModelColumn::Score(_)) {
                    row.push(score_caveat(model, *column));
                }
            }
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

    /// A score the table marks "†" keeps its caveat in the CSV, in the column beside it, and
    /// in the list of all scores; a comparable score has none.
    #[test]
    fn a_score_measured_differently_keeps_its_caveat_in_the_csv() {
        use crate::state::ModelColumn;
        let mut dataset = crate::Dataset::embedded().expect("valid");
        let template = dataset.models[0].benchmarks[0].clone();
        let score = |name: &str, score: f64, setting: &str| crate::dataset::Benchmark {
            name: name.into(),
            score,
            setting: Some(setting.into()),
            ..template.clone()
        };
        // AIME 2025 only with tools (shown with "†"), GPQA Diamond comparable, and a better
        // GPQA Diamond score from several attempts, which the column does not prefer.
        dataset.models[0].benchmarks = vec![
            score("AIME 2025", 98.6, "w/ tools"),
            score("GPQA Diamond", 80.1, "pass@1"),
            score("GPQA Diamond", 84.0, "best of 8"),
        ];
        let columns = [
            ModelColumn::Name,
            ModelColumn::Score(0),
            ModelColumn::Score(3),
            ModelColumn::Benchmarks,
        ];
        assert_eq!(columns[1].as_str(), "gpqa-diamond");
        assert_eq!(columns[2].as_str(), "aime-2025");
        let csv = super::models_csv(&dataset, &[0], &columns);
        let mut records = csv::Reader::from_reader(csv.as_bytes());
        let header: Vec<&str> = records.headers().expect("a header").iter().collect();
        assert_eq!(
            header,
            [
                "id",
                "name",
                "gpqa-diamond",
                "gpqa-diamond_caveat",
                "aime-2025",
                "aime-2025_caveat",
                "bench"
            ]
        );
        let row = records
            .records()
            .next()
            .expect("one row")
            .expect("a record");
        let cells: Vec<&str> = row.iter().collect();
        assert_eq!(cells[2..6], ["80.1", "", "98.6", "with-tools"]);
        assert_eq!(
            &row[6],
            "AIME 2025: 98.6 (with-tools); GPQA Diamond: 80.1; GPQA Diamond: 84 (several-attempts)"
        );
    }
}
