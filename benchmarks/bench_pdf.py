"""PDF submission benchmarks: the bundled questionnaire fully answered, then generated responses of
500 and 2,000 items, to show how the time grows with the size of a response.

    .venv/bin/python benchmarks/bench_pdf.py [--quick]

Targets: a complete response of the bundled questionnaire < 1 s; 2,000 items < 5 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import Result, result, table, time_call  # noqa: E402

WORDS = (
    "the national strategy ministry cooperation critical infrastructure incident response team "
    "framework capacity legislation policy agency coordination regional partners exercise training "
    "vulnerability disclosure supply chain risk assessment sovereignty international law charter"
).split()


WORDS_AR = (
    "الاستراتيجية الوطنية الوزارة التعاون البنية التحتية الحيوية فريق الاستجابة للحوادث الإطار القدرات "
    "التشريعات السياسات الوكالة التنسيق الشركاء الإقليميون التدريب الثغرات سلسلة الإمداد تقييم المخاطر "
    "السيادة القانون الدولي الميثاق"
).split()


def _sentence(rng: random.Random, words: int, vocabulary: tuple[str, ...] | list[str] = WORDS) -> str:
    text = " ".join(rng.choice(vocabulary) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _long_answer(rng: random.Random, vocabulary: tuple[str, ...] | list[str] = WORDS) -> str:
    """Realistic long answer: 1-3 paragraphs of 40-120 words."""
    return "\n".join(
        " ".join(_sentence(rng, rng.randint(10, 25), vocabulary) for _ in range(rng.randint(3, 6)))
        for _ in range(rng.randint(1, 3))
    )


def generated(items: int, *, seed: int = 7, language: str = "en"):
    """A questionnaire of `items` items (texts, choices, scales, groups) and a full set of answers."""
    from survey_app.questionnaire.model import (
        Choice, ChoiceList, Item, ItemType, Part, Questionnaire, Role, Section,
    )
    from survey_app.storage.api import Response, State, Status

    rng = random.Random(seed)
    words = WORDS_AR if language == "ar" else WORDS
    status = ChoiceList("status", tuple(Choice(v, v.replace("_", " ").title()) for v in
                                        ("not_started", "planned", "in_progress", "implemented")), ordered=True)
    kinds = ChoiceList("kinds", tuple(Choice(f"k{i}", f"Kind of measure {i}") for i in range(6)))
    per_section, per_part = 10, 5
    answers = {}
    made: list = []
    for n in range(items):
        kind = n % 5
        item_id = f"i{n}"
        if n == 0:
            item = Item(item_id, ItemType.LONG_TEXT, "Executive summary", role=Role.EXECUTIVE_SUMMARY)
            answers[item_id] = _long_answer(rng, words)
        elif n == 1:
            item = Item(item_id, ItemType.SHORT_TEXT, "Lead ministry", role=Role.LEAD_MINISTRY)
            answers[item_id] = "Ministry of Foreign Affairs"
        elif kind in (0, 1):
            item = Item(item_id, ItemType.LONG_TEXT, _sentence(rng, 14, words).rstrip(".") + "?",
                        source="A/70/174 para 13(g)")
            answers[item_id] = _long_answer(rng, words)
        elif kind == 2:
            item = Item(item_id, ItemType.SCALE, "Implementation status", choice_list=status)
            answers[item_id] = rng.choice(status.values())
        elif kind == 3:
            item = Item(item_id, ItemType.MULTI_CHOICE, "Kinds of measures taken", choice_list=kinds)
            answers[item_id] = {"selected": rng.sample(kinds.values(), 3)}
        else:
            subs = (Item("title", ItemType.SHORT_TEXT, "Title"), Item("year", ItemType.INTEGER, "Year"),
                    Item("link", ItemType.SHORT_TEXT, "Link"))
            item = Item(item_id, ItemType.GROUP, "Documents", items=subs)
            answers[item_id] = [{"title": _sentence(rng, 5), "year": 2015 + r, "link": f"https://example.org/doc/{r}"}
                                for r in range(rng.randint(1, 4))]
        made.append(item)
    sections = [Section(f"s{i}", f"Section {i + 1}: {_sentence(rng, 4)}", tuple(made[i * per_section:(i + 1) * per_section]))
                for i in range((len(made) + per_section - 1) // per_section)]
    parts = tuple(Part(f"p{j}", f"Part {j + 1}", tuple(sections[j * per_part:(j + 1) * per_part]))
                  for j in range((len(sections) + per_part - 1) // per_part))
    questionnaire = Questionnaire("bench", "1", "National Survey of Implementation", "en", ("en",), parts,
                                  {"status": status, "kinds": kinds}, language="en")
    response = Response(1, State("FRA", "France"), 2026, "bench", "1", language, Status.DRAFT, "", "")
    return questionnaire, response, answers


def _bundled():
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.storage.api import Response, State, Status
    from survey_app.storage.demo import generate_answers

    questionnaire = Catalog.load().get("nsi")
    answers = generate_answers(questionnaire, cycle=2026)
    response = Response(1, State("FRA", "France"), 2026, "nsi", questionnaire.version, "en", Status.DRAFT, "", "")
    return questionnaire, response, answers


def _build(questionnaire, response, answers, out: Path) -> None:
    from survey_app.reports.submission import PdfOptions, build_submission_pdf

    build_submission_pdf(questionnaire, response, answers=answers, options=PdfOptions(include_sensitive=True),
                         out=out, json_copy=b"{}")


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def run(quick: bool = False) -> list[Result]:
    from survey_app.reports.fonts import font_set

    font_set()  # font registration is once per process; measured separately below would be noise
    results: list[Result] = []
    repeat = 1 if quick else 5
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bench.pdf"
        questionnaire, response, answers = _bundled()
        samples = time_call(lambda: _build(questionnaire, response, answers, out), repeat=repeat)
        results.append(result("pdf", f"bundled questionnaire, complete ({len(answers)} answers, {_pages(out)} pages)",
                              samples, target=1.0))
        sizes = (50, 100) if quick else (500, 1000, 2000)
        previous = None
        for size in sizes:
            generated_args = generated(size)
            samples = time_call(lambda: _build(*generated_args, out), repeat=1 if quick else 3)
            median = sorted(samples)[len(samples) // 2]
            growth = f"{median / size * 1000:.2f} ms/item"
            if previous is not None:
                growth += f"; x{median / previous[1]:.2f} time for x{size / previous[0]:.0f} items"
            previous = (size, median)
            results.append(result("pdf", f"generated response, {size} items ({_pages(out)} pages)", samples,
                                  target=5.0 if size >= 2000 else None, note=growth))
        size = sizes[0]
        arabic = generated(size, language="ar")
        samples = time_call(lambda: _build(*arabic, out), repeat=1 if quick else 3)
        results.append(result("pdf", f"generated response in Arabic, {size} items ({_pages(out)} pages)", samples,
                              note="right-to-left: reshaping and bidi per line"))
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    print(table(run(quick=parser.parse_args().quick)))
