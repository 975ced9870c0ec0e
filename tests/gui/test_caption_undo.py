"""Editing a caption in the inspector saves it at once; Ctrl+Z and Ctrl+Shift+Z take it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

NEW = "图为衡阳县库宗桥镇华山村的稻田。"


def _select(window, photo_id: int) -> None:
    assert window.select_photo(photo_id)
    assert window.inspector.photo.id == photo_id


def _type_chinese(widget, text: str) -> None:
    """Chinese arrives through the input method as a committed string, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _type_caption(qtbot, window, text: str) -> None:
    editor = window.inspector.caption
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Return)  # Enter in the grid edits the caption
    assert editor.hasFocus()
    editor.selectAll()
    _type_chinese(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter saves


def test_edit_saves_at_once_with_history_and_updates_the_grid(qtbot, window):
    archive = window.archive
    _select(window, 4)
    old = archive.photo(4).caption
    _type_caption(qtbot, window, NEW)
    assert archive.photo(4).caption == NEW
    history = archive.history(4)
    assert [(h["field"], h["old"], h["new"], h["actor"]) for h in history] == [
        ("caption", old, NEW, "gui")
    ]
    row = window.model.row_of(4)
    assert window.model.row_at(row).caption == NEW
    assert window.undo_stack.count() == 1 and window.undo_stack.canUndo()


def test_ctrl_z_undoes_and_ctrl_shift_z_redoes_the_saved_edit(qtbot, window):
    archive = window.archive
    _select(window, 4)
    old = archive.photo(4).caption
    _type_caption(qtbot, window, NEW)
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert archive.photo(4).caption == old
    assert window.inspector.caption.toPlainText() == old
    assert window.model.row_at(window.model.row_of(4)).caption.startswith(old[:50])
    qtbot.keyClick(
        window.grid,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert archive.photo(4).caption == NEW
    fields = [(h["old"], h["new"]) for h in archive.history(4)]
    assert fields == [(old, NEW), (NEW, old), (old, NEW)]  # the undo is history too


def test_ctrl_z_in_the_saved_caption_editor_reaches_the_undo_stack(qtbot, window):
    _select(window, 2)
    old = window.archive.photo(2).caption
    _type_caption(qtbot, window, NEW)
    editor = window.inspector.caption
    assert editor.hasFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.archive.photo(2).caption == old


def test_escape_puts_back_the_saved_caption_without_saving(qtbot, window):
    _select(window, 1)
    old = window.archive.photo(1).caption
    editor = window.inspector.caption
    editor.setFocus()
    editor.selectAll()
    _type_chinese(editor, "草稿")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.toPlainText() == old
    window.grid.setFocus()  # leaving the editor saves only a changed text
    assert window.archive.history(1) == []
    assert window.undo_stack.count() == 0
