#!/bin/sh
# Install Fibro Desktop for the current user (no root needed), from the
# unpacked archive this script sits in:
#   program   ~/.local/opt/fibro-desktop/        (FIBRO_PREFIX overrides)
#   launcher  ~/.local/bin/fibro-desktop
#   menu      ~/.local/share/applications/fibro-desktop.desktop, icons
#
#   ./install.sh               install, or upgrade in place
#   ./install.sh --uninstall   remove the program, launcher, menu entry and icons
#
# Your own data (journal, settings, backups) lives elsewhere
# (~/.local/share/FibroDesktop) and is never touched by this script.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${FIBRO_PREFIX:-$HOME/.local/opt/fibro-desktop}
share=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
sizes="16 24 32 48 64 128 256 512"

remove() {
    rm -rf "$prefix"
    rm -f "$bin/fibro-desktop" "$share/applications/fibro-desktop.desktop"
    for size in $sizes; do rm -f "$share/icons/hicolor/${size}x${size}/apps/fibro-desktop.png"; done
    rm -f "$share/icons/hicolor/scalable/apps/fibro-desktop.svg"
}

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    refresh
    echo "Fibro Desktop was removed. Your data in $share/FibroDesktop was kept."
    exit 0
fi

remove  # an upgrade starts clean, so no file of the old version lingers
mkdir -p "$prefix" "$bin" "$share/applications"
cp -R "$here/fibro-desktop" "$here/_internal" "$prefix/"
for size in $sizes; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$here/icons/hicolor/${size}x${size}/apps/fibro-desktop.png" "$share/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$here/icons/hicolor/scalable/apps/fibro-desktop.svg" "$share/icons/hicolor/scalable/apps/"
ln -sf "$prefix/fibro-desktop" "$bin/fibro-desktop"
sed "s|^Exec=.*|Exec=$prefix/fibro-desktop|" "$here/fibro-desktop.desktop" \
    > "$share/applications/fibro-desktop.desktop"
refresh
echo "Fibro Desktop is installed: find it in your applications menu, or run $bin/fibro-desktop"
# Sound and the message bus come from the system (every desktop has them).
if command -v ldconfig >/dev/null 2>&1; then
    for lib in libpulse.so.0 libdbus-1.so.3; do
        ldconfig -p 2>/dev/null | grep -q "$lib" ||
            echo "Note: $lib was not found. Please install it (Debian/Ubuntu: libpulse0, libdbus-1-3)."
    done
fi
