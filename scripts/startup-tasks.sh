#!/usr/bin/env bash
# The app's start-up on the main thread, cold loads in headless Chromium (scripts/startup-tasks.js):
# the longest task, a Lighthouse-like blocking time at 4× slowdown and the busy time, in CPU and
# in wall-clock time, median of N runs per page. Serves the release build in dist/ (build it
# first: trunk build --release). CPU time is the steadier figure on a shared machine; Lighthouse
# (scripts/quality.sh) uses wall-clock time. docs/performance.md records runs.
# Usage: scripts/startup-tasks.sh [runs] [path ...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
if [[ ! -d tools/node_modules/puppeteer-core ]]; then
  echo "[startup-tasks] installing lighthouse (with puppeteer-core) from npm into tools/"
  npm install --prefix tools --no-audit --no-fund --silent "lighthouse@12"
fi
runs=${1:-5}
shift || true
paths=("$@")
[[ ${#paths[@]} -eq 0 ]] && paths=(/companies /models)
cargo build -q --release -p atlas-e2e --bin serve
out=$(mktemp -d)
mkfifo "$out/port"
target/release/serve >"$out/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$out"' EXIT
read -r port <"$out/port"
echo "| page | clock | longest task (ms) | blocking at 4× (ms) | busy (ms) |"
echo "| --- | --- | ---: | ---: | ---: |"
for path in "${paths[@]}"; do
  bundle=$(node -e 'const t=require("fs").readFileSync("dist/boot.js","utf8"); const m=/const\s+\w+\s*=\s*(\{[^}]*\})/.exec(t); const b=m?Function("return "+m[1])():{}; console.log(b[process.argv[1].replace(/^\/+|\/+$/g,"")]||"china-ai-atlas")' "$path")
  PUPPETEER="$PWD/tools/node_modules/puppeteer-core" node scripts/startup-tasks.js "http://127.0.0.1:$port$path" "$bundle" "$runs"
done
