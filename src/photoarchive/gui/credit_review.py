"""How one planned caption's credit was read, and the way to correct a guessed name split.

Shows the credit as printed, the tokens it was read from, the role and names
understood, wire usage notes, and each run of names the parser had to guess
(黄春涛谢冬梅) with a field to type the real split. The panel only reports what
the archivist typed; the review re-parses with it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from photoarchive.captions.model import Caption, Credit, NameGuess
from photoarchive.gui.parse_words import word

Tokens = Callable[[Credit], list[dict[str, str]]]
NAME_SEPARATORS = re.compile(r"[\s/／、,，]+")
GUESS_BACKGROUND = "#fff4d6"


class SplitEdit(QLineEdit):
    """A field whose Enter applies the split and goes no further (not to Import)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def names_typed(text: str) -> tuple[str, ...]:
    """The names in what was typed: separated by spaces, slashes or 、."""
    return tuple(n for n in NAME_SEPARATORS.split(text.strip()) if n)


class CreditPanel(QFrame):
    """The credit of the caption selected in the paragraphs table."""

    split = Signal(str, object)  # the names as printed, tuple[str, ...] they really are
    unsplit = Signal(str)  # forget the split typed for these names

    def __init__(self, tokens: Tokens, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditPanel")
        self._tokens = tokens
        self._caption: Caption | None = None
        self._by_hand: dict[str, tuple[str, ...]] = {}
        self.edits: dict[str, QLineEdit] = {}  # by the names as printed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.heading = QLabel()
        self.heading.setObjectName("creditHeading")
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.fields = QGridLayout()
        self.fields.setColumnStretch(1, 1)
        self.fields.setHorizontalSpacing(10)
        layout.addLayout(self.fields)
        self.guesses = QGridLayout()
        self.guesses.setColumnStretch(0, 1)
        layout.addLayout(self.guesses)
        layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_caption(self._caption, self._by_hand)
        super().changeEvent(event)

    def show_caption(self, caption: Caption | None, by_hand: dict[str, tuple[str, ...]]) -> None:
        """Show ``caption``'s credit; ``by_hand`` are the splits typed for its names."""
        self._caption, self._by_hand = caption, dict(by_hand)
        _clear(self.fields)
        _clear(self.guesses)
        self.edits.clear()
        if caption is None:
            self.heading.setText(self.tr("Select a caption to see how its credit was read."))
            return
        self.heading.setText(
            self.tr("Caption {n}: how its credit was read").format(n=caption.position)
        )
        credit = caption.credit
        if not credit.as_printed:
            self._field(self.tr("Credit:"), self.tr("none printed"))
            return
        self._field(self.tr("As printed:"), html.escape(credit.as_printed))
        self._field(self.tr("Read as:"), self._tokens_text(credit))
        self._field(self.tr("Role:"), html.escape(word(str(credit.role))))
        self._field(self.tr("Names:"), self._names_text(credit))
        if credit.usage_notes:
            notes = "<br>".join(html.escape(n) for n in credit.usage_notes)
            self._field(self.tr("Usage notes:"), notes)
        for guess in credit.guesses:
            self._guess_row(guess)
        for printed, names in by_hand.items():
            self._by_hand_row(printed, names)

    # -- rows ---------------------------------------------------------------------------
    def _field(self, name: str, value: str) -> None:
        row = self.fields.rowCount()
        label = QLabel(name)
        label.setObjectName("fieldName")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text = QLabel(value)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields.addWidget(label, row, 0)
        self.fields.addWidget(text, row, 1)

    def _tokens_text(self, credit: Credit) -> str:
        tokens = self._tokens(credit)
        if not tokens:
            return html.escape(self.tr("no token grammar matched; kept as printed"))
        return "&nbsp;&nbsp;·&nbsp;&nbsp;".join(
            f"<span style='color:#6b7280'>{html.escape(word(t['kind']))}</span>&nbsp;"
            f"<b>{html.escape(t['text'])}</b>"
            for t in tokens
        )

    def _names_text(self, credit: Credit) -> str:
        if not credit.contributors:
            return html.escape(self.tr("none"))
        shown = []
        for c in credit.contributors:
            text = html.escape(c.name)
            if c.affiliation:
                text = self.tr("{name} ({affiliation})").format(
                    name=text, affiliation=html.escape(c.affiliation)
                )
            if str(c.kind) != "person":
                text += f" <span style='color:#6b7280'>{html.escape(word(str(c.kind)))}</span>"
            shown.append(text)
        return "、".join(shown)

    def _guess_row(self, guess: NameGuess) -> None:
        text = self.tr("“{printed}” was read as {names}: {why}").format(
            printed=guess.printed, names=" / ".join(guess.names), why=word(guess.why)
        )
        self._split_row(text, guess.printed, guess.names, undo=False)

    def _by_hand_row(self, printed: str, names: tuple[str, ...]) -> None:
        text = self.tr("“{printed}” split by hand as {names}").format(
            printed=printed, names=" / ".join(names)
        )
        self._split_row(text, printed, names, undo=True)

    def _split_row(self, text: str, printed: str, names: tuple[str, ...], *, undo: bool) -> None:
        row = self.guesses.rowCount()
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if not undo:
            label.setStyleSheet(f"background: {GUESS_BACKGROUND}; padding: 2px 4px;")
        edit = SplitEdit(" ".join(names))
        edit.setPlaceholderText(self.tr("names, separated by spaces or /"))
        edit.setToolTip(self.tr("Type the names this run really holds, then press Apply."))
        edit.setMinimumWidth(150)
        apply = QPushButton(self.tr("Apply"))
        apply.setObjectName("applySplit")
        apply.setAutoDefault(False)
        emit = lambda: self.split.emit(printed, names_typed(edit.text()))  # noqa: E731
        apply.clicked.connect(emit)
        edit.returnPressed.connect(emit)
        self.guesses.addWidget(label, row, 0)
        self.guesses.addWidget(edit, row, 1)
        self.guesses.addWidget(apply, row, 2)
        if undo:
            back = QPushButton(self.tr("Undo"))
            back.setObjectName("undoSplit")
            back.setAutoDefault(False)
            back.setToolTip(self.tr("Read these names as the parser guessed them"))
            back.clicked.connect(lambda: self.unsplit.emit(printed))
            self.guesses.addWidget(back, row, 3)
        self.edits[printed] = edit


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
