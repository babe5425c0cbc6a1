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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Spacer

from survey_app import __version__, errors, output
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
    frame_height,
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

errors.register(
    "P003",
    "The protective marking is too long",
    "Shorten the protective marking (use the official marking, e.g. \"RESTRICTED\"); it is printed "
    "in full in the header of every page.",
)

Progress = Callable[[int, int], None]

#: a protective marking longer than this (characters) is refused: it is printed in full, never
#: abbreviated, in the header of every page (up to three lines, the font shrunk to fit)
MARKING_CHARS = 120


def check_marking(marking: str) -> str:
    """The marking on one line; SurveyError P003 when it is longer than MARKING_CHARS."""
    line = " ".join(clean(marking).split())
    if len(line) > MARKING_CHARS:
        raise SurveyError(
            "P003",
            "The protective marking has {count} characters; at most {limit} can be printed in full "
            "in the header of every page.",
            values={"count": len(line), "limit": MARKING_CHARS},
        )
    return line


@dataclass(frozen=True, slots=True)
class Unprintable:
    """Characters of a question's texts that no font could draw: printed as U+FFFD."""

    #: the question's id, or None for texts outside the questions (titles, the State's name)
    item_id: str | None
    #: the characters, each once, in the order first met
    characters: str


class WrittenPdf(type(Path())):  # type: ignore[misc] - a Path, as before, that also tells what was lost
    """The path of the PDF written, with `warnings`: the texts that could not be printed fully
    (characters no font on this computer has, printed as U+FFFD), one `Unprintable` per question."""

    warnings: tuple[Unprintable, ...] = ()


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
    #: e.g. "RESTRICTED"; empty = the answer of the protective-marking item, if any. At most
    #: MARKING_CHARS characters (SurveyError P003): it is never abbreviated.
    protective_marking: str = ""

    def __post_init__(self) -> None:
        check_marking(self.protective_marking)


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
    """Write the submission PDF of `response` to `out` and return `out` (a `WrittenPdf`: its
    `warnings` name the questions whose text could not be printed fully).

    `questionnaire` is already in the document's language; `answers` maps item ids to stored
    values; `json_copy` (the exchange JSON) is attached with its SHA-256 when given.
    `progress(done, total)` is called as the document is assembled and laid out.
    """
    writer = _SubmissionWriter(questionnaire, response, answers=answers, options=options, json_copy=json_copy)
    written = WrittenPdf(writer.write(Path(out), progress=progress))
    written.warnings = tuple(
        Unprintable(item_id, "".join(chars)) for item_id, chars in writer.layout.unprintable.items()
    )
    return written


#: progress units: assembling the story, then laying out pages (the slow part)
_ASSEMBLY_UNITS, _LAYOUT_UNITS = 100, 900


class _SubmissionWriter:
    """Assembles the story of one submission and lays it out."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        response: Response,
        *,
        answers: Mapping[str, Any],
        options: PdfOptions,
        json_copy: bytes | None,
    ):
        self.questionnaire = questionnaire
        self.response = response
        self.answers = answers
        self.options = options
        self.json_copy = json_copy
        self.language = options.language or response.language
        self.fonts = font_set()
        self.layout = TextLayout(self.fonts)
        self.rtl = is_rtl(self.language)
        self.direction = "R" if self.rtl else "L"
        self._ = translator(self.language)
        self.styles = make_styles(self.fonts.base, rtl=self.rtl)
        self.formatter = AnswerFormatter(
            self.layout,
            self.styles,
            language=self.language,
            direction=self.direction,
            width=frame_width(options.page_size),
            height=frame_height(options.page_size),
            include_sensitive=options.include_sensitive,
        )
        self.book = Bookkeeping()
        self.plan = _plan(questionnaire, options)
        #: (bookmark key, title, level) of every contents line, in order
        self.contents: list[tuple[str, str, int]] = []
        self.state_name = _one_line(response.state.name, 1000)
        marking = check_marking(options.protective_marking)
        if not marking and self.plan.marking_item is not None:
            with self.layout.for_item(self.plan.marking_item.id):
                marking = check_marking(self.layout.printable(self.text_of(self.plan.marking_item)))
        self.marking = marking
        self.lead = self.text_of(self.plan.lead_ministry) if self.plan.lead_ministry else ""

    # -- small helpers --------------------------------------------------------------------------
    def para(self, text: object, style, *, bold: bool = False) -> list[Flowable]:
        return self.layout.paragraphs(text, style, bold=bold, direction=self.direction)

    def heading(self, text: str, style, *, key: str, level: int) -> Heading:
        title = _one_line(text, HEADING_CHARS)
        inner = self.layout.paragraph(title or " ", style, bold=True, direction=self.direction)
        return Heading(inner, key=key, title=_one_line(text, 200) or " ", level=level, book=self.book)

    def text_of(self, item: Item) -> str:
        return self.formatter.text(item, self.answers.get(item.id))

    # -- story ----------------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        _, styles, response = self._, self.styles, self.response
        story: list[Flowable] = []
        if self.marking:
            story += self.para(self.marking, styles.marking, bold=True)
        story.append(Spacer(1, 30 * mm))
        story += self.para(self.state_name, styles.cover_state, bold=True)
        story += self.para(self.questionnaire.title, styles.cover_title, bold=True)
        story.append(Spacer(1, 12 * mm))
        lines = [
            (_("Cycle"), str(response.cycle)),
            (_("Questionnaire version"), self.questionnaire.version),
            (_("Original"), _language_name(response.language, self.language)),
            (_("Date of issue"), _format_date(self.options.issue_date or dt.date.today(), self.language)),
        ]
        if self.lead:
            lines.append((_("Lead ministry"), self.lead))
        lines.append((_("Status"), _("Final") if response.status is Status.FINAL else _("Draft")))
        lead_id = self.plan.lead_ministry.id if self.plan.lead_ministry else None
        for label, value in lines:
            # TRANSLATORS: a line of the cover, e.g. "Cycle: 2026"; keep the punctuation of your language
            # (French "{label} : {value}", Chinese full-width "{label}：{value}")
            with self.layout.for_item(lead_id if value is self.lead else None):
                story += self.para(_("{label}: {value}").format(label=label, value=value), styles.cover_line)
        story.append(PageBreak())
        return story

    def summary(self) -> list[Flowable]:
        item = self.plan.summary
        if item is None:
            return []
        title = item.label or self._("Executive summary")
        self.contents.append(("summary", title, 0))
        story: list[Flowable] = [self.heading(title, self.styles.h1, key="summary", level=0)]
        value = self.answers.get(item.id)
        if self.formatter.answered(item, value):
            story += self.formatter.answer(item, value)
        else:
            story += self.para(self._("No answer provided"), self.styles.unanswered)
        story.append(PageBreak())
        return story

    def shows(self, item: Item) -> bool:
        """True when `item` is printed in its section (not elsewhere, not hidden, not left out)."""
        plan, options = self.plan, self.options
        if item is plan.summary or item in plan.annex:
            return False
        if item.sensitive and not options.include_sensitive:
            return False
        if not _visible(item, self.answers, self.questionnaire):
            return False
        return not (
            options.omit_unanswered and item.has_value and not self.formatter.answered(item, self.answers.get(item.id))
        )

    def body(self, progress: Progress | None) -> list[Flowable]:
        styles, _ = self.styles, self._
        body: list[Flowable] = []
        done, total = 0, max(1, sum(1 for _item in self.questionnaire.items()))
        for part_index, part in enumerate(self.questionnaire.parts):
            part_key = f"part-{part_index}"
            part_story: list[Flowable] = [self.heading(part.title, styles.h1, key=part_key, level=0)]
            part_story += self.para(part.intro, styles.intro)
            entries: list[tuple[str, str, int]] = []
            for section_index, section in enumerate(part.sections):
                section_key = f"{part_key}-{section_index}"
                section_story: list[Flowable] = [self.heading(section.title, styles.h2, key=section_key, level=1)]
                if section.source:
                    section_story += self.para(section.source, styles.source)
                section_story += self.para(section.intro, styles.intro)
                shown = [item for item in section.items if self.shows(item)]
                for item in shown:
                    section_story += self.formatter.question(item, self.answers.get(item.id), translate=_)
                done += len(section.items)
                if progress is not None:
                    progress(done * _ASSEMBLY_UNITS // total, _ASSEMBLY_UNITS + _LAYOUT_UNITS)
                # a section whose every item is printed elsewhere (summary, annex) or left out is dropped
                if shown or not section.items:
                    part_story += section_story
                    entries.append((section_key, section.title, 1))
            if entries:
                if body:
                    body.append(PageBreak())
                body += part_story
                self.contents.append((part_key, part.title, 0))
                self.contents += entries
        return body

    def annex(self) -> list[Flowable]:
        formatter, options = self.formatter, self.options
        items = [
            item
            for item in self.plan.annex
            if _visible(item, self.answers, self.questionnaire)
            and not (options.omit_unanswered and not formatter.answered(item, self.answers.get(item.id)))
        ]
        if not items:
            return []
        title = self._("Annex: personal data")
        self.contents.append(("annex", title, 0))
        story: list[Flowable] = [PageBreak(), self.heading(title, self.styles.h1, key="annex", level=0)]
        for item in items:
            story += formatter.question(item, self.answers.get(item.id), translate=self._)
        return story

    def fingerprint(self) -> list[Flowable]:
        if self.json_copy is None:
            return []
        _, styles = self._, self.styles
        story: list[Flowable] = [Spacer(1, 8 * mm)]
        story += self.para(_("Machine-readable copy"), styles.h3, bold=True)
        story += self.para(
            _("This PDF contains the answers as an attached file ({name}). SHA-256 fingerprint:").format(
                name=attachment.ATTACHMENT_NAME
            ),
            styles.small,
        )
        story += self.para(attachment.sha256(self.json_copy), styles.digest)
        return story

    def table_of_contents(self) -> list[Flowable]:
        styles = self.styles
        story = self.para(self._("Table of contents"), styles.h1, bold=True)
        for key, title, level in self.contents:
            style = styles.toc1 if level == 0 else styles.toc2
            inner = self.layout.paragraph(_one_line(title, 300) or " ", style, bold=level == 0, direction=self.direction)
            story.append(ContentsEntry(inner, key=key, book=self.book, indent=level * 6 * mm, rtl=self.rtl))
        story.append(PageBreak())
        return story

    # -- pages ----------------------------------------------------------------------------------
    def under_text(self, canv: Canvas, _doc: object) -> None:
        """Drawn first on every page: the DRAFT watermark, under the text."""
        if self.response.status is Status.FINAL:
            return
        canv.saveState()
        canv.setFillColor(colors.Color(0.85, 0.85, 0.85))
        width, height = canv._pagesize
        canv.translate(width / 2, height / 2)
        canv.rotate(45)
        self.layout.draw_line(canv, 0, -30, self._("DRAFT"), size=90, align="centre", bold=True, max_width=height)
        canv.restoreState()

    def decorate(self, canv: Canvas, page: int, total: int) -> None:
        """Header (State, cycle, protective marking) and footer (title, "Page X of Y")."""
        layout, _ = self.layout, self._
        width, height = canv._pagesize
        left, right = 22 * mm, width - 22 * mm
        start, end = (right, left) if self.rtl else (left, right)
        start_align, end_align = ("right", "left") if self.rtl else ("left", "right")
        canv.saveState()
        canv.setFillColor(colors.Color(0.3, 0.3, 0.3))
        canv.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
        canv.setLineWidth(0.5)
        top = height - 14 * mm
        header = f"{self.state_name} · {_('Cycle')} {self.response.cycle}"
        layout.draw_line(canv, start, top, header, size=8, align=start_align, max_width=(right - left) * 0.55)
        if self.marking:
            # never abbreviated: wrapped (lines going up from the header's baseline), font shrunk
            layout.draw_fitted(canv, end, top, self.marking, size=8, align=end_align, bold=True,
                               max_width=(right - left) * 0.4, max_lines=3, min_size=5, upwards=True)
        canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        bottom = 12 * mm
        canv.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        layout.draw_line(canv, start, bottom, _one_line(self.questionnaire.title, 300), size=8, align=start_align,
                         max_width=(right - left) * 0.6)
        page_text = _("Page {page} of {total}").format(page=page, total=total)
        layout.draw_line(canv, end, bottom, page_text, size=8, align=end_align)
        canv.restoreState()

    def on_save(self, canv: Canvas) -> None:
        canv.setCreator(f"survey-app {__version__}")
        canv.showOutline()  # viewers open with the bookmarks (parts, sections) beside the pages
        if self.json_copy is not None:
            attachment.embed(canv, self.json_copy)

    def write(self, out: Path, *, progress: Progress | None = None) -> Path:
        story = self.cover() + self.summary()
        body = self.body(progress) + self.annex() + self.fingerprint()
        # the contents list is complete only now (summary, parts, sections, annex, in this order)
        story += self.table_of_contents() + body
        canvas_class = numbered_canvas(
            self.book,
            decorate=self.decorate,
            number_font=self.fonts.base,
            number_size=self.styles.toc1.fontSize,
            rtl=self.rtl,
            on_save=self.on_save,
        )
        title = _one_line(self.questionnaire.title, 300)
        doc = ReportDocTemplate(
            str(out),
            page_size=self.options.page_size,
            on_page=self.under_text,
            title=f"{title}: {self.state_name} ({self.response.cycle})",
            author=self.lead or self.state_name,
            subject=f"{title}, {self.state_name}, {self.response.cycle}",
            creator=f"survey-app {__version__}",
            lang=self.language,
            initialFontName=self.fonts.base,
        )
        if progress is not None:
            doc.setProgressCallBack(_layout_progress(progress, len(story)))
        try:
            with output.private_output(out) as handle:
                doc.filename = handle  # reportlab writes into the file we created (one pass)
                doc.build(story, canvasmaker=canvas_class)
        except OSError as exc:
            raise SurveyError("P002", "{out}: the PDF cannot be written ({reason}).", values={"out": out, "reason": exc.strerror or exc}) from exc
        return out


def _layout_progress(progress: Progress, flowables: int) -> Callable[[str, int], None]:
    """reportlab's progress events (flowables handled) as `progress(done, total)` calls."""
    total = _ASSEMBLY_UNITS + _LAYOUT_UNITS
    last = [-1]

    def report(kind: str, value: int) -> None:
        if kind == "PROGRESS":
            done = _ASSEMBLY_UNITS + _LAYOUT_UNITS * min(value, flowables) // max(1, flowables)
            if done > last[0] and done < total:
                last[0] = done
                progress(done, total)
        elif kind == "FINISHED":
            progress(total, total)

    return report


def export_response_pdf(
    store: Store,
    response_id: int,
    out: Path,
    options: PdfOptions,
    *,
    catalog: Catalog,
    progress: Progress | None = None,
) -> Path:
    """The submission PDF of a stored response, with its JSON export attached (a `WrittenPdf`)."""
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


__all__ = ["MARKING_CHARS", "PdfOptions", "Unprintable", "WrittenPdf", "build_submission_pdf", "export_response_pdf"]
