#!/usr/bin/env bash
# Builds Resilience Studio and opens an example design. Without a display it says so and runs the
# command-line tool on the example instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

example=${1:-$RS_ROOT/resources/examples/02-aws-active-passive.json}
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$RS_BUILD/app/gui/resilience-studio" "$example"
fi
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the command-line tool on"
echo "$example instead. To see the window, run this from a desktop session."
cli="$RS_BUILD/app/cli/resilience"
for command in validate check simulate estimate; do
    echo
    echo "\$ resilience $command $(basename "$example")"
    "$cli" "$command" "$example" || true   # findings are the point here, not a failure
done
