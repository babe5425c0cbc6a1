"""The committed catalogues: compiled files match their sources, and all six languages are complete."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from survey_app.i18n import catalogues
from survey_app.i18n.languages import LANGUAGE_CODES


@pytest.fixture(scope="module")
def core_template():
    return catalogues.extract_core()


@pytest.fixture(scope="module")
def qt_sources() -> set[tuple[str, str]]:
    current = catalogues.qt_source_texts()
    assert current is not None, "pyside6-lupdate is needed to check the interface catalogues"
    return current


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_committed_mo_matches_po(language: str) -> None:
    assert catalogues.mo_is_current(language), (
        f"{catalogues.mo_path(language)} is out of date: run python scripts/i18n.py compile")


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_committed_qm_matches_ts(language: str, tmp_path: Path) -> None:
    tool = catalogues.qt_tool("pyside6-lrelease")
    assert tool is not None
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool, "-silent", str(catalogues.ts_path(language)), "-qm", str(fresh)], check=True)
    assert catalogues.qm_path(language).read_bytes() == fresh.read_bytes(), (
        f"{catalogues.qm_path(language)} is out of date: run python scripts/i18n.py compile")


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_core_catalogue_is_complete(language: str, core_template) -> None:
    status = catalogues.core_status(language, template=core_template)
    assert status.total > 0
    assert status.problems == [], "run python scripts/i18n.py all, then translate (docs/translating.md)"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_interface_catalogue_is_complete(language: str, qt_sources: set[tuple[str, str]]) -> None:
    status = catalogues.qt_status(language, current=qt_sources)
    assert status.problems == [], "run python scripts/i18n.py all, then translate (docs/translating.md)"
    if language != "en":
        assert status.total == len(qt_sources) > 0


def test_core_extraction_leaves_the_gui_to_qt(core_template) -> None:
    locations = {path for message in core_template for path, _line in message.locations}
    assert locations and not any("/gui/" in path for path in locations)


def test_status_sees_an_untranslated_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, core_template) -> None:
    """A new source string must show up as "not in catalogue" (so the completeness tests can fail)."""
    from babel.messages.catalog import Catalog

    template = Catalog()
    for message in core_template:
        if message.id:
            template.add(message.id, context=message.context)
    template.add("A brand new message")
    status = catalogues.core_status("fr", template=template)
    assert ("not in catalogue", "A brand new message") in [(p.kind, p.text) for p in status.problems]
    assert not status.complete


def _placeholders(text: str) -> list[str]:
    import re

    return sorted(re.findall(r"%\d|%n|\{[a-z_]*\}", text))


@pytest.mark.parametrize("language", [code for code in LANGUAGE_CODES if code != "en"])
def test_translations_keep_every_placeholder(language: str) -> None:
    """A lost "%1" or "{total}" would silently drop a number or a name from a message."""
    broken = []
    for context, source, message in catalogues._ts_messages(catalogues.ts_path(language)):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if _placeholders(form) != _placeholders(source):
                broken.append((context, source, form))
        if "&" in source.replace("&&", "") and "&" not in "".join(forms):
            broken.append((context, source, "lost its keyboard accelerator (&)"))
    for message in catalogues.read_catalog(catalogues.po_path(language), language):
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            if _placeholders(string) != _placeholders(sources[-1]) and _placeholders(string) != _placeholders(sources[0]):
                broken.append(("core", sources[0], string))
    assert broken == []
