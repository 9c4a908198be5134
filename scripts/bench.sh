#!/usr/bin/env bash
# Benchmarks that print numbers (not timed tests): transfer sizes and the largest wasm
# contributors, start-up and interaction latency in headless Chromium at 1k/10k/100k models
# (search also timed on a Tabulator table of the same rows), and native filter + sort timings.
# Results are recorded in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
if ! command -v twiggy >/dev/null 2>&1; then
  echo "[bench] installing twiggy (wasm size profiler) from crates.io"
  cargo install twiggy --locked
fi
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%Y-%m-%d)"
trunk build --release --dist dist >/dev/null
echo
echo "## Largest contributors to the wasm (before wasm-opt, with names; twiggy top)"
echo
twiggy top -n 15 "$target_dir/wasm-bindgen/release/china-ai-atlas_bg.wasm"
for n in 1000 10000 100000; do
  ATLAS_SYNTHETIC_MODELS=$n trunk build --release --features synthetic --dist "dist-bench-$n" --public-url "/bench-$n/" >/dev/null
done

echo
echo "## Native filter + sort (cargo bench, opt-level 3)"
cargo bench -q -p atlas-core --bench queries

cargo run -q --release -p atlas-e2e --bin bench
