//! The browser half of `scripts/bench.sh`: transfer sizes, start-up and interaction latency
//! in headless Chromium, printed as tables. Expects `dist/` and `dist-bench-{1000,10000,100000}/`.

use std::io::Write;
use std::time::Duration;

use atlas_e2e::{file_sizes, first_load_files, median, peer, root, Browser};

const RUNS: usize = 10;

fn p95(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let index = ((values.len() as f64) * 0.95).ceil() as usize;
    values[index.saturating_sub(1).min(values.len() - 1)]
}

fn gzip_size(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

fn sizes() {
    println!("\n## Transfer size of a cold first load of /companies (real dataset, dist/)\n");
    println!("Compressed sizes are the `.gz` (gzip -9) and `.br` (brotli 11) sidecars the build writes.\n");
    println!("| file | raw bytes | gzip bytes | brotli bytes |");
    println!("| --- | ---: | ---: | ---: |");
    let (mut raw_total, mut gzip_total, mut br_total) = (0, 0, 0);
    for file in first_load_files("companies/index.html", "companies") {
        let (raw, gz, br) = file_sizes(&file);
        raw_total += raw;
        gzip_total += gz;
        br_total += br;
        println!("| {file} | {raw} | {gz} | {br} |");
    }
    println!("| **total** | **{raw_total}** | **{gzip_total}** | **{br_total}** |");
    println!(
        "\nCold /companies first load: {:.1} KB gzip, {:.1} KB brotli (budget: 350 KB gzip).",
        gzip_total as f64 / 1000.0,
        br_total as f64 / 1000.0
    );
    println!("\n### Every entry page's cold first load (its own wasm bundle)\n");
    println!("| page | bundle | gzip KB | brotli KB |");
    println!("| --- | --- | ---: | ---: |");
    for (page, entry, bundle) in [
        ("/", "index.html", "china-ai-atlas"),
        ("/companies", "companies/index.html", "companies"),
        ("/models", "models/index.html", "models"),
        ("/timeline", "timeline/index.html", "timeline"),
        ("/article", "article/index.html", "china-ai-atlas"),
        (
            "/company/deepseek",
            "company/deepseek/index.html",
            "china-ai-atlas",
        ),
        (
            "/model/deepseek-v3",
            "model/deepseek-v3/index.html",
            "china-ai-atlas",
        ),
    ] {
        let (gz, br) = first_load_files(entry, bundle)
            .iter()
            .map(|f| file_sizes(f))
            .fold((0, 0), |(g, b), (_, gz, br)| (g + gz, b + br));
        println!(
            "| {page} | {bundle} | {:.1} | {:.1} |",
            gz as f64 / 1000.0,
            br as f64 / 1000.0
        );
    }
    // The same bytes build.rs embeds: the validated dataset in postcard, and the companies'
    // slice the companies bundle embeds instead.
    let data = atlas_core::wire::encode(atlas_e2e::dataset());
    let slice = atlas_core::wire::encode_companies(atlas_e2e::dataset());
    println!(
        "\nEmbedded dataset (postcard, inside the wasm): {} bytes raw, {} bytes gzip; the companies' slice (companies bundle): {} bytes raw, {} bytes gzip.",
        data.len(),
        gzip_size(&data),
        slice.len(),
        gzip_size(&slice)
    );
}

/// Writes `dist/bench-static/index.html`: the rendered first screen of /companies as plain
/// HTML and CSS with no scripts, the baseline the app's first paint is compared with.
async fn write_static_page() {
    let b = Browser::new(1280).await;
    b.open("/companies").await;
    b.wait_for(".card").await;
    let html = b
        .js("const d = document.documentElement.cloneNode(true); d.querySelectorAll('script, link[rel=rust], link[data-trunk]').forEach(e => e.remove()); return '<!DOCTYPE html>' + d.outerHTML;")
        .await;
    let dir = root().join("dist/bench-static");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), html.as_str().unwrap()).unwrap();
    b.close().await;
}

/// Loads `path` in a fresh browser profile (no service-worker cache) and returns
/// (first contentful paint ms, app rendered mark ms or NaN, parse ms or NaN).
async fn cold_load(path: &str, ready: &str) -> (f64, f64, f64) {
    let b = Browser::new(1280).await;
    b.open(path).await;
    b.wait_for(ready).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let fcp = b.js("const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : -1").await.as_f64().unwrap();
    let rendered = b.js("const e = performance.getEntriesByName('atlas-rendered')[0]; return e ? e.startTime : -1").await.as_f64().unwrap();
    let parse = b
        .js("return parseFloat(document.body.dataset.parseMs || '-1')")
        .await
        .as_f64()
        .unwrap();
    b.close().await;
    let nan = |v: f64| if v < 0.0 { f64::NAN } else { v };
    (nan(fcp), nan(rendered), nan(parse))
}

async fn startup() {
    write_static_page().await;
    let (mut app_fcp, mut app_rendered, mut parse, mut static_fcp) =
        (vec![], vec![], vec![], vec![]);
    for _ in 0..RUNS {
        let (fcp, rendered, p) = cold_load("/companies", ".card").await;
        app_fcp.push(fcp);
        app_rendered.push(rendered);
        parse.push(p);
        let (fcp, _, _) = cold_load("/bench-static/", ".card").await;
        static_fcp.push(fcp);
    }
    let (app, baseline) = (median(&mut app_fcp), median(&mut static_fcp));
    println!("\n## Start-up, real dataset, median of {RUNS} cold loads of /companies\n");
    println!("| measure | ms |");
    println!("| --- | ---: |");
    println!(
        "| dataset parse + index (performance.now) | {:.1} |",
        median(&mut parse)
    );
    println!("| app: navigation → first contentful paint | {app:.1} |");
    println!(
        "| app: navigation → first view rendered (mark) | {:.1} |",
        median(&mut app_rendered)
    );
    println!("| static HTML of the same first screen: navigation → first contentful paint | {baseline:.1} |");
    println!("| ratio app / static | {:.2} |", app / baseline);
}

/// Clicks a facet value and returns ms until the frame after the result count changed.
const FACET_SCRIPT: &str = r#"
const [selector, done] = [arguments[0], arguments[arguments.length - 1]];
const count = document.querySelector("[data-testid='result-count']");
const before = count.textContent;
const t0 = performance.now();
const observer = new MutationObserver(() => {
  if (count.textContent !== before) {
    observer.disconnect();
    requestAnimationFrame(() => done(performance.now() - t0));
  }
});
observer.observe(count, { childList: true, characterData: true, subtree: true });
document.querySelector(selector).click();
"#;

/// Types into the search box and returns [ms from the keystroke to the URL write, ms from the
/// keystroke to the next frame after the results changed].
const SEARCH_SCRIPT: &str = r#"
const [text, done] = [arguments[0], arguments[arguments.length - 1]];
const count = document.querySelector("[data-testid='result-count']");
const input = document.querySelector("[data-testid='search']");
const before = count.textContent;
let written = null;
const replace = history.replaceState.bind(history);
history.replaceState = (...args) => { if (written === null) written = performance.now(); return replace(...args); };
const t0 = performance.now();
const observer = new MutationObserver(() => {
  if (count.textContent !== before) {
    observer.disconnect();
    requestAnimationFrame(() => { const t = performance.now(); history.replaceState = replace; done([(written ?? t) - t0, t - t0]); });
  }
});
observer.observe(count, { childList: true, characterData: true, subtree: true });
input.focus();
input.value = text;
input.dispatchEvent(new Event('input', { bubbles: true }));
"#;

async fn interaction() {
    println!("\n## Interaction latency on /models (synthetic datasets), {RUNS} runs each\n");
    println!(
        "The peer is Tabulator {} from npm (tools/node_modules) on the same synthetic rows, page reloaded per run (tests/src/peer.rs).\n",
        peer::tabulator_version()
    );
    println!("| models | parse + index ms (median) | facet toggle → paint ms (median / p95) | search: keystroke → URL written ms (median / p95) | search: keystroke → results painted ms (median) | Tabulator 6: keystroke → results painted ms (median) | ours / theirs |");
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    // `ATLAS_BENCH_SIZES=10000` measures only the builds named (comma-separated).
    let sizes: Vec<usize> = std::env::var("ATLAS_BENCH_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    for models in sizes {
        let mut parse = Vec::new();
        let (mut facet, mut search, mut keystroke) = (Vec::new(), Vec::new(), Vec::new());
        let b = Browser::new(1280).await;
        for run in 0..RUNS {
            b.open(&format!("/bench-{models}/models")).await;
            b.wait_for(".model-table tbody tr").await;
            parse.push(
                b.js("return parseFloat(document.body.dataset.parseMs)")
                    .await
                    .as_f64()
                    .unwrap(),
            );
            for _ in 0..2 {
                let ms = b
                    .client
                    .execute_async(
                        FACET_SCRIPT,
                        vec![serde_json::json!(
                            "[data-facet='country'] input[data-value='China']"
                        )],
                    )
                    .await
                    .unwrap();
                facet.push(ms.as_f64().unwrap());
            }
            let text = if run % 2 == 0 { "nova" } else { "kun" };
            let pair = b
                .client
                .execute_async(SEARCH_SCRIPT, vec![serde_json::json!(text)])
                .await
                .unwrap();
            search.push(pair[0].as_f64().unwrap());
            keystroke.push(pair[1].as_f64().unwrap());
        }
        b.close().await;
        let ours = median(&mut keystroke);
        let theirs = median(&mut peer::tabulator_keystroke(models, RUNS).await);
        println!(
            "| {models} | {:.1} | {:.1} / {:.1} | {:.1} / {:.1} | {ours:.1} | {theirs:.1} | {:.2} |",
            median(&mut parse),
            median(&mut facet.clone()),
            p95(&mut facet),
            median(&mut search.clone()),
            p95(&mut search),
            ours / theirs
        );
    }
}

#[tokio::main]
async fn main() {
    sizes();
    startup().await;
    interaction().await;
}
