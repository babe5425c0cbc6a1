#!/usr/bin/env bash
# Build the self-contained Linux bundle: dist/survey-app/ (run survey-app or survey-app-cli from it)
# and dist/survey-app-<version>-linux-<arch>.tar.gz. No Python is needed on the target machine.
#
#   bash packaging/build-linux.sh                      # clean venv in build/venv-linux, pinned versions
#   bash packaging/build-linux.sh --python PATH        # use an existing environment (tests, quick rebuilds)
#   options: --dist DIR (default dist)  --work DIR (default build/pyinstaller)  --no-archive
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

python=""; dist="$root/dist"; work="$root/build/pyinstaller"; archive=1
while [ $# -gt 0 ]; do
  case "$1" in
    --python) python="$2"; shift 2 ;;
    --dist) dist="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --no-archive) archive=0; shift ;;
    *) echo "unknown option: $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done

# PyInstaller needs objdump (binutils) and Python's shared library (Debian: libpython3.X, which
# libpython3-dev pulls in); both are in packaging/debian-packages.txt (scripts/setup-debian.sh).
command -v objdump >/dev/null || { echo "objdump not found: install binutils" >&2; exit 1; }

started=$(date +%s)
if [ -z "$python" ]; then
  # 1. A clean virtual environment with the application and PyInstaller, at the pinned versions.
  venv="$root/build/venv-linux"
  rm -rf "$venv"
  python3 -m venv "$venv"
  pip_log="$root/build/pip-linux.log"
  # pip and setuptools talk a lot (wheel-building warnings): keep it in a log, show it on failure
  { "$venv/bin/python" -m pip install --upgrade pip \
    && "$venv/bin/python" -m pip install -c packaging/constraints.txt ".[build]"; } >"$pip_log" 2>&1 || {
    tail -40 "$pip_log"; echo "pip failed: see $pip_log" >&2; exit 1; }
  python="$venv/bin/python"
fi
venv_done=$(date +%s)
"$python" - <<'PY' || exit 1
import pathlib, sys, sysconfig
name = sysconfig.get_config_var("INSTSONAME") or sysconfig.get_config_var("LDLIBRARY") or ""
folders = {sysconfig.get_config_var("LIBDIR"), sysconfig.get_config_var("LIBPL"), "/usr/lib/x86_64-linux-gnu",
           "/usr/lib/aarch64-linux-gnu", "/usr/lib", "/usr/local/lib"}
if ".so" in name and not any(pathlib.Path(folder, name).exists() for folder in folders if folder):
    sys.exit(f"{name} not found: PyInstaller needs Python's shared library (Debian: apt install libpython3-dev)")
PY

# 2. Steadier output: timestamps from the last commit, no hash randomisation. (Two builds still differ
#    in a few bytes: PyInstaller's output is not bit-for-bit reproducible.)
SOURCE_DATE_EPOCH="$(git log -1 --format=%ct 2>/dev/null || date +%s)"
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0

# 3. PyInstaller with the one spec shared by every platform.
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/survey-app.spec
bundle="$dist/survey-app"
built=$(date +%s)

# 4. The desktop entry and its installer beside the executables (icons are in _internal already).
install -m 644 packaging/linux/survey-app.desktop "$bundle/survey-app.desktop"
install -m 755 packaging/linux/install-desktop-entry.sh "$bundle/install-desktop-entry.sh"

# 5. Does it start, does every library resolve, and are the system libraries it needs the listed ones?
version="$("$bundle/survey-app-cli" --version | awk '{print $2}')"
bash packaging/check-linux-libs.sh "$bundle" packaging/linux/system-libraries.txt >"$dist/linux-libs.txt" || {
  cat "$dist/linux-libs.txt"; echo "library check failed: see above" >&2; exit 1; }
checked=$(date +%s)

# 6. The archive: sorted names, fixed times and owners. gzip -6, not -9: 85.0 MB in 14 s here against
#    84.6 MB in 39 s.
if [ "$archive" -eq 1 ]; then
  tarball="$dist/survey-app-$version-linux-$(uname -m).tar.gz"
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
      -C "$dist" -cf - survey-app | gzip -n -6 >"$tarball"
  echo "archive:    $tarball ($(du -h "$tarball" | cut -f1))"
fi
echo "bundle:     $bundle ($(du -sh "$bundle" | cut -f1)), survey-app $version"
echo "build time: $((built - venv_done)) s PyInstaller, $((venv_done - started)) s environment," \
     "$((checked - built)) s library check, $(($(date +%s) - checked)) s archive"
echo "libraries:  $dist/linux-libs.txt"
