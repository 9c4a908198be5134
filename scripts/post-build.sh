#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml). Trunk builds one wasm bundle, `china-ai-atlas` (the
# overview, article, entity and not-found pages); this builds the list views' own bundles
# (each file in `src/bin/`, one per entry of `SHIPPED` in src/lib.rs, which a unit test
# checks) the same way — cargo, wasm-bindgen, wasm-opt — into Trunk's staging directory,
# then writes the entry pages and sidecars (site/).
#
# A bundle's optimised output is cached by the hash of its cargo output, so a second build of
# the same code (the `/atlas/` sub-path build of scripts/test.sh) only copies it. Benchmark
# builds are recognised by ATLAS_SYNTHETIC_MODELS, as build.rs reads it (scripts/bench.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
staging="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
profile="${TRUNK_PROFILE:-debug}"
bins=()
for file in src/bin/*.rs; do
  name=${file##*/}
  bins+=("${name%.rs}")
done
args=(build --quiet --offline --target wasm32-unknown-unknown)
for bin in "${bins[@]}"; do
  args+=(--bin "$bin")
done
[[ "$profile" == release ]] && args+=(--release)
[[ -n "${ATLAS_SYNTHETIC_MODELS:-}" ]] && args+=(--features synthetic)
cargo "${args[@]}"
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
# wasm-bindgen and wasm-opt of the bundles run side by side (most of the hook's time).
bundle() {
  local bin=$1
  local wasm="$target_dir/wasm32-unknown-unknown/$profile/$bin.wasm"
  local cache
  cache="$target_dir/atlas-bundles/$profile/$bin-$(sha256sum "$wasm" | cut -c1-16)"
  if [[ ! -f "$cache/${bin}_bg.wasm" ]]; then
    rm -rf "$target_dir/atlas-bundles/$profile/$bin-"*
    mkdir -p "$cache.tmp"
    wasm-bindgen --target web --no-typescript --out-dir "$cache.tmp" --out-name "$bin" "$wasm"
    if [[ "$profile" == release ]]; then
      wasm-opt -Oz "$cache.tmp/${bin}_bg.wasm" -o "$cache.tmp/${bin}_bg.wasm"
    fi
    mv "$cache.tmp" "$cache"
  fi
  cp "$cache/$bin.js" "$cache/${bin}_bg.wasm" "$staging/"
}
pids=()
for bin in "${bins[@]}"; do
  bundle "$bin" &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid"
done
cargo run --quiet --offline -p atlas-site
