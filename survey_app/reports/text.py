"""User text to reportlab flowables, safely, in any of the six UN languages (and mixed).

- Everything typed is untrusted: control characters are dropped, markup is escaped where
  reportlab parses it (its Paragraph reads `<...>` and `&`).
- Runs of Arabic, CJK and other characters get their own font, so a mixed paragraph prints every
  character; Latin is never shaped (no "fi" ligature in copied text). A character no font has is
  printed as U+FFFD (a visible replacement, never dropped) and recorded in
  `TextLayout.unprintable` under the question it belongs to.
- Every paragraph, of any length and in any script, uses our own line layout, `LineParagraph`:
  words are measured once (cached) and wrapped in logical order, page splits fall between lines
  (no chunks, no false paragraph breaks); Chinese and Japanese break between characters with the
  CJK rule (no line starts with closing punctuation "，。）", none ends with an opening bracket
  "（《"); right-to-left paragraphs (and left-to-right ones that quote Arabic) are reshaped with
  arabic-reshaper first and each line is reordered with python-bidi on its own (reportlab has no
  bidi line layout).
- A paragraph's base direction is that of the majority of its strong letters (bidi format marks
  such as LRM are ignored), a tie going to the document's direction: "UNIDIR هو معهد …" is
  right to left, an English answer quoting an Arabic law title is left to right.

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
from reportlab.platypus import Flowable, Spacer

from survey_app.reports.fonts import FontSet, Script

# C0/C1 controls (except tab and newline), lone surrogates, non-characters
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# bidi and zero-width format characters: meaningful to the bidi step only, invisible in print
_FORMAT = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
#: invisible characters (variation selectors, fillers): dropped when no font has them
_INVISIBLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0"
                        "\U000e0000-\U000e0fff]")
#: spaces a line may break at: any white space but the no-break ones (French « en cours », 10 000)
_BREAKABLE_SPACE = re.compile(r"[^\S\u00a0\u202f\u2007]+")

#: CJK line breaking (kinsoku, after JIS X 4051 and the Chinese GB/T 15834 practice): characters
#: a line never starts with (closing punctuation, small kana, iteration marks) ...
CANNOT_START = frozenset(
    "!),.:;?]}%\u00b0\u00bb\u2019\u201d\u2030\u2032\u2033\u203a\u2103\u2025\u2026"
    "、。，．：；？！）］｝〕〗〙〛〉》」』】〟｠％ー・々〻ゝゞヽヾ゛゜"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    "\ufe50\ufe51\ufe52\ufe54\ufe55\ufe56\ufe57\ufe5a\ufe5c\ufe5e\uff61\uff63\uff64"
)
#: ... and characters a line never ends with (opening brackets and quotes, currency signs)
CANNOT_END = frozenset(
    "([{\u00ab\u2018\u201c\u2039$\u00a3\u00a5#"
    "（［｛〔〖〘〚〈《「『【〝｟￥＄￡＠"
    "\ufe59\ufe5b\ufe5d\uff62"
)
#: runs of these are never broken ("……", "——")
_NO_BREAK_INSIDE = frozenset("\u2014\u2025\u2026")

_UNKNOWN = object()

#: printed instead of a character no font has (Noto Sans has it): visible, and copied text shows it
REPLACEMENT = "\ufffd"

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
    """"R" or "L": the direction of most of the paragraph's strong letters, `default` on a tie.

    Not Unicode's first-strong rule (P2): an Arabic paragraph that starts with a Latin acronym
    ("UNIDIR هو …") or with a left-to-right mark ("\u200eA/70/174\u200e، الفقرة …") is right to
    left. Bidi marks (LRM, RLM, ALM) are not counted; digits and punctuation are neutral.
    """
    if text.isascii():
        return "L" if any(c.isalpha() for c in text) else default
    left = right = 0
    bidirectional = unicodedata.bidirectional
    for char in text:
        kind = bidirectional(char)
        if kind == "L":
            left += 1
        elif kind in ("R", "AL"):
            right += 1
    left -= text.count("\u200e")  # LRM is of class L, RLM of class R, ALM of class AL
    right -= text.count("\u200f") + text.count("\u061c")
    if left == right:
        return default
    return "R" if right > left else "L"


def shape(text: str) -> str:
    """Arabic letters in their joined (presentation) forms, in logical order."""
    return _reshaper.reshape(text) if has_rtl(text) else text


def is_cjk_break(char: str) -> bool:
    """True for characters a line may break before or after (ideographs, kana, CJK punctuation).

    Hangul is written with spaces between words and breaks at them, like Latin.
    """
    code = ord(char)
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return False
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def cjk_units(word: str) -> list[str]:
    """A word (no spaces) in the pieces a line may break between, with the CJK rule applied.

    Between two characters a break is allowed when one of them is an ideograph, kana or CJK
    punctuation, unless the second may not start a line (closing punctuation) or the first may
    not end one (opening bracket): "本国（CERT）。" -> ["本", "国", "（CERT）。"].
    """
    units: list[str] = []
    start = 0
    for index in range(1, len(word)):
        before, char = word[index - 1], word[index]
        if not (is_cjk_break(before) or is_cjk_break(char)):
            continue
        if char in CANNOT_START or before in CANNOT_END:
            continue
        if char == before and char in _NO_BREAK_INSIDE:
            continue
        units.append(word[start:index])
        start = index
    units.append(word[start:])
    return units


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
        self._printable: dict[str, str] = {}
        #: characters that no font has, replaced by U+FFFD, per question id (None: outside questions)
        self.unprintable: dict[str | None, dict[str, None]] = {}
        #: the question whose texts are being laid out (set by `for_item`)
        self.item_id: str | None = None

    # -- characters no font has -----------------------------------------------------------------
    def for_item(self, item_id: str | None) -> "_ItemScope":
        """`with layout.for_item("n13a"):` unprintable characters found meanwhile belong to n13a."""
        return _ItemScope(self, item_id)

    def printable(self, text: str) -> str:
        """`text` with every character that no font can draw replaced by U+FFFD (and recorded).

        Invisible characters (format marks, variation selectors) pass; spaces no font has become
        plain spaces.
        """
        if text.isascii():
            return text
        known = self._printable
        table: dict[int, str] | None = None
        for char in set(text):
            replacement = known.get(char)
            if replacement is None:
                replacement = known[char] = self._replacement(char)
            if replacement != char:
                if table is None:
                    table = {}
                table[ord(char)] = replacement
        if table is None:
            return text
        lost = [chr(code) for code, replacement in table.items() if replacement == REPLACEMENT]
        if lost:
            found = self.unprintable.setdefault(self.item_id, {})
            for char in sorted(lost, key=text.index):
                found[char] = None
        return text.translate(table)

    def _replacement(self, char: str) -> str:
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp") or _FORMAT.match(char):
            return char  # bidi and joining controls: used by the bidi step, removed before drawing
        script = script_of(char) or Script.LATIN
        fonts = self.fonts
        if fonts.covers(fonts.font_for(char, script), char):
            return char
        if category == "Zs":
            return " "
        if category == "Cf" or _INVISIBLE.match(char):
            return ""  # an invisible character (soft hyphen, variation selector): nothing is lost
        return REPLACEMENT

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
        text = _FORMAT.sub("", self.printable(text))
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
            text = self.printable(text)
            line = self.visual(text)
            if max_width is not None and self.width(line, size, bold=bold) > max_width:
                line = self._truncate(text, size, bold=bold, max_width=max_width)
            runs = self.runs(_FORMAT.sub("", line), bold=bold)
            laid_out = (runs, sum(stringWidth(part, font, size) for font, part in runs))
            if len(self._drawn_lines) < 1000:
                self._drawn_lines[key] = laid_out
        runs, total = laid_out
        _draw_runs(canv, x, y, runs, total, size=size, align=align)
        return total

    def draw_fitted(
        self,
        canv: Canvas,
        x: float,
        y: float,
        text: str,
        *,
        size: float,
        align: str = "left",
        bold: bool = False,
        max_width: float,
        max_lines: int = 3,
        min_size: float = 5.0,
        upwards: bool = False,
    ) -> float:
        """Draw `text` whole, never cut: on one line if it fits, else wrapped to two lines, else
        in a smaller font (down to `min_size`, three lines allowed from 7 pt). The first line's
        baseline is at y, the next ones below; with `upwards` the last line's baseline is at y.
        Returns the size used.
        """
        key = ("fitted", text, size, bold, max_width, max_lines, min_size)
        laid_out = self._drawn_lines.get(key)
        if laid_out is None:
            laid_out = self._fit(self.printable(clean(text).replace("\n", " ")), size, bold=bold,
                                 max_width=max_width, max_lines=max_lines, min_size=min_size)
            if len(self._drawn_lines) < 1000:
                self._drawn_lines[key] = laid_out
        used_size, lines = laid_out
        leading = used_size * 1.2
        baseline = y + (len(lines) - 1) * leading if upwards else y
        for runs, width in lines:
            _draw_runs(canv, x, baseline, runs, width, size=used_size, align=align)
            baseline -= leading
        return used_size

    def _fit(self, text: str, size: float, *, bold: bool, max_width: float, max_lines: int, min_size: float):
        base_dir = direction_of(text)
        current = size
        while True:
            style = ParagraphStyle("fitted", fontName=self.fonts.base, fontSize=current, leading=current * 1.2,
                                   alignment=TA_RIGHT)
            block = LineParagraph(self, text, style, bold=bold, base_dir=base_dir)
            lines = block._build(max_width + 1.0)
            allowed = min(2, max_lines) if current > 7 else max_lines
            if len(lines) <= allowed or current - 0.5 < min_size - 1e-6:
                return current, lines
            current -= 0.5

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
        """Flowables for a text of any length: one per paragraph (line of the text).

        `direction` is the document's ("L" or "R") and sets the alignment; the reading order
        inside each paragraph follows the majority of its strong letters (so an English
        reference in an Arabic document reads left to right, aligned right like its neighbours).
        """
        flowables: list[Flowable] = []
        for line in clean(text).split("\n"):
            if not line.strip():
                if flowables:
                    flowables.append(Spacer(1, style.leading * 0.5 if blank_line is None else blank_line))
                continue
            flowables.append(self.paragraph(line, style, bold=bold, direction=direction))
        return flowables

    def paragraph(self, line: str, style: ParagraphStyle, *, bold: bool = False, direction: str = "L") -> Flowable:
        """One paragraph (no newlines) as a flowable, aligned to the document's `direction`.

        Any script, any length: words (or, in Chinese and Japanese, characters) are wrapped by
        `LineParagraph`, which splits between lines over pages.
        """
        line = self.printable(line)
        base_dir = direction_of(line, direction)
        return LineParagraph(self, line, self.aligned(style, direction), bold=bold, base_dir=base_dir)


class _ItemScope:
    def __init__(self, layout: TextLayout, item_id: str | None):
        self.layout, self.item_id, self.previous = layout, item_id, None

    def __enter__(self) -> TextLayout:
        self.previous, self.layout.item_id = self.layout.item_id, self.item_id
        return self.layout

    def __exit__(self, *exc: object) -> None:
        self.layout.item_id = self.previous


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
        for unit, glue in self._units():
            advance = layout.word_width(unit, size, bold=bold)
            gap = space if glue else 0.0
            if current and used + gap + advance <= width:
                if glue:
                    current.append(" ")
                current.append(unit)
                used += gap + advance
                continue
            if not current and advance <= width:
                current, used = [unit], advance
                continue
            if current:
                lines.append("".join(current))
            current, used = [], 0.0
            for piece in _break_word(unit, width, lambda t: layout.width(t, size, bold=bold)):
                if current:
                    lines.append("".join(current))
                current, used = [piece], layout.width(piece, size, bold=bold)
        if current:
            lines.append("".join(current))
        return lines or [""]

    def _units(self) -> Iterable[tuple[str, bool]]:
        """(piece, preceded by a space) in logical order: words, and in Chinese and Japanese the
        characters a line may break between (`cjk_units`)."""
        text = shape(self.text) if self.bidi else self.text
        cjk = has_cjk(text)
        for word in _BREAKABLE_SPACE.split(text):
            if not word:
                continue
            if cjk and has_cjk(word):
                units = cjk_units(word)
                yield units[0], True
                for unit in units[1:]:
                    yield unit, False
            else:
                yield word, True

    def start_height(self) -> float:
        """The least height this paragraph may start with at the foot of a page (after `wrap`)."""
        count = len(self._lines_drawn)
        return self.style.leading * min(count, 1 if count < 4 else 2)

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

    def start_height(self) -> float:
        count = len(self.lines)
        return self.style.leading * min(count, 1 if count < 4 else 2)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.space_before

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.space_after


def _draw_runs(canv: Canvas, x: float, y: float, runs: list[tuple[str, str]], width: float, *, size: float,
               align: str) -> None:
    """One line of (font, text) runs, `width` wide, placed "left", "right" or "centre" around x."""
    start = x - width if align == "right" else x - width / 2 if align == "centre" else x
    obj = canv.beginText(start, y)
    for font, part in runs:
        obj.setFont(font, size)
        obj.textOut(part)
    canv.drawText(obj)


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
