#!/usr/bin/env bash
# Pulse developer entry point. Installs what is missing (scripts/setup.sh: apt and npm only), builds,
# and then either runs Pulse or runs every test.
#
#   ./pulse.sh run [--demo] [pulse-server options]   build and run Pulse (the desktop app where a
#                                                     display exists, else the headless server)
#   ./pulse.sh test [--quick]                         build with warnings as errors and run every test,
#                                                     then again under AddressSanitizer + UBSan
#                                                     (--quick skips the sanitizer pass)
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
command=${1:-run}
shift || true

bash "$root/scripts/setup.sh"
jobs=$(nproc 2>/dev/null || echo 2)

configure_and_build() {
  local dir=$1
  shift
  cmake -S "$root" -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir" --parallel "$jobs"
}

run_tests() {
  local dir=$1
  # Keychain tests need a Secret Service: a private D-Bus session with an unlocked gnome-keyring.
  dbus-run-session -- bash -c '
    echo -n pulse-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --test-dir "$0" --output-on-failure --timeout 600 -j "$1"
  ' "$dir" "$jobs"
}

case "$command" in
run)
  configure_and_build "$root/build/release" -DCMAKE_BUILD_TYPE=Release -DPULSE_BUILD_TESTS=OFF -DPULSE_BUILD_BENCH=OFF
  if [ -x "$root/build/release/app/pulse" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec "$root/build/release/app/pulse" "$@"
  fi
  exec "$root/build/release/server/pulse-server" "$@"
  ;;
test)
  quick=0
  [ "${1:-}" = "--quick" ] && quick=1
  configure_and_build "$root/build/ci" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPULSE_WERROR=ON -DPULSE_REQUIRE_CHROMIUM=ON
  run_tests "$root/build/ci"
  if [ "$quick" -eq 0 ]; then
    # The sanitizer pass uses clang, which also builds the libFuzzer harnesses; they run as tests here.
    configure_and_build "$root/build/sanitize" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_CXX_FLAGS="-O1" -DPULSE_WERROR=ON -DPULSE_REQUIRE_CHROMIUM=ON -DPULSE_SANITIZE=ON -DPULSE_FUZZ=ON -DPULSE_BUILD_BENCH=OFF
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      run_tests "$root/build/sanitize"
  fi
  ;;
*)
  echo "usage: ./pulse.sh run [--demo] [options] | ./pulse.sh test [--quick]" >&2
  exit 2
  ;;
esac
