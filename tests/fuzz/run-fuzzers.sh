#!/usr/bin/env bash
# Fuzzes every target of the fuzz preset for SECONDS each, two at a time, starting from
# the committed seed corpus (copied: new inputs go to a scratch folder, not the
# repository). Fails on any crash, leak, timeout or sanitizer report, and prints each
# target's executions and coverage (libFuzzer's final stats).
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(session_fuzzer list_page_fuzzer error_body_fuzzer transaction_fuzzer session_filter_fuzzer
        request_body_fuzzer)
fi
build=build/fuzz/tests/fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_one() {
    local target=$1
    mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
    cp tests/fuzz/corpus/"$target"/* "$work/$target/corpus/"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/$target" "$work/$target/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/$target/artifacts/" > "$work/$target.log" 2>&1
}

failed=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    pids=()
    for target in "${targets[@]:i:2}"; do
        run_one "$target" &
        pids+=("$!:$target")
    done
    for entry in "${pids[@]}"; do
        pid=${entry%%:*}
        target=${entry#*:}
        if wait "$pid"; then
            runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$')
            last=$(grep -E '^#[0-9]+' "$work/$target.log" | tail -n 1)
            cov=$(grep -o 'cov: [0-9]*' <<< "$last" | grep -o '[0-9]*')
            ft=$(grep -o 'ft: [0-9]*' <<< "$last" | grep -o '[0-9]*')
            printf 'fuzz: %-22s %10s executions in %ss, cov %s, ft %s\n' "$target" "$runs" "$seconds" "$cov" "$ft"
        else
            failed=1
            echo "fuzz: $target FAILED; its log:" >&2
            tail -n 60 "$work/$target.log" >&2
            for artifact in "$work/$target/artifacts/"*; do
                [ -e "$artifact" ] && echo "fuzz: input $(basename "$artifact"): $(base64 -w0 "$artifact")" >&2
            done
        fi
    done
done
exit $failed
