"""The paragraphs table: what each paragraph of a feature text was taken as, and why.

A plain table model over the parse's decisions, and a delegate that draws the
"taken as" cell as a combo box and edits it with one. Choosing a kind does not
change the model: it asks (``retake_requested``) for a re-parse, and the new
parse comes back as new rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from photoarchive.captions.model import UnitDecision
from photoarchive.gui.parse_words import OFFERED_KINDS, reason, word

Index = QModelIndex | QPersistentModelIndex

TEXT, TAKEN_AS, WHY = range(3)
KIND_ROLE = Qt.ItemDataRole.UserRole + 30  # the kind as the parser names it
BY_HAND_ROLE = Qt.ItemDataRole.UserRole + 31
CAPTION_ROW = QColor("#eaf1fd")
GUESSED_ROW = QColor("#fff4d6")  # a caption whose credit names were guessed
QUIET = QColor("#6b7280")
QUIET_KINDS = ("header", "ignored")


class DecisionsModel(QAbstractTableModel):
    """One row per paragraph, in the order of the text (the row is the decision's index)."""

    retake_requested = Signal(int, str)  # paragraph index, the kind it should be taken as

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UnitDecision] = []
        self._by_hand: frozenset[int] = frozenset()
        self._guessed: frozenset[int] = frozenset()

    def set_rows(
        self, decisions: Sequence[UnitDecision], by_hand: set[int], guessed: set[int]
    ) -> None:
        """``by_hand``: rows the archivist set; ``guessed``: captions with names to check."""
        self.beginResetModel()
        self._rows = list(decisions)
        self._by_hand, self._guessed = frozenset(by_hand), frozenset(guessed)
        self.endResetModel()

    def decision(self, row: int) -> UnitDecision:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Paragraph"), self.tr("Taken as"), self.tr("Why"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        d, col = self._rows[index.row()], index.column()
        by_hand = index.row() in self._by_hand
        if role == KIND_ROLE or (role == Qt.ItemDataRole.EditRole and col == TAKEN_AS):
            return d.taken_as
        if role == BY_HAND_ROLE:
            return by_hand
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(d, col, by_hand, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.BackgroundRole and d.taken_as == "caption":
            return GUESSED_ROW if index.row() in self._guessed else CAPTION_ROW
        if role == Qt.ItemDataRole.ForegroundRole and d.taken_as in QUIET_KINDS:
            return QUIET
        if role == Qt.ItemDataRole.FontRole and by_hand and col in (TAKEN_AS, WHY):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, d: UnitDecision, col: int, by_hand: bool, *, tooltip: bool) -> str:
        if col == TEXT:
            return d.text if tooltip else " ".join(d.text.split())
        if col == TAKEN_AS:
            label = word(d.taken_as)
            return self.tr("Click to take this paragraph as something else") if tooltip else label
        return word("set by hand") if by_hand else reason(d.reason)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == TAKEN_AS else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for a re-parse; the rows change when the new parse is shown."""
        if role != Qt.ItemDataRole.EditRole or index.column() != TAKEN_AS:
            return False
        if not isinstance(value, str) or value == self._rows[index.row()].taken_as:
            return False
        self.retake_requested.emit(index.row(), value)
        return True


class DecisionsView(QTableView):
    """The table; Enter opens the "taken as" menu of the current row (and does not import)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            if self.state() != QTableView.State.EditingState:
                self.edit(current.siblingAtColumn(TAKEN_AS))
            event.accept()
            return
        super().keyPressEvent(event)


class TakenAsDelegate(QStyledItemDelegate):
    """Draws "taken as" as a combo box; edits it with a real one that opens at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        current = index.data(Qt.ItemDataRole.EditRole)
        kinds = OFFERED_KINDS if current in OFFERED_KINDS else (current, *OFFERED_KINDS)
        for kind in kinds:
            combo.addItem(word(kind), kind)
        if current not in OFFERED_KINDS:
            combo.model().item(0).setEnabled(False)  # header, caption (continued): not a choice
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        QTimer.singleShot(0, combo.showPopup)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text, opt.text = opt.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(3, 2, -3, -2)
        box.state = QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        box.currentText = text
        box.frame = True
        painter.save()
        painter.setFont(opt.font)
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)
        painter.restore()
