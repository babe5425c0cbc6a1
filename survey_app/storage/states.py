"""The 193 UN Member States, named in the six UN languages, and resolving what a user typed.

Codes are ISO 3166-1 alpha-3 (pycountry); names in Arabic, Chinese, English, French, Russian and
Spanish come from pycountry's iso3166-1 gettext catalogues; the two observer States (Holy See, State
of Palestine) are known too.  Anything else (e.g. a fictional State for training) is kept as a custom
State: no code, the name as typed.
"""

from __future__ import annotations

import functools
import gettext
import unicodedata

import pycountry

from survey_app import limits
from survey_app.storage.api import State

#: Alpha-3 codes of the 193 Member States of the United Nations.
UN_MEMBER_CODES: frozenset[str] = frozenset(
    ["AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE"]
)

#: The two non-member observer States, with their names as the UN writes them in its six languages
#: (pycountry's are "Holy See (Vatican City State)" and "Palestine, State of").
OBSERVER_STATES: dict[str, dict[str, str]] = {
    "VAT": {"ar": "الكرسي الرسولي", "zh": "教廷", "en": "Holy See", "fr": "Saint-Siège", "ru": "Святой Престол",
            "es": "Santa Sede"},
    "PSE": {"ar": "دولة فلسطين", "zh": "巴勒斯坦国", "en": "State of Palestine", "fr": "État de Palestine",
            "ru": "Государство Палестина", "es": "Estado de Palestina"},
}

#: The six UN languages and the pycountry locale that holds each one's names.
_LOCALES: dict[str, str] = {"ar": "ar", "zh": "zh_CN", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}

#: Short names people actually type, beyond pycountry's name / official / common names.
_EXTRA_ALIASES: dict[str, str] = {
    "united kingdom": "GBR",
    "uk": "GBR",
    "usa": "USA",
    "united states": "USA",
    "russia": "RUS",
    "iran": "IRN",
    "syria": "SYR",
    "south korea": "KOR",
    "north korea": "PRK",
    "laos": "LAO",
    "vietnam": "VNM",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "tanzania": "TZA",
    "moldova": "MDA",
    "micronesia": "FSM",
    "turkey": "TUR",
    "congo-kinshasa": "COD",
    "drc": "COD",
    "ivory coast": "CIV",
    "cape verde": "CPV",
    "swaziland": "SWZ",
    "macedonia": "MKD",
    "czech republic": "CZE",
    "brunei": "BRN",
}


def _fold(text: str) -> str:
    """Case, accent and spacing insensitive form of a name, for matching what users type."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("’", "'").split())


@functools.cache
def _translator(language: str) -> gettext.NullTranslations:
    locale = _LOCALES.get(language, "en")
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
    except OSError:
        return gettext.NullTranslations()


def member_state_name(code: str, language: str = "en") -> str:
    """The name of a Member State (or observer State) in one of the six UN languages (English when
    not translated)."""
    observer = OBSERVER_STATES.get(code.upper())
    if observer is not None:
        return observer.get(language, observer["en"])
    country = pycountry.countries.get(alpha_3=code.upper())
    if country is None:
        raise KeyError(code)
    return _translator(language).gettext(country.name)


def member_states(language: str = "en", *, observers: bool = False) -> list[State]:
    """All 193 Member States (and the two observer States if asked), sorted by name in `language`."""
    codes = set(UN_MEMBER_CODES) | (set(OBSERVER_STATES) if observers else set())
    states = [State(code, member_state_name(code, language)) for code in codes]
    return sorted(states, key=lambda state: _fold(state.name))


@functools.cache
def _name_index() -> dict[str, str]:
    """Folded name (any of the six languages, official and common names) -> alpha-3 code."""
    index: dict[str, str] = {}
    for code in UN_MEMBER_CODES:
        country = pycountry.countries.get(alpha_3=code)
        english = [country.name]
        english += [getattr(country, attr) for attr in ("official_name", "common_name") if hasattr(country, attr)]
        for language in _LOCALES:
            translate = _translator(language).gettext
            for name in english:
                index.setdefault(_fold(translate(name)), code)
    for code, names in OBSERVER_STATES.items():
        for name in names.values():
            index.setdefault(_fold(name), code)
    for alias, code in {**_EXTRA_ALIASES, "palestine": "PSE", "vatican": "VAT"}.items():
        index.setdefault(_fold(alias), code)
    return index


STATE_NAME_CHARS = limits.STATE_NAME_CHARS


def resolve_state(text: str, *, language: str = "en") -> State:
    """A State from a code ("FRA", "fr"), a name in any UN language ("Francia", "法国") or a custom name.

    Member States get their ISO code and their name in `language`; anything else is a custom State
    with the name as typed (cleaned by `clean_state_name`).  Raises ValueError for a name that
    cannot be one.
    """
    cleaned = clean_state_name(text)
    code = _code_for(cleaned)
    if code is not None:
        return State(code, member_state_name(code, language))
    return State(None, cleaned)


def clean_state_name(text: str) -> str:
    """A State name in its one stored spelling: composed characters (NFC: "Taïwan" typed two ways
    is one State), no invisible direction or zero-width characters, spaces and line breaks as
    single spaces. Raises ValueError (saying why) for an empty or too long name, or one with
    control characters."""
    # format characters (zero-width, direction marks and isolates, word joiners, tags) are invisible:
    # "Fr\u2060ance" must not be a second State that looks like France
    composed = unicodedata.normalize("NFC", text)
    cleaned = " ".join("".join(ch for ch in composed if unicodedata.category(ch) != "Cf").split())
    if not cleaned:
        raise ValueError("a State name or code is needed")
    if len(cleaned) > STATE_NAME_CHARS:
        raise ValueError(f"a State name is at most {STATE_NAME_CHARS} characters")
    if any(unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") for ch in cleaned):
        raise ValueError("a State name cannot contain control, private-use or unassigned characters")
    return cleaned


def is_state_code(code: str) -> bool:
    """Whether `code` is the alpha-3 code of a UN Member State or observer State, as stored."""
    return code in UN_MEMBER_CODES or code in OBSERVER_STATES




def _code_for(text: str) -> str | None:
    upper = text.upper()
    if is_state_code(upper):
        return upper
    if len(upper) == 2 and upper.isascii():
        country = pycountry.countries.get(alpha_2=upper)
        if country is not None and country.alpha_3 in UN_MEMBER_CODES:
            return country.alpha_3
    return _name_index().get(_fold(text))
