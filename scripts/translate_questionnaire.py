#!/usr/bin/env python3
"""Translate a questionnaire's texts without editing its keys by hand.

    python scripts/translate_questionnaire.py dump fr                  # -> nsi-fr-todo.yaml
    python scripts/translate_questionnaire.py dump fr --out todo.json  # the same as JSON
    (fill in the empty "" values of the file, in any editor)
    python scripts/translate_questionnaire.py apply fr nsi-fr-todo.yaml

`dump LANG` writes every UNIQUE default-language text that has no current translation in
`i18n/questionnaires/<id>/<LANG>.yaml` (missing, or made from an older text), each once even when it
appears many times (the same label in the 11 norm sections is translated once), as {text: ""}.
`apply LANG FILE` reads that file back and writes the translation of every key whose current
default-language text matches, in the documented format (key -> {text, source}); other entries of
the file are kept. `--questionnaire ID` (default: nsi) picks a bundled or user-added questionnaire,
`--file PATH` a questionnaire file anywhere. See docs/translating.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from survey_app.questionnaire.model import Questionnaire  # noqa: E402
from survey_app.questionnaire.translations import (  # noqa: E402
    Entry,
    load_translation_file,
    source_texts,
    translation_dirs,
    translation_status,
)

#: limits for a filled-in file (it comes from outside: an e-mail attachment, a vendor)
MAX_FILE_BYTES = 20_000_000
MAX_TEXT_CHARS = 50_000


class UsageError(Exception):
    """A problem the user can fix; shown as one message, no traceback."""


@dataclass(frozen=True, slots=True)
class ApplyResult:
    path: Path
    written: int
    unused: list[str]
    empty: int


def load_questionnaire(*, questionnaire_id: str | None, file: Path | None) -> Questionnaire:
    if file is not None:
        from survey_app.questionnaire.loader import load

        result = load(file)
        if result.questionnaire is None:
            problems = "\n".join(str(d) for d in result.errors[:10])
            raise UsageError(f"{file} is not a valid questionnaire:\n{problems}")
        return result.questionnaire
    from survey_app.questionnaire.catalog import Catalog

    catalog = Catalog.load()
    wanted = questionnaire_id or "nsi"
    if wanted not in catalog.ids():
        raise UsageError(f"No questionnaire has the id '{wanted}'. Known: {', '.join(catalog.ids()) or 'none'}.")
    return catalog.get(wanted)


def _check_language(questionnaire: Questionnaire, language: str) -> None:
    if language == questionnaire.default_language:
        raise UsageError(f"'{language}' is the default language of '{questionnaire.id}': nothing to translate.")
    if language not in questionnaire.languages:
        raise UsageError(f"'{language}' is not one of the languages of '{questionnaire.id}' "
                         f"({', '.join(questionnaire.languages)}).")


def translation_target(questionnaire: Questionnaire, language: str) -> Path:
    """i18n/questionnaires/<id>/<language>.yaml beside the questionnaire (the checkout for bundled ones)."""
    return translation_dirs(questionnaire)[0] / f"{language}.yaml"


def untranslated_sources(questionnaire: Questionnaire, language: str, *, path: Path | None = None) -> list[str]:
    """Unique default-language texts lacking a current translation, in questionnaire order."""
    status = translation_status(questionnaire, language, path=path)
    needed = [text.text for text in status.missing] + [entry.current_source for entry in status.out_of_date]
    order = {key: index for index, key in enumerate(source_texts(questionnaire))}
    keyed = [(text.key, text.text) for text in status.missing] + \
            [(entry.key, entry.current_source) for entry in status.out_of_date]
    keyed.sort(key=lambda pair: order.get(pair[0], len(order)))
    unique = dict.fromkeys(text for _key, text in keyed if text.strip())
    assert set(unique) <= set(needed)
    return list(unique)


def dump(questionnaire: Questionnaire, language: str, out: Path) -> int:
    _check_language(questionnaire, language)
    target = translation_target(questionnaire, language)
    sources = untranslated_sources(questionnaire, language, path=target if target.is_file() else None)
    document = {source: "" for source in sources}
    if out.suffix.lower() == ".json":
        out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    else:
        header = (f"# {questionnaire.id} {questionnaire.version}: {len(sources)} texts to translate into "
                  f"'{language}'.\n# Write each translation after the colon, between the quotes; leave a "
                  f"text empty to skip it.\n# Then: python scripts/translate_questionnaire.py apply "
                  f"{language} {out.name}\n# A long text is written as `? text` and its translation goes on the next line, "
                  f"after `: `.\n")
        out.write_text(header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1_000_000),
                       encoding="utf-8")
    return len(sources)


def read_filled(path: Path) -> dict[str, str]:
    """The filled-in {source: translation} file (YAML or JSON), checked."""
    if not path.is_file():
        raise UsageError(f"{path} does not exist.")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UsageError(f"{path} is larger than {MAX_FILE_BYTES // 1_000_000} MB; is it the right file?")
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{path} cannot be read: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise UsageError(f"{path} must be a list of `source text: translation` lines, as written by dump.")
    filled: dict[str, str] = {}
    for source, translation in data.items():
        if translation is None:
            continue
        if not isinstance(source, str) or not isinstance(translation, str):
            raise UsageError(f"{path}: the entry {str(source)[:60]!r} must have text on both sides of the colon.")
        if len(translation) > MAX_TEXT_CHARS:
            raise UsageError(f"{path}: the translation of {source[:60]!r} is longer than {MAX_TEXT_CHARS} characters.")
        filled[source] = translation
    return filled


def _normal(text: str) -> str:
    return " ".join(text.split())


def apply(questionnaire: Questionnaire, language: str, filled: dict[str, str], *, target: Path | None = None) -> ApplyResult:
    """Write the translations of `filled` into the language's translation file; returns what happened."""
    _check_language(questionnaire, language)
    target = target or translation_target(questionnaire, language)
    existing: dict[str, Entry] = {}
    if target.is_file():
        loaded = load_translation_file(target)
        errors = [d for d in loaded.diagnostics if d.is_error]
        if errors:
            raise UsageError(f"{target} has problems; fix them first:\n" + "\n".join(str(d) for d in errors[:10]))
        existing = dict(loaded.entries)
    by_normal = {_normal(source): text for source, text in filled.items() if text.strip()}
    used: set[str] = set()
    texts: dict[str, dict[str, str]] = {}
    written = 0
    for key, source in source_texts(questionnaire).items():
        translation = filled.get(source.text)
        if translation is None or not translation.strip():
            translation = by_normal.get(_normal(source.text))
        if translation is not None and translation.strip():
            texts[key] = {"text": translation, "source": source.text}
            used.add(_normal(source.text))
            written += 1
        elif key in existing:
            texts[key] = {"text": existing[key].text, "source": existing[key].source}
    for key, entry in existing.items():  # entries for keys the questionnaire no longer has are kept
        texts.setdefault(key, {"text": entry.text, "source": entry.source})
    document = {"language": language, "questionnaire": questionnaire.id, "texts": texts}
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".yaml.tmp")
    temporary.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    temporary.replace(target)
    unused = [source for source, text in filled.items() if text.strip() and _normal(source) not in used]
    empty = sum(1 for text in filled.values() if not text.strip())
    return ApplyResult(target, written, unused, empty)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    for name in ("dump", "apply"):
        command = sub.add_parser(name)
        command.add_argument("language", help="ar, zh, fr, ru or es")
        if name == "apply":
            command.add_argument("filled", type=Path, metavar="FILE", help="the filled-in file written by dump")
        else:
            command.add_argument("--out", type=Path, help="file to write (.yaml or .json); default <id>-<lang>-todo.yaml")
        which = command.add_mutually_exclusive_group()
        which.add_argument("--questionnaire", metavar="ID", help="a bundled or user-added questionnaire (default: nsi)")
        which.add_argument("--file", type=Path, metavar="PATH", help="a questionnaire file")
    args = parser.parse_args(argv)
    try:
        questionnaire = load_questionnaire(questionnaire_id=args.questionnaire, file=args.file)
        if args.action == "dump":
            out = args.out or Path(f"{questionnaire.id}-{args.language}-todo.yaml")
            count = dump(questionnaire, args.language, out)
            print(f"{count} texts to translate written to {out}")
        else:
            result = apply(questionnaire, args.language, read_filled(args.filled))
            print(f"{result.written} translations written to {result.path}")
            if result.empty:
                print(f"{result.empty} texts were left empty (still to translate)")
            for source in result.unused[:20]:
                print(f"not used (the questionnaire has no such text now): {source[:80]!r}")
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
