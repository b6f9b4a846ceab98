#!/usr/bin/env bash
# Installs what Resilience Studio needs on Debian 12 (only what is missing), then configures and
# builds it. Sourced by run-app.sh and run-tests.sh; quick when nothing changed.
set -euo pipefail

RS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RS_BUILD=${RS_BUILD:-$RS_ROOT/build}

source "$RS_ROOT/scripts/install-packages.sh"

rs_build() {
    if [ ! -f "$RS_BUILD/CMakeCache.txt" ]; then
        cmake -S "$RS_ROOT" -B "$RS_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRS_WERROR=ON
    fi
    cmake --build "$RS_BUILD" -j"$(nproc)"
}

rs_install_packages "${rs_packages[@]}"
rs_build
