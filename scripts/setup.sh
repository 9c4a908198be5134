#!/usr/bin/env bash
# Installs whatever China AI Atlas needs and is missing; quick when everything is present.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium and ChromeDriver)
# Everything comes from crates.io, npm, Debian apt and rustup; nothing is downloaded from
# GitHub at run time (Trunk runs offline with the tools pinned in Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen pin in Cargo.toml
BINARYEN_VERSION=132.0.0       # npm's wasm-opt; Debian's binaryen 108 silently breaks the app

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [[ $apt_updated -eq 0 ]]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (a cold install takes about 25 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # Not --locked: its lockfile wants a webpki-roots version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! command -v npm >/dev/null 2>&1; then
  say "installing Node.js and npm from Debian"
  apt_install nodejs npm
fi
if ! tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version_${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt from npm binaryen@$BINARYEN_VERSION into tools/"
  mkdir -p tools
  npm install --prefix tools --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
fi

if [[ ! -x tools/node_modules/.bin/terser ]]; then
  say "installing terser from npm into tools/ (minifies the JS glue at build time)"
  npm install --prefix tools --no-audit --no-fund --silent "terser@5"
fi

if [[ ${1:-} == --browser ]]; then
  if [[ ! -f tools/node_modules/axe-core/axe.min.js ]]; then
    say "installing axe-core from npm into tools/ (accessibility checks in the browser tests)"
    npm install --prefix tools --no-audit --no-fund --silent "axe-core@4"
  fi
  if [[ ! -f tools/node_modules/tabulator-tables/dist/js/tabulator.min.js ]]; then
    say "installing Tabulator from npm into tools/ (the peer table scripts/bench.sh compares with)"
    npm install --prefix tools --no-audit --no-fund --silent "tabulator-tables@6"
  fi
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    say "installing Chromium and ChromeDriver from Debian"
    apt_install chromium chromium-driver
  fi
fi

# Trunk builds offline, so every crate must already be in the local registry.
cargo fetch --quiet
