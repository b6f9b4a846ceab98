#!/usr/bin/env bash
# Builds Resilience Studio and runs its whole test suite, headless: the tests, the Debian
# package's checks, then the headless tests again under the sanitizers and the fuzzers.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
fi
# The team-catalogue tests (label postgres) run against a private PostgreSQL cluster that ctest
# starts and stops itself (scripts/pg-test-cluster.sh, docs/team-catalogue.md); the server:
rs_install_packages postgresql
ctest --test-dir "$RS_BUILD" --output-on-failure -j"$(nproc)"
# The release package: lintian, then both programs run from the unpacked package.
"$RS_ROOT/scripts/check-package.sh"
# The same headless tests under AddressSanitizer and UndefinedBehaviorSanitizer, then a short
# run of each fuzzer, in build-sanitized/ (docs/fuzzing.md).
"$RS_ROOT/scripts/run-sanitized.sh"
