"""The window's edits: what the inspector reports becomes an undoable save.

The caption and credit fields report ``(old, new)``; this controller pushes the
matching command on the window's undo stack (the save itself runs on the
worker, see :mod:`photoarchive.gui.edits`) and, when a save is reported, shows
the photo as saved in the grid, the inspector and its panels, or says why it
was not saved. Theme decisions take the same path through the cataloguing
controller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from photoarchive.errors import PhotoarchiveError
from photoarchive.gui.edits import Edited
from photoarchive.gui.undo import caption_command, credit_command

if TYPE_CHECKING:
    from photoarchive.gui.main_window import MainWindow


class Editing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.warning: QMessageBox | None = None
        window.editor.applied.connect(self._applied)
        window.editor.failed.connect(self._failed)
        window.inspector.caption_committed.connect(self.edit_caption)
        window.inspector.credit_committed.connect(self.edit_credit)

    def edit_caption(self, photo_id: int, old: str, new: str) -> None:
        """Save a caption (on the worker, through the undo stack: Ctrl+Z takes it back)."""
        w = self.window
        w.undo_stack.push(caption_command(w.editor.submit, photo_id, old, new))

    def edit_credit(self, photo_id: int, old: str, new: str) -> None:
        """Save a credit as printed; the facade parses it into role and contributors."""
        w = self.window
        w.undo_stack.push(credit_command(w.editor.submit, photo_id, old, new))

    def _applied(self, edited: Edited) -> None:
        """An edit (or its undo) is saved: show the photo as the catalogue now has it."""
        if edited.row is not None:
            self.window.model.replace_row(edited.row)
        self._show(edited.photo, edited.history)

    def _failed(self, photo_id: int, message: str) -> None:
        """A save failed: say so, drop its command and show what the catalogue holds."""
        stack = self.window.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if top is not None and top.isObsolete():
            stack.undo()  # an obsolete command is dropped, not undone
        self.warning = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not saved"),
            message,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.warning.open()
        shown = self.window.inspector.photo
        if shown is None or shown["id"] != photo_id:
            return
        archive = self.window.archive
        try:
            self._show(archive.photo(photo_id), archive.history(photo_id))
        except PhotoarchiveError:
            return  # gone meanwhile: the message says so

    def _show(self, photo: dict[str, Any], history: list[dict[str, Any]]) -> None:
        shown = self.window.inspector.photo
        if shown is not None and shown["id"] == photo["id"]:
            self.window.inspector.show_photo(photo, history=history, keep_preview=True)
            self.window.cataloguing.show(photo)
