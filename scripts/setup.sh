#!/usr/bin/env bash
# Installs what Resilience Studio needs on Debian 12 (only what is missing), then configures and
# builds it. Sourced by run-app.sh and run-tests.sh; quick when nothing changed.
set -euo pipefail

RS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RS_BUILD=${RS_BUILD:-$RS_ROOT/build}

packages=(
    qt6-base-dev libqt6sql6-sqlite qt6-svg-dev libqcustomplot-dev
    libboost-dev nlohmann-json3-dev libsqlite3-dev libyaml-cpp-dev
    xvfb xauth poppler-utils fonts-dejavu-core python3-jsonschema
    cmake ninja-build g++
    # The Debian package (check-package.sh): manual pages, shlibdeps, lintian.
    help2man dpkg-dev lintian
)

rs_install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
        sudo=sudo
    fi
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

rs_build() {
    if [ ! -f "$RS_BUILD/CMakeCache.txt" ]; then
        cmake -S "$RS_ROOT" -B "$RS_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRS_WERROR=ON
    fi
    cmake --build "$RS_BUILD" -j"$(nproc)"
}

rs_install_packages
rs_build
