#!/bin/sh
# Builds the libFuzzer harnesses of the readers (PrefLib, pabulib, incident CSV) with clang, ASan and UBSan in
# build-fuzz/, then runs each one after the other for SECONDS seconds (default 600), seeded from the samples and
# the test fixtures. Logs, the grown corpora and any crashing inputs go to build-fuzz/fuzz-runs/.
#
#   tests/fuzz/run.sh [SECONDS] [HARNESS...]      e.g. tests/fuzz/run.sh 600 preflib pabulib incident_csv
#   FUZZ_MAX_LEN=2048 tests/fuzz/run.sh 600 pabulib   (cap the input size: the big samples slow each run down)
#
# A crash leaves build-fuzz/fuzz-runs/<harness>/crash-* (and a stack trace in the log): copy the input to
# tests/data/fuzz/<reader>/ so the test "fuzz regressions" in test_io keeps it fixed.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-600}
[ $# -gt 0 ] && shift
harnesses=${*:-preflib pabulib incident_csv}
build="$root/build-fuzz"

if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPROXIMA_FUZZ=ON -DPROXIMA_BUILD_TESTS=OFF -DPROXIMA_BUILD_BENCH=OFF
fi
targets=""
for h in $harnesses; do targets="$targets fuzz_$h"; done
# shellcheck disable=SC2086
cmake --build "$build" --target $targets -j2

for h in $harnesses; do
    out="$build/fuzz-runs/$h${FUZZ_MAX_LEN:+-max$FUZZ_MAX_LEN}"
    mkdir -p "$out/corpus" "$out/seeds"
    case $h in
        preflib)
            # The harness reads the first byte as the choice of extension: 0 = .soc ... 3 = .toi.
            for f in "$root"/tests/data/samples/*.soc "$root"/tests/data/voting/*.so? ; do
                [ -f "$f" ] || continue
                { printf '\003'; cat "$f"; } > "$out/seeds/$(basename "$f")"
            done ;;
        pabulib)
            for f in "$root"/tests/data/samples/*.pb "$root"/tests/data/budgeting/*.pb; do
                [ -f "$f" ] || continue
                cp "$f" "$out/seeds/"
            done ;;
        incident_csv)
            # First byte 0: with a header, delimiter detected, default field limit.
            for f in "$root"/tests/data/csv/*.csv ; do
                [ -f "$f" ] || continue
                { printf '\000'; cat "$f"; } > "$out/seeds/$(basename "$f")"
            done ;;
    esac
    # Inputs kept from earlier findings are fuzzer inputs already (option byte included).
    for f in "$root/tests/data/fuzz/$h"/*; do
        [ -f "$f" ] && cp "$f" "$out/seeds/"
    done
    echo "== fuzz_$h for $seconds s (log: $out/fuzz.log)"
    # -rss_limit_mb: a reader must not need more than 2 GB on an input of a few kilobytes.
    ( cd "$out" && "$build/tests/fuzz/fuzz_$h" corpus seeds -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=10 -print_final_stats=1 ${FUZZ_MAX_LEN:+-max_len=$FUZZ_MAX_LEN} > fuzz.log 2>&1 ) || echo "fuzz_$h stopped on a finding (see the log)"
    grep -E '^#[0-9]+ +DONE|stat::number_of_executed_units|crash-|ERROR' "$out/fuzz.log" || true
done
