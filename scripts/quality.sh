#!/usr/bin/env bash
# Lighthouse (npm `lighthouse`, driving Debian Chromium) on the release build, served with
# precompressed files like a static host: median of N runs (default 5) per page and preset.
# Prints a Markdown table; docs/quality.md records a run.
# Usage: scripts/quality.sh [runs] [path ...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
if [[ ! -x tools/node_modules/.bin/lighthouse ]]; then
  echo "[quality] installing lighthouse from npm into tools/"
  npm install --prefix tools --no-audit --no-fund --silent "lighthouse@12"
fi
runs=${1:-5}
shift || true
paths=("$@")
if [[ ${#paths[@]} -eq 0 ]]; then
  paths=(/ /companies /models /timeline /article /model/deepseek-v3)
fi
trunk build --release --dist dist >/dev/null
cargo build -q --release -p atlas-e2e --bin serve
out=$(mktemp -d)
fifo="$out/port"
mkfifo "$fifo"
cargo run -q --release -p atlas-e2e --bin serve >"$fifo" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$out"' EXIT
read -r port <"$fifo"
echo "== Lighthouse $(tools/node_modules/.bin/lighthouse --version), $(chromium --version), median of $runs, $(date -u +%Y-%m-%d)"
echo
echo "| page | preset | performance | accessibility | best practices | SEO | LCP (s) | TBT (ms) | CLS |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for path in "${paths[@]}"; do
  for preset in mobile desktop; do
    flags=()
    [[ $preset == desktop ]] && flags=(--preset=desktop)
    for i in $(seq "$runs"); do
      CHROME_PATH=/usr/bin/chromium tools/node_modules/.bin/lighthouse "http://127.0.0.1:$port$path" \
        --quiet --output=json --output-path="$out/$preset-$i.json" "${flags[@]}" \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
        >/dev/null 2>&1 || echo "[quality] run $i of $path ($preset) failed" >&2
    done
    node -e '
      const fs = require("fs");
      const [dir, preset, runs, path] = process.argv.slice(1);
      const reports = [];
      for (let i = 1; i <= +runs; i++) {
        try { reports.push(JSON.parse(fs.readFileSync(`${dir}/${preset}-${i}.json`))); } catch (e) {}
      }
      const median = (xs) => { xs = xs.filter((x) => x != null).sort((a, b) => a - b); return xs.length ? xs[Math.floor((xs.length - 1) / 2)] : NaN; };
      const score = (k) => Math.round(median(reports.map((r) => r.categories[k] && r.categories[k].score)) * 100);
      const audit = (k) => median(reports.map((r) => r.audits[k] && r.audits[k].numericValue));
      console.log(`| ${path} | ${preset} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${(audit("largest-contentful-paint") / 1000).toFixed(2)} | ${Math.round(audit("total-blocking-time"))} | ${audit("cumulative-layout-shift").toFixed(3)} |`);
    ' "$out" "$preset" "$runs" "$path"
    rm -f "$out"/*.json
  done
done
