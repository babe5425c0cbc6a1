"""Fonts for every PDF the application writes: found once, registered once, always embedded.

Three families cover the six UN languages: Noto Sans (Latin, Cyrillic, Greek), Noto Naskh Arabic
and WenQuanYi Micro Hei (Chinese; its Latin glyphs are a fallback); Noto Sans Symbols 2 draws check
marks, stars and arrows, and Symbola emoji and pictographs, when they are present. The application
ships them in `survey_app/assets/fonts/` (Noto: OFL 1.1, WenQuanYi: Apache 2.0, Symbola: free for any
use); installed system fonts with the same file names are used when the shipped copy is missing (a
trimmed install).

reportlab writes the ToUnicode map of an embedded font with four hex digits per character, which
garbles the extracted text of characters beyond U+FFFF (emoji: U+1F600 came back as U+1F60);
`_to_unicode_cmap` replaces it with one that writes those as UTF-16 surrogate pairs, as the PDF
specification asks, so copied text is what the user typed.

Scripts the shipped fonts lack (Hebrew, Devanagari, Thai, Armenian, Georgian, Ethiopic, Tamil,
Bengali, Khmer, Sinhala, Lao, Myanmar, Mongolian...) are drawn with fonts of the system, found when
such a character first comes up (`FontSet.system_font_for`): the Noto font of the character's
script (Debian: fonts-noto-core, NotoSans<Script>-Regular.ttf), else DejaVu Sans, FreeSans or
Windows and macOS fonts. Nothing is added to the application. Only TrueType (glyf) fonts work; a
font reportlab cannot read covers nothing. These scripts are printed unshaped (no conjuncts or
reordered vowel signs in Indic scripts): reportlab can shape with uharfbuzz, but the copied text of
shaped ligature glyphs loses characters. A character no font has is printed as U+FFFD (see
`TextLayout.printable`).

`font_set()` registers them with reportlab and returns a `FontSet` that knows which font draws
which character (`font_for`). Text layout is in `survey_app.reports.text`.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from collections.abc import Mapping
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from survey_app import errors
from survey_app.errors import SurveyError
from survey_app.resources import assets_dir

errors.register(
    "P001",
    "A font needed for the PDF is missing",
    "Reinstall the application (it ships its fonts in survey_app/assets/fonts), or install the "
    "Noto fonts (Debian: fonts-noto-core) and WenQuanYi Micro Hei (Debian: fonts-wqy-microhei).",
)


def _utf16_hex(code: int) -> str:
    return code.to_bytes(4, "big").hex().upper()[4:] if code <= 0xFFFF else \
        chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF as UTF-16 surrogate pairs."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", "<00> <%02X>" % (len(subset) - 1), "endcodespacerange",
        "%d beginbfchar" % len(subset),
        *("<%02X> <%s>" % (i, _utf16_hex(v)) for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class Script(StrEnum):
    """Which font family draws a character."""

    LATIN = "latin"
    ARABIC = "arabic"
    CJK = "cjk"


@dataclass(frozen=True, slots=True)
class FontFile:
    """One font file: the names it may have on disk and the reportlab name it is registered as."""

    name: str
    file_names: tuple[str, ...]
    #: index inside a .ttc collection
    subfont: int = 0


#: (script, bold) -> font file; WenQuanYi has no bold, its regular face stands in.
FONT_FILES: dict[tuple[Script, bool], FontFile] = {
    (Script.LATIN, False): FontFile("SurveySans", ("NotoSans-Regular.ttf",)),
    (Script.LATIN, True): FontFile("SurveySans-Bold", ("NotoSans-Bold.ttf",)),
    (Script.ARABIC, False): FontFile(
        "SurveyArabic", ("NotoNaskhArabic-Regular.ttf", "NotoSansArabic-Regular.ttf")
    ),
    (Script.ARABIC, True): FontFile(
        "SurveyArabic-Bold", ("NotoNaskhArabic-Bold.ttf", "NotoSansArabic-Bold.ttf")
    ),
    (Script.CJK, False): FontFile("SurveyCJK", ("wqy-microhei.ttc",)),
    (Script.CJK, True): FontFile("SurveyCJK", ("wqy-microhei.ttc",)),
}

#: used for characters no family above has (check marks, stars, arrows...); optional
FALLBACK_FONTS: tuple[FontFile, ...] = (
    FontFile("SurveySymbols", ("NotoSansSymbols2-Regular.ttf",)),
    # emoji and pictographs up to Unicode 9 (faces, hands, objects), in outlines reportlab can embed
    FontFile("SurveyEmoji", ("Symbola.ttf", "Symbola_hint.ttf")),
)

#: general fallbacks found on the system for characters no font above has and no script font of
#: the system (`FontSet.system_font_for`) either; each is read only when such a character comes up
SYSTEM_FALLBACK_FONTS: tuple[FontFile, ...] = (
    FontFile("SurveySystemDejaVu", ("DejaVuSans.ttf",)),
    FontFile("SurveySystemFree", ("FreeSans.ttf", "FreeSerif.ttf")),
    # Windows: Indic scripts; Thai, Lao, Khmer; Armenian, Georgian; Ethiopic; Myanmar; Mongolian
    FontFile("SurveySystemNirmala", ("Nirmala.ttf", "NirmalaUI.ttf")),
    FontFile("SurveySystemLeelawadee", ("LeelawUI.ttf", "leelawad.ttf")),
    FontFile("SurveySystemSylfaen", ("sylfaen.ttf",)),
    FontFile("SurveySystemEbrima", ("ebrima.ttf", "nyala.ttf")),
    FontFile("SurveySystemMyanmar", ("mmrtext.ttf",)),
    FontFile("SurveySystemMongolian", ("monbaiti.ttf",)),
    FontFile("SurveySystemArial", ("arial.ttf", "Arial.ttf")),
    # macOS and Office
    FontFile("SurveySystemArialUnicode", ("Arial Unicode.ttf", "ARIALUNI.TTF")),
)

#: Unicode character names whose first words do not name the Noto font of their script
_SCRIPT_ALIASES = {"canadiansyllabics": "canadianaboriginal", "cjk": "", "combining": "", "latin": ""}

#: "NotoSansHebrew-Regular.ttf" -> "hebrew" (Sans preferred to Serif; .otf files have CFF outlines)
_SCRIPT_FONT = re.compile(r"Noto(Sans|Serif)([A-Z][A-Za-z]*)-Regular\.ttf")

#: what to install, per script, named in the error message
_INSTALL_HINT = {
    Script.LATIN: "Noto Sans (Debian package fonts-noto-core)",
    Script.ARABIC: "Noto Naskh Arabic (Debian package fonts-noto-core)",
    Script.CJK: "WenQuanYi Micro Hei (Debian package fonts-wqy-microhei)",
}


def font_dirs() -> list[Path]:
    """Folders searched for font files, the application's own first."""
    home = Path.home()
    dirs = [assets_dir() / "fonts"]
    extra = os.environ.get("SURVEY_APP_FONTS")
    if extra:
        dirs.insert(0, Path(extra))
    dirs += [
        Path("/usr/share/fonts/truetype/noto"),
        Path("/usr/share/fonts/truetype/wqy"),
        Path("/usr/share/fonts/noto"),
        Path("/usr/share/fonts/google-noto"),
        Path("/usr/share/fonts/wqy-microhei"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/truetype/freefont"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        home / "Library/Fonts",
        Path("/System/Library/Fonts/Supplemental"),
    ]
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs.append(windir / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def find_font_file(font: FontFile, dirs: list[Path] | None = None) -> Path | None:
    for folder in dirs if dirs is not None else font_dirs():
        for file_name in font.file_names:
            candidate = folder / file_name
            if candidate.is_file():
                return candidate
    return None


class FontSet:
    """The fonts and the character coverage of each.

    A font file is read (and registered with reportlab) the first time it is needed: a document
    without Chinese never pays for the 5 MB WenQuanYi file.
    """

    def __init__(
        self,
        names: dict[tuple[Script, bool], str],
        files: dict[str, tuple[Path, int]],
        fallbacks: tuple[str, ...] = (),
        *,
        dirs: list[Path] | None = None,
    ):
        self._names = names
        self._files = files
        self._fallbacks = fallbacks
        self._coverage: dict[str, Mapping[int, int]] = {}
        self._lock = threading.Lock()
        #: folders searched for the system's script fonts (None: `font_dirs()`), indexed when needed
        self._dirs = dirs
        self._script_fonts: dict[str, Path] | None = None
        self._system_general: list[str] | None = None
        self._system_choice: dict[str, str | None] = {}
        #: fonts found on the system for scripts the shipped fonts lack (Hebrew, Devanagari, Thai...)
        self.system_fonts: set[str] = set()

    @property
    def base(self) -> str:
        """The font every canvas starts with (so no unembedded Helvetica appears)."""
        return self.name(Script.LATIN)

    def name(self, script: Script, *, bold: bool = False) -> str:
        """The registered name of a family's font (registering it now if needed)."""
        name = self._names[(script, bold)]
        self._cmap(name)
        return name

    def covers(self, font_name: str, char: str) -> bool:
        return ord(char) in self._cmap(font_name)

    def _cmap(self, font_name: str) -> Mapping[int, int]:
        cmap = self._coverage.get(font_name)
        if cmap is None:
            with self._lock:
                cmap = self._coverage.get(font_name)
                if cmap is None:
                    cmap = self._coverage[font_name] = _load(font_name, *self._files[font_name],
                                                             optional=font_name in self._fallbacks
                                                             or font_name in self.system_fonts)
        return cmap

    def font_for(self, char: str, script: Script, *, bold: bool = False) -> str:
        """The font to draw `char` with: its script's font, else any font that has the glyph."""
        preferred = self._names[(script, bold)]
        if self.covers(preferred, char):
            return preferred
        for other in (Script.LATIN, Script.CJK, Script.ARABIC):
            name = self._names[(other, bold)]
            if self.covers(name, char):
                return name
        for name in self._fallbacks:
            if self.covers(name, char):
                return name
        if ord(char) < 0x0370:
            return preferred  # Latin and symbols: Noto Sans has all that a system font would
        return self.system_font_for(char) or preferred  # nothing has it (see TextLayout.printable)

    # -- fonts of the system for other scripts --------------------------------------------------
    def system_font_for(self, char: str) -> str | None:
        """A font of the system that draws `char` (registered now), or None.

        First the Noto font of the character's script, named after its Unicode name ("HEBREW
        LETTER SHIN" -> NotoSansHebrew-Regular.ttf; Debian: fonts-noto-core), then general
        fonts (DejaVu Sans, FreeSans, Windows and macOS fonts). Only TrueType (glyf) fonts work.
        """
        if char in self._system_choice:
            return self._system_choice[char]
        choice = None
        for stem in self._script_stems(char):
            path = self._script_font_files().get(stem)
            if path is None:
                continue
            name = f"SurveyScript-{stem}"
            self._add_system_font(name, path)
            if self.covers(name, char):
                choice = name
                break
        if choice is None:
            for name in self._general_fonts():
                if self.covers(name, char):
                    choice = name
                    break
        self._system_choice[char] = choice
        return choice

    @staticmethod
    def _script_stems(char: str) -> list[str]:
        words = unicodedata.name(char, "").replace("-", " ").split()
        stems = []
        for count in range(min(3, len(words)), 0, -1):
            stem = "".join(words[:count]).lower()
            stem = _SCRIPT_ALIASES.get(stem, stem)
            if stem and stem not in stems:
                stems.append(stem)
        return stems

    def _script_font_files(self) -> dict[str, Path]:
        if self._script_fonts is None:
            found: dict[str, Path] = {}
            for folder in self._dirs if self._dirs is not None else font_dirs():
                try:
                    entries = sorted(os.listdir(folder))
                except OSError:
                    continue
                for entry in entries:
                    match = _SCRIPT_FONT.fullmatch(entry)
                    if match is None:
                        continue
                    stem = match.group(2).lower()
                    if stem not in found or match.group(1) == "Sans" and "Serif" in found[stem].name:
                        found[stem] = Path(folder) / entry
            self._script_fonts = found
        return self._script_fonts

    def _general_fonts(self) -> list[str]:
        if self._system_general is None:
            dirs = self._dirs if self._dirs is not None else font_dirs()
            general = []
            for font in SYSTEM_FALLBACK_FONTS:
                path = find_font_file(font, dirs)
                if path is not None:
                    self._add_system_font(font.name, path)
                    general.append(font.name)
            self._system_general = general
        return self._system_general

    def _add_system_font(self, name: str, path: Path) -> None:
        with self._lock:
            if name not in self._files:
                self._files[name] = (path, 0)
                # not among the bundled fallbacks: each character gets its own script's font first,
                # whatever fonts earlier characters brought in (a broken file covers nothing)
                self.system_fonts.add(name)


def _load(font_name: str, path: Path, subfont: int, *, optional: bool) -> Mapping[int, int]:
    """Register one font file with reportlab; its character map."""
    try:
        registered = pdfmetrics.getFont(font_name)
    except KeyError:
        try:
            registered = TTFont(font_name, str(path), subfontIndex=subfont)
        except Exception as exc:  # a damaged or unsupported font file
            if optional:
                return {}
            raise SurveyError("P001", "The font file {path} cannot be used for PDFs ({reason}).", values={"path": path, "reason": exc}) from exc
        pdfmetrics.registerFont(registered)
    return registered.face.charToGlyph


_lock = threading.Lock()
_font_set: FontSet | None = None


def font_set() -> FontSet:
    """The application's fonts (found once per process; each file read when first needed)."""
    global _font_set
    with _lock:
        if _font_set is None:
            _font_set = _find()
        return _font_set


def _find() -> FontSet:
    dirs = font_dirs()
    missing: list[str] = []
    names: dict[tuple[Script, bool], str] = {}
    files: dict[str, tuple[Path, int]] = {}
    for (script, bold), font in FONT_FILES.items():
        names[(script, bold)] = font.name
        if font.name in files:
            continue
        path = find_font_file(font, dirs)
        if path is None:
            missing.append(f"{' or '.join(font.file_names)} ({_INSTALL_HINT[script]})")
            continue
        files[font.name] = (path, font.subfont)
    if missing:
        raise SurveyError(
            "P001",
            "The PDF cannot be written because these fonts were not found: {fonts}. Searched: {folders} and the "
            "system font folders.",
            values={"fonts": "; ".join(dict.fromkeys(missing)), "folders": ", ".join(str(d) for d in dirs[:3])},
        )
    for script in Script:
        regular, bold = names[(script, False)], names[(script, True)]
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    fallbacks = []
    for font in FALLBACK_FONTS:
        path = find_font_file(font, dirs)
        if path is not None:
            files[font.name] = (path, font.subfont)
            fallbacks.append(font.name)
    return FontSet(names, files, tuple(fallbacks), dirs=dirs)
