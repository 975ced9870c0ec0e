"""The edit controller without a window: a real inspector, grid model, undo stack and archive."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from photoarchive.gui.cataloguing import Cataloguing
from photoarchive.gui.edit_controller import EditController
from photoarchive.gui.edit_saver import PhotoEditor
from photoarchive.gui.grid_model import FilterSource, PhotoGridModel
from photoarchive.gui.grid_view import THUMB_BOX
from photoarchive.gui.inspector import PREVIEW_SIZE, Inspector
from photoarchive.gui.thumbnails import ThumbnailLoader
from photoarchive.gui.workers import Runner

NEW = "图为衡阳县库宗桥镇华山村的稻田。"


@dataclass
class Parts:
    archive: object
    inspector: Inspector
    undo_stack: QUndoStack
    editor: PhotoEditor
    model: PhotoGridModel
    cataloguing: Cataloguing
    controller: EditController

    def show(self, photo_id: int) -> None:
        """What the window does when a photo is selected: the inspector and its panels show it."""
        photo = self.archive.photo(photo_id)
        self.inspector.show_photo(photo, history=self.archive.history(photo_id))
        self.cataloguing.show(photo)

    def grid_caption(self, photo_id: int) -> str:
        return self.model.row_at(self.model.row_of(photo_id)).caption


@pytest.fixture
def parts(qtbot, imported) -> Parts:
    runner = Runner(synchronous=True)
    undo_stack = QUndoStack()
    editor = PhotoEditor(imported, runner)
    inspector = Inspector(ThumbnailLoader(PREVIEW_SIZE, capacity=4))
    qtbot.addWidget(inspector)
    model = PhotoGridModel(FilterSource(imported), ThumbnailLoader(THUMB_BOX))
    model.fetchMore()
    cataloguing = Cataloguing(inspector, undo_stack, editor)
    controller = EditController(inspector, undo_stack, editor, model, cataloguing, imported)
    return Parts(imported, inspector, undo_stack, editor, model, cataloguing, controller)


def test_a_committed_caption_is_saved_shown_and_undone(parts):
    archive = parts.archive
    parts.show(4)
    old = archive.photo(4).caption
    field = parts.inspector.caption
    field.setPlainText(NEW)
    field.commit()  # what Enter or leaving the field does
    assert archive.photo(4).caption == NEW
    assert [(h["field"], h["old"], h["new"], h["actor"]) for h in archive.history(4)] == [
        ("caption", old, NEW, "gui")
    ]
    assert parts.grid_caption(4) == NEW
    assert parts.undo_stack.count() == 1
    assert parts.undo_stack.undoText() == "Edit caption of photo 4"
    assert "caption" in parts.inspector.history.text()
    parts.undo_stack.undo()
    assert archive.photo(4).caption == old
    assert field.toPlainText() == old
    assert parts.grid_caption(4).startswith(old[:50])
    assert [(h["old"], h["new"], h["actor"]) for h in archive.history(4)] == [
        (old, NEW, "gui"),
        (NEW, old, "gui (undo)"),
    ]
    parts.undo_stack.redo()
    assert archive.photo(4).caption == NEW and field.toPlainText() == NEW


def test_a_committed_credit_is_parsed_and_shown_in_the_inspector(parts):
    archive = parts.archive
    parts.show(4)
    field = parts.inspector.credit
    field.setText("罗 铭 摄")
    field.commit()
    credit = archive.photo(4).credit
    assert (credit.as_printed, credit.role) == ("罗 铭 摄", "photographer")
    role = parts.inspector._fields["role"][1].text()
    assert "photographer" in role and "罗铭" in role
    assert parts.undo_stack.undoText() == "Edit credit of photo 4"


def test_a_save_for_a_photo_no_longer_shown_leaves_the_inspector_alone(parts):
    parts.show(4)
    old = parts.archive.photo(4).caption
    parts.show(2)
    parts.controller.edit_caption(4, old, NEW)
    assert parts.archive.photo(4).caption == NEW
    assert parts.grid_caption(4) == NEW  # the grid shows every row
    assert parts.inspector.photo.id == 2
    assert parts.inspector.caption.toPlainText() == parts.archive.photo(2).caption


def test_a_save_that_fails_says_so_and_leaves_nothing_to_undo(qtbot, parts):
    parts.show(4)
    parts.archive.delete_photos([4], actor="elsewhere")  # gone behind the controller's back
    parts.controller.edit_caption(4, "", NEW)
    warning = parts.controller.warning
    assert isinstance(warning, QMessageBox)
    qtbot.addWidget(warning)
    assert warning.isVisible() and "no photo 4" in warning.text()
    assert warning.windowTitle() == "Not saved"
    assert parts.undo_stack.count() == 0 and not parts.undo_stack.canUndo()
