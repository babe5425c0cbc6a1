"""National Survey of Implementation: an offline desktop tool for the UN framework of responsible
State behaviour in the use of ICTs."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`survey_app.__version__`, read from the installed package's metadata when first asked for:
    importing importlib.metadata costs ~25 ms, which the application's start-up need not pay."""
    if name != "__version__":
        raise AttributeError(f"module 'survey_app' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("survey-app")
    except PackageNotFoundError:  # running from a bare checkout or a frozen bundle without metadata
        found = "0.1.0"
    globals()["__version__"] = found
    return found
