#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (swiftc -sanitize=fuzzer) of four targets:
#   load      one ProcessMaps file: read and validated with a small library (Fuzz/LoadFuzzer.swift)
#   simulate  one scenario file: validated, and when it validates, compiled and run (Fuzz/SimulateFuzzer.swift)
#   abk       one CSV file: read as an Anjab-ABK table, resolved against the example organization and its
#             figure computed (Fuzz/AbkFuzzer.swift)
#   bpmn      one file: imported as BPMN as `probis bpmn import` does, in memory (Fuzz/BpmnFuzzer.swift)
#
#   scripts/fuzz.sh build              instrumented build into .build/fuzz (a few minutes the first time)
#   scripts/fuzz.sh run TARGET SECONDS fuzz one target, starting from the seed corpus (ProcessMaps and the
#                                      test fixtures, plus Fuzz/regressions) and keeping what it learns in
#                                      .build/fuzz/corpus-TARGET; a crash, hang (10 s) or leak fails the run
#                                      and leaves its input as .build/fuzz/crash-*
#
# Every input a run finds to fail becomes a regression: copy it into Fuzz/regressions/ and fix the cause;
# `run` replays that folder first.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=.build/fuzz
OUT=$BUILD/release
SWIFT=${SWIFT:-swift}

build() {
    local target
    for target in ProbisYAML ProbisRules ProbisInterchange; do
        "$SWIFT" build -c release --build-path "$BUILD" --target "$target" -Xswiftc -sanitize=fuzzer >/dev/null
    done
    local modules=(ProbisModel ProbisRules ProbisTables SwiftCSV ProbisYAML Yams CYaml ProbisSimulation ProbisInterchange HeapModule DequeModule InternalCollectionsUtilities)
    local objects=()
    # The objects of each module's current sources (its output file map), not every *.o in its folder:
    # objects of files since moved or deleted would be linked too.
    for module in "${modules[@]}"; do
        local map=$OUT/$module.build/output-file-map.json
        if [ -f "$map" ]; then
            while IFS= read -r -d '' object; do objects+=("$object"); done < <(python3 -c '
import json, sys
entries = json.load(open(sys.argv[1]))
sys.stdout.write("".join(entry["object"] + "\0" for source, entry in entries.items() if source and "object" in entry))' "$map")
        else
            while IFS= read -r -d '' object; do objects+=("$object"); done < <(find "$OUT/$module.build" -name '*.o' -print0)
        fi
    done
    local includes=(-I "$OUT/Modules" -I .build/checkouts/Yams/Sources/CYaml/include
                    -I .build/checkouts/swift-collections/Sources/InternalCollectionsUtilities/include)
    [ -d .build/checkouts ] || includes=(-I "$OUT/Modules" -I "$BUILD/checkouts/Yams/Sources/CYaml/include"
                    -I "$BUILD/checkouts/swift-collections/Sources/InternalCollectionsUtilities/include")
    local target
    for target in load simulate abk bpmn; do
        local source
        source=Fuzz/$(tr '[:lower:]' '[:upper:]' <<<"${target:0:1}")${target:1}Fuzzer.swift
        # Relinked only when its source, the context or an object changed.
        if [ -x "$OUT/$target-fuzzer" ] && [ -z "$(find "$source" Fuzz/FuzzContext.swift "${objects[@]}" -newer "$OUT/$target-fuzzer" 2>/dev/null | head -1)" ]; then
            continue
        fi
        swiftc -O -sanitize=fuzzer -parse-as-library -swift-version 6 "${includes[@]}" \
            "$source" Fuzz/FuzzContext.swift "${objects[@]}" -o "$OUT/$target-fuzzer"
    done
}

seeds() {
    local target=$1 folder=$BUILD/seeds-$1
    rm -rf "$folder" && mkdir -p "$folder"
    case "$target" in
    abk)
        # The shipped ABK tables and the tests' CSV files (fixtures and golden tables).
        while IFS= read -r -d '' file; do
            cp "$file" "$folder/$(printf '%s' "$file" | md5sum | cut -c1-16).csv"
        done < <(find ProcessMaps Tests -name '*.csv' -size -64k -print0)
        echo "$folder"; return ;;
    bpmn)
        # The library exported as BPMN (as a modeler would receive it) and the import tests' fixtures.
        "$SWIFT" run -q probis bpmn export --all --maps ProcessMaps --output "$folder" >/dev/null
        while IFS= read -r -d '' file; do
            cp "$file" "$folder/$(printf '%s' "$file" | md5sum | cut -c1-16).bpmn"
        done < <(find Tests -name '*.bpmn' -size -64k -print0)
        echo "$folder"; return ;;
    esac
    while IFS= read -r -d '' file; do
        if [ "$target" = load ] || grep -q '^kind: scenario' "$file"; then
            cp "$file" "$folder/$(printf '%s' "$file" | md5sum | cut -c1-16).yaml"
        fi
    done < <(find ProcessMaps Tests -name '*.yaml' -size -64k -print0)
    echo "$folder"
}

run() {
    local target=$1 seconds=$2
    local fuzzer=$OUT/$target-fuzzer corpus=$BUILD/corpus-$target
    build
    mkdir -p "$corpus" "Fuzz/regressions/$target"
    # The regressions first, as plain inputs: each must pass.
    if compgen -G "Fuzz/regressions/$target/*" >/dev/null; then
        "$fuzzer" -runs=0 "Fuzz/regressions/$target"/* >/dev/null 2>&1 || { echo "fuzz: a regression input fails: $target"; exit 1; }
    fi
    local log=$BUILD/fuzz-$target.log status=0
    # Let libFuzzer, not the Swift runtime's backtracer, handle a trap, so that it saves the input.
    export SWIFT_BACKTRACE=enable=no
    "$fuzzer" "$corpus" "$(seeds "$target")" "Fuzz/regressions/$target" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$BUILD/crash-$target-" -print_final_stats=1 >"$log" 2>&1 || status=$?
    grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb))' "$log" || true
    echo "corpus: $(find "$corpus" -type f | wc -l) inputs"
    if [ "$status" -ne 0 ]; then
        tail -40 "$log"
        echo "fuzz: $target found a failure (exit $status); its input is $BUILD/crash-$target-*, the log $log"
        exit 1
    fi
}

case "${1:-}" in
    build) build ;;
    run) run "$2" "$3" ;;
    *) echo "usage: scripts/fuzz.sh build | run load|simulate|abk|bpmn SECONDS" >&2; exit 2 ;;
esac
