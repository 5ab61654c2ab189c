#!/usr/bin/env bash
# Long fuzz run of `danvan validate` on mutated example files (the same property as the test suite's
# few hundred cases): never throws, exits 0 or 1, every diagnostic located. Usage: bash bench/fuzz.sh [runs] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build >/dev/null
DANVAN_FUZZ_RUNS="${1:-20000}" DANVAN_FUZZ_SEED="${2:-$RANDOM}" npx vitest run test/fuzz
