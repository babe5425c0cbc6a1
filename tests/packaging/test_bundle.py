"""Build the Linux bundle and use it with no Python from the machine: CLI commands, PDFs, the GUI.

Slow (the PyInstaller build takes about a minute) but part of CI, which runs every test. Each run of
the bundle gets a clean environment: no PYTHONPATH or PYTHONHOME, a PATH without any virtual
environment, a fresh HOME and a working folder outside the checkout.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from survey_app import __version__

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "test-bundle"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle")]

ENGLISH_SUMMARY = "Our national cyber strategy was adopted in 2024 and is reviewed every two years."
ARABIC_SUMMARY = "اعتمدت الاستراتيجية الوطنية للأمن السيبراني وتراجع كل عامين"
ANSWERS = f"""\
format: survey-app/answers
format_version: 1
answers:
  lead_ministry: Ministry of Foreign Affairs
  exec_summary: |-
    {ENGLISH_SUMMARY}
    {ARABIC_SUMMARY}
"""


@pytest.fixture(scope="module")
def bundle() -> Path:
    started = time.monotonic()
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-linux.sh"), "--python", sys.executable, "--no-archive",
         "--dist", str(CACHE / "dist"), "--work", str(CACHE / "work")],
        check=True, timeout=900,
    )
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return CACHE / "dist" / "survey-app"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a user's session would have: no Python variables, no virtual environment on PATH."""
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def run(bundle: Path, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(bundle / "survey-app-cli"), *args], cwd=home, env=clean_env(home, **extra),
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, f"survey-app-cli {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result


def snapshot(folder: Path) -> dict[str, tuple[float, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_mtime, p.stat().st_size) for p in folder.rglob("*")}


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return unicodedata.normalize("NFKC", text)  # Arabic presentation forms -> letters


def letters(text: str) -> str:
    """Letters only: right-to-left lines come back from pdftotext with digits and spaces moved."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalpha())


def pdf_creator(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^Creator:\s*(.+)$", info, re.MULTILINE)
    return match.group(1).strip() if match else ""


@pytest.fixture(scope="module")
def untouched(bundle: Path):
    """The install folder before the tests; compared after them: nothing may be written inside."""
    before = snapshot(bundle)
    yield
    assert snapshot(bundle) == before, "the bundle wrote inside its install folder"


def test_cli_validates_creates_imports_and_exports_pdfs(bundle: Path, untouched: None, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert run(bundle, home, "--version").stdout.strip() == f"survey-app {__version__}"

    bundled = bundle / "_internal" / "questionnaires"
    assert sorted(p.name for p in bundled.glob("*.yaml")), "no questionnaires inside the bundle"
    run(bundle, home, "validate", str(bundled))

    assert run(bundle, home, "new", "--state", "FRA", "--cycle", "2026").stdout.strip() == "1"
    data = home / ".local" / "share" / "NSI Survey"  # platformdirs' user data folder on Linux
    assert (data / "survey.db").is_file(), "the database belongs in the platform's user data folder"

    answers = home / "answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    assert "Imported" in run(bundle, home, "import-answers", "--response", "1", str(answers)).stdout

    english = home / "response-en.pdf"
    run(bundle, home, "export", "--response", "1", "--format", "pdf", "--language", "en", "--out", str(english))
    text = pdf_text(english)
    assert "National Survey of Implementation" in text
    assert "Ministry of Foreign Affairs" in text
    assert ENGLISH_SUMMARY.split()[0] in text and "strategy" in text
    assert pdf_creator(english) == f"survey-app {__version__}"

    arabic = home / "response-ar.pdf"
    run(bundle, home, "export", "--response", "1", "--format", "pdf", "--language", "ar", "--out", str(arabic))
    text = pdf_text(arabic)
    assert any("\u0600" <= c <= "\u06ff" for c in text), "no Arabic text in the Arabic PDF"
    assert letters(ARABIC_SUMMARY) in letters(text)
    assert "Ministry of Foreign Affairs" in text  # the English answer, inside an Arabic page
    assert pdf_creator(arabic) == f"survey-app {__version__}"

    # The answers round-trip: export them again as JSON and find what was imported.
    exported = run(bundle, home, "export", "--response", "1", "--format", "json").stdout
    assert "Ministry of Foreign Affairs" in exported

    # SURVEY_APP_HOME moves everything elsewhere (tests, portable installs).
    elsewhere = tmp_path / "elsewhere"
    run(bundle, home, "new", "--state", "KEN", "--cycle", "2026", SURVEY_APP_HOME=str(elsewhere))
    assert (elsewhere / "survey.db").is_file()


def test_gui_starts_offscreen_and_quits(bundle: Path, untouched: None, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    gui = subprocess.run([str(bundle / "survey-app")], cwd=home, capture_output=True, text=True, timeout=120,
                         env=clean_env(home, QT_QPA_PLATFORM="offscreen", SURVEY_APP_EXIT_AFTER_PAINT="1"))
    assert gui.returncode == 0, gui.stdout + gui.stderr
    assert "Traceback" not in gui.stderr, gui.stderr
    assert re.search(r"^first-paint \d+\.\d+$", gui.stdout, re.MULTILINE), gui.stdout + gui.stderr
    assert (home / ".local" / "share" / "NSI Survey" / "survey.db").is_file()


#: the system calls that name a file or open a connection
TRACED = "open,openat,stat,lstat,newfstatat,statx,access,execve,readlink,socket,connect"


def test_bundle_reads_nothing_from_the_checkout_and_uses_no_network(bundle: Path, untouched: None, tmp_path: Path) -> None:
    """Every file the bundle opens is its own or a system file (no checkout, no virtual environment),
    and it opens no network socket."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    home = tmp_path / "home"
    home.mkdir()
    trace = tmp_path / "trace.txt"
    env = clean_env(home, QT_QPA_PLATFORM="offscreen", SURVEY_APP_EXIT_AFTER_PAINT="1")
    commands = [
        [str(bundle / "survey-app-cli"), "validate", str(bundle / "_internal" / "questionnaires")],
        [str(bundle / "survey-app-cli"), "demo"],  # demo responses, then one as an Arabic PDF
        [str(bundle / "survey-app-cli"), "export", "--response", "1", "--format", "pdf", "--language", "ar",
         "--out", str(home / "demo-ar.pdf")],
        [str(bundle / "survey-app")],
    ]
    opened: set[str] = set()
    network: list[str] = []
    started: list[str] = []
    for command in commands:
        result = subprocess.run(["strace", "-f", "-qq", "-s", "4096", "-e", f"trace={TRACED}", "-o", str(trace),
                                 *command], cwd=home, env=env, capture_output=True, text=True, timeout=180)
        if result.returncode != 0 and "ptrace" in result.stderr.lower():
            pytest.skip(f"strace cannot trace here: {result.stderr.strip()[:200]}")
        assert result.returncode == 0, result.stdout + result.stderr
        traced = trace.read_text(encoding="utf-8", errors="replace")
        opened |= set(re.findall(r'"(/[^"]*)"', traced))
        network += [line for line in traced.splitlines() if "AF_INET" in line]
        started += re.findall(r'execve\("([^"]+)"', traced)
    assert opened, "strace recorded nothing"
    assert not network, "no network at run time:\n" + "\n".join(network[:10])
    assert str(bundle / "survey-app") in started  # the trace sees programs being started...
    assert not [program for program in started if "python" in Path(program).name], started  # ...no Python
    bundle_dir = str(bundle.resolve())
    python_home = str(Path(sys.prefix).resolve())
    ancestors = {str(parent) for parent in Path(bundle_dir).parents}  # resolving its own path
    outside = sorted(
        path for path in opened
        if not path.startswith(bundle_dir) and path.rstrip("/") not in ancestors
        and path.startswith((str(ROOT), python_home, sys.base_prefix + "/lib/python"))
    )
    assert not outside, "the bundle looked at files outside itself:\n" + "\n".join(outside[:30])


def test_bundle_holds_the_data_and_leaves_out_what_is_unused(bundle: Path, untouched: None) -> None:
    internal = bundle / "_internal"
    fonts = ROOT / "survey_app" / "assets" / "fonts"
    for font in [*fonts.glob("*.ttf"), *fonts.glob("*.ttc")]:
        inside = internal / "survey_app" / "assets" / "fonts" / font.name
        assert inside.read_bytes() == font.read_bytes(), f"{font.name} missing from the bundle"
    for name in ("questionnaires", "i18n"):
        shipped = {p.relative_to(ROOT / name) for p in (ROOT / name).rglob("*") if p.is_file()}
        bundled = {p.relative_to(internal / name) for p in (internal / name).rglob("*") if p.is_file()}
        assert shipped <= bundled, f"{name}: {sorted(map(str, shipped - bundled))[:5]}"
    assert (bundle / "survey-app.desktop").is_file() and (bundle / "install-desktop-entry.sh").is_file()
    names = {p.name for p in internal.rglob("*")}
    unused = ("QtWebEngine", "QtQml", "QtQuick", "QtNetwork", "QtSql", "QtTest", "QtDesigner", "QtMultimedia",
              "QtPdf", "pytest", "_pytest", "pytestqt", "tkinter", "PyInstaller")
    assert not [n for n in names if n.startswith(unused) or any(f"libQt6{u[2:]}" in n for u in unused if u.startswith("Qt"))]
    assert not list(internal.rglob("tests")), "test folders inside the bundle"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqxcb.so").is_file() and (plugins / "platforms" / "libqoffscreen.so").is_file()
    assert not (plugins / "platformthemes" / "libqgtk3.so").exists(), "the GTK theme pulls in GTK and its libraries"
    qm = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert {"qtbase_ar.qm", "qtbase_fr.qm", "qtbase_ru.qm", "qtbase_es.qm"} <= qm and "qtbase_de.qm" not in qm


def test_desktop_entry_installs_from_the_bundle(bundle: Path, untouched: None, tmp_path: Path) -> None:
    data = tmp_path / "share"
    subprocess.run([str(bundle / "install-desktop-entry.sh")], env=clean_env(tmp_path, XDG_DATA_HOME=str(data)),
                   check=True, capture_output=True, text=True)
    entry = (data / "applications" / "survey-app.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle}/survey-app"' in entry
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "survey-app.png").is_file()
