"""Editing the credit in the inspector: parsed by the caption rules, completed, undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _type_chinese(widget, text: str) -> None:
    """Chinese arrives through the input method as a committed string, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _credit_counts(window) -> dict[str, str]:
    """The CREDITS section of the sidebar: name -> count as shown."""
    model = window.sidebar.model()
    for row in range(model.rowCount()):
        head = model.index(row, 0)
        if head.data() == "CREDITS":
            return {
                model.index(r, 0, head).data(): model.index(r, 1, head).data()
                for r in range(model.rowCount(head))
            }
    raise AssertionError("no CREDITS section")


def _start_editing(qtbot, window, photo_id: int):
    assert window.select_photo(photo_id)
    field = window.inspector.credit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert field.hasFocus()
    field.selectAll()
    return field


def test_a_typed_credit_is_parsed_saved_and_shown_everywhere(qtbot, window):
    archive = window.archive
    field = _start_editing(qtbot, window, 4)
    assert field.text() == "易建军 摄"
    _type_chinese(field, "罗 铭 摄")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    credit = archive.photo(4).credit
    assert (credit.as_printed, credit.role) == ("罗 铭 摄", "photographer")
    assert [c.name for c in credit.contributors] == ["罗铭"]
    last = archive.history(4)[-1]
    assert (last["field"], last["old"], last["new"], last["actor"]) == (
        "credit",
        "易建军 摄",
        "罗 铭 摄",
        "gui",
    )
    role = window.inspector._fields["role"][1].text()
    assert "photographer" in role and "罗铭" in role
    assert window.model.row_at(window.model.row_of(4)).credit == "罗 铭 摄"
    counts = _credit_counts(window)
    assert counts["罗铭"] == "2" and "易建军" not in counts
    assert window.undo_stack.undoText() == "Edit credit of photo 4"


def test_ctrl_z_in_the_field_puts_the_printed_credit_back(qtbot, window):
    archive = window.archive
    field = _start_editing(qtbot, window, 4)
    _type_chinese(field, "罗 铭 摄")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # saved: the window's undo, not the field's
    credit = archive.photo(4).credit
    assert (credit.as_printed, credit.role) == ("易建军 摄", "photographer")
    assert field.text() == "易建军 摄"
    assert _credit_counts(window)["易建军"] == "1"
    assert archive.history(4)[-1]["actor"] == "gui (undo)"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
    assert archive.photo(4).credit.as_printed == "罗 铭 摄"


def test_unknown_text_is_kept_as_printed_and_empty_removes_the_credit(qtbot, window):
    archive = window.archive
    field = _start_editing(qtbot, window, 3)
    _type_chinese(field, "本报资料")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    credit = archive.photo(3).credit
    assert (credit.as_printed, credit.role, credit.contributors) == (
        "本报资料",
        "unknown",
        (),
    )
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    window.grid.setFocus()  # leaving the field saves too
    assert archive.photo(3).credit is None
    assert window.inspector._fields["role"][1].text() == "—"
    window.undo_stack.undo()
    assert archive.photo(3).credit.as_printed == "本报资料"


def test_names_complete_from_known_contributors(qtbot, window):
    archive = window.archive
    field = _start_editing(qtbot, window, 5)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    _type_chinese(field, "罗")
    popup = field.name_completer.popup()
    assert popup.isVisible()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["罗盟", "罗铭"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # keys go to the open popup, as for a user
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # chooses; does not save yet
    assert not popup.isVisible()
    assert field.text() == "罗铭"
    assert archive.history(5) == []
    _type_chinese(field, " 摄")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    credit = archive.photo(5).credit
    assert (credit.as_printed, credit.role) == ("罗铭 摄", "photographer")


def test_escape_puts_back_the_saved_credit_without_saving(qtbot, window):
    field = _start_editing(qtbot, window, 6)
    _type_chinese(field, "草稿")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "周 围 摄"
    window.grid.setFocus()
    assert window.archive.history(6) == []
    assert window.undo_stack.count() == 0


def test_completion_takes_the_name_after_an_affiliation_or_an_agency_slash(qtbot):
    from photoarchive.gui.field_editors import CreditEdit

    field = CreditEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    field.set_names(["罗盟", "Jane Doe", "John Smith"])
    popup = field.name_completer.popup()
    _type_chinese(field, "新华社记者 罗")
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "新华社记者 罗盟"
    field.clear()
    qtbot.keyClicks(field, "(AP Photo/Jane D")  # a name with a space still completes whole
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "(AP Photo/Jane Doe"
    qtbot.keyClicks(field, ")")
    assert not popup.isVisible()
