#!/usr/bin/env bash
# Build Parley for macOS: dist/Parley.app (PyInstaller one-folder BUNDLE), then a DMG.
#
#   packaging/macos/build.sh [--all-models] [--no-self-test] [--no-dmg]
#
#   dist/Parley.app                               Info.plist has NSMicrophoneUsageDescription
#   dist/Parley-<version>-macos-<arch>.dmg        drag Parley to Applications
#
# Needs: Xcode command line tools (xcode-select --install), Homebrew python@3.12 and cmake.
# PortAudio ships inside the sounddevice wheel. Build on the oldest macOS you support, once
# per architecture (arm64 and x86_64 are separate builds; PyInstaller does not make
# universal2 apps from these wheels). Not built by CI yet. Reviewed against packaging/CHECKLIST.md.
#
# Optional signing and notarization (both off unless these are set):
#   PARLEY_CODESIGN_IDENTITY="Developer ID Application: Your Name (TEAMID)"
#       every Mach-O file, then the app, is signed with the hardened runtime and
#       packaging/macos/entitlements.plist (microphone); the DMG is signed too.
#   PARLEY_NOTARY_PROFILE=parley-notary
#       the DMG is sent to Apple's notary service and the ticket stapled. Create the profile
#       once with:  xcrun notarytool store-credentials parley-notary --apple-id ME --team-id TEAMID
# Unsigned builds run on the machine that built them; elsewhere Gatekeeper asks the
# user to allow the app in System Settings > Privacy & Security.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"

models=default self_test=1 dmg=1
for arg in "$@"; do
    case "$arg" in
        --all-models) models=all ;;
        --no-self-test) self_test=0 ;;
        --no-dmg) dmg=0 ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
    esac
done

. scripts/setup-env.sh
parley_setup_env package >&2
PY="$ROOT/.venv/bin/python"
VERSION="$("$PY" -c 'import assistant; print(assistant.__version__)')"
ARCH="$(uname -m)"
APP=dist/Parley.app
identity="${PARLEY_CODESIGN_IDENTITY:-}"
started=$SECONDS

echo "==> PyInstaller: $APP (models: $models)"
rm -rf dist/Parley dist/Parley.app build/pyinstaller
# PARLEY_CODESIGN_IDENTITY is also read by the spec: PyInstaller signs as it collects
PARLEY_BUNDLE_MODELS=$models "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/parley.spec

echo "==> Checking the bundle against packaging/CHECKLIST.md"
"$PY" packaging/check_bundle.py "$APP" --models "$models"
/usr/libexec/PlistBuddy -c "Print :NSMicrophoneUsageDescription" "$APP/Contents/Info.plist" >/dev/null \
    || { echo "Info.plist has no NSMicrophoneUsageDescription: macOS would record silence" >&2; exit 1; }

if [ -n "$identity" ]; then
    echo "==> Signing with $identity (hardened runtime, entitlements)"
    # inside out: every library and executable first, then the bundle itself
    find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' f; do
            if file "$f" | grep -q "Mach-O"; then
                codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
                    --sign "$identity" "$f"
            fi
        done
    codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
        --sign "$identity" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

if [ "$self_test" = 1 ]; then
    echo "==> Self-test of the built app"
    home="$(mktemp -d)"
    trap 'rm -rf "$home"' EXIT
    env -u PYTHONPATH -u PYTHONHOME "$APP/Contents/MacOS/Parley" --self-test --basedir "$home"
fi

if [ "$dmg" = 1 ]; then
    name="Parley-$VERSION-macos-$ARCH"
    echo "==> dist/$name.dmg"
    stage=build/dmg
    rm -rf "$stage" "dist/$name.dmg"
    mkdir -p "$stage"
    cp -R "$APP" "$stage/"
    ln -s /Applications "$stage/Applications"
    hdiutil create -volname "Parley $VERSION" -srcfolder "$stage" -ov -format UDZO "dist/$name.dmg"
    if [ -n "$identity" ]; then
        codesign --force --timestamp --sign "$identity" "dist/$name.dmg"
    fi
    if [ -n "${PARLEY_NOTARY_PROFILE:-}" ]; then
        [ -n "$identity" ] || { echo "notarization needs a signed app: set PARLEY_CODESIGN_IDENTITY" >&2; exit 1; }
        echo "==> Notarizing (minutes; Apple's service)"
        xcrun notarytool submit "dist/$name.dmg" --keychain-profile "$PARLEY_NOTARY_PROFILE" --wait
        xcrun stapler staple "dist/$name.dmg"
        spctl --assess --type open --context context:primary-signature --verbose "dist/$name.dmg"
    fi
    ls -l "dist/$name.dmg"
fi

echo "==> Done in $((SECONDS - started)) s: $APP ($(du -sh "$APP" | cut -f1))"
