#!/bin/sh
# Add Parley to your desktop's application menu (for you only; no root needed),
# running it from this folder. Move the folder first if you want it elsewhere.
#   ./install-desktop-entry.sh            add the menu entry and icons
#   ./install-desktop-entry.sh --remove   take them away again
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
id=io.github.parley.Parley
data="${XDG_DATA_HOME:-$HOME/.local/share}"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
    find "$data/icons/hicolor" -name "$id.*" -delete 2>/dev/null || true
    echo "Removed Parley's menu entry."
    exit 0
fi
mkdir -p "$data/applications" "$data/metainfo"
sed -e "s|^Exec=.*|Exec=\"$here/Parley\"|" -e "s|^TryExec=.*|TryExec=$here/Parley|" \
    "$here/share/applications/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
(cd "$here/share" && find icons -type f | while read -r f; do
    mkdir -p "$data/$(dirname "$f")"; cp "$f" "$data/$f"
done)
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Parley is in your applications menu (it runs $here/Parley)."
