#!/usr/bin/env bash
# Runs the fuzzer built by Tests/Fuzz/build.sh.
#
# New interesting inputs go to Tests/Fuzz/.build/corpus (not committed); the committed seeds
# (Tests/Fuzz/corpus) and past crashes (Tests/Fuzz/regressions) are read as extra corpora.
# A crash, trap, sanitizer report or hang (> 60 s for one input) stops the run and leaves the
# input in Tests/Fuzz/.build/artifacts/. Reproduce it with: Tests/Fuzz/run.sh <that file>
#
# One process on one core (no -jobs: libFuzzer would then write fuzz-N.log into the working folder).
# Usage: Tests/Fuzz/run.sh [seconds=600] [extra libFuzzer flags…]   (FUZZ_BINARY=… picks another build)
#        Tests/Fuzz/run.sh <input file>…   (runs just those inputs)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fuzz="$repo/Tests/Fuzz"
binary="${FUZZ_BINARY:-$fuzz/.build/packet-fuzz}"
[[ -x "$binary" ]] || { echo "run Tests/Fuzz/build.sh first" >&2; exit 1; }

# Swift's global caches live for the whole process; LeakSanitizer would report them as leaks.
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
export PACKET_REPOSITORY="$repo"

if [[ $# -gt 0 && -f "$1" ]]; then
    exec "$binary" "$@"
fi

seconds="${1:-600}"
shift || true
mkdir -p "$fuzz/.build/corpus" "$fuzz/.build/artifacts"
exec "$binary" "$fuzz/.build/corpus" "$fuzz/corpus" "$fuzz/regressions" \
    -dict="$fuzz/model.dict" -max_len=131072 -timeout=60 -rss_limit_mb=4096 \
    -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$fuzz/.build/artifacts/" "$@"
