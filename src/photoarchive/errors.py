"""Errors a user can act on.

Every error raised on purpose by the core is a :class:`PhotoarchiveError` whose
message says what went wrong *and* what to do; front ends print the message and
never a traceback.
"""

from __future__ import annotations


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


class NotFoundError(PhotoarchiveError):
    """A photo, feature or theme id does not exist."""


class QuerySyntaxError(InputError):
    """A search query cannot be understood."""


class Cancelled(PhotoarchiveError):
    """The user cancelled a long operation; whatever was finished is kept consistent."""

    exit_code = 130
