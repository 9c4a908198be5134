#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints, the core's native
# tests, the release build, and the end-to-end tests in headless Chromium (at the site root
# and under the /atlas/ sub-path).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
# Each step's header says how long the run has taken so far, so a slow step shows in CI logs.
step() { printf '\n\033[1m== %s\033[0m (at %d min %02d s)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }

step "formatting"
cargo fmt --all -- --check

step "source checks"
if grep -rn --include='*.rs' 'inner_html' src core site tests; then
  echo "inner_html is not allowed: data and URL text are rendered as text only" >&2
  exit 1
fi

step "clippy"
cargo clippy --quiet -p atlas-core -p atlas-site --all-targets -- -D warnings
cargo clippy --quiet -p china-ai-atlas --target wasm32-unknown-unknown -- -D warnings

step "core and site tests (native)"
cargo test --quiet -p atlas-core -p atlas-site
# The app crate's own unit tests (chart layout, export), natively with the ssr feature.
cargo test --quiet -p china-ai-atlas --lib --no-default-features --features ssr

step "component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p china-ai-atlas --test components

step "release build at / and under /atlas/, and a 10,000-model synthetic build"
trunk build --release --dist dist
trunk build --release --dist dist-atlas --public-url /atlas/
ATLAS_SYNTHETIC_MODELS=10000 trunk build --release --features synthetic --dist dist-bench-10000 --public-url /bench-10000/

step "end-to-end tests in headless Chromium"
cargo test --quiet -p atlas-e2e -- --test-threads=2
step "done"
