#!/usr/bin/env bash
# The long fuzz run of the URL codec: 1,000,000 generated cases per property (decode never
# panics; decode → encode → decode is stable). Takes several minutes; not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
ATLAS_FUZZ_CASES="${ATLAS_FUZZ_CASES:-1000000}" cargo test --release -p atlas-core --test tests codec:: -- --nocapture
