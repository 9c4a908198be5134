//! The peer benchmark: the same synthetic models in a Tabulator 6 table (from npm, in
//! `tools/node_modules`), configured as a user would (virtual rendering, fixed height,
//! `fitColumns`), with a search box that calls `table.setFilter` on every `input` event.
//! [`tabulator_keystroke`] measures what `bench` measures on our `/models`: ms from the
//! keystroke to the frame after the result count changed.

use std::path::PathBuf;
use std::time::Duration;

use atlas_core::{format, synthetic, validate, Dataset};
use serde_json::{json, Value};

use crate::{root, Browser};

/// The seed the app's `synthetic` feature passes to `synthetic::generate` (src/lib.rs).
pub const SEED: u64 = 42;

/// The words typed, alternating by run, as `bench` types them into our search box.
pub const WORDS: [&str; 2] = ["nova", "kun"];

/// One measured search on the Tabulator page.
#[derive(Clone, Debug)]
pub struct PeerSearch {
    pub word: &'static str,
    /// ms from the `input` event to the frame after the result count changed.
    pub ms: f64,
    /// The rows Tabulator's `dataFiltered` reported.
    pub count: usize,
    /// Whether the first rendered row in that frame contains the word (the table repainted).
    pub first_row_matches: bool,
}

/// The synthetic dataset of a `synthetic` build with `models` models.
pub fn synthetic_dataset(models: usize) -> Dataset {
    let files = synthetic::generate(models, SEED);
    validate::load(&files.files()).unwrap_or_else(|e| panic!("synthetic data: {:?}", &e[..1]))
}

/// How many models our search finds for `word` (the core's search keys and matcher), to
/// check that both tables filter the same rows.
pub fn our_matches(data: &Dataset, word: &str) -> usize {
    let query = atlas_core::text::normalize(word);
    data.model_search
        .iter()
        .filter(|key| atlas_core::text::matches(key, &query))
        .count()
}

/// The rows of our models table's default columns, as the table writes them.
fn rows(data: &Dataset) -> Value {
    let unknown = || "—".to_string();
    let yes_no = |b: bool| if b { "Yes" } else { "No" }.to_string();
    let rows: Vec<Value> = data
        .models
        .iter()
        .map(|m| {
            json!({
                "id": m.id,
                "name": m.name,
                "org": data.company_name(&m.company),
                "country": m.country,
                "released": m.released.map_or_else(unknown, |d| d.display()),
                "params": m.total_params_b.map_or_else(unknown, format::params),
                "active": m.active_params_b.map_or_else(unknown, |p| format!("{} active", format::params(p))),
                "architecture": m.architecture.map_or_else(unknown, |a| a.label().to_string()),
                "context": m.context_tokens.map_or_else(unknown, format::context),
                "licence": m.license_family.map_or_else(unknown, |l| l.label().to_string()),
                "open": yes_no(m.open_weights),
                "reasoning": m.reasoning.map_or_else(unknown, yes_no),
            })
        })
        .collect();
    Value::from(rows)
}

/// The page: Tabulator from local files only (no CDN), rows from `rows.json`. Each row gets a
/// lower-cased search key of its text fields once, before the table is built, as our app
/// builds its search keys at start-up; the filter then checks every typed term against it.
const PAGE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tabulator peer benchmark</title>
<link rel="stylesheet" href="tabulator.min.css">
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 1rem; }
  .bar { display: flex; gap: 1rem; align-items: center; margin-bottom: .5rem; }
  .bar input { font: inherit; padding: .3rem .5rem; width: 20rem; }
</style>
<script src="tabulator.min.js"></script>
</head>
<body>
<div class="bar">
  <input type="search" data-testid="search" placeholder="Search models" aria-label="Search models">
  <p data-testid="result-count" aria-live="polite"></p>
</div>
<div id="models"></div>
<script>
const FIELDS = ["name", "org", "country", "released", "params", "active", "architecture",
  "context", "licence", "open", "reasoning"];
fetch("rows.json").then((r) => r.json()).then((rows) => {
  for (const row of rows) {
    row.key = FIELDS.map((f) => row[f]).join("\u001f").toLowerCase();
  }
  const count = document.querySelector("[data-testid='result-count']");
  const table = new Tabulator("#models", {
    data: rows,
    index: "id",
    height: "720px",
    layout: "fitColumns",
    renderVertical: "virtual",
    columns: [
      { title: "Model", field: "name", formatter: "link", formatterParams: { url: (c) => "/model/" + c.getRow().getData().id } },
      { title: "Organisation", field: "org" },
      { title: "Country", field: "country" },
      { title: "Released", field: "released" },
      { title: "Params", field: "params", hozAlign: "right" },
      { title: "Active", field: "active", hozAlign: "right" },
      { title: "Architecture", field: "architecture" },
      { title: "Context", field: "context", hozAlign: "right" },
      { title: "Licence", field: "licence" },
      { title: "Open weights", field: "open" },
      { title: "Reasoning", field: "reasoning" },
    ],
  });
  table.on("dataFiltered", (filters, shown) => {
    count.textContent = shown.length.toLocaleString("en") + " models";
  });
  table.on("tableBuilt", () => {
    count.textContent = table.getDataCount("active").toLocaleString("en") + " models";
    document.documentElement.dataset.peer = "ready";
  });
  document.querySelector("[data-testid='search']").addEventListener("input", (event) => {
    const terms = event.target.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length === 0) {
      table.clearFilter();
    } else {
      table.setFilter((data) => terms.every((term) => data.key.includes(term)));
    }
  });
});
</script>
</body>
</html>
"##;

/// Writes `dist-peer-{models}/` (served at `/peer-{models}/`): the page, Tabulator's files
/// copied from `tools/node_modules`, and the rows. Returns the directory.
pub fn write_tabulator_page(data: &Dataset) -> PathBuf {
    let dir = root().join(format!("dist-peer-{}", data.models.len()));
    std::fs::create_dir_all(&dir).unwrap();
    let dist = root().join("tools/node_modules/tabulator-tables/dist");
    for (from, to) in [
        ("js/tabulator.min.js", "tabulator.min.js"),
        ("css/tabulator.min.css", "tabulator.min.css"),
    ] {
        std::fs::copy(dist.join(from), dir.join(to)).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run scripts/setup.sh --browser)",
                dist.join(from).display()
            )
        });
    }
    std::fs::write(dir.join("index.html"), PAGE).unwrap();
    std::fs::write(dir.join("rows.json"), rows(data).to_string()).unwrap();
    dir
}

/// The installed Tabulator version, e.g. `6.5.3`.
pub fn tabulator_version() -> String {
    let path = root().join("tools/node_modules/tabulator-tables/package.json");
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .and_then(|v| v["version"].as_str().map(str::to_string))
        .unwrap_or_else(|| "?".to_string())
}

/// Types a word into the search box with one `input` event; returns [ms from the keystroke to
/// the frame after the result count changed, the count text, the first row's text].
const SEARCH_SCRIPT: &str = r##"
const [text, done] = [arguments[0], arguments[arguments.length - 1]];
const count = document.querySelector("[data-testid='result-count']");
const input = document.querySelector("[data-testid='search']");
const before = count.textContent;
const t0 = performance.now();
const observer = new MutationObserver(() => {
  if (count.textContent !== before) {
    observer.disconnect();
    requestAnimationFrame(() => {
      const t = performance.now();
      const row = document.querySelector("#models .tabulator-row");
      done([t - t0, count.textContent, row ? row.textContent : ""]);
    });
  }
});
observer.observe(count, { childList: true, characterData: true, subtree: true });
input.focus();
input.value = text;
input.dispatchEvent(new Event('input', { bubbles: true }));
"##;

/// Runs `runs` searches on a Tabulator table of the `models` synthetic models, reloading the
/// page before each, in one headless Chromium window 1280 px wide (as `bench` does).
pub async fn tabulator_searches(models: usize, runs: usize) -> Vec<PeerSearch> {
    write_tabulator_page(&synthetic_dataset(models));
    let b = Browser::new(1280).await;
    let url = format!("{}/peer-{models}/", b.base);
    let mut out = Vec::with_capacity(runs);
    for run in 0..runs {
        b.client.goto(&url).await.unwrap();
        b.wait_for("html[data-peer='ready'] #models .tabulator-row")
            .await;
        // Let the load's work (JSON parse, first render, garbage) settle, as our table has
        // settled by the time `bench` types (after its facet clicks).
        tokio::time::sleep(Duration::from_millis(200)).await;
        let word = WORDS[run % 2];
        let result = b
            .client
            .execute_async(SEARCH_SCRIPT, vec![json!(word)])
            .await
            .unwrap();
        let count_text = result[1].as_str().unwrap_or_default();
        let count = count_text
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .replace(',', "")
            .parse()
            .unwrap_or(usize::MAX);
        out.push(PeerSearch {
            word,
            ms: result[0].as_f64().unwrap(),
            count,
            first_row_matches: result[2]
                .as_str()
                .unwrap_or_default()
                .to_lowercase()
                .contains(word),
        });
    }
    b.close().await;
    out
}

/// ms from keystroke to results painted on the Tabulator table, one per run ("nova" on even
/// runs, "kun" on odd), page reloaded per run.
pub async fn tabulator_keystroke(models: usize, runs: usize) -> Vec<f64> {
    tabulator_searches(models, runs)
        .await
        .into_iter()
        .map(|s| s.ms)
        .collect()
}
