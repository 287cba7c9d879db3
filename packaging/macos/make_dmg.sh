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
# people downloading it must allow it once in System Settings, see README):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)" in the
#                         keychain: signs every binary, the app (hardened
#                         runtime, packaging/macos/entitlements.plist) and
#                         the image.
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD
#                         (an app-specific password): with a signature,
#                         notarizes the app and then the image (Apple's
#                         notary service; waits) and staples both.
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

notary_ready() {
    [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]
}
notarize() {  # notarize FILE: send it to Apple's notary service and wait
    xcrun notarytool submit "$1" --apple-id "$MACOS_NOTARY_APPLE_ID" \
        --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD" --wait
}

if [ -n "$identity" ]; then
    echo "[dmg] signing with: $identity"
    # Inside out, never --deep: every Mach-O file first (deepest paths
    # first), then each nested framework or bundle (deepest first), then the
    # app itself with the hardened runtime and its entitlements.
    find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print |
        awk '{ print gsub("/", "/") "\t" $0 }' | sort -rn | cut -f2- |
        while IFS= read -r file; do
            if file "$file" | grep -q "Mach-O"; then
                codesign --force --timestamp --options runtime --sign "$identity" "$file"
            fi
        done
    find "$app/Contents" -type d \( -name "*.framework" -o -name "*.app" -o -name "*.bundle" \) -print |
        awk '{ print gsub("/", "/") "\t" $0 }' | sort -rn | cut -f2- |
        while IFS= read -r nested; do
            codesign --force --timestamp --options runtime --sign "$identity" "$nested"
        done
    codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
        --sign "$identity" "$app"
    codesign --verify --strict --verbose=2 "$app"
    if notary_ready; then
        # The app is notarized and stapled on its own too, so it opens
        # offline even when copied out of the image.
        echo "[dmg] notarizing the app (this waits for Apple, usually a few minutes)"
        zip="$root/dist/app-for-notary.zip"
        ditto -c -k --keepParent "$app" "$zip"
        notarize "$zip"
        rm -f "$zip"
        xcrun stapler staple "$app"
    fi
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
    if notary_ready; then
        echo "[dmg] notarizing the image"
        notarize "$dmg"
        xcrun stapler staple "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    else
        echo "[dmg] notarization skipped: MACOS_NOTARY_APPLE_ID/TEAM_ID/PASSWORD not all set"
    fi
fi
echo "[dmg] $dmg"
