"""`survey-app i18n-status`: how complete the translations are, per language.

For each of the six UN languages: the interface strings (Qt catalogues), the core strings (PDF
labels, messages; gettext catalogues) and the texts of every bundled questionnaire that lists the
language. Missing, unfinished, fuzzy, obsolete and out-of-date (source changed) texts are counted;
`--verbose` lists them. Exits 1 when anything bundled is incomplete.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from survey_app import resources
from survey_app.i18n import catalogues
from survey_app.i18n.catalogues import CatalogueStatus, Problem
from survey_app.i18n.languages import DEFAULT_LANGUAGE, ENGLISH_NAMES, LANGUAGE_CODES

EXIT_COMPLETE = 0
EXIT_INCOMPLETE = 1


@dataclass(slots=True)
class QuestionnaireReport:
    """One bundled questionnaire in one language (or a file that did not load: `error`)."""

    name: str
    language: str
    total: int = 0
    problems: list[Problem] = field(default_factory=list)
    error: str = ""

    @property
    def complete(self) -> bool:
        return not self.problems and not self.error


def questionnaire_reports(languages: Iterable[str]) -> list[QuestionnaireReport]:
    """translation_status of each bundled questionnaire for each of its languages among `languages`."""
    from survey_app.questionnaire.loader import load
    from survey_app.questionnaire.translations import translation_status

    wanted = list(languages)
    reports: list[QuestionnaireReport] = []
    for path in sorted(Path(resources.questionnaires_dir()).glob("*.yaml")):
        result = load(path)
        questionnaire = result.questionnaire
        if questionnaire is None:
            reports.append(QuestionnaireReport(path.name, "*", error=f"{path.name} does not load; run "
                                                                     f"`survey-app validate {path}`"))
            continue
        name = f"{questionnaire.id} {questionnaire.version}"
        for language in wanted:
            if language == questionnaire.default_language or language not in questionnaire.languages:
                continue
            status = translation_status(questionnaire, language)
            report = QuestionnaireReport(name, language, total=status.total)
            report.problems += [Problem("missing", text.text, text.key) for text in status.missing]
            report.problems += [Problem("source changed", entry.current_source, entry.key)
                                for entry in status.out_of_date]
            report.problems += [Problem("unknown key", key) for key, _position in status.unknown]
            reports.append(report)
    return reports


def _summary(total: int, problems: list[Problem]) -> str:
    if not problems:
        return f"{total}/{total} complete"
    counts: dict[str, int] = {}
    for problem in problems:
        counts[problem.kind] = counts.get(problem.kind, 0) + 1
    details = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    return f"{details} (of {total})"


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _print_problems(problems: list[Problem], out: TextIO) -> None:
    for problem in problems:
        where = f"[{problem.context}] " if problem.context else ""
        print(f"      {problem.kind}: {where}{_short(problem.text)}", file=out)


def report(languages: list[str], *, verbose: bool, parts: set[str], out: TextIO) -> bool:
    """Print the status of `languages`; True when everything shown is complete."""
    complete = True
    current_qt = catalogues.qt_source_texts() if "interface" in parts else None
    template = catalogues.core_template() if "core" in parts else None
    questionnaires = questionnaire_reports(languages) if "questionnaires" in parts else []
    for report_ in questionnaires:
        if report_.error:
            complete = False
            print(f"error: {report_.error}", file=out)
    for language in languages:
        print(f"{language} ({ENGLISH_NAMES[language]})", file=out)
        statuses: list[CatalogueStatus] = []
        if "interface" in parts:
            statuses.append(catalogues.qt_status(language, current=current_qt))
        if "core" in parts:
            statuses.append(catalogues.core_status(language, template=template))
        for status in statuses:
            complete = complete and status.complete
            label = "interface" if status.kind == "interface" else "core"
            note = " (source language: plural forms only)" if language == DEFAULT_LANGUAGE and label == "interface" else ""
            print(f"  {label:<22} {_summary(status.total, status.problems)}{note}", file=out)
            if verbose:
                _print_problems(status.problems, out)
        for item in (r for r in questionnaires if r.language == language):
            complete = complete and item.complete
            print(f"  {item.name:<22} {_summary(item.total, item.problems)}", file=out)
            if verbose:
                _print_problems(item.problems, out)
    return complete


def run(args: argparse.Namespace) -> int:
    languages = [args.language] if args.language else list(LANGUAGE_CODES)
    parts = set(args.only) if args.only else {"interface", "core", "questionnaires"}
    complete = report(languages, verbose=args.verbose, parts=parts, out=sys.stdout)
    if not complete:
        print("Some translations are incomplete (see above). Interface and core strings: "
              "python scripts/i18n.py; questionnaire texts: python scripts/translate_questionnaire.py "
              "(docs/translating.md).", file=sys.stderr)
    return EXIT_COMPLETE if complete else EXIT_INCOMPLETE


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "i18n-status",
        help="show how complete the translations are",
        description="Count, per language, the interface, core and questionnaire texts that are missing "
                    "or out of date. Exits 1 when any is incomplete.",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every missing or out-of-date text")
    parser.add_argument("--language", choices=LANGUAGE_CODES, help="only this language")
    parser.add_argument("--only", action="append", choices=["interface", "core", "questionnaires"],
                        help="only these catalogues (repeatable)")
    parser.set_defaults(run=run)
