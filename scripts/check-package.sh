#!/usr/bin/env bash
# Builds the Debian package from the build folder, holds it to lintian (no errors), unpacks it
# into a temporary folder and runs both programs from there: the command-line tool validates
# an installed example, the desktop application starts on it under Xvfb and quits.
set -euo pipefail
RS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RS_BUILD=${RS_BUILD:-$RS_ROOT/build}

(cd "$RS_BUILD" && cpack -G DEB >/dev/null)
deb=$(ls -t "$RS_BUILD"/resilience-studio_*.deb | head -1)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# lintian exits non-zero on errors; its warnings are printed for the reader.
lintian --fail-on error --tag-display-limit 0 "$deb"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
example="$root/usr/share/doc/resilience-studio/examples/02-aws-active-passive.json"
"$root/usr/bin/resilience" validate "$example"
# The window opens the example, then quits by itself; a crash or a missing plugin fails here.
HOME="$root/home" env -u QT_QPA_PLATFORM xvfb-run -a "$root/usr/bin/resilience-studio" --quit-after 3000 "$example"
echo "package: installed programs run"
