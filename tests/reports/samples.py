"""A small questionnaire and answers written inline, in each of the six UN languages.

Used by the report tests and by `python -m tests.reports.samples OUT_DIR` (renders the screenshots
in docs/screenshots/pdf-*.png).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from survey_app.questionnaire.model import (
    Choice,
    ChoiceList,
    Item,
    ItemType,
    Part,
    Questionnaire,
    Role,
    Section,
)
from survey_app.storage.api import Response, State, Status

#: per language: texts of the questionnaire (labels) and of the answers
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "National Survey of Implementation",
        "part1": "Part I. International law",
        "part2": "Part II. Norms of responsible State behaviour",
        "sec1": "A. Application of international law",
        "sec2": "B. Norm 13(g): protection of critical infrastructure",
        "summary": "Executive summary",
        "lead": "Lead ministry",
        "position": "Describe your State's national position on how international law applies to the use of ICTs.",
        "status": "Implementation status",
        "measures": "Kinds of measures taken",
        "docs": "Documents",
        "doc_title": "Title",
        "doc_year": "Year",
        "contact": "Point of contact (e-mail)",
        "implemented": "Implemented",
        "planned": "Planned",
        "legislation": "Legislation or regulation",
        "policy": "Policy or strategy",
        "a_summary": "The Government adopted its second national cybersecurity strategy in 2024.\n"
        "It designates eleven critical infrastructure sectors and a national CERT.",
        "a_lead": "Ministry of Foreign Affairs",
        "a_position": "International law, and in particular the Charter of the United Nations, applies in "
        "its entirety to State conduct in cyberspace. Sovereignty, non-intervention and due diligence "
        "guide our policy; the office of the legal adviser published a fine, flowing position in 2023.",
        "a_doc": "National Cybersecurity Strategy 2024-2028",
        "a_contact": "poc@mfa.example.org",
        "sensitive_secret": "poc@mfa.example.org",
    },
    "fr": {
        "title": "Enquête nationale sur la mise en œuvre",
        "part1": "Partie I. Droit international",
        "part2": "Partie II. Normes de comportement responsable des États",
        "sec1": "A. Application du droit international",
        "sec2": "B. Norme 13 g) : protection des infrastructures critiques",
        "summary": "Résumé analytique",
        "lead": "Ministère chef de file",
        "position": "Décrivez la position nationale de votre État sur l'application du droit international.",
        "status": "État de la mise en œuvre",
        "measures": "Types de mesures prises",
        "docs": "Documents",
        "doc_title": "Titre",
        "doc_year": "Année",
        "contact": "Point de contact (courriel)",
        "implemented": "Mise en œuvre",
        "planned": "Prévue",
        "legislation": "Législation ou réglementation",
        "policy": "Politique ou stratégie",
        "a_summary": "Le Gouvernement a adopté sa deuxième stratégie nationale de cybersécurité en 2024.\n"
        "Elle désigne onze secteurs d'infrastructures critiques et un CERT national.",
        "a_lead": "Ministère de l'Europe et des Affaires étrangères",
        "a_position": "Le droit international, et en particulier la Charte des Nations Unies, s'applique "
        "dans son intégralité au comportement des États dans le cyberespace. « Souveraineté », "
        "non-intervention et diligence requise guident notre politique.",
        "a_doc": "Stratégie nationale de cybersécurité 2024-2028",
        "a_contact": "pdc@diplomatie.example.fr",
        "sensitive_secret": "pdc@diplomatie.example.fr",
    },
    "es": {
        "title": "Encuesta Nacional de Aplicación",
        "part1": "Parte I. Derecho internacional",
        "part2": "Parte II. Normas de comportamiento responsable de los Estados",
        "sec1": "A. Aplicación del derecho internacional",
        "sec2": "B. Norma 13 g): protección de la infraestructura crítica",
        "summary": "Resumen ejecutivo",
        "lead": "Ministerio principal",
        "position": "Describa la posición nacional de su Estado sobre la aplicación del derecho internacional.",
        "status": "Estado de aplicación",
        "measures": "Tipos de medidas adoptadas",
        "docs": "Documentos",
        "doc_title": "Título",
        "doc_year": "Año",
        "contact": "Punto de contacto (correo electrónico)",
        "implemented": "Aplicada",
        "planned": "Prevista",
        "legislation": "Legislación o reglamentación",
        "policy": "Política o estrategia",
        "a_summary": "El Gobierno aprobó su segunda estrategia nacional de ciberseguridad en 2024.\n"
        "Designa once sectores de infraestructura crítica y un CERT nacional.",
        "a_lead": "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación",
        "a_position": "El derecho internacional, y en particular la Carta de las Naciones Unidas, se aplica "
        "íntegramente a la conducta de los Estados en el ciberespacio. ¿Soberanía? Sí: también la "
        "no intervención y la diligencia debida orientan nuestra política.",
        "a_doc": "Estrategia Nacional de Ciberseguridad 2024-2028",
        "a_contact": "pdc@exteriores.example.es",
        "sensitive_secret": "pdc@exteriores.example.es",
    },
    "ru": {
        "title": "Национальное обследование хода осуществления",
        "part1": "Часть I. Международное право",
        "part2": "Часть II. Нормы ответственного поведения государств",
        "sec1": "A. Применение международного права",
        "sec2": "B. Норма 13(g): защита критически важной инфраструктуры",
        "summary": "Резюме",
        "lead": "Ведущее министерство",
        "position": "Опишите национальную позицию вашего государства о применении международного права.",
        "status": "Состояние осуществления",
        "measures": "Виды принятых мер",
        "docs": "Документы",
        "doc_title": "Название",
        "doc_year": "Год",
        "contact": "Контактное лицо (электронная почта)",
        "implemented": "Осуществлено",
        "planned": "Запланировано",
        "legislation": "Законодательство или регулирование",
        "policy": "Политика или стратегия",
        "a_summary": "Правительство приняло вторую национальную стратегию кибербезопасности в 2024 году.\n"
        "В ней определены одиннадцать секторов критически важной инфраструктуры.",
        "a_lead": "Министерство иностранных дел",
        "a_position": "Международное право, и в частности Устав Организации Объединённых Наций, "
        "применяется в полном объёме к поведению государств в киберпространстве. Суверенитет, "
        "невмешательство и должная осмотрительность определяют нашу политику.",
        "a_doc": "Национальная стратегия кибербезопасности 2024–2028",
        "a_contact": "kontakt@mid.example.ru",
        "sensitive_secret": "kontakt@mid.example.ru",
    },
    "zh": {
        "title": "国家执行情况调查",
        "part1": "第一部分 国际法",
        "part2": "第二部分 国家负责任行为规范",
        "sec1": "A. 国际法的适用",
        "sec2": "B. 规范13(g)：保护关键基础设施",
        "summary": "内容提要",
        "lead": "牵头部委",
        "position": "请说明贵国关于国际法如何适用于信息和通信技术使用的国家立场。",
        "status": "执行情况",
        "measures": "所采取措施的类型",
        "docs": "文件",
        "doc_title": "标题",
        "doc_year": "年份",
        "contact": "联络人（电子邮件）",
        "implemented": "已执行",
        "planned": "已计划",
        "legislation": "立法或法规",
        "policy": "政策或战略",
        "a_summary": "政府于2024年通过了第二个国家网络安全战略。\n该战略确定了十一个关键基础设施部门和一个国家计算机应急小组。",
        "a_lead": "外交部",
        "a_position": "国际法，特别是《联合国宪章》，完全适用于国家在网络空间的行为。主权、不干涉和尽职调查原则指导我国的政策；"
        "我国于2023年发表了国家立场文件，其中阐述了和平解决争端的原则以及国家责任的适用问题。",
        "a_doc": "国家网络安全战略（2024—2028年）",
        "a_contact": "lianluo@mfa.example.cn",
        "sensitive_secret": "lianluo@mfa.example.cn",
    },
    "ar": {
        "title": "الدراسة الاستقصائية الوطنية للتنفيذ",
        "part1": "الجزء الأول. القانون الدولي",
        "part2": "الجزء الثاني. قواعد السلوك المسؤول للدول",
        "sec1": "ألف. تطبيق القانون الدولي",
        "sec2": "باء. القاعدة 13 (ز): حماية البنية التحتية الحيوية",
        "summary": "الملخص التنفيذي",
        "lead": "الوزارة الرائدة",
        "position": "يرجى وصف الموقف الوطني لدولتكم بشأن انطباق القانون الدولي على استخدام تكنولوجيا المعلومات والاتصالات.",
        "status": "حالة التنفيذ",
        "measures": "أنواع التدابير المتخذة",
        "docs": "الوثائق",
        "doc_title": "العنوان",
        "doc_year": "السنة",
        "contact": "جهة الاتصال (البريد الإلكتروني)",
        "implemented": "تم التنفيذ",
        "planned": "مخطط له",
        "legislation": "التشريعات أو اللوائح",
        "policy": "السياسات أو الاستراتيجيات",
        "a_summary": "اعتمدت الحكومة استراتيجيتها الوطنية الثانية للأمن السيبراني في عام 2024.\n"
        "وهي تحدد أحد عشر قطاعا من قطاعات البنية التحتية الحيوية وفريقا وطنيا للاستجابة للطوارئ الحاسوبية (CERT).",
        "a_lead": "وزارة الخارجية",
        "a_position": "ينطبق القانون الدولي، ولا سيما ميثاق الأمم المتحدة، بكامله على سلوك الدول في الفضاء "
        "السيبراني. وتسترشد سياستنا بمبادئ السيادة وعدم التدخل والعناية الواجبة، وقد نشرنا موقفنا "
        "الوطني في عام 2023 بعد مشاورات واسعة مع الوزارات المعنية والمجتمع المدني والقطاع الخاص.",
        "a_doc": "الاستراتيجية الوطنية للأمن السيبراني 2024-2028",
        "a_contact": "contact@mofa.example.ae",
        "sensitive_secret": "contact@mofa.example.ae",
    },
}

STATES = {
    "en": State("GBR", "United Kingdom of Great Britain and Northern Ireland"),
    "fr": State("FRA", "France"),
    "es": State("ESP", "España"),
    "ru": State("RUS", "Российская Федерация"),
    "zh": State("CHN", "中国"),
    "ar": State("ARE", "الإمارات العربية المتحدة"),
}


def questionnaire(language: str = "en") -> Questionnaire:
    t = TEXTS[language]
    status = ChoiceList(
        "impl_status", (Choice("planned", t["planned"]), Choice("implemented", t["implemented"])), ordered=True
    )
    kinds = ChoiceList("measure_kinds", (Choice("legislation", t["legislation"]), Choice("policy", t["policy"])))
    about = Section(
        "about",
        t["summary"],
        (
            Item("lead_ministry", ItemType.SHORT_TEXT, t["lead"], role=Role.LEAD_MINISTRY),
            Item("executive_summary", ItemType.LONG_TEXT, t["summary"], role=Role.EXECUTIVE_SUMMARY),
            Item("contact_email", ItemType.SHORT_TEXT, t["contact"], sensitive=True),
        ),
    )
    law = Section(
        "law",
        t["sec1"],
        (
            Item(
                "il_position",
                ItemType.LONG_TEXT,
                t["position"],
                source="A/76/135 para 69",
                guidance="A/70/174 para 24",
            ),
        ),
    )
    norm = Section(
        "norm_g",
        t["sec2"],
        (
            Item("g_status", ItemType.SCALE, t["status"], choice_list=status, role=Role.NORM_STATUS, norm="13(g)",
                 source="A/70/174 para 13(g)"),
            Item("g_measures", ItemType.MULTI_CHOICE, t["measures"], choice_list=kinds),
            Item(
                "g_documents",
                ItemType.GROUP,
                t["docs"],
                items=(
                    Item("doc_title", ItemType.SHORT_TEXT, t["doc_title"]),
                    Item("doc_year", ItemType.INTEGER, t["doc_year"]),
                ),
            ),
            Item("g_unanswered", ItemType.LONG_TEXT, t["position"] + " (2)"),
        ),
        norm="13(g)",
    )
    return Questionnaire(
        id="nsi-test",
        version="2026.1",
        title=t["title"],
        default_language=language,
        languages=(language,),
        parts=(
            Part("part1", t["part1"], (about, law)),
            Part("part2", t["part2"], (norm,)),
        ),
        choice_lists={"impl_status": status, "measure_kinds": kinds},
        language=language,
    )


def answers(language: str = "en") -> dict[str, Any]:
    t = TEXTS[language]
    return {
        "lead_ministry": t["a_lead"],
        "executive_summary": t["a_summary"],
        "contact_email": t["a_contact"],
        "il_position": t["a_position"],
        "g_status": "implemented",
        "g_measures": {"selected": ["legislation", "policy"]},
        "g_documents": [{"doc_title": t["a_doc"], "doc_year": 2024}, {"doc_title": t["a_doc"] + " (2)", "doc_year": 2025}],
    }


def response(language: str = "en", *, status: Status = Status.FINAL) -> Response:
    return Response(
        id=1,
        state=STATES[language],
        cycle=2026,
        questionnaire_id="nsi-test",
        questionnaire_version="2026.1",
        language=language,
        status=status,
        created_at="2026-01-05T10:00:00",
        updated_at="2026-03-01T10:00:00",
    )


def render(language: str, out: Path, *, status: Status = Status.DRAFT, long_answer: bool = True) -> Path:
    """A sample submission PDF (for screenshots): the sample answers plus a long one."""
    from survey_app.reports.submission import PdfOptions, build_submission_pdf

    values = answers(language)
    if long_answer:
        values["g_unanswered"] = "\n\n".join([TEXTS[language]["a_position"]] * 6)
    return build_submission_pdf(
        questionnaire(language),
        response(language, status=status),
        answers=values,
        options=PdfOptions(issue_date=dt.date(2026, 3, 15), include_sensitive=True),
        out=out,
        json_copy=b'{"format": "survey-app/answers"}',
    )


def render_bundled(out: Path, *, language: str = "en") -> Path:
    """The bundled questionnaire with the demonstration answers (a complete draft)."""
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.reports.submission import PdfOptions, build_submission_pdf
    from survey_app.storage.demo import generate_answers

    bundled = Catalog.load().get("nsi")
    demo = Response(1, State(None, "Republic of Examplia"), 2026, "nsi", bundled.version, language, Status.DRAFT, "", "")
    return build_submission_pdf(
        bundled, demo, answers=generate_answers(bundled, cycle=2026), out=out, json_copy=b"{}",
        options=PdfOptions(issue_date=dt.date(2026, 3, 15)),
    )


def screenshots(folder: Path) -> list[Path]:
    """docs/screenshots/pdf-en-*.png (bundled questionnaire) and pdf-ar-*.png (Arabic sample)."""
    import subprocess
    import tempfile

    made: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        english = render_bundled(Path(tmp) / "en.pdf")
        arabic = render(language="ar", out=Path(tmp) / "ar.pdf")
        for code, pdf, pages in (("en", english, (1, 3, 5, 10)), ("ar", arabic, (1, 3, 4, 5))):
            for page in pages:
                target = folder / f"pdf-{code}-{page}"
                subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", str(page), "-l", str(page),
                                str(pdf), str(target)], check=True)
                made.append(target.with_suffix(".png"))
    return made


if __name__ == "__main__":  # python -m tests.reports.samples [--screenshots] OUT_DIR
    arguments = [a for a in sys.argv[1:] if a != "--screenshots"]
    folder = Path(arguments[0] if arguments else ".")
    if "--screenshots" in sys.argv:
        for path in screenshots(folder):
            print(path)
    else:
        for code in ("en", "ar", "zh"):
            print(render(code, folder / f"sample-{code}.pdf"))
