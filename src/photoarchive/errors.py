"""Errors a user can act on.

Every error raised on purpose by the core is a :class:`PhotoarchiveError` whose
message says what went wrong *and* what to do; front ends print the message and
never a traceback.
"""

from __future__ import annotations

import shutil
from pathlib import Path


class PhotoarchiveError(Exception):
    """Base of all expected errors; ``exit_code`` is what the CLI returns."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


class InputError(PhotoarchiveError):
    """The input (a file, a folder, an argument) cannot be used; nothing was written."""


class FeatureTextError(InputError):
    """A feature text file is empty, binary or in an encoding we cannot identify."""


class MismatchError(InputError):
    """Captions and photos do not pair up; nothing was written."""


class LibraryError(PhotoarchiveError):
    """The library folder or catalogue cannot be opened or upgraded."""


class ReadOnlyLibraryError(LibraryError):
    """A write was asked of a library on a read-only disk or share."""


class NotFoundError(PhotoarchiveError):
    """A photo, feature or theme id does not exist."""


class QuerySyntaxError(InputError):
    """A search query cannot be understood."""


class Cancelled(PhotoarchiveError):
    """The user cancelled a long operation; whatever was finished is kept consistent."""

    exit_code = 130


def free_bytes(folder: object) -> int:
    """Free space on the disk holding ``folder`` (or its nearest existing parent)."""
    place = Path(str(folder))
    while not place.exists() and place != place.parent:
        place = place.parent
    try:
        return shutil.disk_usage(place).free
    except OSError:
        return 0


class DiskFullError(PhotoarchiveError):
    """The disk is full: which one, how much is free, and how much the work needs."""

    def __init__(self, folder: object, *, needed: int | None) -> None:
        free = free_bytes(folder)
        need = f"; this needs about {needed / 1e6:,.0f} MB" if needed else ""
        super().__init__(
            f"The disk holding {folder} is full ({free / 1e6:,.0f} MB free{need}). "
            "Nothing half-written was kept.",
            hint="Free some space on that disk (or choose another library or destination), "
            "then run the same command again.",
        )
