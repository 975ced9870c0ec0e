"""Errors of the search index a user (or the services layer) can act on."""

from __future__ import annotations

from photoarchive.errors import LibraryError, PhotoarchiveError


class IndexNeedsRebuild(LibraryError):
    """The index is missing, damaged or from another version; rebuilding fixes it."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"The search index cannot be used: {reason}.",
            hint="Rebuild it with `photoarchive reindex` (the catalogue is not affected).",
        )
        self.reason = reason


class IndexBusy(PhotoarchiveError):
    """Another task kept the index locked for writing longer than we could wait."""

    def __init__(self, waited: float) -> None:
        super().__init__(
            f"The search index is being updated by another task (waited {waited:.0f} s).",
            hint="Try again when the other import or reindex has finished.",
        )
