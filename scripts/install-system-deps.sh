#!/usr/bin/env bash
# The system libraries the till needs on Debian/Ubuntu, installed only where missing.
#
#   scripts/install-system-deps.sh          what `pos` needs: Qt's libraries (offscreen and a real
#                                           window), a font, libzbar0 (pyzbar's ZBar), and
#                                           python3-venv where python3 lacks venv
#   scripts/install-system-deps.sh --tests  also PostgreSQL (the hub's tests run on it too)
#
# Idempotent: a second run installs nothing. Says what it does. Uses apt-get as root, sudo
# otherwise; elsewhere (no apt-get) it names the packages and leaves them to you.
set -euo pipefail

want_tests=0
for arg in "$@"; do
  case "$arg" in
    --tests) want_tests=1 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "install-system-deps: unknown option $arg" >&2; exit 2 ;;
  esac
done

# Qt offscreen needs GL/EGL, xkbcommon, fontconfig, dbus, glib and a font; a real window adds
# Qt's xcb plugin's libraries. libzbar0: the ZBar library pyzbar loads (camera decoder).
need=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0
      libxcb-image0 libxcb-shape0 libxcb-xkb1
      libzbar0)
# Debian's own python3 keeps venv (with ensurepip) in a package of its own; a bare machine
# may have no python3 at all (python3-venv brings it).
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then need+=(python3-venv); fi
if [ "$want_tests" = 1 ]; then need+=(postgresql); fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian/Ubuntu system; make sure these (or your system's" \
       "equivalents) are installed: ${need[*]}"
  exit 0
fi

missing=()
for pkg in "${need[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-system-deps: all ${#need[@]} system packages are installed"
  exit 0
fi

if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-system-deps: missing ${missing[*]}; run this as root (no sudo here)" >&2
  exit 1
fi
echo "install-system-deps: installing ${missing[*]}"
echo "+ ${as_root[*]:+${as_root[*]} }apt-get update -qq"
"${as_root[@]}" apt-get update -qq
echo "+ ${as_root[*]:+${as_root[*]} }apt-get install -y -qq --no-install-recommends ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-system-deps: done"
