#!/usr/bin/env bash
# Builds Resilience Studio and runs its whole test suite, headless: the tests, the Debian
# package's checks, the sanitizer build's tests and the fuzz smoke runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
fi
ctest --test-dir "$RS_BUILD" --output-on-failure -j"$(nproc)"
# The release package, then the headless tests under the sanitizers and the fuzz smoke runs.
"$RS_ROOT/scripts/check-package.sh"
"$RS_ROOT/scripts/run-sanitized.sh"
