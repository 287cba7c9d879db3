#!/usr/bin/env bash
# Build the macOS disk image from the frozen app, signing and notarizing it
# when the secrets are there.
#
#   bash packaging/macos/make_dmg.sh VERSION      (from the repository root,
#                                                  after packaging/build.py freeze)
#
# Input:  dist/Fibro Desktop.app
# Output: dist/fibro-desktop-VERSION-macos-ARCH.dmg holding the app and a
#         link to /Applications (drag the one onto the other to install).
#
# Optional environment (all unset = an unsigned image, which works locally;
# people downloading it would have to right-click > Open the first time):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)" in the
#                         keychain: signs every binary, the app (hardened
#                         runtime, packaging/macos/entitlements.plist) and
#                         the image.
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD
#                         (an app-specific password): with a signature,
#                         sends the image to Apple's notary service, waits,
#                         and staples the ticket to it.
# In CI the certificate comes from secrets: see .github/workflows/release.yml
# and packaging/README.md.
set -euo pipefail

version=${1:?usage: make_dmg.sh VERSION}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app="$root/dist/Fibro Desktop.app"
arch=$(uname -m)
dmg="$root/dist/fibro-desktop-$version-macos-$arch.dmg"
identity=${MACOS_SIGN_IDENTITY:-}

[ -d "$app" ] || { echo "missing $app: run packaging/build.py freeze first" >&2; exit 1; }

if [ -n "$identity" ]; then
    echo "[dmg] signing with: $identity"
    # Inside out: every library and executable first, then the bundle.
    find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' file; do
            if file "$file" | grep -q "Mach-O"; then
                codesign --force --timestamp --options runtime --sign "$identity" "$file"
            fi
        done
    codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
        --sign "$identity" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
else
    echo "[dmg] MACOS_SIGN_IDENTITY not set: the app keeps PyInstaller's ad-hoc signature (not notarizable)"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Fibro Desktop" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "$identity" ]; then
    codesign --force --timestamp --sign "$identity" "$dmg"
    if [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] \
            && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
        echo "[dmg] notarizing (this waits for Apple, usually a few minutes)"
        xcrun notarytool submit "$dmg" --apple-id "$MACOS_NOTARY_APPLE_ID" \
            --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD" --wait
        xcrun stapler staple "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    else
        echo "[dmg] notarization skipped: MACOS_NOTARY_APPLE_ID/TEAM_ID/PASSWORD not all set"
    fi
fi
echo "[dmg] $dmg"
