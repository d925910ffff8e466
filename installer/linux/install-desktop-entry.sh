#!/bin/sh
# Adds Lotse from this folder to the application menu of the current user
# (no root needed). Run it again after moving the folder; remove the entry with
#   rm ~/.local/share/applications/lotse.desktop ~/.local/share/icons/hicolor/256x256/apps/lotse.png
set -eu
here=$(cd "$(dirname "$0")" && pwd)
applications="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$applications" "$icons"
cp "$here/lotse.png" "$icons/lotse.png"
sed "s|^Exec=lotse-gui\$|Exec=\"$here/lotse-gui\"|" "$here/lotse.desktop" > "$applications/lotse.desktop"
chmod 644 "$applications/lotse.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$applications" || true
echo "Lotse is now in the application menu ($applications/lotse.desktop)."
