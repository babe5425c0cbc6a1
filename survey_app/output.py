"""Writing a file that holds answers: whole or not at all, and readable by its owner only.

Every export (submission PDF, comparison PDF or text, JSON answers) goes through `private_output`:
the content is written to a new temporary file beside the destination, created owner-only (0600)
with O_EXCL and without following links (`tempfile.mkstemp`), through the descriptor that created
it, so nothing planted in the folder can redirect the bytes; it is then renamed over the
destination, so a reader never sees half a file and other accounts on the machine never see the
answers. A failure removes the temporary file and leaves the destination as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

#: permissions of every file the application writes that can contain answers
PRIVATE_FILE_MODE = 0o600


@contextlib.contextmanager
def private_output(out: Path) -> Iterator[BinaryIO]:
    """Yield an owner-only binary file to write; when the block ends without error it replaces `out`.

    Raises OSError when the file cannot be created, written or renamed (the caller names it with
    its own catalogue code); any failure inside the block removes the temporary file.
    """
    out = Path(out)
    # a short visible name (one a killed export leaves is seen and deleted); a long destination
    # name must not overflow the folder's name limit
    descriptor, temporary = tempfile.mkstemp(dir=out.parent, prefix=f"{out.name[:24]}.", suffix=".partial")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())  # complete on disk before it takes the destination's name
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_private_text(out: Path, text: str) -> Path:
    """Write `text` (UTF-8) to `out` whole and owner-only; raises OSError."""
    with private_output(out) as handle:
        handle.write(text.encode("utf-8"))
    return Path(out)
