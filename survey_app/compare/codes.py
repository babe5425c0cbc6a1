"""Error codes of year-over-year work: carry forward and comparison (C7xx).

Registered once, here, at import time; tests assert the code, not the wording.
"""

from __future__ import annotations

from survey_app.errors import register

CARRY_SAME_CYCLE = "C701"
CARRY_EXISTS = "C702"
CARRY_FAILED = "C703"
COMPARE_NO_RESPONSE = "C711"
COMPARE_OTHER_STATE = "C712"
COMPARE_UNKNOWN_QUESTIONNAIRE = "C713"
COMPARE_UNKNOWN_STATE = "C714"
COMPARE_BAD_OUTPUT = "C715"

_CODES: tuple[tuple[str, str, str], ...] = (
    (
        CARRY_SAME_CYCLE,
        "the new cycle is not later than the previous one",
        "Choose a reporting year after the year of the response you start from.",
    ),
    (
        CARRY_EXISTS,
        "a response for this State and cycle already exists",
        "Open the existing response, or delete it first if you want to start again from last cycle.",
    ),
    (
        CARRY_FAILED,
        "the answers of the previous cycle could not be copied",
        "Nothing was changed. Check that the database file can be written, then try again.",
    ),
    (
        COMPARE_NO_RESPONSE,
        "there is no response for this State and year",
        "Check the State and the years; `survey-app list` shows the responses in the database.",
    ),
    (
        COMPARE_OTHER_STATE,
        "the two responses are about different States",
        "Compare two responses of the same State.",
    ),
    (
        COMPARE_UNKNOWN_QUESTIONNAIRE,
        "the questionnaire of a response is not installed",
        "Add the questionnaire file the response was made with (same id and version), then try again.",
    ),
    (
        COMPARE_UNKNOWN_STATE,
        "no State matches the name or code given",
        "Give the three-letter code (e.g. FRA) or the name exactly as in the response.",
    ),
    (
        COMPARE_BAD_OUTPUT,
        "the comparison could not be written",
        "Choose a folder you can write to, with free space, and close the file if it is open elsewhere.",
    ),
)

for _code, _title, _fix in _CODES:
    register(_code, _title, _fix)
