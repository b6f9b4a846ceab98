#!/usr/bin/env bash
# Builds Resilience Studio and runs its whole test suite, headless: the tests, then the
# Debian package's checks.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
fi
ctest --test-dir "$RS_BUILD" --output-on-failure -j"$(nproc)"
# The release package: lintian, then both programs run from the unpacked package.
"$RS_ROOT/scripts/check-package.sh"
