#!/usr/bin/env bash
# Build Parley for Linux: a self-contained one-folder app, then a .deb and a .tar.gz.
#
#   packaging/linux/build.sh [--all-models] [--no-self-test] [--no-deb] [--no-tar]
#
#   dist/Parley/                                the app: run dist/Parley/Parley
#   dist/parley_<version>_<arch>.deb            installs to /opt/parley, /usr/bin/parley, menu entry
#   dist/parley-<version>-linux-<arch>.tar.gz   the folder plus desktop files and install-desktop-entry.sh
#
# --all-models also bundles Gemma 3 270M and Whisper base (the translator's models for
# other languages; +390 MB). The default bundles SmolLM2, Whisper tiny.en and Piper joe.
# Needs: Python 3.10-3.13 (./run's set-up), binutils (objdump), and for the .deb dpkg-deb.
# Reviewed against packaging/CHECKLIST.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"

models=default self_test=1 deb=1 tar=1
for arg in "$@"; do
    case "$arg" in
        --all-models) models=all ;;
        --no-self-test) self_test=0 ;;
        --no-deb) deb=0 ;;
        --no-tar) tar=0 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
    esac
done

. scripts/setup-env.sh
parley_setup_env package >&2
PY="$ROOT/.venv/bin/python"
VERSION="$("$PY" -c 'import assistant; print(assistant.__version__)')"
ARCH="$(dpkg --print-architecture 2>/dev/null || uname -m)"
APP_ID=io.github.parley.Parley
started=$SECONDS
ms_since() { echo $(( (${EPOCHREALTIME/./} - ${1/./}) / 1000 )); }

echo "==> PyInstaller: dist/Parley (models: $models)"
rm -rf dist/Parley build/pyinstaller
PARLEY_BUNDLE_MODELS=$models "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/parley.spec
echo "    built in $((SECONDS - started)) s"

echo "==> Checking the bundle against packaging/CHECKLIST.md"
"$PY" packaging/check_bundle.py dist/Parley --models "$models"

if [ "$self_test" = 1 ]; then
    echo "==> Self-test of the built app (in an empty network namespace where possible)"
    home="$(mktemp -d)"
    trap 'rm -rf "$home"' EXIT
    netns=()
    unshare -rn true 2>/dev/null && netns=(unshare -rn)
    # the bundle must not lean on this machine's Python or site-packages
    run_app() { env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV "${netns[@]}" dist/Parley/Parley "$@"; }
    t0=$EPOCHREALTIME
    run_app --self-test --basedir "$home"
    echo "    self-test wall time: $(ms_since "$t0") ms"

    if command -v xvfb-run >/dev/null 2>&1; then
        echo "==> The built app's Qt on a real X server (xvfb): the bundled xcb plugin loads"
        out="$(env -u QT_QPA_PLATFORM xvfb-run -a dist/Parley/Parley --self-test-qt)" || true
        echo "    $out"
        case "$out" in *'"ok": true'*'on xcb'*) ;; *) echo "the xcb platform plugin does not work" >&2; exit 1 ;; esac
    fi

    echo "==> The built app answers a question, offline"
    t0=$EPOCHREALTIME
    answer="$(run_app ask "What is 2+2?" --basedir "$home" --temperature 0 --max-tokens 48)"
    echo "    answer ($(ms_since "$t0") ms): $answer"
    [ -n "${answer//[[:space:]]/}" ] || { echo "the built app gave no answer" >&2; exit 1; }

    echo "==> The built app's window starts (offscreen) and loads its model"
    t0=$EPOCHREALTIME
    QT_QPA_PLATFORM=offscreen timeout 180 env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV "${netns[@]}" \
        dist/Parley/Parley --basedir "$home" --report-startup --quit-when-ready 2>/dev/null |
        while read -r line; do
            case "$line" in startup\ *) echo "    $line after $(ms_since "$t0") ms" | tee -a "$home/startup.txt" ;; esac
        done
    grep -q "model-ready" "$home/startup.txt" 2>/dev/null || { echo "the window did not get its model ready" >&2; exit 1; }
fi

stage="build/linux-stage"
rm -rf "$stage"
mkdir -p "$stage"

# desktop integration files, laid out as under /usr (or ~/.local)
share="$stage/share"
install -Dm644 "packaging/linux/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
install -Dm644 "packaging/linux/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 resources/parley.svg "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/app/parley-*.png; do
    n="$(basename "$png" .png)"; n="${n#parley-}"
    install -Dm644 "$png" "$share/icons/hicolor/${n}x${n}/apps/$APP_ID.png"
done
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$share/metainfo/$APP_ID.metainfo.xml" >/dev/null
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$share/applications/$APP_ID.desktop"
fi

if [ "$tar" = 1 ]; then
    name="parley-$VERSION-linux-$ARCH"
    echo "==> dist/$name.tar.gz"
    mkdir -p "$stage/$name"
    cp -al dist/Parley/. "$stage/$name/"          # hard links: no second copy of 600 MB
    cp -r "$share" "$stage/$name/share"
    install -m755 packaging/linux/install-desktop-entry.sh "$stage/$name/install-desktop-entry.sh"
    install -m644 resources/licenses/GPL-3.0.txt "$stage/$name/COPYING"
    tar -C "$stage" -cf - "$name" | gzip -6 > "dist/$name.tar.gz"
    ls -l "dist/$name.tar.gz"
fi

if [ "$deb" = 1 ]; then
    if ! command -v dpkg-deb >/dev/null 2>&1; then
        echo "==> No dpkg-deb here: skipping the .deb" >&2
    else
        pkg="$stage/deb"
        echo "==> dist/parley_${VERSION}_${ARCH}.deb"
        mkdir -p "$pkg/opt/parley" "$pkg/usr/bin" "$pkg/usr/share/doc/parley" "$pkg/DEBIAN"
        cp -al dist/Parley/. "$pkg/opt/parley/"
        cp -r "$share/." "$pkg/usr/share/"
        ln -s /opt/parley/Parley "$pkg/usr/bin/parley"
        {
            echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
            echo "Upstream-Name: Parley"
            echo "Comment: The libraries and models bundled in /opt/parley keep their own licences;"
            echo " Help > About Parley lists them, and /opt/parley/_internal/resources/licenses has the texts."
            echo
            echo "Files: *"
            echo "License: GPL-3.0-or-later"
            echo " On Debian systems the full text is in /usr/share/common-licenses/GPL-3."
        } > "$pkg/usr/share/doc/parley/copyright"
        depends="$("$PY" packaging/linux/deb_depends.py dist/Parley)"
        size_kb="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
        cat > "$pkg/DEBIAN/control" <<EOF
Package: parley
Version: $VERSION
Section: utils
Priority: optional
Architecture: $ARCH
Maintainer: The Parley developers <parley@localhost>
Installed-Size: $size_kb
Depends: $depends
Description: private offline desktop assistant: chat, voice and translation
 Parley runs small language, speech-recognition and voice models on your own
 computer: chat, push-to-talk voice and translation with no network, no cloud
 and no account. The built-in models are included.
EOF
        # gzip: every dpkg reads it, in about a minute; xz -6 had not finished after 10 min on 2 cores
        # (and the quantised models barely compress: gzip already takes 830 MB to 454 MB)
        dpkg-deb --root-owner-group -Zgzip -z6 --build "$pkg" "dist/parley_${VERSION}_${ARCH}.deb" >/dev/null
        ls -l "dist/parley_${VERSION}_${ARCH}.deb"
    fi
fi

echo "==> Done in $((SECONDS - started)) s: dist/Parley ($(du -sh dist/Parley | cut -f1))"
