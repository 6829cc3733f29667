#!/usr/bin/env bash
# The .deb from end to end, as a user meets it: build it with CPack, install it with apt, check what it
# put where (and validate the desktop file, AppStream metainfo and systemd unit), run the installed
# pulse-server on a temporary workspace, send an event and read it back through the query API, then
# purge the package and check that every file it brought is gone.
#
#   deb-roundtrip.sh BUILD_DIR VERSION CPACK
#
# Needs root and apt (CI runs as root on Debian 12); exits 77, which CTest reports as skipped, when
# either is missing or a pulse package is already installed (it is not ours to replace). Whatever
# happens, the trap stops the server and purges what this script installed, so the machine is left
# as it was.
set -euo pipefail

build_dir=$1
version=$2
cpack=$3

skip() {
  echo "SKIP: $*"
  exit 77
}
[ "$(id -u)" -eq 0 ] || skip "installing a .deb needs root (CI runs this as root)"
command -v apt-get >/dev/null && command -v dpkg-query >/dev/null || skip "apt-get and dpkg are needed (Debian or Ubuntu)"
if dpkg-query -W -f='${db:Status-Abbrev}' pulse 2>/dev/null | grep -q '^ii'; then
  skip "a pulse package is already installed on this machine; this test does not replace it"
fi
command -v curl >/dev/null || { echo "FAIL: curl is missing (scripts/setup.sh installs it)"; exit 1; }

# The installed programs must not pick up settings meant for a developer's own server.
while read -r name; do unset "$name"; done < <(compgen -e | grep '^PULSE_' || true)

work=$(mktemp -d)
server_pid=""
installed=() # packages this script installed, purged on exit
apt_options=(-y -q -o DPkg::Lock::Timeout=300)

cleanup() {
  local code=$?
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  if [ ${#installed[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get purge "${apt_options[@]}" "${installed[@]}" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() {
  echo "FAIL: $*"
  [ -f "$work/server.log" ] && { echo "--- server log"; cat "$work/server.log"; }
  exit 1
}

echo "== building the package with cpack"
(cd "$build_dir" && "$cpack" -G DEB -B "$work/cpack") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$work"/cpack/pulse_"$version"_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || { cat "$work/cpack.log"; fail "cpack made no pulse_${version}_*.deb"; }
dpkg-deb --field "$deb" Package Version Depends

echo "== installing $deb with apt"
dpkg-query -W -f='${binary:Package}\t${db:Status-Abbrev}\n' | awk '$2 == "ii" {print $1}' | sort >"$work/before"
# Mark pulse for the purge before apt runs, so an interrupted install is cleaned up too.
installed=(pulse)
DEBIAN_FRONTEND=noninteractive apt-get install "${apt_options[@]}" --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get install failed"; }
dpkg-query -W -f='${binary:Package}\t${db:Status-Abbrev}\n' | awk '$2 == "ii" {print $1}' | sort >"$work/after"
mapfile -t new_packages < <(comm -13 "$work/before" "$work/after" | sed 's/:.*//')
installed=("${new_packages[@]}")
echo "installed: ${installed[*]}"
# The files the package owns (not its directories), to check after the purge.
dpkg-query -L pulse | while read -r path; do [ -d "$path" ] || echo "$path"; done >"$work/files"

echo "== checking the installed files"
for path in /usr/bin/pulse-server /usr/share/man/man1/pulse-server.1.gz /usr/lib/systemd/system/pulse-server.service \
  /usr/share/doc/pulse/copyright /usr/share/doc/pulse/third-party-licenses.md; do
  grep -qx "$path" "$work/files" || fail "the package does not install $path"
done
gzip -t /usr/share/man/man1/pulse-server.1.gz || fail "the man page is not valid gzip"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify --man=no /usr/lib/systemd/system/pulse-server.service || fail "systemd-analyze verify refuses the unit"
  echo "systemd-analyze verify: ok"
else
  echo "systemd-analyze not found: the unit was not verified"
fi
if grep -qx /usr/bin/pulse "$work/files"; then
  for path in /usr/share/applications/org.pulseanalytics.Pulse.desktop /usr/share/metainfo/org.pulseanalytics.Pulse.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.pulseanalytics.Pulse.svg /usr/share/icons/hicolor/256x256/apps/org.pulseanalytics.Pulse.png; do
    grep -qx "$path" "$work/files" || fail "the package does not install $path"
  done
  command -v desktop-file-validate >/dev/null || fail "desktop-file-validate is missing (desktop-file-utils; scripts/setup.sh installs it)"
  command -v appstreamcli >/dev/null || fail "appstreamcli is missing (appstream; scripts/setup.sh installs it)"
  desktop-file-validate /usr/share/applications/org.pulseanalytics.Pulse.desktop || fail "desktop-file-validate refuses the .desktop file"
  appstreamcli validate --no-net /usr/share/metainfo/org.pulseanalytics.Pulse.metainfo.xml || fail "appstreamcli refuses the metainfo"
  # --version must work without a display: QApplication would abort there.
  pulse_version=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/pulse --version) || fail "pulse --version failed"
  echo "$pulse_version"
  [[ "$pulse_version" == "pulse $version "* ]] || fail "pulse --version says '$pulse_version', not version $version"
fi

echo "== running the installed pulse-server"
server_version=$(/usr/bin/pulse-server --version) || fail "pulse-server --version failed"
echo "$server_version"
[[ "$server_version" == "pulse-server $version "* ]] || fail "pulse-server --version says '$server_version', not version $version"

data="$work/data"
domain=deb-roundtrip.example
site_key=$(/usr/bin/pulse-server --data-dir "$data" site add "$domain" | tail -1)
[[ "$site_key" == pk_* ]] || fail "site add printed no site key: '$site_key'"
read_key=$(/usr/bin/pulse-server --data-dir "$data" key create --scope read --site "$domain" | tail -1)
[[ "$read_key" == psk_* ]] || fail "key create printed no secret key: '$read_key'"

# Port 0: the server takes a free port and prints it, so no other process can race us for it.
/usr/bin/pulse-server serve --data-dir "$data" --listen 127.0.0.1 --port 0 >"$work/server.log" 2>&1 &
server_pid=$!
base=""
for _ in $(seq 300); do # up to 30 s
  base=$(grep -o 'listening on http://127\.0\.0\.1:[0-9]*' "$work/server.log" | sed 's/^listening on //' || true)
  [ -n "$base" ] && break
  kill -0 "$server_pid" 2>/dev/null || fail "pulse-server exited before listening"
  sleep 0.1
done
[ -n "$base" ] || fail "pulse-server did not report its address within 30 s"
for _ in $(seq 100); do # up to 10 s
  curl -fsS "$base/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "$base/healthz" | grep -q '"status":"ok"' || fail "$base/healthz does not answer ok"

echo "== sending events to $base/api/v1/collect"
answer=$(curl -fsS -X POST "$base/api/v1/collect" -H 'Content-Type: application/json' \
  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' \
  -d "[{\"site\":\"$site_key\",\"name\":\"pageview\",\"url\":\"https://$domain/installed-from-deb\"},
       {\"site\":\"$site_key\",\"name\":\"deb_roundtrip\",\"url\":\"https://$domain/installed-from-deb\"}]") \
  || fail "the collect request failed"
echo "$answer"
echo "$answer" | grep -q '"accepted": *2' || fail "the collector did not accept both events: $answer"

echo "== reading them back through /api/v1/stats"
stats=$(curl -fsS -H "Authorization: Bearer $read_key" "$base/api/v1/stats?site=$domain&include_bots=true") \
  || fail "the stats request failed"
echo "$stats" | grep -q '"value": *"/installed-from-deb"' || fail "the page is not in the stats: $stats"
echo "$stats" | grep -q '"value": *"deb_roundtrip"' || fail "the custom event is not in the stats: $stats"
echo "$stats" | grep -q '"pageviews": *1[,}]' || fail "the stats do not count one pageview: $stats"
echo "stats: the pageview and the custom event came back"

kill -TERM "$server_pid"
for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$server_pid" 2>/dev/null && fail "pulse-server did not stop within 10 s of SIGTERM"
wait "$server_pid" || fail "pulse-server exited with $? after SIGTERM"
server_pid=""

echo "== purging ${installed[*]}"
DEBIAN_FRONTEND=noninteractive apt-get purge "${apt_options[@]}" "${installed[@]}" >"$work/purge.log" 2>&1 \
  || { cat "$work/purge.log"; fail "apt-get purge failed"; }
installed=()
status=$(dpkg-query -W -f='${db:Status-Abbrev}' pulse 2>/dev/null || true)
[[ -z "$status" || "$status" == "un"* || "$status" == "pn"* ]] || fail "dpkg still lists pulse after the purge ($status)"
left=$(while read -r path; do [ -e "$path" ] || [ -L "$path" ] && echo "$path"; done <"$work/files" || true)
[ -z "$left" ] || fail "files left after the purge: $left"
echo "PASS: $(wc -l <"$work/files") files installed, used and removed"
