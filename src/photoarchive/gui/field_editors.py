"""The inspector's editable fields: the caption and the credit.

Both save on Enter or when focus leaves, put the saved text back on Escape, and
report ``(old, new)`` so the window can push an undoable command. Once the text
is saved, Ctrl+Z belongs to the window's undo stack rather than the field's own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit, QWidget

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
NAME_BREAKS = frozenset(" \t/()（）:：,，、")  # what can stand before a name in a credit


def is_undo_or_redo(event: QKeyEvent) -> bool:
    ctrl_z = event.key() == Qt.Key.Key_Z and event.modifiers() & Qt.KeyboardModifier.ControlModifier
    return bool(
        ctrl_z
        or event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
    )


def leaves_undo_to_window(event: QEvent, unchanged: bool) -> bool:
    """A Ctrl+Z/Ctrl+Shift+Z the field must not take: nothing unsaved to undo in it."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and unchanged
        and is_undo_or_redo(event)
    )


class CaptionEdit(QPlainTextEdit):
    """Enter saves, Shift+Enter breaks the line, Escape puts the saved text back."""

    committed = Signal(str, str)  # the saved text before, the new text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        self.setTabChangesFocus(True)
        self.setObjectName("caption")

    def set_saved_text(self, text: str, *, keep_draft: bool = False) -> None:
        """Show the saved caption; with ``keep_draft`` an unsaved change being typed stays."""
        draft = keep_draft and self.toPlainText().strip() != self._saved
        self._saved = text
        if not draft and self.toPlainText() != text:
            self.setPlainText(text)

    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_window(event, self.toPlainText().strip() == self._saved):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.setPlainText(self._saved)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def commit(self) -> None:
        text = self.toPlainText().strip()
        if text != self._saved and self.isEnabled():
            old, self._saved = self._saved, text
            self.committed.emit(old, text)


def _normal(text: str) -> str:
    """A credit as the facade stores it: runs of spaces made one."""
    return " ".join(text.split())


class CreditEdit(QLineEdit):
    """The credit as printed (``罗盟 摄``), completing the name being typed from known ones.

    Completion works on the name before the cursor, which starts after a space
    or a slash, a bracket or a colon (``新华社记者 罗盟 摄``, ``(AP Photo/Jane Doe)``):
    a credit of several names or with an affiliation completes each name in
    turn, and a name with spaces in it (``Jane Doe``) still completes as one.
    """

    committed = Signal(str, str)  # the saved credit before, the new one ("" removes it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        self._start: int | None = None  # where the name the popup offers to complete starts
        self.setObjectName("credit")
        self.names = QStringListModel(self)
        self.name_completer = QCompleter(self.names, self)
        self.name_completer.setWidget(self)
        self.name_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.name_completer.activated[str].connect(self.insert_name)
        self.textEdited.connect(self._complete)

    def set_names(self, names: list[str]) -> None:
        """Known contributors, most credited first (the order the popup lists them in)."""
        if names != self.names.stringList():
            self.names.setStringList(names)

    def set_saved_text(self, text: str, *, keep_draft: bool = False) -> None:
        """Show the saved credit; with ``keep_draft`` an unsaved change being typed stays."""
        draft = keep_draft and _normal(self.text()) != self._saved
        self._saved = text
        if not draft and self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)  # a long credit shows its start

    # -- completion -----------------------------------------------------------------------
    def _name_starts(self) -> list[int]:
        """Where the name being typed may start, longest candidate first."""
        text, end = self.text(), self.cursorPosition()
        return [
            i
            for i in range(end)
            if text[i] not in NAME_BREAKS and (i == 0 or text[i - 1] in NAME_BREAKS)
        ]

    def _prefix_start(self) -> int | None:
        """The start of the longest text before the cursor that begins a known name."""
        text, end = self.text(), self.cursorPosition()
        for start in self._name_starts():
            self.name_completer.setCompletionPrefix(text[start:end])
            if self.name_completer.completionCount():
                return start
        return None

    def _complete(self, _text: str) -> None:
        popup = self.name_completer.popup()
        start = self._prefix_start()
        prefix = self.text()[start : self.cursorPosition()] if start is not None else ""
        count = self.name_completer.completionCount() if start is not None else 0
        if count == 0 or (count == 1 and self.name_completer.currentCompletion() == prefix):
            popup.hide()
            return
        self._start = start
        popup.setCurrentIndex(self.name_completer.completionModel().index(0, 0))
        self.name_completer.complete()

    def insert_name(self, name: str) -> None:
        """Put a chosen name in place of the part of it typed so far."""
        text, end = self.text(), self.cursorPosition()
        start = self._start if self._start is not None and self._start <= end else end
        self.setText(text[:start] + name + text[end:])
        self.setCursorPosition(start + len(name))

    # -- saving ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_window(event, _normal(self.text()) == self._saved):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup_keys = (*ENTER, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if self.name_completer.popup().isVisible() and event.key() in popup_keys:
            event.ignore()  # the completer chooses (Enter, Tab) or closes (Escape)
            return
        if event.key() in ENTER:
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.setText(self._saved)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
        super().focusOutEvent(event)

    def commit(self) -> None:
        text = _normal(self.text())
        if text != self._saved and self.isEnabled():
            old, self._saved = self._saved, text
            self.committed.emit(old, text)
