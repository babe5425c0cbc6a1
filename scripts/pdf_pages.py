#!/usr/bin/env python3
"""Page images of an NSI submission written in Arabic or Chinese, for docs/screenshots/.

    python scripts/pdf_pages.py [--out docs/screenshots] [ar zh ...]

For each language: a new database in a temporary folder, a response in that language with answers
typed in it (a few items of About, Part I and norm 13(a)), the PDF exported with unanswered items
left out, then pdftoppm renders the cover and the page of norm 13(a) as nsi-<lang>-cover.png and
nsi-<lang>-norm.png. Needs poppler-utils.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from survey_app.questionnaire.loader import load  # noqa: E402
from survey_app.questionnaire.translations import translated  # noqa: E402
from survey_app.resources import questionnaires_dir  # noqa: E402
STATES = {"ar": "ARE", "zh": "CHN", "fr": "FRA", "ru": "RUS", "es": "ESP", "en": "GBR"}
ANSWERS: dict[str, dict[str, object]] = {
    "ar": {
        "lead_ministry": "وزارة الخارجية والتعاون الدولي",
        "contributing_agencies": "وزارة الداخلية؛ وزارة العدل؛ الفريق الوطني للتصدي لطوارئ الحاسوب؛ هيئة تنظيم الاتصالات.",
        "exec_summary": "اعتمدت الدولة في عام 2024 استراتيجية وطنية للأمن السيبراني تستند إلى قواعد السلوك المسؤول "
                        "للدول. وأُنشئ فريق وطني للتصدي لطوارئ الحاسوب يعمل على مدار الساعة، وتتعاون الدولة مع "
                        "شركائها الإقليميين في تبادل المعلومات عن الحوادث.\nوتبقى الحاجة قائمة إلى بناء القدرات في "
                        "مجال حماية الهياكل الأساسية الحيوية.",
        "il_position": "published",
        "n13a_status": "in_progress",
        "n13a_strategy": True,
        "n13a_strategy_date": "2024-03-15",
        "n13a_measures": {"selected": ["policy", "institutions", "cooperation"]},
        "n13a_description": "تشارك الدولة في مجموعة عمل إقليمية لتبادل المعلومات عن التهديدات، ووقّعت مذكرة تفاهم "
                            "مع ثلاث دول مجاورة بشأن التعاون في التصدي للحوادث (قانون رقم 12 لسنة 2023).",
        "n13a_documents": [{"title": "الاستراتيجية الوطنية للأمن السيبراني 2024–2028", "year": 2024}],
    },
    "zh": {
        "lead_ministry": "外交部",
        "contributing_agencies": "公安部；司法部；国家计算机应急小组；工业和信息化部。",
        "exec_summary": "本国于2024年通过了以负责任国家行为规范为基础的国家网络安全战略，并设立了全天候运作的"
                        "国家计算机应急小组。本国与区域伙伴开展事件信息交流合作。\n在关键基础设施保护领域仍需"
                        "开展能力建设。",
        "il_position": "published",
        "n13a_status": "in_progress",
        "n13a_strategy": True,
        "n13a_strategy_date": "2024-03-15",
        "n13a_measures": {"selected": ["policy", "institutions", "cooperation"]},
        "n13a_description": "本国参加区域威胁信息共享工作组，并与三个邻国签署了关于事件应对合作的谅解备忘录"
                            "（2023年第12号法律）。",
        "n13a_documents": [{"title": "国家网络安全战略（2024—2028年）", "year": 2024}],
    },
}


def letters(text: str) -> str:
    """Letters only (Arabic presentation forms as letters): survives bidi reordering and line breaks."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalpha())


def run(*args: str, env: dict[str, str]) -> str:
    return subprocess.run([sys.executable, "-m", "survey_app.cli", *args], check=True, capture_output=True,
                          text=True, env=env).stdout


def pages(language: str, out: Path) -> list[Path]:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "SURVEY_APP_HOME": home}
        response = run("new", "--state", STATES[language], "--cycle", "2026", "--language", language, env=env).strip()
        exported = Path(home) / "answers.json"
        run("export", "--response", response, "--format", "json", "--out", str(exported), env=env)
        data = json.loads(exported.read_text(encoding="utf-8"))
        data["answers"] = ANSWERS[language]
        exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        run("import-answers", "--response", response, str(exported), env=env)
        pdf = Path(home) / f"nsi-{language}.pdf"
        run("export", "--response", response, "--format", "pdf", "--omit-unanswered", "--out", str(pdf), env=env)
        count = int(next(line.split()[-1] for line in subprocess.run(
            ["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()
            if line.startswith("Pages:")))
        label = letters(translated(load(questionnaires_dir() / "nsi.yaml").questionnaire, language)
                        .item("n13a_description").label)
        norm_page = next(page for page in range(2, count + 1) if label in letters(subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], check=True, capture_output=True,
            text=True).stdout))
        written = []
        for name, page in (("cover", 1), ("norm", norm_page)):
            target = out / f"nsi-{language}-{name}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", str(page), "-l", str(page),
                            str(pdf), str(target)], check=True)
            written.append(target.with_suffix(".png"))
        return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", metavar="LANG", help="ar and/or zh (default: both)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.languages or sorted(ANSWERS):
        if language not in ANSWERS:
            parser.error(f"no sample answers in {language!r}: choose from {sorted(ANSWERS)}")
        for path in pages(language, args.out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
