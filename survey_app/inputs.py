"""Reading a file the user chose: only a regular file, and never more bytes than a limit.

`stat` alone is not enough: `/dev/zero` reports size 0 and never ends, a named pipe (FIFO) blocks
whoever opens it, and a file can be swapped between a `stat` and an `open`. So the file is opened
without blocking, its kind and size are taken from the open descriptor, and at most `limit` + 1
bytes are read. Each reader turns these exceptions into its own catalogue code.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from survey_app.i18n.core import N_

#: "{path} is …, not a file", by kind, for the readers' messages (translated where shown)
NOT_A_FILE = {
    "folder": N_("{path} is a folder, not a file."),
    "device": N_("{path} is a device, not a file."),
    "pipe": N_("{path} is a named pipe, not a file."),
    "socket": N_("{path} is a socket, not a file."),
    "other": N_("{path} is not a regular file."),
}


class NotRegularFile(OSError):
    """The path names a folder, a device, a named pipe or a socket, not a file."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(NOT_A_FILE[kind].format(path=path))
        self.path = path
        #: a key of NOT_A_FILE
        self.kind = kind

    @property
    def message(self) -> str:
        """The message template for SurveyError, with the value `path`."""
        return NOT_A_FILE[self.kind]


class TooLarge(OSError):
    """The file holds more than the reader's limit (`size` is at least `limit` + 1)."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"{path} is larger than {limit} bytes")
        self.path = path
        self.size = size
        self.limit = limit


def kind_of(mode: int) -> str:
    """What a file-system entry that is not a file is: a key of NOT_A_FILE."""
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def read_regular_file(path: Path, *, limit: int, prefix: int | None = None) -> bytes:
    """The bytes of the regular file `path`, refusing anything else and anything over `limit`;
    only its first `prefix` bytes when given (the size is still checked against `limit`).

    Raises NotRegularFile, TooLarge, or the OSError of opening or reading.
    """
    path = Path(path)
    before = os.stat(path)  # follows links, like open(); refuses a FIFO before opening it
    if not stat.S_ISREG(before.st_mode):
        raise NotRegularFile(path, kind_of(before.st_mode))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        opened = os.fstat(descriptor)  # what was opened, if the path changed since the stat
        if not stat.S_ISREG(opened.st_mode):
            raise NotRegularFile(path, kind_of(opened.st_mode))
        if opened.st_size > limit:
            raise TooLarge(path, opened.st_size, limit)
        chunks: list[bytes] = []
        remaining = limit + 1 if prefix is None else min(prefix, limit + 1)
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:  # the file grew after the fstat
        raise TooLarge(path, len(data), limit)
    return data
