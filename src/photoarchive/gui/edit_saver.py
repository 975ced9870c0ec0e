"""Saving photo edits off the UI thread and showing the photo as it then is.

A caption, credit or theme change writes the catalogue and updates the search
index (tens of milliseconds), so it runs on the runner's serial edit lane; the
worker also reads the photo back, and the window only lays the answer out.
Edits land in the order they were made, so an undo never overtakes its edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from photoarchive.gui.error_text import known_error_text
from photoarchive.gui.workers import Runner
from photoarchive.services.rows import PhotoRow
from photoarchive.services.views import PhotoView

if TYPE_CHECKING:
    from photoarchive.services.archive import Archive

Write = Callable[["Archive"], object]


@dataclass(frozen=True, slots=True)
class Edited:
    """One photo after an edit: what the inspector, the theme panel and the grid show."""

    photo: PhotoView  # Archive.photo(): with its themes and licence
    history: list[dict[str, Any]]
    row: PhotoRow | None  # the grid's row (None if the photo is gone)


def _read_back(archive: Archive, photo_id: int) -> Edited:
    rows = archive.browse.rows_by_ids([photo_id])
    return Edited(archive.photo(photo_id), archive.history(photo_id), rows[0] if rows else None)


class PhotoEditor(QObject):
    """Runs edits one at a time on the worker; reports each result on the GUI thread."""

    applied = Signal(object)  # Edited
    failed = Signal(int, str)  # photo id, what went wrong
    settled = Signal()  # no edit is waiting any more: recount once, not per edit

    def __init__(self, archive: Archive, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.pending = 0  # edits started whose answer has not arrived yet

    def submit(
        self, photo_id: int, write: Write, on_failed: Callable[[], None] | None = None
    ) -> None:
        """Save ``write`` after every edit submitted before it; ``on_failed`` if it raises."""
        self.pending += 1
        archive = self.archive

        def work() -> Edited:
            write(archive)
            return _read_back(archive, photo_id)

        self.runner.run_edit(
            work, on_result=self._done, on_error=lambda exc: self._fail(photo_id, exc, on_failed)
        )

    def _done(self, edited: Edited) -> None:
        self.pending -= 1
        self.applied.emit(edited)
        self._maybe_settled()

    def _fail(
        self, photo_id: int, exc: BaseException, on_failed: Callable[[], None] | None
    ) -> None:
        self.pending -= 1
        if on_failed is not None:
            on_failed()
        self.failed.emit(photo_id, known_error_text(exc, self.archive.root) or str(exc))
        self._maybe_settled()

    def _maybe_settled(self) -> None:
        if self.pending == 0:
            self.settled.emit()
