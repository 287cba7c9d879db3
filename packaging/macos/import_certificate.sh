#!/usr/bin/env bash
# CI only: put the Developer ID certificate from secrets into a temporary
# keychain so make_dmg.sh can sign. Does nothing when the secret is empty.
#
#   MACOS_CERTIFICATE_P12_BASE64   the .p12 export, base64-encoded
#   MACOS_CERTIFICATE_PASSWORD     its password
set -euo pipefail
if [ -z "${MACOS_CERTIFICATE_P12_BASE64:-}" ]; then
    echo "[cert] no certificate secret: the build stays unsigned"
    exit 0
fi
keychain="$RUNNER_TEMP/fibro-signing.keychain-db"
keychain_password=$(uuidgen)
echo "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
security create-keychain -p "$keychain_password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "$keychain_password" "$keychain"
security import "$RUNNER_TEMP/certificate.p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" \
    -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -k "$keychain_password" "$keychain" >/dev/null
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
rm -f "$RUNNER_TEMP/certificate.p12"
echo "[cert] imported into $keychain"
