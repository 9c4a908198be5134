//! Prints the peer benchmark alone: keystroke → results painted on a Tabulator table of the
//! same synthetic models `bench` uses, median of 10 runs per size. Sizes come from
//! `ATLAS_BENCH_SIZES` (comma-separated; default 10000,100000).

use atlas_e2e::{median, peer};

const RUNS: usize = 10;

#[tokio::main]
async fn main() {
    let sizes: Vec<usize> = std::env::var("ATLAS_BENCH_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10_000, 100_000]);
    println!(
        "\n## Tabulator {} peer: keystroke → results painted, {RUNS} runs each\n",
        peer::tabulator_version()
    );
    println!(
        "| models | word | Tabulator rows found | our search finds | ms per run | median ms |"
    );
    println!("| ---: | --- | ---: | ---: | --- | ---: |");
    for models in sizes {
        let data = peer::synthetic_dataset(models);
        let runs = peer::tabulator_searches(models, RUNS).await;
        for word in peer::WORDS {
            let of_word: Vec<&peer::PeerSearch> = runs.iter().filter(|r| r.word == word).collect();
            let found = of_word.first().map_or(0, |r| r.count);
            let ours = peer::our_matches(&data, word);
            assert!(
                of_word
                    .iter()
                    .all(|r| r.count == found && r.first_row_matches),
                "Tabulator did not repaint the filtered rows for {word:?}: {of_word:?}"
            );
            let ms: Vec<String> = of_word.iter().map(|r| format!("{:.1}", r.ms)).collect();
            println!(
                "| {models} | {word} | {found} | {ours} | {} | {:.1} |",
                ms.join(", "),
                median(&mut of_word.iter().map(|r| r.ms).collect::<Vec<_>>())
            );
        }
        let mut all: Vec<f64> = runs.iter().map(|r| r.ms).collect();
        println!(
            "| {models} | **both** | | | | **{:.1}** |",
            median(&mut all)
        );
    }
}
