#!/usr/bin/env bash
# What Resilience Studio's build and tests need from Debian 12, and the one function that
# installs what is missing of a list. Sourced by setup.sh and run-sanitized.sh.

rs_packages=(
    qt6-base-dev libqt6sql6-sqlite qt6-svg-dev libqcustomplot-dev
    libboost-dev nlohmann-json3-dev libsqlite3-dev libpq-dev libyaml-cpp-dev libgraphviz-dev
    xvfb xauth poppler-utils fonts-dejavu-core python3-jsonschema
    cmake ninja-build g++
    # The Debian package (check-package.sh): manual pages, shlibdeps, lintian.
    help2man dpkg-dev lintian
)

# rs_install_packages PACKAGE...: installs those not yet installed (apt; root or sudo).
rs_install_packages() {
    local missing=()
    for p in "$@"; do
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

