"""The contact sheet: a QListView in icon mode and the delegate that paints a cell.

A cell is a fixed box (thumbnail, two lines of caption, the credit), so the
view can lay out 100,000 rows without asking each for its size
(``setUniformItemSizes``). Enter and Space are the archivist's keys: Enter
edits the caption, Space toggles a larger preview in the inspector.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from photoarchive.gui.grid_model import ROW_ROLE
from photoarchive.services.rows import PhotoRow, RowFlag

THUMB_BOX = QSize(200, 150)
PADDING = 8
TEXT_LINES = 3  # two of caption, one of credit

Index = QModelIndex | QPersistentModelIndex


class CellDelegate(QStyledItemDelegate):
    """Paints thumbnail, caption and credit; flags a photo that needs attention."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption_font = QFont()
        self._credit_font = QFont()
        self._credit_font.setPointSizeF(max(7.0, self._caption_font.pointSizeF() - 1))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(
            THUMB_BOX.width() + 2 * PADDING, THUMB_BOX.height() + 3 * PADDING + TEXT_LINES * line
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: PhotoRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = option.rect.adjusted(3, 3, -3, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self._paint_background(painter, cell, palette, selected)
        thumb = QRect(
            cell.left() + PADDING - 3,
            cell.top() + PADDING - 3,
            THUMB_BOX.width(),
            THUMB_BOX.height(),
        )
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        image = (
            self._paint_thumbnail(painter, thumb, pixmap) if isinstance(pixmap, QPixmap) else thumb
        )
        self._paint_badges(painter, image, row)
        self._paint_text(painter, cell, thumb, row, palette, selected)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell, 6, 6)
        painter.restore()

    @staticmethod
    def _paint_background(
        painter: QPainter, cell: QRect, palette: QPalette, selected: bool
    ) -> None:
        path = QPainterPath()
        path.addRoundedRect(cell, 6, 6)
        if selected:
            color = QColor(palette.color(QPalette.ColorRole.Highlight))
            color.setAlpha(60)
        else:
            color = palette.color(QPalette.ColorRole.Base)
        painter.fillPath(path, color)
        painter.setPen(QColor(0, 0, 0, 28))
        painter.drawPath(path)

    @staticmethod
    def _paint_thumbnail(painter: QPainter, box: QRect, pixmap: QPixmap) -> QRect:
        """Draw the picture centred in its box; returns where it landed."""
        size = pixmap.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(box.center())
        painter.fillRect(box, QColor("#f0f1f3"))
        painter.drawPixmap(target, pixmap)
        return target

    @staticmethod
    def _paint_badges(painter: QPainter, box: QRect, row: PhotoRow) -> None:
        if row.position is not None:
            label = str(row.position)
            badge = QRect(box.left() + 4, box.top() + 4, 22, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 150))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        if row.flags & (RowFlag.NO_CREDIT | RowFlag.NO_CAPTION):
            painter.setPen(QColor("white"))
            painter.setBrush(QColor("#e08a00"))
            painter.drawEllipse(box.right() - 16, box.top() + 5, 11, 11)

    def _paint_text(
        self,
        painter: QPainter,
        cell: QRect,
        thumb: QRect,
        row: PhotoRow,
        palette: QPalette,
        selected: bool,
    ) -> None:
        metrics = painter.fontMetrics()
        line = metrics.lineSpacing()
        text_rect = QRect(thumb.left(), thumb.bottom() + PADDING, thumb.width(), 2 * line)
        painter.setFont(self._caption_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        caption = row.caption or "—"
        painter.drawText(
            text_rect,
            int(Qt.TextFlag.TextWrapAnywhere),
            _two_lines(caption, metrics, thumb.width()),
        )
        credit_rect = QRect(thumb.left(), text_rect.bottom() + 1, thumb.width(), line)
        painter.setFont(self._credit_font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        credit = painter.fontMetrics().elidedText(
            row.credit, Qt.TextElideMode.ElideRight, thumb.width()
        )
        painter.drawText(credit_rect, int(Qt.AlignmentFlag.AlignLeft), credit)


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """The caption cut to two lines, the second elided (CJK text wraps anywhere)."""
    text = " ".join(text.split())
    first = ""
    for ch in text:
        if metrics.horizontalAdvance(first + ch) > width:
            break
        first += ch
    rest = text[len(first) :]
    if not rest:
        return first
    return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


class PhotoGrid(QListView):
    """The centre of the window; emits ``edit_caption`` on Enter."""

    edit_caption = Signal()
    preview_toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(400)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(CellDelegate(self))
        self.setWordWrap(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_caption.emit()
            return
        if event.key() == Qt.Key.Key_Space:
            self.preview_toggled.emit()
            return
        super().keyPressEvent(event)

    def visible_rows(self) -> list[int]:
        """Rows whose cells intersect the viewport (what a screenshot must show loaded)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return []
        area = self.viewport().rect()
        first = self.indexAt(QPoint(PADDING, PADDING))
        rows = []
        for r in range(first.row() if first.isValid() else 0, model.rowCount()):
            rect = self.visualRect(model.index(r, 0))
            if rect.top() > area.bottom():
                break
            if rect.intersects(area):
                rows.append(r)
        return rows
