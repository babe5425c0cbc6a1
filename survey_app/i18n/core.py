"""Translation of the core's fixed wording (PDF labels, command messages) without Qt.

Use: `_ = translator(language)` then `_("No answer provided")`. Strings are marked in the source
with `_()` (or `N_()` for module-level constants) so Babel can extract them into `i18n/core/`.
"""

from __future__ import annotations

from collections.abc import Callable


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


def translator(language: str) -> Callable[[str], str]:
    """The gettext function for `language`; falls back to the English text."""
    # Placeholder until the catalogues of issue 7 exist: the English text.
    return lambda message: message
