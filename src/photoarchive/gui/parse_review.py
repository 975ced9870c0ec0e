"""The import dialog's "Paragraphs" tab: review and correct how the feature text was read.

Shows what the dry run shows (every paragraph, what it was taken as and why;
for the selected caption, the tokens its credit was read from and any guessed
name split) and lets the archivist correct it. The review keeps the plan as
first made and one set of corrections: every change re-plans from that
original with the whole set, so paragraph indices stay those of the first
parse. A set that leaves no caption is refused with the reason, and the
previous plan stays. Nothing is written: the dialog imports the plan.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from photoarchive.captions.model import Caption, Corrections, UnitDecision
from photoarchive.errors import PhotoarchiveError
from photoarchive.gui.credit_review import CreditPanel, Tokens
from photoarchive.gui.decisions_model import (
    TAKEN_AS,
    TEXT,
    WHY,
    DecisionsModel,
    DecisionsView,
    TakenAsDelegate,
)
from photoarchive.gui.parse_words import word
from photoarchive.importer.plan import ImportPlan

# Rows that belong to the caption above them: selecting one shows that caption's credit.
PART_OF_CAPTION = ("caption (continued)", "credit line")


def caption_at(decisions: tuple[UnitDecision, ...], row: int) -> int | None:
    """The position of the caption paragraph ``row`` is or belongs to, if any."""
    position = 0
    for i, d in enumerate(decisions[: row + 1]):
        if d.taken_as == "caption":
            position += 1
        elif i == row and d.taken_as not in PART_OF_CAPTION:
            return None
    return position or None


class ParseReview(QWidget):
    """The paragraphs table above the selected caption's credit; emits corrected plans."""

    replanned = Signal(object)  # ImportPlan: the original re-parsed with the corrections

    def __init__(self, tokens: Tokens, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: ImportPlan | None = None
        self._plan: ImportPlan | None = None
        self._taken_as: dict[int, str] = {}
        self._splits: dict[str, tuple[str, ...]] = {}
        self._build(tokens)
        self.retranslate()

    def _build(self, tokens: Tokens) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = DecisionsModel(self)
        self.model.retake_requested.connect(self.retake, Qt.ConnectionType.QueuedConnection)
        self.table = DecisionsView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(TAKEN_AS, TakenAsDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.clicked.connect(
            lambda index: index.column() == TAKEN_AS and self.table.edit(index)
        )
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TAKEN_AS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(TAKEN_AS, 150)
        self.table.setColumnWidth(WHY, 250)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.credit = CreditPanel(tokens)
        self.credit.split.connect(self.split_names)
        self.credit.unsplit.connect(self.unsplit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.credit)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([280, 220])
        layout.addWidget(self.splitter, 1)
        row = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.message, 1)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        row.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "What each paragraph of the text was taken as, and why. Click “Taken as” "
                "to change it; select a caption to check how its credit was read. "
                "Nothing is written until you import."
            )
        )
        self.reset_button.setText(self.tr("Undo all changes"))
        self.reset_button.setToolTip(self.tr("Go back to the text as the parser read it"))
        self.show_plan(self._plan)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what is shown ------------------------------------------------------------------
    @property
    def corrections(self) -> Corrections:
        return Corrections(dict(self._taken_as), dict(self._splits))

    def start(self, plan: ImportPlan | None) -> None:
        """A newly made plan: forget the corrections made to the one before."""
        self._original, self._taken_as, self._splits = plan, {}, {}
        self.message.clear()
        self.show_plan(plan)
        self._select_first_caption()

    def show_plan(self, plan: ImportPlan | None) -> None:
        """Show the parse of ``plan`` (the current one), keeping the selected row."""
        self._plan = plan
        row = self._selected_row()
        decisions = self.decisions()
        self.model.set_rows(decisions, set(self._taken_as), set(self._guessed_rows()))
        if row is not None and row < len(decisions):
            self.table.selectRow(row)
        self._show_credit()
        self.reset_button.setEnabled(bool(self._taken_as or self._splits))

    def decisions(self) -> tuple[UnitDecision, ...]:
        feature = self._plan.feature if self._plan is not None else None
        return feature.parsed.decisions if feature is not None else ()

    def guesses_to_check(self) -> int:
        feature = self._plan.feature if self._plan is not None else None
        captions = feature.parsed.captions if feature is not None else ()
        return sum(len(c.credit.guesses) for c in captions)

    def selected_caption(self) -> Caption | None:
        row = self._selected_row()
        position = caption_at(self.decisions(), row) if row is not None else None
        if position is None or self._plan is None or self._plan.feature is None:
            return None
        captions = self._plan.feature.parsed.captions
        return captions[position - 1] if position <= len(captions) else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _caption_rows(self) -> list[int]:
        return [i for i, d in enumerate(self.decisions()) if d.taken_as == "caption"]

    def _guessed_rows(self) -> list[int]:
        captions = self._plan.feature.parsed.captions if self._plan and self._plan.feature else ()
        rows = self._caption_rows()
        return [r for r, c in zip(rows, captions, strict=False) if c.credit.guesses]

    def _select_first_caption(self) -> None:
        """Open on the first credit that needs checking, else on the first caption."""
        rows = self._guessed_rows() or self._caption_rows()
        if rows:
            self.table.selectRow(rows[0])
            self.table.scrollTo(self.model.index(rows[0], 0))

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_credit()

    def _show_credit(self) -> None:
        caption = self.selected_caption()
        printed = "".join(caption.credit.as_printed.split()) if caption is not None else ""
        by_hand = {k: v for k, v in self._splits.items() if "".join(k.split()) in printed}
        self.credit.show_caption(caption, by_hand)

    # -- corrections --------------------------------------------------------------------
    def retake(self, index: int, kind: str) -> bool:
        """Take paragraph ``index`` (of the first parse) as ``kind``."""
        return self._apply({**self._taken_as, index: kind}, self._splits)

    def split_names(self, printed: str, names: tuple[str, ...]) -> bool:
        """Read the run of names ``printed`` as ``names``: they must use its characters."""
        if not names or "".join(names) != "".join(printed.split()):
            self._say(
                self.tr("“{typed}” does not split “{printed}”.").format(
                    typed=" ".join(names), printed=printed
                ),
                self.tr(
                    "Type the same characters in the same order, with a space or / "
                    "between the names."
                ),
            )
            return False
        return self._apply(self._taken_as, {**self._splits, printed: tuple(names)})

    def unsplit(self, printed: str) -> bool:
        splits = {k: v for k, v in self._splits.items() if k != printed}
        return self._apply(self._taken_as, splits)

    def reset(self) -> bool:
        return self._apply({}, {})

    def _apply(self, taken_as: Mapping[int, str], splits: Mapping[str, tuple[str, ...]]) -> bool:
        original = self._original
        if original is None:
            return False
        corrections = Corrections(dict(taken_as), dict(splits))
        try:
            plan = original.with_corrections(corrections) if corrections else original
        except PhotoarchiveError as exc:
            self._say(
                self.tr("This change was not made: {reason}").format(reason=word(exc.message)),
                word(exc.hint) if exc.hint else "",
            )
            return False
        self._taken_as, self._splits = dict(taken_as), dict(splits)
        self.message.clear()
        self.replanned.emit(plan)  # the dialog shows it, here and in the pairing list
        return True

    def _say(self, message: str, hint: str) -> None:
        text = f"<b>{html.escape(message)}</b>"
        if hint:
            text += f"<br>{html.escape(hint)}"
        self.message.setText(f"<span style='color:#b3261e'>{text}</span>")
