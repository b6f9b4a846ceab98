#!/usr/bin/env bash
# Rebuilds resources/pricing/default-prices.json, the bundled price table, from the providers'
# own price files in ../shared/pricing-sources (or the folder given as $1 / RS_PRICING_SOURCES)
# with the project's importers, plus resources/pricing/hand-rows.json for what no file prices.
# Same inputs, same bytes: tests/pricing/tst_bundledtable checks the committed table against
# a rebuild. See docs/pricing-data.md.
set -euo pipefail

RS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RS_BUILD=${RS_BUILD:-$RS_ROOT/build}

sources=${1:-${RS_PRICING_SOURCES:-}}
if [ -z "$sources" ]; then
    for candidate in "$RS_ROOT/../shared/pricing-sources" "$RS_ROOT/../../shared/pricing-sources"; do
        if [ -d "$candidate" ]; then sources=$candidate; break; fi
    done
fi
if [ -z "$sources" ] || [ ! -d "$sources" ]; then
    echo "build-price-table: no pricing-sources folder (give it as the first argument)" >&2
    exit 2
fi

cmake --build "$RS_BUILD" --target resilience
"$RS_BUILD/app/cli/resilience" pricing build-bundled \
    --sources "$sources" \
    --hand "$RS_ROOT/resources/pricing/hand-rows.json" \
    --output "$RS_ROOT/resources/pricing/default-prices.json"
