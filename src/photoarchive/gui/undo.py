"""Undoable edits: each one saves through the facade at once and can be taken back.

A command's ``redo`` is the save (QUndoStack runs it when the command is
pushed), ``undo`` saves the old value back; both go through the facade so the
edit history records the undo too. The saves themselves run on the worker
(:class:`~photoarchive.gui.edit_saver.PhotoEditor`); a save that fails marks its
command obsolete, so the stack drops it instead of undoing what never happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from photoarchive.services.themes import ACCEPTED, REJECTED

if TYPE_CHECKING:
    from photoarchive.services.archive import Archive

Save = Callable[["Archive", str], object]  # (archive, actor)
Submit = Callable[[int, Callable[["Archive"], object], Callable[[], None]], None]

ACTOR = "gui"
UNDO_ACTOR = "gui (undo)"


class PhotoEditCommand(QUndoCommand):
    """One change to one photo: ``forward`` saves it, ``backward`` puts the old value back."""

    def __init__(
        self, text: str, photo_id: int, submit: Submit, forward: Save, backward: Save
    ) -> None:
        super().__init__(text)
        self.photo_id = photo_id
        self._submit = submit
        self._forward = forward
        self._backward = backward

    def redo(self) -> None:
        forward = self._forward
        self._submit(self.photo_id, lambda archive: forward(archive, ACTOR), self._failed)

    def undo(self) -> None:
        backward = self._backward
        self._submit(self.photo_id, lambda archive: backward(archive, UNDO_ACTOR), self._failed)

    def _failed(self) -> None:
        if shiboken6.isValid(self):  # the stack may have dropped it meanwhile
            self.setObsolete(True)


def caption_command(submit: Submit, photo_id: int, old: str, new: str) -> PhotoEditCommand:
    return PhotoEditCommand(
        QCoreApplication.translate("Undo", "Edit caption of photo {id}").format(id=photo_id),
        photo_id,
        submit,
        lambda archive, actor: archive.set_caption(photo_id, new, actor=actor),
        lambda archive, actor: archive.set_caption(photo_id, old, actor=actor),
    )


def credit_command(submit: Submit, photo_id: int, old: str, new: str) -> PhotoEditCommand:
    """Print a new credit (parsed by the caption rules); undo prints the old one again."""
    return PhotoEditCommand(
        QCoreApplication.translate("Undo", "Edit credit of photo {id}").format(id=photo_id),
        photo_id,
        submit,
        lambda archive, actor: archive.set_credit(photo_id, new, actor=actor),
        lambda archive, actor: archive.set_credit(photo_id, old, actor=actor),
    )


def theme_command(
    submit: Submit, photo_id: int, key: str, label: str, old: str | None, new: str | None
) -> PhotoEditCommand:
    """Move a photo's theme from state ``old`` to ``new`` (None: no link at all)."""
    if new == ACCEPTED:
        text = QCoreApplication.translate("Undo", "Accept theme {theme} on photo {id}")
    elif new == REJECTED:
        text = QCoreApplication.translate("Undo", "Reject theme {theme} on photo {id}")
    elif new is None:
        text = QCoreApplication.translate("Undo", "Remove theme {theme} from photo {id}")
    else:
        text = QCoreApplication.translate("Undo", "Tag photo {id} with {theme}")
    return PhotoEditCommand(
        text.format(theme=label, id=photo_id),
        photo_id,
        submit,
        lambda archive, actor: archive.themes.set_source(photo_id, key, new, actor=actor),
        lambda archive, actor: archive.themes.set_source(photo_id, key, old, actor=actor),
    )
