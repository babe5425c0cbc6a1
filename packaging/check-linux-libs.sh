#!/usr/bin/env bash
# Check that every shared library of a Linux bundle can be loaded, and list the system libraries it
# still takes from the machine (those are what a target machine must have installed).
#
#   packaging/check-linux-libs.sh dist/survey-app          # exit 1 if any library is "not found"
#   packaging/check-linux-libs.sh dist/survey-app packaging/linux/system-libraries.txt
#                                   # exit 1 also if it needs a system library that list does not name
#
# ldd runs on every ELF file of the bundle with LD_LIBRARY_PATH set to the bundle's _internal folder,
# as PyInstaller's bootloader does at start-up. Output: the files with missing libraries (if any), then
# each system library outside the bundle with the Debian package that provides it (when dpkg knows),
# and the newest glibc symbol version any file needs (objdump, from binutils).
set -euo pipefail

bundle="${1:?usage: $0 BUNDLE_FOLDER [EXPECTED_LIST] (the folder holding survey-app and _internal/)}"
expected="${2:-}"
bundle="$(cd "$bundle" && pwd)"
internal="$bundle/_internal"
[ -d "$internal" ] || { echo "$bundle: no _internal/ folder; is this a PyInstaller one-folder build?" >&2; exit 2; }

missing_report="$(mktemp)"; system_libs="$(mktemp)"; glibc_versions="$(mktemp)"
trap 'rm -f "$missing_report" "$system_libs" "$glibc_versions"' EXIT

checked=0
while IFS= read -r -d '' file; do
  # ELF files only: shared libraries, Python extension modules, Qt plugins, the executables.
  [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = "177ELF" ] || continue
  checked=$((checked + 1))
  output="$(LD_LIBRARY_PATH="$internal" ldd "$file" 2>&1 || true)"
  if grep -q "not found" <<<"$output"; then
    grep "not found" <<<"$output" | sed "s|^[[:space:]]*|${file#"$bundle"/}: |" >>"$missing_report"
  fi
  # "libfoo.so.1 => /usr/lib/x86_64-linux-gnu/libfoo.so.1 (0x...)" and "/lib64/ld-linux-x86-64.so.2 (0x...)"
  if command -v objdump >/dev/null; then
    objdump -T "$file" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' >>"$glibc_versions" || true
  fi
  awk '/=>/ && $3 ~ /^\// {print $3} !/=>/ && $1 ~ /^\// {print $1}' <<<"$output" \
    | grep -v "^$bundle/" >>"$system_libs" || true
done < <(find "$bundle" -type f \( -name "*.so" -o -name "*.so.*" -o -perm -u+x \) -print0)

echo "Checked $checked ELF files in $bundle"
echo
echo "System libraries the bundle uses from the machine (library -> Debian package):"
unexpected=()
while read -r lib; do
  real="$(readlink -f "$lib")"
  pkg="$(dpkg -S "$lib" 2>/dev/null || dpkg -S "$real" 2>/dev/null || true)"
  printf '  %-48s %s\n' "$(basename "$lib")" "${pkg%%:*}"
  if [ -n "$expected" ]; then
    listed=0
    while read -r pattern _; do
      # shellcheck disable=SC2053  # the pattern is a glob on purpose (ld-linux-*.so.*)
      [[ "$(basename "$lib")" == $pattern ]] && { listed=1; break; }
    done < <(grep -v '^[[:space:]]*\(#\|$\)' "$expected")
    [ "$listed" -eq 1 ] || unexpected+=("$(basename "$lib")")
  fi
done < <(sort -u "$system_libs")

if [ -s "$glibc_versions" ]; then
  echo
  echo "Newest glibc symbol version needed: $(sort -uV "$glibc_versions" | tail -1 | sed 's/GLIBC_//')" \
       "(the target's glibc must be at least that: ldd --version)"
fi

if [ "${#unexpected[@]}" -gt 0 ]; then
  echo
  echo "NOT IN $expected (a target machine may lack them; list them there and in packaging/README.md):"
  printf '  %s\n' "${unexpected[@]}"
  [ -s "$missing_report" ] || exit 1
fi

if [ -s "$missing_report" ]; then
  echo
  echo "NOT FOUND (the bundle would fail to load these on this machine):"
  sort -u "$missing_report" | sed 's/^/  /'
  exit 1
fi
echo
echo "No missing libraries."
