"""UN Member States in six languages; codes, names and custom States."""

from __future__ import annotations

import pytest

from survey_app.storage.api import State
from survey_app.storage.states import (
    STATE_NAME_CHARS,
    UN_MEMBER_CODES,
    clean_state_name,
    is_state_code,
    member_states,
    resolve_state,
)


def test_193_member_states_in_each_language() -> None:
    assert len(UN_MEMBER_CODES) == 193
    for language in ("ar", "zh", "en", "fr", "ru", "es"):
        states = member_states(language)
        assert len(states) == 193 and all(state.name for state in states)
    assert "TWN" not in UN_MEMBER_CODES and "VAT" not in UN_MEMBER_CODES and "PSE" not in UN_MEMBER_CODES


@pytest.mark.parametrize("text", ["FRA", "fra", "FR", "France", "france", "Francia", "Франция", "法国", "فرنسا", "French Republic"])
def test_france_from_code_or_any_un_language(text: str) -> None:
    assert resolve_state(text).code == "FRA"


def test_names_follow_the_language_and_custom_states_keep_their_name() -> None:
    assert resolve_state("DEU", language="fr").name == "Allemagne"
    assert resolve_state("Germany", language="zh").name == "德国"
    custom = resolve_state("  Republic of   Examplia ")
    assert custom.code is None and custom.name == "Republic of Examplia"
    assert custom.key == "custom:republic of examplia"
    with pytest.raises(ValueError):
        resolve_state("   ")


def test_observer_states_and_one_spelling_per_custom_name() -> None:
    assert resolve_state("PSE", language="fr") == State("PSE", "État de Palestine")
    assert resolve_state("Holy See", language="zh") == State("VAT", "教廷")
    assert resolve_state("Tai\u0308wan") == resolve_state("Taïwan")  # decomposed and composed: one State
    assert resolve_state("\u202eAtlantis\u200b") == State(None, "Atlantis")


def test_a_state_name_has_no_control_characters_and_a_limited_length() -> None:
    assert clean_state_name(" Atlantis\n\tNorth \u200b") == "Atlantis North"
    for bad in ("Atl\x00antis", "Atlantis\x1b[2J", "A" * (STATE_NAME_CHARS + 1), "\u202e"):
        with pytest.raises(ValueError):
            resolve_state(bad)
    assert is_state_code("FRA") and is_state_code("PSE") and not is_state_code("fra") and not is_state_code("ATL")
