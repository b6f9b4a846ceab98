#!/usr/bin/env bash
# The instrumented checks of issue 20, in a build folder of their own (build-sanitized/): the
# headless tests built with clang under AddressSanitizer and UndefinedBehaviorSanitizer, then
# each libFuzzer target run for a short time on its seed corpus. RS_FUZZ_SECONDS sets the time
# per fuzzer (default 10). scripts/run-tests.sh, and so CI, runs it after the ordinary suite.
set -euo pipefail
RS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$RS_ROOT/scripts/install-packages.sh"
# The build's own packages; clang, its sanitizer and libFuzzer runtimes, the symbolizer, and
# lld to link the instrumented programs.
rs_install_packages "${rs_packages[@]}" clang-14 libclang-rt-14-dev llvm-14 lld-14
SAN_BUILD=${RS_SANITIZED_BUILD:-$RS_ROOT/build-sanitized}
fuzz_seconds=${RS_FUZZ_SECONDS:-10}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# RelWithDebInfo's -O2 at -O1: the sanitizers' own advice, and the build is quicker.
# A unity build: each library compiles as a few large sources, so the JSON and Qt templates
# are instrumented once a batch rather than once a file (core: ~500 CPU-s -> ~75). The code
# keeps names in anonymous namespaces distinct within a library for it (docs/fuzzing.md).
cmake -S "$RS_ROOT" -B "$SAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_UNITY_BUILD=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld-14 -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld-14 \
    -DRS_SANITIZE=ON -DRS_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$SAN_BUILD" -j"$(nproc)" --target rs_headless_tests rs_fuzzers

export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$RS_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
ctest --test-dir "$SAN_BUILD" -L headless --output-on-failure -j"$(nproc)"

# Fuzz smoke runs: each target from its seeds (the examples, the provider samples), with what
# it found before kept in build-sanitized/fuzz-corpus/<target>/. A crash stops the run with the
# input saved as build-sanitized/fuzz-artifacts/<target>-crash-*: make it a test.
seeds_of() {
    case $1 in
        fuzz_design_reader) echo "$RS_ROOT/resources/examples" ;;
        fuzz_price_*) echo "$RS_ROOT/tests/pricing/data/samples" ;;
        *) ;;
    esac
}
mkdir -p "$SAN_BUILD/fuzz-artifacts"
for fuzzer in "$SAN_BUILD"/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue # not the build's *_autogen folders
    name=$(basename "$fuzzer")
    seeds=()
    seed_dir=$(seeds_of "$name")
    [ -n "$seed_dir" ] && seeds=("$seed_dir")
    found="$SAN_BUILD/fuzz-corpus/$name"
    mkdir -p "$found"
    echo "fuzz: $name for ${fuzz_seconds} s"
    "$fuzzer" "$found" "${seeds[@]}" -max_total_time="$fuzz_seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$SAN_BUILD/fuzz-artifacts/$name-" 2>"$SAN_BUILD/fuzz-artifacts/$name.log" \
        || { tail -40 "$SAN_BUILD/fuzz-artifacts/$name.log"; exit 1; }
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$SAN_BUILD/fuzz-artifacts/$name.log" \
        | tr '\n' ' '
    echo
done
