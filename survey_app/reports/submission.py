"""The PDF submission: a response as the document a State sends for the Secretary-General's report.

`build_submission_pdf` is pure (questionnaire, response metadata, answers -> PDF file);
`export_response_pdf` reads a response from the Store and embeds its JSON export.

Contents: cover (State, title, cycle, version, "Original: <language>", date of issue, lead
ministry, protective marking), executive summary, table of contents, every part and section in
order (question, source, guidance, answer), the annex of personal data when asked for, and the
fingerprint (SHA-256) of the attached machine-readable copy. Every page has a header and footer
with the State, the cycle and "Page X of Y"; drafts carry a DRAFT watermark on every page.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from survey_app import __version__, errors
from survey_app.errors import SurveyError
from survey_app.i18n.core import translator
from survey_app.i18n.languages import ENGLISH_NAMES, UN_LANGUAGES, is_rtl
from survey_app.questionnaire.model import Item, Questionnaire, Role
from survey_app.reports import attachment
from survey_app.reports.answers import AnswerFormatter
from survey_app.reports.fonts import font_set
from survey_app.reports.layout import (
    Bookkeeping,
    ContentsEntry,
    Heading,
    ReportDocTemplate,
    frame_width,
    numbered_canvas,
)
from survey_app.reports.styles import make_styles
from survey_app.reports.text import TextLayout, clean
from survey_app.storage.api import Response, Status

if TYPE_CHECKING:
    from survey_app.questionnaire.catalog import Catalog
    from survey_app.storage.store import Store

errors.register(
    "P002",
    "The PDF cannot be written",
    "Choose another folder (one you can write to, with free space), or close the PDF if another "
    "program has it open, then export again.",
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PdfOptions:
    #: language of the document's fixed wording and of the questionnaire texts; None = the response's
    language: str | None = None
    include_sensitive: bool = False
    omit_unanswered: bool = False
    #: printed as the date of issue; None = today
    issue_date: dt.date | None = None
    #: "A4" or "letter"
    page_size: str = "A4"
    #: e.g. "RESTRICTED"; empty = the answer of the protective-marking item, if any
    protective_marking: str = ""


@dataclass
class _Plan:
    """What goes where: body sections with their items, the annex, role items."""

    summary: Item | None = None
    lead_ministry: Item | None = None
    marking_item: Item | None = None
    annex: list[Item] = field(default_factory=list)


def build_submission_pdf(
    questionnaire: Questionnaire,
    response: Response,
    *,
    answers: Mapping[str, Any],
    options: PdfOptions,
    out: Path,
    json_copy: bytes | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the submission PDF of `response` to `out` and return `out`.

    `questionnaire` is already in the document's language; `answers` maps item ids to stored
    values; `json_copy` (the exchange JSON) is attached with its SHA-256 when given.
    """
    language = options.language or response.language
    fonts = font_set()
    layout = TextLayout(fonts)
    rtl = is_rtl(language)
    direction = "R" if rtl else "L"
    _ = translator(language)
    styles = make_styles(fonts.base, rtl=rtl)
    formatter = AnswerFormatter(
        layout,
        styles,
        language=language,
        direction=direction,
        width=frame_width(options.page_size),
        include_sensitive=options.include_sensitive,
    )
    book = Bookkeeping()
    plan = _plan(questionnaire, options)
    digest = attachment.sha256(json_copy) if json_copy is not None else ""

    def para(text: object, style, *, bold: bool = False) -> list[Flowable]:
        return layout.paragraphs(text, style, bold=bold, direction=direction)

    def heading(text: str, style, *, key: str, level: int) -> Heading:
        title = _one_line(text, HEADING_CHARS)
        inner = layout.paragraph(title or " ", style, bold=True, direction=direction)
        return Heading(inner, key=key, title=_one_line(text, 200) or " ", level=level, book=book)

    def answer_of(item: Item) -> Any:
        return answers.get(item.id)

    marking = clean(options.protective_marking).strip()
    if not marking and plan.marking_item is not None:
        marking = formatter.text(plan.marking_item, answer_of(plan.marking_item))
    lead = formatter.text(plan.lead_ministry, answer_of(plan.lead_ministry)) if plan.lead_ministry else ""
    state_name = clean(response.state.name).replace("\n", " ")
    issue_date = options.issue_date or dt.date.today()

    story: list[Flowable] = []
    # -- cover ------------------------------------------------------------------------------------
    if marking:
        story += para(marking, styles.marking, bold=True)
    story.append(Spacer(1, 30 * mm))
    story += para(state_name, styles.cover_state, bold=True)
    story += para(questionnaire.title, styles.cover_title, bold=True)
    story.append(Spacer(1, 12 * mm))
    cover_lines = [
        (_("Cycle"), str(response.cycle)),
        (_("Questionnaire version"), questionnaire.version),
        (_("Original"), _language_name(response.language, language)),
        (_("Date of issue"), _format_date(issue_date, language)),
    ]
    if lead:
        cover_lines.append((_("Lead ministry"), lead))
    cover_lines.append((_("Status"), _("Final") if response.status is Status.FINAL else _("Draft")))
    for label, value in cover_lines:
        story += para(f"{label}: {value}", styles.cover_line)
    story.append(PageBreak())

    # -- executive summary, contents ------------------------------------------------------------
    contents: list[tuple[str, str, int]] = []  # (key, title, level)
    if plan.summary is not None:
        title = plan.summary.label or _("Executive summary")
        contents.append(("summary", title, 0))
        story.append(heading(title, styles.h1, key="summary", level=0))
        value = answer_of(plan.summary)
        story += formatter.answer(plan.summary, value) if formatter.answered(plan.summary, value) else para(
            _("No answer provided"), styles.unanswered
        )
        story.append(PageBreak())

    body: list[Flowable] = []
    done = 0
    total_items = sum(1 for _item in questionnaire.items())
    for part_index, part in enumerate(questionnaire.parts):
        part_key = f"part-{part_index}"
        part_story: list[Flowable] = [heading(part.title, styles.h1, key=part_key, level=0)]
        part_story += para(part.intro, styles.intro)
        part_has_content = False
        section_entries: list[tuple[str, str, int]] = []
        for section_index, section in enumerate(part.sections):
            section_key = f"{part_key}-{section_index}"
            section_story: list[Flowable] = [heading(section.title, styles.h2, key=section_key, level=1)]
            if section.source:
                section_story += para(section.source, styles.source)
            section_story += para(section.intro, styles.intro)
            shown = 0
            for item in section.items:
                done += 1
                if item is plan.summary or item in plan.annex or not _visible(item, answers, questionnaire):
                    continue
                if item.sensitive and not options.include_sensitive:
                    continue
                value = answer_of(item)
                if options.omit_unanswered and item.has_value and not formatter.answered(item, value):
                    continue
                section_story += formatter.question(item, value, translate=_)
                shown += 1
            if progress is not None:
                progress(done, total_items + 1)
            # a section whose every item is printed elsewhere (summary, annex) or left out is dropped
            if shown or not section.items:
                part_story += section_story
                section_entries.append((section_key, section.title, 1))
                part_has_content = True
        if part_has_content:
            if body:
                body.append(PageBreak())
            body += part_story
            contents.append((part_key, part.title, 0))
            contents += section_entries

    annex = [
        item
        for item in plan.annex
        if _visible(item, answers, questionnaire)
        and not (options.omit_unanswered and not formatter.answered(item, answer_of(item)))
    ]
    if annex:
        contents.append(("annex", _("Annex: personal data"), 0))
        body.append(PageBreak())
        body.append(heading(_("Annex: personal data"), styles.h1, key="annex", level=0))
        for item in annex:
            body += formatter.question(item, answer_of(item), translate=_)

    if digest:
        body.append(Spacer(1, 8 * mm))
        body += para(_("Machine-readable copy"), styles.h3, bold=True)
        body += para(
            _("This PDF contains the answers as an attached file ({name}). SHA-256 fingerprint:").format(
                name=attachment.ATTACHMENT_NAME
            ),
            styles.small,
        )
        body += para(digest, styles.digest)

    story += para(_("Table of contents"), styles.h1, bold=True)
    for key, title, level in contents:
        entry_style = styles.toc1 if level == 0 else styles.toc2
        inner = layout.paragraph(_one_line(title, 300) or " ", entry_style, bold=level == 0, direction=direction)
        story.append(ContentsEntry(inner, key=key, book=book, indent=level * 6 * mm, rtl=rtl))
    story.append(PageBreak())
    story += body

    # -- pages ------------------------------------------------------------------------------------
    draft = response.status is not Status.FINAL
    header_left = f"{state_name} · {_('Cycle')} {response.cycle}"
    title_text = clean(questionnaire.title).replace("\n", " ")

    def under_text(canv, _doc) -> None:
        if draft:
            canv.saveState()
            canv.setFillColor(colors.Color(0.85, 0.85, 0.85))
            width, height = canv._pagesize
            canv.translate(width / 2, height / 2)
            canv.rotate(45)
            layout.draw_line(canv, 0, -30, _("DRAFT"), size=90, align="centre", bold=True, max_width=height)
            canv.restoreState()

    def decorate(canv, page: int, total: int) -> None:
        width, height = canv._pagesize
        left, right = 22 * mm, width - 22 * mm
        start, end = (right, left) if rtl else (left, right)
        start_align, end_align = ("right", "left") if rtl else ("left", "right")
        canv.saveState()
        canv.setFillColor(colors.Color(0.3, 0.3, 0.3))
        canv.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
        canv.setLineWidth(0.5)
        top = height - 14 * mm
        layout.draw_line(canv, start, top, header_left, size=8, align=start_align, max_width=(right - left) * 0.55)
        if marking:
            layout.draw_line(canv, end, top, marking, size=8, align=end_align, bold=True, max_width=(right - left) * 0.4)
        canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        bottom = 12 * mm
        canv.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        layout.draw_line(canv, start, bottom, title_text, size=8, align=start_align, max_width=(right - left) * 0.6)
        page_text = _("Page {page} of {total}").format(page=page, total=total)
        layout.draw_line(canv, end, bottom, page_text, size=8, align=end_align)
        canv.restoreState()

    def on_save(canv) -> None:
        canv.setCreator(f"survey-app {__version__}")
        if json_copy is not None:
            attachment.embed(canv, json_copy)

    canvas_class = numbered_canvas(
        book, decorate=decorate, number_font=fonts.base, number_size=styles.toc1.fontSize, rtl=rtl, on_save=on_save
    )
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    doc = ReportDocTemplate(
        str(partial),
        page_size=options.page_size,
        on_page=under_text,
        title=f"{questionnaire.title}: {state_name} ({response.cycle})",
        author=lead or state_name,
        subject=f"{questionnaire.title}, {state_name}, {response.cycle}",
        creator=f"survey-app {__version__}",
        lang=language,
        initialFontName=fonts.base,
    )
    if progress is not None:
        def report(kind: str, value: int) -> None:
            if kind == "FINISHED":
                progress(total_items + 1, total_items + 1)

        doc.setProgressCallBack(report)
    try:
        doc.build(story, canvasmaker=canvas_class)
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise SurveyError("P002", f"{out}: the PDF cannot be written ({exc.strerror or exc}).") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return out


def export_response_pdf(
    store: Store,
    response_id: int,
    out: Path,
    options: PdfOptions,
    *,
    catalog: Catalog,
    progress: Progress | None = None,
) -> Path:
    """The submission PDF of a stored response, with its JSON export attached."""
    from survey_app.storage import exchange

    response = store.response(response_id)
    questionnaire = _questionnaire_of(catalog, response)
    language = options.language or response.language
    document = exchange.export_document(
        store, response_id, questionnaire, include_sensitive=options.include_sensitive
    )
    json_copy = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    shown = _translated(questionnaire, language)
    return build_submission_pdf(
        shown,
        response,
        answers=store.values(response_id),
        options=options,
        out=out,
        json_copy=json_copy,
        progress=progress,
    )


# -- helpers ----------------------------------------------------------------------------------------
#: headings never split over pages: a (hostile) title longer than this is cut with "…"
HEADING_CHARS = 500


def _one_line(text: object, limit: int) -> str:
    line = " ".join(clean(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _plan(questionnaire: Questionnaire, options: PdfOptions) -> _Plan:
    plan = _Plan()
    for item in questionnaire.items():
        if item.role is Role.EXECUTIVE_SUMMARY and plan.summary is None:
            plan.summary = item
        elif item.role is Role.LEAD_MINISTRY and plan.lead_ministry is None:
            plan.lead_ministry = item
        elif item.role is Role.PROTECTIVE_MARKING and plan.marking_item is None:
            plan.marking_item = item
        if item.sensitive and options.include_sensitive:
            plan.annex.append(item)
    if plan.summary is not None and plan.summary.sensitive and not options.include_sensitive:
        plan.summary = None
    if plan.lead_ministry is not None and plan.lead_ministry.sensitive and not options.include_sensitive:
        plan.lead_ministry = None
    if plan.summary in plan.annex:
        plan.annex.remove(plan.summary)
    return plan


def _visible(item: Item, answers: Mapping[str, Any], questionnaire: Questionnaire) -> bool:
    if item.show_if is None:
        return True
    try:
        from survey_app.questionnaire.values import is_visible
    except ImportError:  # pragma: no cover - the values module is part of the package
        return True
    try:
        return bool(is_visible(item, answers, questionnaire))
    except Exception:  # a condition that cannot be evaluated shows the item rather than lose it
        return True


def _questionnaire_of(catalog: Catalog, response: Response) -> Questionnaire:
    try:
        return catalog.get(response.questionnaire_id, response.questionnaire_version)
    except (KeyError, SurveyError):
        return catalog.get(response.questionnaire_id)


def _translated(questionnaire: Questionnaire, language: str) -> Questionnaire:
    if questionnaire.language == language:
        return questionnaire
    try:
        from survey_app.questionnaire.translations import translated
    except ImportError:  # translations not available: the questionnaire's own language
        return questionnaire
    return translated(questionnaire, language)


def _language_name(code: str, in_language: str) -> str:
    try:
        from babel import Locale

        from survey_app.i18n.formatting import babel_locale

        name = Locale.parse(babel_locale(in_language)).languages.get(code)
        if name:
            return name
    except Exception:  # babel data missing: fall back to the English name
        pass
    return ENGLISH_NAMES.get(code) or UN_LANGUAGES.get(code) or code


def _format_date(value: dt.date, language: str) -> str:
    try:
        from survey_app.i18n.formatting import format_date

        return format_date(value, language, length="long")
    except Exception:
        return value.isoformat()


__all__ = ["PdfOptions", "build_submission_pdf", "export_response_pdf"]
