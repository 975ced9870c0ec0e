"""The sidebar: what the grid shows (all, a feature, a theme, a credit, what needs attention).

Counts arrive as plain :class:`~photoarchive.services.rows.SidebarCounts`
computed on a worker; the sidebar only lays them out and reports choices.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from photoarchive.gui.panels import label_in_language
from photoarchive.services.rows import Attention, SidebarCounts

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True, slots=True)
class Choice:
    """One thing the grid can be narrowed to."""

    kind: str  # "all" | "feature" | "theme" | "credit" | "attention"
    key: int | str | None = None
    label: str = ""


ALL = Choice("all")


def _theme_name(theme: dict[str, Any]) -> str:
    """A theme of ``Themes.all()`` named in the window's language."""
    return label_in_language(theme["key"], theme.get("label_zh"), theme.get("label_en"))


class Sidebar(QTreeView):
    chosen = Signal(object)  # Choice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setObjectName("sidebar")
        self._counts: SidebarCounts | None = None
        self._themes: list[dict[str, Any]] = []
        self._current: Choice = ALL
        self.selectionModel().currentChanged.connect(self._on_current)
        self.rebuild()

    # -- content --------------------------------------------------------------------------
    def set_counts(self, counts: SidebarCounts, themes: list[dict[str, Any]]) -> None:
        """Show fresh counts (``themes``: ``archive.themes.all()`` with their photo counts);
        the current choice stays selected if it still exists."""
        self._counts = counts
        self._themes = themes
        self.rebuild()

    def rebuild(self) -> None:
        self._model.clear()
        self._model.setColumnCount(2)
        counts = self._counts
        root = self._model.invisibleRootItem()
        total = counts.total if counts else None
        root.appendRow(self._entry(self.tr("All photos"), total, ALL))
        if counts is not None:
            self._section(
                self.tr("Features"),
                [
                    (
                        item.label or self.tr("(untitled)"),
                        item.count,
                        Choice("feature", item.key, item.label),
                    )
                    for item in counts.features
                ],
                more=counts.features_total - len(counts.features),
            )
            self._section(
                self.tr("Themes"),
                [
                    (_theme_name(t), t["count"], Choice("theme", t["key"], _theme_name(t)))
                    for t in self._themes
                    if t["count"] and not t.get("retired")
                ],
            )
            self._section(
                self.tr("Credits"),
                [
                    (item.label, item.count, Choice("credit", item.key, item.label))
                    for item in counts.credits
                ],
            )
            self._section(
                self.tr("Needs attention"),
                [
                    (
                        self._attention_label(item.key),
                        item.count,
                        Choice("attention", item.key, self._attention_label(item.key)),
                    )
                    for item in counts.attention
                ],
            )
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._select(self._current)

    def _section(
        self, title: str, entries: list[tuple[str, int, Choice]], *, more: int = 0
    ) -> None:
        head = QStandardItem(title.upper())
        font = QFont(head.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        head.setFont(font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        blank = QStandardItem("")
        blank.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._model.invisibleRootItem().appendRow([head, blank])
        if not entries:
            none = QStandardItem(self.tr("none yet"))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            head.appendRow([none, QStandardItem("")])
        for label, count, choice in entries:
            head.appendRow(self._entry(label, count, choice))
        if more > 0:
            rest = QStandardItem(self.tr("… {n} older (search feature:…)").format(n=more))
            rest.setFlags(Qt.ItemFlag.NoItemFlags)
            head.appendRow([rest, QStandardItem("")])

    @staticmethod
    def _entry(label: str, count: int | None, choice: Choice) -> list[QStandardItem]:
        name = QStandardItem(label)
        name.setData(choice, CHOICE_ROLE)
        name.setToolTip(label)
        number = QStandardItem("" if count is None else f"{count:,}")
        number.setData(choice, CHOICE_ROLE)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        number.setForeground(Qt.GlobalColor.gray)
        for item in (name, number):
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return [name, number]

    def _attention_label(self, key: object) -> str:
        labels = {
            Attention.NO_CREDIT: self.tr("No credit"),
            Attention.NO_CAPTION: self.tr("No caption"),
            Attention.UNMATCHED: self.tr("Unmatched captions"),
            Attention.CREDIT_CONFLICT: self.tr("Credit disagrees with the file"),
            Attention.NO_CONFIDENT_THEME: self.tr("No confident theme"),
            Attention.METADATA_DISAGREES: self.tr("Embedded metadata disagrees"),
            "untagged": self.tr("Untagged"),
            "no_licence": self.tr("No licence"),
        }
        return labels.get(key, str(key))  # type: ignore[call-overload]

    # -- choosing -----------------------------------------------------------------------
    @property
    def current(self) -> Choice:
        return self._current

    def choose(self, choice: Choice) -> None:
        self._current = choice
        self._select(choice)
        self.chosen.emit(choice)

    def _select(self, choice: Choice) -> None:
        index = self._find(choice)
        if index is not None:
            self.selectionModel().blockSignals(True)
            self.setCurrentIndex(index)
            self.selectionModel().blockSignals(False)

    def _find(self, choice: Choice, parent: QModelIndex | None = None) -> QModelIndex | None:
        parent = parent or QModelIndex()
        for row in range(self._model.rowCount(parent)):
            index = self._model.index(row, 0, parent)
            found = index.data(CHOICE_ROLE)
            if found is not None and (found.kind, found.key) == (choice.kind, choice.key):
                return index
            deeper = self._find(choice, index)
            if deeper is not None:
                return deeper
        return None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        choice = current.data(CHOICE_ROLE)
        if choice is not None and choice != self._current:
            self._current = choice
            self.chosen.emit(choice)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)
