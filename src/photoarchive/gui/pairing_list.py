"""The import preview's list: each photo beside the caption it will get.

What does not pair (a photo without a caption, a caption without a photo) is
highlighted; the photos can be dragged into the right order, and the list
reports the new order so the dialog can pair again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from photoarchive.gui.thumbnails import ThumbnailLoader
from photoarchive.importer.pairing import display_name

if TYPE_CHECKING:
    from photoarchive.captions.model import Caption
    from photoarchive.importer.plan import ImportPlan

PATH_ROLE = Qt.ItemDataRole.UserRole + 20
MISMATCH = QColor("#fde2e1")
ICON = QSize(96, 72)


class PairingList(QListWidget):
    """Photos and captions as they will pair; emits ``reordered`` after a drag."""

    reordered = Signal(list)  # list[Path], the photos in their new order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, QListWidgetItem] = {}
        self._icons = ThumbnailLoader(ICON, capacity=300, parent=self)
        self._icons.loaded.connect(self._on_icon)
        self.setIconSize(ICON)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._moved))

    def show_plan(self, plan: ImportPlan | None) -> None:
        self.clear()
        self._items.clear()
        if plan is None:
            return
        for pair in plan.pairs:
            self._add_photo(pair.path, pair.caption)
        for path in plan.pairing.unmatched_photos:
            self._add_photo(path, None, mismatch=plan.feature is not None)
        for caption in plan.pairing.unmatched_captions:
            item = QListWidgetItem(
                self.tr("Caption {n} has no photo: {text}").format(
                    n=caption.position, text=short(caption.text)
                )
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setBackground(MISMATCH)
            self.addItem(item)
        for name, reason in plan.skipped:
            item = QListWidgetItem(
                self.tr("{name}: left out ({reason})").format(name=name, reason=reason)
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setForeground(Qt.GlobalColor.gray)
            self.addItem(item)

    def order(self) -> list[Path]:
        """The photos in the order the list shows them."""
        return [
            Path(self.item(i).data(PATH_ROLE))
            for i in range(self.count())
            if self.item(i).data(PATH_ROLE)
        ]

    def _moved(self) -> None:
        self.reordered.emit(self.order())

    def _add_photo(self, path: Path, caption: Caption | None, *, mismatch: bool = False) -> None:
        if caption is not None:
            credit = caption.credit.as_printed or self.tr("no credit")
            text = f"{caption.position}. {display_name(path)}\n{short(caption.text, 140)}\n{credit}"
        elif mismatch:
            text = display_name(path) + "\n" + self.tr("No caption for this photo")
        else:
            text = (
                display_name(path)
                + "\n"
                + self.tr("Caption and credit from the file, if it has them")
            )
        item = QListWidgetItem(text)
        item.setData(PATH_ROLE, str(path))
        item.setToolTip(caption.text if caption is not None else display_name(path))
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if mismatch:
            item.setBackground(MISMATCH)
        pix = self._icons.pixmap(str(path))
        item.setIcon(QIcon(pix if pix is not None else self._icons.placeholder))
        self._items[str(path)] = item
        self.addItem(item)

    def _on_icon(self, path: str) -> None:
        item = self._items.get(path)
        pix = self._icons.cached(path)
        if item is not None and pix is not None:
            item.setIcon(QIcon(pix))


def short(text: str, limit: int = 60) -> str:
    """One line of at most ``limit`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
