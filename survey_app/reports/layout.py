"""Page layout of a report in ONE reportlab pass: "Page X of Y" and table-of-contents page numbers.

reportlab's usual table of contents needs `multiBuild` (two or more full passes). Here the canvas
keeps every finished page open until the end (the NumberedCanvas pattern); headings record the page
they land on; at `save()` each page gets its header, footer and "Page X of Y", and the contents
pages get their page numbers and links, drawn into the space the entries reserved for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus.doctemplate import FrameBreak, NullActionFlowable

# Streams only zlib-compressed, not also ASCII85-encoded (reportlab's default, for 7-bit mail of old):
# ASCII85 made the files 20 % larger and a 2,000-item submission 9 % slower (benchmarks/bench_pdf.py).
rl_config.useA85 = 0

PAGE_SIZES = {"A4": A4, "letter": letter}

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 22 * mm, 24 * mm, 22 * mm

#: width kept free at the end of a contents line for its page number
NUMBER_WIDTH = 14 * mm


@dataclass
class Bookkeeping:
    """What the pass learns: the page of every heading, where contents numbers go."""

    heading_pages: dict[str, int] = field(default_factory=dict)
    #: (page number, x, y, key, link rectangle, font size) per contents entry; x,y: the number's baseline
    number_slots: list[tuple[int, float, float, str, tuple[float, float, float, float], float]] = field(
        default_factory=list
    )


class Heading(Flowable):
    """Wraps a heading flowable; records its page, a bookmark and an outline entry when drawn."""

    def __init__(self, inner: Flowable, *, key: str, title: str, level: int, book: Bookkeeping):
        super().__init__()
        self.inner = inner
        self.key = key
        self.title = title
        self.level = level
        self.book = book
        self.keepWithNext = 1

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # headings move whole to the next page

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.inner.getSpaceAfter()

    def draw(self) -> None:
        canv = self.canv
        self.book.heading_pages[self.key] = canv.getPageNumber()
        canv.bookmarkHorizontal(self.key, 0, self.height)
        canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)
        self.inner.drawOn(canv, 0, 0)


class ContentsEntry(Flowable):
    """One line of the table of contents; its page number is drawn when the document is saved."""

    def __init__(self, inner: Flowable, *, key: str, book: Bookkeeping, indent: float, rtl: bool):
        super().__init__()
        self.inner = inner
        self.key = key
        self.book = book
        self.indent = indent
        self.rtl = rtl

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _w, height = self.inner.wrap(avail_width - NUMBER_WIDTH - self.indent, avail_height)
        self.width, self.height = avail_width, height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        x = NUMBER_WIDTH if self.rtl else self.indent
        self.inner.drawOn(canv, x, 0)
        # the number sits on the baseline of the entry's last line
        style = getattr(self.inner, "style", None)
        size = getattr(style, "fontSize", 10)
        leading = getattr(style, "leading", size * 1.2)
        lines = max(1, round(self.height / leading))
        baseline = self.height - size - (lines - 1) * leading
        number_x = 0.0 if self.rtl else self.width
        ax, ay = canv.absolutePosition(number_x, baseline)
        x0, y0 = canv.absolutePosition(0, 0)
        x1, y1 = canv.absolutePosition(self.width, self.height)
        self.book.number_slots.append((canv.getPageNumber(), ax, ay, self.key, (x0, y0, x1, y1), size))


#: draws the header and footer of one page: (canvas, page number, page count)
PageDecorator = Callable[[Canvas, int, int], None]


def numbered_canvas(
    book: Bookkeeping,
    *,
    decorate: PageDecorator,
    number_font: str,
    number_size: float,
    rtl: bool,
    on_save: Callable[[Canvas], None] | None = None,
) -> type[Canvas]:
    """A Canvas class that holds pages until save() and then numbers them."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = number_font
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            slots: dict[int, list] = {}
            for slot in book.number_slots:
                slots.setdefault(slot[0], []).append(slot)
            for index, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                decorate(self, index, total)
                for _page, x, y, key, rect, size in slots.get(index, ()):
                    page = book.heading_pages.get(key)
                    if page is None:
                        continue
                    self.setFont(number_font, size or number_size)
                    if rtl:
                        self.drawString(x, y, str(page))
                    else:
                        self.drawRightString(x, y, str(page))
                    # explicit names: the annotation counter is part of each held page's state
                    self.linkRect("", key, rect, relative=0, thickness=0, name=f"contents-{index}-{key}")
                Canvas.showPage(self)
            if on_save is not None:
                on_save(self)
            Canvas.save(self)

    return NumberedCanvas


class KeepWithStart(KeepTogether):
    """What reportlab makes of flowables with keepWithNext (a label, its source and guidance)
    and the flowable after them (the answer): they stay with the *start* of that flowable.

    reportlab's KeepTogether moves the whole group to the next page when it does not fit in the
    space left, so a label before a long table or text took the table to the next page and left
    most of the page empty. Here the group moves only when the space left cannot hold the
    leading flowables and the first lines of the last one (its `start_height()`: two lines of
    a paragraph, the header and first row of a table; flowables without it count whole).
    """

    def split(self, aW, aH):  # noqa: N803 - reportlab's names
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = self._content[:]
        if self._H <= aH:
            return content
        # The group does not fit whole: it is handed back for reportlab to place piece by piece. Like
        # reportlab's own KeepTogether it starts with an action flowable, else reportlab insists that
        # the first piece fits unsplit (a LayoutError "Splitting error(n==1)" for a tall first piece).
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return _placed(content)  # nothing is gained by a new page
        last = content[-1]
        start = getattr(last, "start_height", None)
        needed = self._H
        if start is not None:
            _w, full = last.wrap(aW, 0xFFFFFFF)
            needed = self._H - full + start()
        if needed <= aH - 1:
            return _placed(content)
        return [FrameBreak(), *content]


def _placed(content: list[Flowable]) -> list[Flowable]:
    """The pieces of a group, to be placed one by one from here: none keeps with the next any more
    (reportlab would group them again, and a group ending in a label, e.g. at the end of the story,
    would be split and grouped for ever)."""
    for flowable in content:
        flowable.__dict__["keepWithNext"] = 0
    return [NullActionFlowable(), *content]


class ReportDocTemplate(BaseDocTemplate):
    """One frame per page; `on_page` draws what sits under the text (e.g. the DRAFT watermark)."""

    def __init__(self, filename: str, *, page_size: str, on_page: Callable[[Canvas, object], None], **kwargs):
        size = PAGE_SIZES.get(page_size, A4)
        margin_x, margin_top, margin_bottom = MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM
        kwargs.setdefault("keepTogetherClass", KeepWithStart)
        super().__init__(
            filename,
            pagesize=size,
            leftMargin=margin_x,
            rightMargin=margin_x,
            topMargin=margin_top,
            bottomMargin=margin_bottom,
            **kwargs,
        )
        frame = Frame(
            margin_x,
            margin_bottom,
            size[0] - 2 * margin_x,
            size[1] - margin_top - margin_bottom,
            id="body",
            # text lines up with the header and footer rules; tables get exactly frame_width()
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])


def frame_width(page_size: str) -> float:
    """Width of the text frame on a page of this size."""
    return PAGE_SIZES.get(page_size, A4)[0] - 2 * MARGIN_X


def frame_height(page_size: str) -> float:
    """Height of the text frame on a page of this size."""
    return PAGE_SIZES.get(page_size, A4)[1] - MARGIN_TOP - MARGIN_BOTTOM
