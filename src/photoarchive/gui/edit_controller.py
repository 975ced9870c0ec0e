"""The window's edits: what the inspector reports becomes an undoable save.

The caption and credit fields report ``(old, new)``; this controller pushes the
matching command on the undo stack (the save itself runs on the worker, see
:mod:`photoarchive.gui.edit_saver`) and, when a save is reported, shows the
photo as saved in the grid, the inspector and its panels, or says why it was
not saved. Theme decisions take the same path through the cataloguing
controller.

It is given what it works with (the saver, the inspector, the grid model, the
cataloguing controller, the undo stack and the archive it reads a photo back
from), so it needs no window: the window only builds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from photoarchive.errors import PhotoarchiveError
from photoarchive.gui.cataloguing import Cataloguing
from photoarchive.gui.edit_saver import Edited, PhotoEditor
from photoarchive.gui.grid_model import PhotoGridModel
from photoarchive.gui.inspector import Inspector
from photoarchive.gui.undo import caption_command, credit_command
from photoarchive.services.views import PhotoView

if TYPE_CHECKING:
    from photoarchive.services.archive import Archive


class EditController(QObject):
    def __init__(
        self,
        inspector: Inspector,
        undo_stack: QUndoStack,
        editor: PhotoEditor,
        model: PhotoGridModel,
        cataloguing: Cataloguing,
        archive: Archive,
        parent: QWidget | None = None,
    ) -> None:
        """``parent`` also owns the "Not saved" message box (None: a window of its own)."""
        super().__init__(parent)
        self.inspector = inspector
        self.undo_stack = undo_stack
        self.editor = editor
        self.model = model
        self.cataloguing = cataloguing
        self.archive = archive
        self._message_parent = parent
        self.warning: QMessageBox | None = None
        editor.applied.connect(self._applied)
        editor.failed.connect(self._failed)
        inspector.caption_committed.connect(self.edit_caption)
        inspector.credit_committed.connect(self.edit_credit)

    def edit_caption(self, photo_id: int, old: str, new: str) -> None:
        """Save a caption (on the worker, through the undo stack: Ctrl+Z takes it back)."""
        self.undo_stack.push(caption_command(self.editor.submit, photo_id, old, new))

    def edit_credit(self, photo_id: int, old: str, new: str) -> None:
        """Save a credit as printed; the facade parses it into role and contributors."""
        self.undo_stack.push(credit_command(self.editor.submit, photo_id, old, new))

    def _applied(self, edited: Edited) -> None:
        """An edit (or its undo) is saved: show the photo as the catalogue now has it."""
        if edited.row is not None:
            self.model.replace_row(edited.row)
        self._show(edited.photo, edited.history)

    def _failed(self, photo_id: int, message: str) -> None:
        """A save failed: say so, drop its command and show what the catalogue holds."""
        stack = self.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if top is not None and top.isObsolete():
            stack.undo()  # an obsolete command is dropped, not undone
        self.warning = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not saved"),
            message,
            QMessageBox.StandardButton.Ok,
            self._message_parent,
        )
        self.warning.open()
        shown = self.inspector.photo
        if shown is None or shown.id != photo_id:
            return
        archive = self.archive
        try:
            self._show(archive.photo(photo_id), archive.history(photo_id))
        except PhotoarchiveError:
            return  # gone meanwhile: the message says so

    def _show(self, photo: PhotoView, history: list[dict[str, Any]]) -> None:
        shown = self.inspector.photo
        if shown is not None and shown.id == photo.id:
            self.inspector.show_photo(photo, history=history, keep_preview=True)
            self.cataloguing.show(photo)
