#!/usr/bin/env bash
# Installs what is missing, then serves the app with Trunk at http://127.0.0.1:8080/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
