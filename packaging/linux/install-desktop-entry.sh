#!/bin/sh
# Add NSI Survey to the desktop's application menu, with its icon. Run it from the unpacked bundle:
#
#   ./install-desktop-entry.sh              # for you (~/.local/share/applications, ~/.local/share/icons)
#   sudo ./install-desktop-entry.sh --system  # for every user (/usr/local/share/...)
#   ./install-desktop-entry.sh --uninstall  # remove it again (add --system if installed with it)
#
# The menu entry starts the survey-app next to this script: move the folder, then run this again.
# Nothing is written inside the bundle; your responses stay in your user data folder either way.
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
action=install
for arg in "$@"; do
  case "$arg" in
    --system) data=/usr/local/share ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

icons="$here/_internal/survey_app/assets/icons"
entry="$data/applications/survey-app.desktop"
sizes="16 24 32 48 64 128 256 512"

if [ "$action" = uninstall ]; then
  rm -f "$entry" "$data/icons/hicolor/scalable/apps/survey-app.svg"
  for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/survey-app.png"; done
  echo "removed $entry and its icons"
else
  [ -x "$here/survey-app" ] || { echo "$here/survey-app not found: run this script from the unpacked bundle" >&2; exit 1; }
  [ -f "$here/survey-app.desktop" ] || { echo "$here/survey-app.desktop not found" >&2; exit 1; }
  for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$icons/survey-app-$size.png" "$data/icons/hicolor/${size}x${size}/apps/survey-app.png"
  done
  mkdir -p "$data/icons/hicolor/scalable/apps" "$data/applications"
  cp "$icons/survey-app.svg" "$data/icons/hicolor/scalable/apps/survey-app.svg"
  # Exec and TryExec need the absolute path; inside double quotes the desktop entry format escapes
  # backslash, double quote, backquote and dollar with a backslash (and backslash again, as a string).
  quoted="$(printf '%s' "$here/survey-app" | sed 's/[\\"`$]/\\\\&/g')"
  sed -e "s|^Exec=.*|Exec=\"$(printf '%s' "$quoted" | sed 's/[|&\\]/\\&/g')\"|" \
      -e "s|^TryExec=.*|TryExec=$(printf '%s' "$here/survey-app" | sed 's/[|&\\]/\\&/g')|" \
      "$here/survey-app.desktop" >"$entry.tmp"
  chmod 644 "$entry.tmp"
  mv "$entry.tmp" "$entry"
  echo "installed $entry (starts $here/survey-app)"
fi

# Let the menu and the icon theme notice (both tools are optional).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
exit 0
