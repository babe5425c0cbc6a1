"""User text to reportlab flowables, safely, in any of the six UN languages (and mixed).

- Everything typed is untrusted: control characters are dropped, markup is escaped where
  reportlab parses it (its Paragraph reads `<...>` and `&`), very long paragraphs are cut into
  chunks that split over pages.
- Runs of Arabic, CJK and other characters get their own font, so a mixed paragraph prints every
  character; Latin is never shaped (no "fi" ligature in copied text).
- Paragraphs made of words (every script but Chinese/Japanese) use our own line layout,
  `LineParagraph`: words are measured once (cached) and wrapped in logical order; right-to-left
  paragraphs (and left-to-right ones that quote Arabic) are reshaped with arabic-reshaper first
  and each line is reordered with python-bidi on its own (reportlab has no bidi line layout).
  Chinese text goes to reportlab's Paragraph with wordWrap="CJK".

Reusable by every PDF the application writes: `TextLayout(fonts)` is the entry point.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from survey_app.reports.fonts import FontSet, Script

#: a paragraph longer than this is laid out in several Paragraph objects (speed, page splits)
CHUNK_CHARS = 2000

# C0/C1 controls (except tab and newline), lone surrogates, non-characters
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# bidi and zero-width format characters: meaningful to the bidi step only, invisible in print
_FORMAT = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
#: spaces a line may break at: any white space but the no-break ones (French « en cours », 10 000)
_BREAKABLE_SPACE = re.compile(r"[^\S\u00a0\u202f\u2007]+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟])\s+")

_UNKNOWN = object()

_reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def clean(text: object) -> str:
    """Printable text: str() of anything, controls removed, tabs as spaces, newlines as "\\n"."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", value)


def script_of(char: str) -> Script | None:
    """The script family of a character, or None for neutral ones (spaces, digits, punctuation)."""
    code = ord(char)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
        return Script.ARABIC
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC:
        return Script.ARABIC
    if (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    ):
        return Script.CJK
    if unicodedata.category(char).startswith("L") or "0" <= char <= "9":
        # ASCII digits too: Noto Sans digits match the references ("A/70/174") around them
        return Script.LATIN
    return None


def _is_rtl_char(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def has_rtl(text: str) -> bool:
    return not text.isascii() and any(_is_rtl_char(c) for c in text)


def has_cjk(text: str) -> bool:
    return not text.isascii() and any(script_of(c) is Script.CJK for c in text)


def direction_of(text: str, default: str = "L") -> str:
    """"R" or "L" from the first strong character (Unicode rule P2), else `default`."""
    if text.isascii():
        return "L" if any(c.isalpha() for c in text) else default
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return default


def shape(text: str) -> str:
    """Arabic letters in their joined (presentation) forms, in logical order."""
    return _reshaper.reshape(text) if has_rtl(text) else text


def chunks(paragraph: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut a very long paragraph at sentence ends (else spaces, else anywhere) into pieces."""
    if len(paragraph) <= limit:
        return [paragraph]
    pieces: list[str] = []
    rest = paragraph
    while len(rest) > limit:
        window = rest[:limit]
        cut = -1
        for match in _SENTENCE_END.finditer(window):
            if match.start() > limit // 2:
                cut = match.end()
        if cut < 0:
            space = window.rfind(" ", limit // 2)
            cut = space + 1 if space > 0 else limit
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


class TextLayout:
    """Turns text into font runs, markup and flowables with one set of fonts."""

    def __init__(self, fonts: FontSet):
        self.fonts = fonts
        self._style_cache: dict[tuple, ParagraphStyle] = {}
        # per-character decisions and per-word widths repeat a lot in real text: remember them
        self._scripts: dict[str, Script | None] = {}
        self._fonts: dict[tuple[str, Script, bool], str] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}
        self._drawn_lines: dict[tuple, tuple[list[tuple[str, str]], float]] = {}

    # -- runs and markup ------------------------------------------------------------------------
    def runs(self, text: str, *, bold: bool = False, script: Script = Script.LATIN) -> list[tuple[str, str]]:
        """(font name, text) runs; neutral characters stay in the current run when it has them."""
        fonts = self.fonts
        if text.isascii():
            return [(fonts.name(Script.LATIN, bold=bold), text)] if text else []
        scripts, chosen = self._scripts, self._fonts
        result: list[tuple[str, str]] = []
        current_font = ""
        current_script = script
        buffer: list[str] = []
        for char in text:
            char_script = scripts.get(char, _UNKNOWN)
            if char_script is _UNKNOWN:
                char_script = scripts[char] = script_of(char)
            if char_script is None:
                if current_font and fonts.covers(current_font, char):
                    buffer.append(char)
                    continue
                char_script = current_script
            else:
                current_script = char_script
            key = (char, char_script, bold)
            font = chosen.get(key)
            if font is None:
                font = chosen[key] = fonts.font_for(char, char_script, bold=bold)
            if font != current_font:
                if buffer:
                    result.append((current_font, "".join(buffer)))
                buffer = []
                current_font = font
            buffer.append(char)
        if buffer:
            result.append((current_font, "".join(buffer)))
        return result

    def word_width(self, word: str, size: float, *, bold: bool = False) -> float:
        """Width of one word (cached: words repeat)."""
        key = (word, size, bold)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self.width(word, size, bold=bold)
        return width

    def markup(self, text: str, *, bold: bool = False) -> str:
        """Escaped Paragraph markup of one line of (visual-order) text with a font per run."""
        text = _FORMAT.sub("", text)
        return "".join(
            f'<font name="{font}">{escape(part)}</font>' for font, part in self.runs(text, bold=bold)
        )

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        return sum(stringWidth(part, font, size) for font, part in self.runs(text, bold=bold))

    def visual(self, text: str, base_dir: str | None = None) -> str:
        """One line in display order (shaped, reordered); unchanged when it has no RTL text."""
        text = clean(text).replace("\n", " ")
        if not has_rtl(text) and base_dir != "R":
            return text
        return get_display(shape(text), base_dir=base_dir or direction_of(text))

    # -- drawing straight on a canvas (headers, footers, watermarks) ----------------------------
    def draw_line(
        self,
        canv: Canvas,
        x: float,
        y: float,
        text: str,
        *,
        size: float,
        align: str = "left",
        bold: bool = False,
        max_width: float | None = None,
    ) -> float:
        """Draw one line; `align` is "left", "right" or "centre" around x. Returns its width.

        Too long a line is cut with "…" to `max_width`. Lines repeat on every page (headers,
        footers): their layout is computed once.
        """
        key = (text, size, bold, max_width)
        laid_out = self._drawn_lines.get(key)
        if laid_out is None:
            line = self.visual(text)
            if max_width is not None and self.width(line, size, bold=bold) > max_width:
                line = self._truncate(text, size, bold=bold, max_width=max_width)
            runs = self.runs(_FORMAT.sub("", line), bold=bold)
            laid_out = (runs, sum(stringWidth(part, font, size) for font, part in runs))
            if len(self._drawn_lines) < 1000:
                self._drawn_lines[key] = laid_out
        runs, total = laid_out
        start = x - total if align == "right" else x - total / 2 if align == "centre" else x
        obj = canv.beginText(start, y)
        for font, part in runs:
            obj.setFont(font, size)
            obj.textOut(part)
        canv.drawText(obj)
        return total

    def _truncate(self, text: str, size: float, *, bold: bool, max_width: float) -> str:
        text = clean(text).replace("\n", " ")
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if self.width(self.visual(text[:middle] + "…"), size, bold=bold) <= max_width:
                low = middle
            else:
                high = middle - 1
        return self.visual(text[:low] + "…")

    # -- flowables ------------------------------------------------------------------------------
    def aligned(
        self, style: ParagraphStyle, direction: str, *, cjk: bool = False, font: str | None = None
    ) -> ParagraphStyle:
        """`style` aligned for the document's direction (centred styles stay centred)."""
        key = (id(style), 1 if direction == "R" else 0, cjk, font)
        cached = self._style_cache.get(key)
        if cached is None:
            cached = ParagraphStyle(
                f"{style.name}-{direction}{'-cjk' if cjk else ''}{'-' + font if font else ''}",
                parent=style,
                alignment=style.alignment if style.alignment == TA_CENTER else TA_RIGHT if direction == "R" else TA_LEFT,
                wordWrap="CJK" if cjk else None,
                fontName=font or style.fontName,
            )
            self._style_cache[key] = cached
        return cached

    def paragraphs(
        self,
        text: object,
        style: ParagraphStyle,
        *,
        bold: bool = False,
        direction: str = "L",
        blank_line: float | None = None,
    ) -> list[Flowable]:
        """Flowables for a text of any length: one or more per line, paragraphs kept.

        `direction` is the document's ("L" or "R") and sets the alignment; the reading order
        inside each paragraph follows its own first strong letter (so an English reference in
        an Arabic document reads left to right, aligned right like its neighbours).
        """
        flowables: list[Flowable] = []
        for line in clean(text).split("\n"):
            if not line.strip():
                if flowables:
                    flowables.append(Spacer(1, style.leading * 0.5 if blank_line is None else blank_line))
                continue
            for piece in chunks(line):
                flowables.append(self.paragraph(piece, style, bold=bold, direction=direction))
        return flowables

    def paragraph(self, line: str, style: ParagraphStyle, *, bold: bool = False, direction: str = "L") -> Flowable:
        """One paragraph (no newlines) as a flowable, aligned to the document's `direction`."""
        base_dir = direction_of(line, direction)
        if base_dir == "R" or has_rtl(line):
            return LineParagraph(self, line, self.aligned(style, direction), bold=bold, base_dir=base_dir)
        if not has_cjk(line):  # words between spaces: our own line layout, several times faster
            return LineParagraph(self, line, self.aligned(style, direction), bold=bold, base_dir="L")
        # Chinese and Japanese break between characters: reportlab's CJK wrapping
        text = _FORMAT.sub("", line)
        runs = self.runs(text, bold=bold)
        if len(runs) == 1:  # one font: plain escaped text, the style names the font (faster to parse)
            font, part = runs[0]
            return Paragraph(escape(part), self.aligned(style, direction, cjk=has_cjk(part), font=font))
        return Paragraph(
            "".join(f'<font name="{font}">{escape(part)}</font>' for font, part in runs),
            self.aligned(style, direction, cjk=has_cjk(text)),
        )


class LineParagraph(Flowable):
    """A paragraph wrapped in logical order by measured width, reordered per line when it holds
    right-to-left text.

    It draws its lines itself (runs of text per font): no markup to parse, no second line
    breaking by reportlab, and page splits fall between lines.
    """

    def __init__(self, layout: TextLayout, text: str, style: ParagraphStyle, *, bold: bool, base_dir: str):
        super().__init__()
        self.layout = layout
        self.text = text
        self.style = style
        self.bold = bold
        self.base_dir = base_dir
        #: False for left-to-right text without any right-to-left letters: no shaping, no reordering
        self.bidi = base_dir == "R" or has_rtl(text)
        self._for_width: float | None = None
        #: per line: (runs of (font, text) in display order, width)
        self._lines_drawn: list[tuple[list[tuple[str, str]], float]] = []

    def _build(self, avail_width: float) -> list[tuple[list[tuple[str, str]], float]]:
        if self._for_width != avail_width:
            style, layout = self.style, self.layout
            usable = avail_width - style.leftIndent - style.rightIndent - 1.0
            lines = []
            for line in self._lines(max(usable, style.fontSize * 2)):
                visual = get_display(line, base_dir=self.base_dir) if self.bidi else line
                runs = layout.runs(_FORMAT.sub("", visual), bold=self.bold)
                # the width places right-aligned and centred lines; left-aligned ones need none
                width = (
                    0.0
                    if style.alignment == TA_LEFT
                    else sum(stringWidth(part, font, style.fontSize) for font, part in runs)
                )
                lines.append((runs, width))
            self._lines_drawn = lines
            self._for_width = avail_width
        return self._lines_drawn

    def _lines(self, width: float) -> list[str]:
        size = self.style.fontSize
        layout, bold = self.layout, self.bold
        fonts = layout.fonts
        # a space is drawn in the font of the run around it: count the widest, never overfill a line
        space = max(stringWidth(" ", fonts.name(s, bold=bold), size) for s in Script)
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in _BREAKABLE_SPACE.split(shape(self.text) if self.bidi else self.text):
            if not word:
                continue
            advance = layout.word_width(word, size, bold=bold)
            if current and used + space + advance <= width:
                current.append(word)
                used += space + advance
                continue
            if not current and advance <= width:
                current, used = [word], advance
                continue
            if current:
                lines.append(" ".join(current))
            current, used = [], 0.0
            for piece in _break_word(word, width, lambda t: layout.width(t, size, bold=bold)):
                if current:
                    lines.append(" ".join(current))
                current, used = [piece], layout.width(piece, size, bold=bold)
        if current:
            lines.append(" ".join(current))
        return lines or [""]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._build(avail_width)
        self.width, self.height = avail_width, len(lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._build(avail_width)
        fit = _split_point(len(lines), avail_height, self.style.leading)
        if fit is None:
            return []
        first = _LineBlock(self, lines[:fit], space_before=self.style.spaceBefore, space_after=0)
        rest = _LineBlock(self, lines[fit:], space_before=0, space_after=self.style.spaceAfter)
        return [first, rest]

    def draw(self) -> None:
        _draw_lines(self.canv, self._lines_drawn, self.style, self.width, self.height)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.style.spaceAfter


class _LineBlock(Flowable):
    """Some lines of a LineParagraph split over pages."""

    def __init__(self, parent: LineParagraph, lines, *, space_before: float, space_after: float):
        super().__init__()
        self.parent = parent
        self.style = parent.style
        self.lines = lines
        self.space_before = space_before
        self.space_after = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fit = _split_point(len(self.lines), avail_height, self.style.leading)
        if fit is None:
            return []
        return [
            _LineBlock(self.parent, self.lines[:fit], space_before=self.space_before, space_after=0),
            _LineBlock(self.parent, self.lines[fit:], space_before=0, space_after=self.space_after),
        ]

    def draw(self) -> None:
        _draw_lines(self.canv, self.lines, self.style, self.width, self.height)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.space_before

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.space_after


def _split_point(count: int, avail_height: float, leading: float) -> int | None:
    """How many lines stay on this page, or None to move the paragraph whole.

    No single first line left at the foot of a page, nor a single last line at the top of the
    next, unless the paragraph is too short to avoid it.
    """
    fit = int((avail_height + 1e-6) // leading)
    if count >= 4:
        fit = min(fit, count - 2)
        if fit < 2:
            return None
    if fit <= 0 or fit >= count:
        return None
    return fit


def _draw_lines(canv: Canvas, lines, style: ParagraphStyle, width: float, height: float) -> None:
    size, leading = style.fontSize, style.leading
    canv.saveState()
    canv.setFillColor(style.textColor)
    baseline = height - size
    for runs, line_width in lines:
        if style.alignment == TA_RIGHT:
            x = width - style.rightIndent - line_width
        elif style.alignment == TA_CENTER:
            x = style.leftIndent + (width - style.leftIndent - style.rightIndent - line_width) / 2
        else:
            x = style.leftIndent
        text = canv.beginText(x, baseline)
        for font, part in runs:
            text.setFont(font, size)
            text.textOut(part)
        canv.drawText(text)
        baseline -= leading
    canv.restoreState()


def _break_word(word: str, width: float, measure) -> Iterable[str]:
    """A word wider than the line, in pieces that fit (at least one character each)."""
    if measure(word) <= width:
        yield word
        return
    piece: list[str] = []
    used = 0.0
    for char in word:
        advance = measure(char)
        if piece and used + advance > width:
            yield "".join(piece)
            piece, used = [], 0.0
        piece.append(char)
        used += advance
    if piece:
        yield "".join(piece)
