#!/usr/bin/env bash
# Builds the libFuzzer target Tests/Fuzz/.build/packet-fuzz (coverage-guided, AddressSanitizer).
#
# 1. `swift build` compiles the library modules (PacketBuild and everything it depends on) in
#    release mode with libFuzzer coverage and ASan instrumentation, into its own scratch folder
#    (.build-fuzz) so the normal .build is untouched. Only targets are built, nothing is linked.
# 2. swiftc compiles the entry point (FuzzEntry.swift) with the pipeline shared with the
#    regression tests (Tests/PacketBuildTests/FuzzPipeline.swift) and links it with those object
#    files, libFuzzer's main, libxlsxwriter and zlib.
#
# SwiftPM never sees Tests/Fuzz: no target in Package.swift points at it.
# Usage: Tests/Fuzz/build.sh
#        SANITIZERS=fuzzer Tests/Fuzz/build.sh   → Tests/Fuzz/.build/packet-fuzz-fuzzer, without ASan
#        (Swift's own bounds and overflow checks still trap; memory errors in C code go unseen)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
sanitizers="${SANITIZERS:-fuzzer,address}"
# One scratch folder and binary per sanitizer set, so switching does not rebuild everything.
if [[ "$sanitizers" == "fuzzer,address" ]]; then suffix=""; else suffix="-${sanitizers//,/-}"; fi
scratch="$repo/.build-fuzz$suffix"
out="$repo/Tests/Fuzz/.build"
binary="$out/packet-fuzz$suffix"
mkdir -p "$out"

# The sanitizers go to swiftc as one -sanitize= list and to clang as -fsanitize=: SwiftPM's own
# `--sanitize fuzzer --sanitize address` has produced Swift objects without coverage counters.
c_sanitizers="${sanitizers/fuzzer/fuzzer-no-link}"
swift build -c release --scratch-path "$scratch" --target PacketBuild \
    -Xswiftc -sanitize="$sanitizers" -Xcc -fsanitize="$c_sanitizers"

release="$scratch/release"
modules=(PacketBuild PacketLoading PacketModel WorkbookRenderer BriefingRenderer QuizEngine QuizExport
         XlsxWriter PlainText Templating Yams CYaml Mustache ZIPFoundation)
objects=()
for module in "${modules[@]}"; do
    while IFS= read -r -d '' object; do objects+=("$object"); done \
        < <(find "$release/$module.build" -name '*.o' -print0 | sort -z)
done

swiftc -O -g -use-ld=lld -parse-as-library -swift-version 6 -sanitize="$sanitizers" \
    -module-name PacketFuzz \
    -I "$release/Modules" \
    -Xcc -fmodule-map-file="$repo/Sources/CXlsxWriter/module.modulemap" \
    -Xcc -fmodule-map-file="$scratch/checkouts/Yams/Sources/CYaml/include/module.modulemap" \
    -Xcc -I -Xcc "$scratch/checkouts/Yams/Sources/CYaml/include" \
    -Xcc -fmodule-map-file="$scratch/checkouts/ZIPFoundation/Sources/CZLib/module.modulemap" \
    Tests/Fuzz/FuzzEntry.swift Tests/PacketBuildTests/FuzzPipeline.swift \
    "${objects[@]}" -lxlsxwriter -lz \
    -o "$binary"

# An incremental SwiftPM rebuild has been seen to drop the coverage instrumentation of the Swift
# modules (the fuzzer then reports ~5,000 counters instead of ~60,000 and is nearly blind).
counters=$(ASAN_OPTIONS=detect_leaks=0 PACKET_REPOSITORY="$repo" "$binary" -runs=0 2>&1 \
    | sed -n 's/.*(\([0-9]*\) inline 8-bit counters).*/\1/p' | head -1)
if (( ${counters:-0} < 30000 )); then
    echo "error: $binary has only ${counters:-0} coverage counters; delete $scratch and run this again" >&2
    exit 1
fi
echo "built $binary ($counters coverage counters)"
