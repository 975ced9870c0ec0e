"""The one error this package raises: a photo that cannot be read at all."""

from __future__ import annotations

from photoarchive.errors import InputError

_HINT = "Leave this file out of the import, or export it again from its source."


class UnreadablePhotoError(InputError):
    """A file that is not a readable image; ``reason`` says why, in plain words.

    The importer runs readers in worker processes, so the error must survive
    pickling with its ``name`` and ``reason`` intact (hence ``__reduce__``).
    """

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: cannot read this photo: {reason}", hint=_HINT)
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple[type[UnreadablePhotoError], tuple[str, str]]:
        return (type(self), (self.name, self.reason))
