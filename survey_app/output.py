"""Writing a file that holds answers: whole or not at all, and readable by its owner only.

Every export (submission PDF, comparison PDF or text, JSON answers) goes through `private_output`:
the content is written to `<name>.partial`, created owner-only (0600) before any byte is written,
then renamed over the destination, so a reader never sees half a file and other accounts on the
machine never see the answers. A failure removes the partial file and leaves the destination as
it was.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

#: permissions of every file the application writes that can contain answers
PRIVATE_FILE_MODE = 0o600


def create_private(path: Path) -> None:
    """Create `path` empty and owner-only (replacing a leftover), or make an existing file owner-only."""
    with contextlib.suppress(FileNotFoundError):
        Path(path).unlink()
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    os.close(descriptor)


def make_private(path: Path) -> None:
    """Owner-only permissions for an existing file (where the platform has them; never fails)."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE_MODE)


@contextlib.contextmanager
def private_output(out: Path) -> Iterator[Path]:
    """Yield the owner-only partial file to write; on success it replaces `out`.

    Raises OSError when the partial file cannot be created or renamed (the caller names it with its
    own catalogue code); any failure inside the block removes the partial file.
    """
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    create_private(partial)
    try:
        yield partial
        make_private(partial)  # a writer may have replaced the file instead of writing into it
        os.replace(partial, out)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def write_private_text(out: Path, text: str) -> Path:
    """Write `text` (UTF-8) to `out` whole and owner-only; raises OSError."""
    with private_output(out) as partial:
        partial.write_text(text, encoding="utf-8")
    return Path(out)
