"""Translations of a questionnaire's texts: `i18n/questionnaires/<id>/<language>.yaml`.

Each entry keeps the default-language text it was translated from (`source`), so a changed
questionnaire text shows its translations as out of date. `translated()` gives the same
questionnaire (same ids, same conditions) with the texts of one language, falling back to the
default language text for anything not translated.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from survey_app import resources
from survey_app.errors import Diagnostic
from survey_app.questionnaire.codes import did_you_mean, error, warning
from survey_app.questionnaire.yamlnodes import NodeReader, read_file, read_yaml_nodes
from survey_app.questionnaire.model import (
    Choice,
    ChoiceList,
    Item,
    Position,
    Questionnaire,
    ValidationRule,
)

_CODES = {"unknown_key": "T002", "missing": "T002", "type": "T002", "duplicate_key": "T002"}
ITEM_FIELDS = ("label", "help", "source", "extract", "guidance")


@dataclass(frozen=True, slots=True)
class SourceText:
    """One translatable text of a questionnaire, in its default language."""

    key: str
    text: str
    position: Position | None


@dataclass(frozen=True, slots=True)
class Entry:
    text: str
    source: str
    position: Position | None


@dataclass(frozen=True, slots=True)
class TranslationFile:
    path: Path
    language: str | None
    questionnaire_id: str | None
    entries: dict[str, Entry]
    diagnostics: list[Diagnostic]


@dataclass(frozen=True, slots=True)
class OutOfDate:
    key: str
    #: the translated text (still shown) and the default-language text it was made from
    text: str
    stored_source: str
    current_source: str
    position: Position | None


@dataclass(slots=True)
class TranslationStatus:
    """How complete and current one language's translation of a questionnaire is."""

    language: str
    path: Path | None
    total: int = 0
    missing: list[SourceText] = field(default_factory=list)
    out_of_date: list[OutOfDate] = field(default_factory=list)
    #: keys naming no text of the questionnaire, with where they are written
    unknown: list[tuple[str, Position | None]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def translated(self) -> int:
        return self.total - len(self.missing)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.out_of_date and not self.unknown


# -- the keys -----------------------------------------------------------------------------------
def _item_texts(prefix: str, item: Item, include_empty: bool) -> Iterator[SourceText]:
    for name in ITEM_FIELDS:
        text = getattr(item, name)
        if text or include_empty:
            yield SourceText(f"{prefix}.{name}", text, item.position)
    for index, rule in enumerate(item.validations):
        yield SourceText(f"{prefix}.validate.{index}", rule.message, rule.condition.position or item.position)
    if item.choice_list is not None and _is_inline(item.choice_list):
        yield from _choice_texts(f"{prefix}.choice", item.choice_list, item.position, include_empty)
    for sub in item.items:
        yield from _item_texts(f"{prefix}.{sub.id}", sub, include_empty)


def _choice_texts(prefix: str, choice_list: ChoiceList, position: Position | None,
                  include_empty: bool) -> Iterator[SourceText]:
    for choice in choice_list.choices:
        yield SourceText(f"{prefix}.{choice.value}", choice.label, position)
        if choice.help or include_empty:
            yield SourceText(f"{prefix}.{choice.value}.help", choice.help, position)


def _is_inline(choice_list: ChoiceList) -> bool:
    return choice_list.id.startswith("item:")


def _texts(questionnaire: Questionnaire, include_empty: bool) -> Iterator[SourceText]:
    q = questionnaire
    where = Position(q.path, 1, 1) if q.path else None
    yield SourceText("questionnaire.title", q.title, where)
    if q.description or include_empty:
        yield SourceText("questionnaire.description", q.description, where)
    for list_id, choice_list in q.choice_lists.items():
        yield from _choice_texts(f"choice.{list_id}", choice_list, where, include_empty)
    for part in q.parts:
        yield SourceText(f"part.{part.id}.title", part.title, part.position)
        if part.intro or include_empty:
            yield SourceText(f"part.{part.id}.intro", part.intro, part.position)
        for section in part.sections:
            yield SourceText(f"section.{section.id}.title", section.title, section.position)
            if section.intro or include_empty:
                yield SourceText(f"section.{section.id}.intro", section.intro, section.position)
            if section.source or include_empty:
                yield SourceText(f"section.{section.id}.source", section.source, section.position)
            for item in section.items:
                yield from _item_texts(f"item.{item.id}", item, include_empty)


def source_texts(questionnaire: Questionnaire) -> dict[str, SourceText]:
    """Every translatable text (key -> default-language text), in questionnaire order."""
    return {text.key: text for text in _texts(questionnaire, include_empty=False)}


# -- files --------------------------------------------------------------------------------------
def translation_dirs(questionnaire: Questionnaire) -> list[Path]:
    """Folders that may hold the translations, most specific first.

    Beside the questionnaire (`<root>/questionnaires/x.yaml` -> `<root>/i18n/questionnaires/<id>`,
    which covers a checkout and the user folder), then the bundled translations.
    """
    dirs: list[Path] = []
    if questionnaire.path:
        dirs.append(Path(questionnaire.path).resolve().parent.parent / "i18n" / "questionnaires" / questionnaire.id)
    try:
        bundled = resources.i18n_dir() / "questionnaires" / questionnaire.id
    except FileNotFoundError:  # pragma: no cover - a broken install
        bundled = None
    if bundled is not None and bundled.resolve() not in [d.resolve() for d in dirs]:
        dirs.append(bundled)
    return dirs


def translation_path(questionnaire: Questionnaire, language: str) -> Path | None:
    for folder in translation_dirs(questionnaire):
        candidate = folder / f"{language}.yaml"
        if candidate.is_file():
            return candidate
    return None


def translation_files(questionnaire: Questionnaire) -> dict[str, Path]:
    """language -> file, for every translation file found (the most specific folder wins)."""
    found: dict[str, Path] = {}
    for folder in translation_dirs(questionnaire):
        if folder.is_dir():
            for path in sorted(folder.glob("*.yaml")):
                found.setdefault(path.stem, path)
    return found


def load_translation_file(path: Path, *, data: bytes | None = None) -> TranslationFile:
    """Read a translation file; structural problems become diagnostics (never raises)."""
    root, diagnostics = read_yaml_nodes(path, code_unreadable="T001", code_syntax="T001", data=data)
    entries: dict[str, Entry] = {}
    if root is None:
        if not diagnostics:
            diagnostics.append(error("T002", "The translation file is empty.", Position(str(path), 1, 1)))
        return TranslationFile(path, None, None, entries, diagnostics)
    read = NodeReader(str(path), diagnostics, _CODES)
    top = read.mapping(root, ("language", "questionnaire", "texts"), ("language", "questionnaire", "texts"),
                       "the translation file")
    if top is None:
        return TranslationFile(path, None, None, entries, diagnostics)
    language = read.text(top["language"][1], "'language'") if "language" in top else None
    if language is not None and language != path.stem:
        read.error("T004", f"The file says language '{language}' but is named {path.name}.", top["language"][1],
                   f"Name the file {language}.yaml or correct 'language'.")
    qid = read.text(top["questionnaire"][1], "'questionnaire'") if "questionnaire" in top else None
    texts = top["texts"][1] if "texts" in top else None
    if texts is not None and isinstance(texts, yaml.MappingNode):
        entry_read = NodeReader(str(path), diagnostics, {**_CODES, "missing": "T006", "type": "T006",
                                                         "unknown_key": "T006"})
        for key_node, value_node in texts.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                read.error("T002", "A key under 'texts' is not text.", key_node)
                continue
            if key in entries:
                read.error("T002", f"The key '{key}' is written twice.", key_node)
                continue
            fields = entry_read.mapping(value_node, ("text", "source"), ("text", "source"), f"the entry '{key}'")
            if fields is None or "text" not in fields or "source" not in fields:
                continue
            text = entry_read.text(fields["text"][1], f"The text of '{key}'", empty_ok=True)
            source = entry_read.text(fields["source"][1], f"The source of '{key}'", empty_ok=True)
            if text is not None and source is not None:
                entries[key] = Entry(text, source, read.pos(key_node))
    elif texts is not None:
        read.error("T002", "'texts' must be a mapping of keys to {text, source}.", texts)
    return TranslationFile(path, language, qid, entries, diagnostics)


#: path -> (digest of the bytes, the file read from them): an unchanged file is not parsed again
_FILE_CACHE: dict[Path, tuple[bytes, TranslationFile]] = {}
_LOCK = threading.Lock()


def _cached_file(path: Path) -> TranslationFile:
    data, problems = read_file(path, code_unreadable="T001")
    if data is None:
        return TranslationFile(path, None, None, {}, problems)
    digest = hashlib.blake2b(data, digest_size=20).digest()
    with _LOCK:
        cached = _FILE_CACHE.get(path)
        if cached is not None and cached[0] == digest:
            return cached[1]
    loaded = load_translation_file(path, data=data)
    with _LOCK:
        _FILE_CACHE[path] = (digest, loaded)
    return loaded


# -- status -------------------------------------------------------------------------------------
def _unknown_reason(key: str, questionnaire: Questionnaire) -> str:
    parts = key.split(".")
    kind, name = parts[0], parts[1] if len(parts) > 1 else ""
    if kind == "item" and name and not questionnaire.has_item(name):
        return f"no item has the id '{name}'"
    if kind == "part" and name and name not in {p.id for p in questionnaire.parts}:
        return f"no part has the id '{name}'"
    if kind == "section" and name and name not in {s.id for _p, s in questionnaire.sections()}:
        return f"no section has the id '{name}'"
    if kind == "choice" and name and name not in questionnaire.choice_lists:
        return f"no choice list has the id '{name}'"
    if kind not in ("questionnaire", "part", "section", "item", "choice"):
        return f"keys start with questionnaire., part., section., item. or choice., not '{kind}.'"
    return "the questionnaire has no such text"


def translation_status(questionnaire: Questionnaire, language: str, *, path: Path | None = None) -> TranslationStatus:
    """Missing, out-of-date and unknown keys of `language` (all also as diagnostics)."""
    sources = source_texts(questionnaire)
    path = path or translation_path(questionnaire, language)
    status = TranslationStatus(language, path, total=len(sources))
    if language == questionnaire.default_language:
        return status
    if path is None:
        status.missing = list(sources.values())
        status.diagnostics.append(warning("T103", f"There is no {language} translation of '{questionnaire.id}'.",
                                          Position(questionnaire.path, 1, 1) if questionnaire.path else None,
                                          f"Create i18n/questionnaires/{questionnaire.id}/{language}.yaml."))
        return status
    loaded = _cached_file(path)
    status.diagnostics.extend(loaded.diagnostics)
    first = Position(str(path), 1, 1)
    if loaded.questionnaire_id is not None and loaded.questionnaire_id != questionnaire.id:
        status.diagnostics.append(error("T005", f"The file is for questionnaire '{loaded.questionnaire_id}', "
                                                f"not '{questionnaire.id}'.", first))
    if language not in questionnaire.languages:
        status.diagnostics.append(error("T004", f"'{language}' is not one of the languages of '{questionnaire.id}' "
                                                f"({', '.join(questionnaire.languages)}).", first,
                                        "Add it to 'languages' of the questionnaire or remove the file."))
    possible: set[str] | None = None
    for key, entry in loaded.entries.items():
        source = sources.get(key)
        if source is None:
            if possible is None:
                possible = {t.key for t in _texts(questionnaire, include_empty=True)}
            if key in possible:
                status.diagnostics.append(warning("T104", f"'{key}' translates a text that is empty in the "
                                                          "default language.", entry.position))
            else:
                status.unknown.append((key, entry.position))
                status.diagnostics.append(error("T003", f"Unknown key '{key}': {_unknown_reason(key, questionnaire)}."
                                                        f"{did_you_mean(key, sources)}", entry.position))
        elif not entry.text.strip():
            continue
        elif entry.source != source.text:
            status.out_of_date.append(OutOfDate(key, entry.text, entry.source, source.text, entry.position))
            status.diagnostics.append(warning("T102", f"The translation of '{key}' is out of date: the text is now "
                                                      f"{_short(source.text)!r}.", entry.position,
                                              "Update the translation, then set 'source' to the new text."))
    for key, source in sources.items():
        entry = loaded.entries.get(key)
        if entry is None or not entry.text.strip():
            status.missing.append(source)
            status.diagnostics.append(warning("T101", f"No {language} translation for '{key}'.",
                                              entry.position if entry else source.position))
    return status


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_translations(questionnaire: Questionnaire) -> list[Diagnostic]:
    """Diagnostics of every translation of `questionnaire` (files for every language found or listed)."""
    found = translation_files(questionnaire)
    diagnostics: list[Diagnostic] = []
    for language in dict.fromkeys([*questionnaire.languages, *found]):
        if language == questionnaire.default_language:
            continue
        diagnostics.extend(translation_status(questionnaire, language, path=found.get(language)).diagnostics)
    return diagnostics


# -- translating --------------------------------------------------------------------------------
_TRANSLATED: dict[tuple[int, str], tuple[Questionnaire, TranslationFile | None, Questionnaire]] = {}


def translated(questionnaire: Questionnaire, language: str) -> Questionnaire:
    """The questionnaire with the texts of `language` (default-language text where missing)."""
    if language == questionnaire.default_language or not language:
        return questionnaire if questionnaire.language == questionnaire.default_language else \
            replace(questionnaire, language=questionnaire.default_language)
    path = translation_path(questionnaire, language)
    loaded = _cached_file(path) if path is not None else None
    cache_key = (id(questionnaire), language)
    with _LOCK:
        cached = _TRANSLATED.get(cache_key)
    if cached is not None and cached[0] is questionnaire and cached[1] is loaded:
        return cached[2]
    entries = loaded.entries if loaded is not None else {}
    texts = {key: entry.text for key, entry in entries.items() if entry.text.strip()}
    result = _apply(questionnaire, texts, language)
    with _LOCK:
        _TRANSLATED[cache_key] = (questionnaire, loaded, result)
    return result


def _apply(q: Questionnaire, texts: dict[str, str], language: str) -> Questionnaire:
    def text(key: str, default: str) -> str:
        return texts.get(key, default) if default else default

    lists = {list_id: _apply_list(f"choice.{list_id}", cl, texts) for list_id, cl in q.choice_lists.items()}
    parts = []
    for part in q.parts:
        sections = []
        for section in part.sections:
            items = tuple(_apply_item(f"item.{item.id}", item, texts, lists) for item in section.items)
            sections.append(replace(section, items=items, title=text(f"section.{section.id}.title", section.title),
                                    intro=text(f"section.{section.id}.intro", section.intro),
                                    source=text(f"section.{section.id}.source", section.source)))
        parts.append(replace(part, sections=tuple(sections), title=text(f"part.{part.id}.title", part.title),
                             intro=text(f"part.{part.id}.intro", part.intro)))
    return replace(q, parts=tuple(parts), choice_lists=lists, language=language,
                   title=text("questionnaire.title", q.title),
                   description=text("questionnaire.description", q.description))


def _apply_list(prefix: str, choice_list: ChoiceList, texts: dict[str, str]) -> ChoiceList:
    choices = tuple(
        Choice(c.value, texts.get(f"{prefix}.{c.value}", c.label),
               texts.get(f"{prefix}.{c.value}.help", c.help) if c.help else c.help)
        for c in choice_list.choices
    )
    return replace(choice_list, choices=choices)


def _apply_item(prefix: str, item: Item, texts: dict[str, str], lists: dict[str, ChoiceList]) -> Item:
    changes: dict[str, object] = {}
    for name in ITEM_FIELDS:
        value = getattr(item, name)
        if value and f"{prefix}.{name}" in texts:
            changes[name] = texts[f"{prefix}.{name}"]
    if item.validations:
        changes["validations"] = tuple(
            ValidationRule(rule.condition, texts.get(f"{prefix}.validate.{n}", rule.message))
            for n, rule in enumerate(item.validations)
        )
    if item.choice_list is not None:
        changes["choice_list"] = (_apply_list(f"{prefix}.choice", item.choice_list, texts)
                                  if _is_inline(item.choice_list) else lists.get(item.choice_list.id, item.choice_list))
    if item.items:
        changes["items"] = tuple(_apply_item(f"{prefix}.{sub.id}", sub, texts, lists) for sub in item.items)
    return replace(item, **changes) if changes else item


# -- generating files ---------------------------------------------------------------------------
def translation_document(questionnaire: Questionnaire, language: str, existing: TranslationFile | None = None) -> str:
    """YAML text of a translation file holding every key: existing entries kept as they are (so
    out-of-date ones stay visible), new keys added with an empty text and the current source."""
    texts: dict[str, dict[str, str]] = {}
    old = existing.entries if existing is not None else {}
    for key, source in source_texts(questionnaire).items():
        entry = old.get(key)
        texts[key] = {"text": entry.text, "source": entry.source} if entry else {"text": "", "source": source.text}
    document = {"language": language, "questionnaire": questionnaire.id, "texts": texts}
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)
