#!/usr/bin/env bash
# Build the self-contained macOS application: dist/NSI Survey.app and dist/survey-app-<version>-macos-<arch>.dmg.
# No Python is needed on the target Mac. Run on a Mac (the build targets the machine's architecture;
# build on Apple silicon for arm64, on an Intel Mac for x86_64). Not run in this project's CI.
#
#   bash packaging/build-macos.sh                   # unsigned build (for testing: Gatekeeper warns)
#   SURVEY_APP_CODESIGN_IDENTITY="Developer ID Application: Ministry X (TEAMID)" \
#   SURVEY_APP_NOTARY_PROFILE=nsi-notary bash packaging/build-macos.sh    # signed, notarised, stapled
#
# Signing: the identity must be a "Developer ID Application" certificate in the login keychain.
# PyInstaller signs every binary it collects, then the .app, with the hardened runtime and
# packaging/macos/entitlements.plist (see packaging/survey-app.spec).
# Notarisation: store the credentials once with
#   xcrun notarytool store-credentials nsi-notary --apple-id ID --team-id TEAMID --password APP_SPECIFIC_PW
# and name that profile in SURVEY_APP_NOTARY_PROFILE. The DMG is submitted, waited for, and stapled.
# Options: --python PATH (use an existing environment), --no-dmg
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

python=""; make_dmg=1
while [ $# -gt 0 ]; do
  case "$1" in
    --python) python="$2"; shift 2 ;;
    --no-dmg) make_dmg=0; shift ;;
    *) echo "unknown option: $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
[ "$(uname -s)" = Darwin ] || { echo "build-macos.sh runs on macOS" >&2; exit 2; }

identity="${SURVEY_APP_CODESIGN_IDENTITY:-}"
notary="${SURVEY_APP_NOTARY_PROFILE:-}"
if [ -n "$notary" ] && [ -z "$identity" ]; then
  echo "notarisation needs a signed build: set SURVEY_APP_CODESIGN_IDENTITY too" >&2; exit 2
fi

started=$(date +%s)
if [ -z "$python" ]; then
  # 1. A clean virtual environment at the pinned versions (python.org's Python 3.11 or Homebrew's).
  venv="$root/build/venv-macos"
  rm -rf "$venv"
  python3.11 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -c packaging/constraints.txt ".[build]"
  python="$venv/bin/python"
fi

# 2. PyInstaller with the shared spec: dist/survey-app/ (folder) and dist/NSI Survey.app (BUNDLE).
SOURCE_DATE_EPOCH="$(git log -1 --format=%ct 2>/dev/null || date +%s)"
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0 SURVEY_APP_CODESIGN_IDENTITY="$identity"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/survey-app.spec
app="dist/NSI Survey.app"
built=$(date +%s)

# 3. It starts: the console executable inside the .app prints its version; the window opens and closes.
version="$("$app/Contents/MacOS/survey-app-cli" --version | awk '{print $2}')"
SURVEY_APP_HOME="$(mktemp -d)" QT_QPA_PLATFORM=offscreen SURVEY_APP_EXIT_AFTER_PAINT=1 \
  "$app/Contents/MacOS/survey-app" | grep -q first-paint

# 4. Signature check (PyInstaller signed it when an identity was given).
if [ -n "$identity" ]; then
  codesign --verify --deep --strict --verbose=2 "$app"
fi

# 5. Disk image, signed and notarised (the DMG carries the app; stapling both lets them open offline).
if [ "$make_dmg" -eq 1 ]; then
  dmg="dist/survey-app-$version-macos-$(uname -m).dmg"
  rm -f "$dmg"
  hdiutil create -volname "NSI Survey $version" -srcfolder "$app" -fs HFS+ -format UDZO -ov "$dmg" >/dev/null
  if [ -n "$identity" ]; then
    codesign --sign "$identity" --timestamp "$dmg"
  fi
  if [ -n "$notary" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$notary" --wait
    xcrun stapler staple "$app"
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
  fi
  echo "disk image: $dmg ($(du -h "$dmg" | cut -f1))"
fi
echo "app:        $app ($(du -sh "$app" | cut -f1)), survey-app $version"
echo "build time: $((built - started)) s (environment and PyInstaller)"
