#!/usr/bin/env bash
# Builds the screenshot tool and renders the desktop workbench under a virtual X display: first run,
# the overview, the live page and the funnels page of the demo site, in the light and a dark palette.
# The PNGs go to docs/screenshots/ and are linked from README.md and docs/funnels.md.
#
#   scripts/screenshots.sh --language de [OUTDIR]   the workbench in German (or fr), Retention and
#                                                    Cohorts included, into OUTDIR (default
#                                                    build/screenshots/de): for checking that longer
#                                                    translations fit, not for the README.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PULSE_BUILD_DIR:-$root/build/screenshots}"
out="$root/docs/screenshots"
jobs="${PULSE_JOBS:-1}"
language_args=()
if [ "${1:-}" = "--language" ]; then
  [ -n "${2:-}" ] || { echo "usage: scripts/screenshots.sh [--language CODE [OUTDIR]]" >&2; exit 2; }
  language_args=(--language "$2")
  out="${3:-$build/$2}"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPULSE_BUILD_BENCH=OFF >/dev/null
ninja -C "$build" -j"$jobs" pulse_screenshots
mkdir -p "$out"
# A fresh temporary workspace is made by the tool itself; nothing touches the user's data folder.
xvfb-run -a -s "-screen 0 1280x800x24" "$build/tests/ui/pulse_screenshots" "$out" "${language_args[@]}"
ls -l "$out"/*.png
