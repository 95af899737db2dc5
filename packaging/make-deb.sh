#!/usr/bin/env bash
# Wrap the PyInstaller folder in a .deb: the till under /opt/omnitill, `pos` on the PATH, the
# desktop entry, the udev rules for USB receipt printers, and an optional kiosk session (cage,
# a Wayland kiosk compositor, started by a systemd unit that is installed but not enabled).
# The postinst creates the kiosk's user `omnitill` and puts it in dialout (serial scanners,
# terminals), lp (printers) and video (cameras); other till users are added by the technician
# (`adduser NAME dialout` ...), as the postinst prints.
#
#   packaging/make-deb.sh FOLDER OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
folder="$1"
out="$2"
version="$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
arch="$(dpkg --print-architecture)"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT

install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/lib/udev/rules.d" "$root/lib/systemd/system"
cp -a "$folder" "$root/opt/omnitill"
ln -s /opt/omnitill/pos "$root/usr/bin/pos"
install -m 0644 packaging/omnitill.desktop "$root/usr/share/applications/omnitill.desktop"
install -m 0644 packaging/60-omnitill-printers.rules "$root/lib/udev/rules.d/60-omnitill-printers.rules"
install -m 0644 packaging/omnitill-kiosk.service "$root/lib/systemd/system/omnitill-kiosk.service"

cat > "$root/DEBIAN/control" <<CONTROL
Package: omnitill
Version: $version
Architecture: $arch
Maintainer: Omnitill <till@omnitill.invalid>
Section: misc
Priority: optional
Depends: libc6, libgl1, libegl1, libxkbcommon0, libfontconfig1, libdbus-1-3, libglib2.0-0, fonts-dejavu-core, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-render-util0, libxcb-image0, libxcb-shape0, libxcb-xkb1, libwayland-client0, libwayland-cursor0, libwayland-egl1, adduser
Recommends: libzbar0, cage
Installed-Size: $(du -sk "$root" | cut -f1)
Description: Omnitill point-of-sale till
 The in-store till of an omnichannel retailer (Qt), with its reference hub (pos-hub is not
 in this package; run it from the Python distribution). Start with 'pos'; a new till opens
 its first-run set-up. Optional kiosk: systemctl enable --now omnitill-kiosk.
CONTROL

cat > "$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  if ! getent passwd omnitill >/dev/null; then
    adduser --system --group --home /var/lib/omnitill --shell /usr/sbin/nologin omnitill
  fi
  for group in dialout lp video input render; do
    if getent group "$group" >/dev/null; then adduser omnitill "$group" >/dev/null; fi
  done
  if command -v udevadm >/dev/null 2>&1; then udevadm trigger --subsystem-match=usb || true; fi
  echo "omnitill: a till user other than 'omnitill' needs: adduser USER dialout; adduser USER lp"
fi
POSTINST
chmod 0755 "$root/DEBIAN/postinst"

deb="$out/omnitill_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
echo "deb: $deb $(du -h "$deb" | cut -f1)"
