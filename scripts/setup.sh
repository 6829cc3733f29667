#!/usr/bin/env bash
# Installs everything Pulse needs to build, run and test on Debian 12 (apt and npm only).
# Idempotent and quiet when nothing is missing; needs root (or sudo) the first time.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-websockets-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev qt6-qpa-plugins
  libhttp-parser-dev zlib1g-dev libssl-dev libsqlite3-dev sqlite3 libjemalloc-dev
  clang libclang-rt-14-dev
  xvfb xauth fonts-dejavu-core dbus gnome-keyring
  chromium curl procps wrk
  appstream desktop-file-utils
)
# Node.js: this machine may already carry a newer nodejs that bundles npm (and conflicts with
# Debian's npm package); only ask apt for Node.js when there is none.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >/dev/null
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages used by the end-to-end tests (official SDKs and verifiers), pinned in tests/e2e.
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -f "$here/tests/e2e/package.json" ] && [ ! -d "$here/tests/e2e/node_modules" ]; then
  (cd "$here/tests/e2e" && npm install --no-audit --no-fund --silent >/dev/null)
fi
