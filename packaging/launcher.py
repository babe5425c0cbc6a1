"""Entry point of the frozen application (both executables of the bundle).

PyInstaller runs this file as `__main__`. It only makes sure standard output and standard error exist
(a windowed Windows executable starts with none, and `print` or a traceback would then crash) and
hands over to `survey_app.cli.main`, exactly like the `survey-app` console script of a pip install.
"""

from __future__ import annotations

import sys


def _ensure_standard_streams() -> None:
    """Give a windowed executable somewhere to write: a log file in the user's data folder."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    try:
        from survey_app.paths import user_data_dir

        stream = open(user_data_dir() / "survey-app-console.log", "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        import os

        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


def main() -> int:
    _ensure_standard_streams()
    from survey_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
