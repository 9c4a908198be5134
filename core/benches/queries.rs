//! Native filter + sort timings on the synthetic dataset (10k and 100k models).
//! Run: `cargo bench -p atlas-core --bench queries` (scripts/bench.sh runs it).

use std::sync::OnceLock;

use atlas_core::models::query_models;
use atlas_core::state::ModelsState;
use atlas_core::Dataset;

fn main() {
    divan::main();
}

fn dataset(models: usize) -> &'static Dataset {
    static SMALL: OnceLock<Dataset> = OnceLock::new();
    static LARGE: OnceLock<Dataset> = OnceLock::new();
    let cell = if models <= 10_000 { &SMALL } else { &LARGE };
    cell.get_or_init(|| {
        let files = atlas_core::synthetic::generate(models, 42);
        atlas_core::validate::load(&files.files()).expect("synthetic data validates")
    })
}

const SIZES: [usize; 2] = [10_000, 100_000];

/// Search text plus the default sort (newest first).
#[divan::bench(args = SIZES)]
fn search_and_sort(bencher: divan::Bencher, models: usize) {
    let data = dataset(models);
    let (state, _) = ModelsState::decode("q=nova", data);
    bencher.bench(|| query_models(data, divan::black_box(&state)).items.len());
}

/// Two facets, a range and a two-key sort, with facet counts.
#[divan::bench(args = SIZES)]
fn facets_range_and_multi_sort(bencher: divan::Bencher, models: usize) {
    let data = dataset(models);
    let (state, _) =
        ModelsState::decode("country=China&arch=moe&params=10..&sort=-params~name", data);
    bencher.bench(|| query_models(data, divan::black_box(&state)).items.len());
}

/// Parsing and validating the whole dataset (start-up cost), from JSON text.
#[divan::bench(args = SIZES, sample_count = 10)]
fn parse_and_index(bencher: divan::Bencher, models: usize) {
    let files = atlas_core::synthetic::generate(models, 42);
    bencher.bench(|| {
        atlas_core::validate::load(&files.files())
            .map(|d| d.models.len())
            .unwrap_or(0)
    });
}

/// What the browser does at start-up: decode the build-time binary and build the indexes.
#[divan::bench(args = SIZES, sample_count = 10)]
fn decode_and_index(bencher: divan::Bencher, models: usize) {
    let bytes: &'static [u8] = atlas_core::wire::encode(dataset(models)).leak();
    bencher.bench(|| {
        atlas_core::wire::decode(bytes)
            .map(|d| d.models.len())
            .unwrap_or(0)
    });
}
