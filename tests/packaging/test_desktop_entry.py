"""The Linux desktop entry and its installer (packaging/linux/), run against a bundle-shaped folder."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "survey_app" / "assets" / "icons"
UN_LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"}
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[ar], TryExec
    parser.read(path, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def test_desktop_entry_names_the_application_and_its_icon() -> None:
    entry = read_entry(LINUX / "survey-app.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "NSI Survey"
    assert entry["Exec"] == entry["TryExec"] == "survey-app"
    assert entry["Icon"] == "survey-app" and entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")
    localised = {key.split("[")[1].rstrip("]") for key in entry if "[" in key}
    assert localised == UN_LANGUAGES - {"en"}, "every other UN language, no more"
    for size in SIZES:
        assert (ICONS / f"survey-app-{size}.png").is_file(), size
    assert (ICONS / "survey-app.svg").is_file()


@pytest.fixture
def bundle_like(tmp_path: Path) -> Path:
    """A folder shaped like the unpacked bundle, in a path with a space and a dollar sign."""
    folder = tmp_path / "Programs $x" / "survey-app"
    (folder / "_internal" / "survey_app" / "assets").mkdir(parents=True)
    shutil.copytree(ICONS, folder / "_internal" / "survey_app" / "assets" / "icons")
    shutil.copy(LINUX / "survey-app.desktop", folder)
    shutil.copy(LINUX / "install-desktop-entry.sh", folder)
    executable = folder / "survey-app"
    executable.write_text("#!/bin/sh\n", encoding="utf-8")
    executable.chmod(executable.stat().st_mode | stat.S_IXUSR)
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop entry")
def test_installer_adds_and_removes_the_menu_entry(bundle_like: Path, tmp_path: Path) -> None:
    data = tmp_path / "share"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    script = bundle_like / "install-desktop-entry.sh"
    done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, check=True)
    assert "installed" in done.stdout

    installed = data / "applications" / "survey-app.desktop"
    entry = read_entry(installed)
    executable = str(bundle_like / "survey-app")
    # Exec: quoted, with "$" escaped (and the escape escaped again, as the format's strings are)
    assert entry["Exec"] == '"' + executable.replace("$", "\\\\$") + '"'
    assert entry["TryExec"] == executable
    assert entry["GenericName[ar]"] and entry["Icon"] == "survey-app"
    for size in SIZES:
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "survey-app.png"
        assert icon.read_bytes() == (ICONS / f"survey-app-{size}.png").read_bytes()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "survey-app.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr

    subprocess.run(["sh", str(script), "--uninstall"], env=env, capture_output=True, text=True, check=True)
    assert not installed.exists()
    assert not list((data / "icons").rglob("survey-app.*"))


def test_installer_refuses_to_run_outside_a_bundle(tmp_path: Path) -> None:
    script = tmp_path / "install-desktop-entry.sh"
    shutil.copy(LINUX / "install-desktop-entry.sh", script)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "s")}
    result = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True)
    assert result.returncode == 1 and "run this script from the unpacked bundle" in result.stderr
    assert not (tmp_path / "s" / "applications").exists()
