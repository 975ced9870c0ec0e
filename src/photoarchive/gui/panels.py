"""Inspector panels below the details: the photo's themes and its licence.

Each panel shows the facade's views (:class:`~photoarchive.services.views.ThemeView`,
:class:`~photoarchive.services.views.LicenceView`) and reports decisions as
signals; the cataloguing controller turns them into undoable writes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photoarchive.gui.i18n import current_language
from photoarchive.services.views import LicenceView, ThemeView


def label_in_language(key: str, label_zh: str | None, label_en: str | None) -> str:
    """A theme's name in the window's language (its key when that label is empty)."""
    if current_language() == "zh_CN":
        return label_zh or key
    return label_en or key


def theme_label(theme: ThemeView) -> str:
    """The theme's name in the window's language."""
    return label_in_language(theme.key, theme.label_zh, theme.label_en)


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)  # gone from findChildren at once; freed later
            widget.deleteLater()


class ThemesPanel(QFrame):
    """Confirmed themes, then suggestions with the words that triggered them."""

    decided = Signal(str, bool)  # theme key, accepted
    removed = Signal(str)  # theme key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themesPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.tagged = QLabel()
        self.tagged.setWordWrap(True)
        layout.addWidget(self.tagged)
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        self._themes: tuple[ThemeView, ...] = ()
        self._unsure = False
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("THEMES"))
        self.show_themes(self._themes, unsure=self._unsure)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_themes(self, themes: Sequence[ThemeView], *, unsure: bool = False) -> None:
        """``unsure``: no theme was confident enough to suggest for the caption."""
        self._themes, self._unsure = tuple(themes), unsure
        _clear(self.rows)
        tagged = [t for t in themes if t.source in ("manual", "accepted")]
        empty = self.tr("No themes yet.")
        if unsure and not any(t.source == "suggested" for t in themes):
            empty = self.tr("No confident theme: choose one by hand.")
        self.tagged.setText(" · ".join(theme_label(t) for t in tagged) or empty)
        for theme in tagged:
            self.rows.addWidget(self._tag_row(theme))
        for theme in (t for t in themes if t.source == "suggested"):
            self.rows.addWidget(self._suggestion_row(theme))

    def _tag_row(self, theme: ThemeView) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(f"✓ {theme_label(theme)}")
        label.setWordWrap(True)
        line.addWidget(label, 1)
        line.addWidget(
            self._button(
                "✕",
                self.tr("Remove"),
                theme.key,
                "remove",
                lambda: self.removed.emit(theme.key),
            )
        )
        return row

    @staticmethod
    def _button(
        glyph: str, name: str, key: str, decision: str, slot: Callable[[], None]
    ) -> QToolButton:
        button = QToolButton()
        button.setText(glyph)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.setObjectName(decision)
        button.setProperty("theme_key", key)
        button.setProperty("decision", decision)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _suggestion_row(self, theme: ThemeView) -> QWidget:
        row = QWidget()
        row.setObjectName("suggestion")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        because = "、".join(theme.because)
        text = self.tr("Suggested: {theme}").format(theme=theme_label(theme))
        label = QLabel(
            text + (f"  <span style='color:#6b7280'>({because})</span>" if because else "")
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setToolTip(
            self.tr("Suggested because the caption says: {words}").format(words=because or "—")
        )
        line.addWidget(label, 1)
        key = theme.key
        line.addWidget(
            self._button(
                "✓", self.tr("Accept"), key, "accept", lambda: self.decided.emit(key, True)
            )
        )
        line.addWidget(
            self._button(
                "✕", self.tr("Reject"), key, "reject", lambda: self.decided.emit(key, False)
            )
        )
        return row

    def theme(self, key: str) -> ThemeView | None:
        """The shown theme ``key`` (its source says what undo puts back)."""
        return next((t for t in self._themes if t.key == key), None)

    def set_pending(self, key: str) -> None:
        """A decision on ``key`` is being saved: no second click until it is shown."""
        for button in self.buttons(key).values():
            button.setEnabled(False)

    def buttons(self, key: str) -> dict[str, QToolButton]:
        """The accept/reject/remove buttons shown for a theme, by decision."""
        return {
            button.property("decision"): button
            for button in self.findChildren(QToolButton)
            if button.property("theme_key") == key
        }


class LicencePanel(QFrame):
    """The licence as recorded: kind, holder, purposes, expiry, usage terms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.body)
        self._licence: LicenceView | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("LICENCE"))
        self.show_licence(self._licence)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_licence(self, licence: LicenceView | None) -> None:
        """Show a photo's licence (``Archive.photo().licence``); None: none recorded."""
        self._licence = licence
        if licence is None:
            self.body.setText(self.tr("No licence recorded: export will ask for one."))
            return
        purposes = ", ".join(self._purpose(p) for p in licence.purposes) or "—"
        lines = [
            self.tr("Kind: {kind}").format(kind=self._kind(licence.kind)),
            self.tr("Holder: {holder}").format(holder=licence.holder or "—"),
            self.tr("May be used for: {purposes}").format(purposes=purposes),
            self.tr("Expires: {date}").format(date=licence.expires or self.tr("never")),
        ]
        if licence.editorial_only:
            lines.append(self.tr("Editorial use only"))
        if licence.credit_required:
            lines.append(self.tr("Credit required"))
        if licence.usage_terms:
            lines.append(licence.usage_terms)
        self.body.setText("\n".join(lines))

    def _kind(self, kind: str) -> str:
        return {
            "staff": self.tr("staff"),
            "handout": self.tr("handout"),
            "agency": self.tr("agency"),
            "creative-commons": self.tr("Creative Commons"),
            "other": self.tr("other"),
        }.get(kind, kind)

    def _purpose(self, purpose: str) -> str:
        return {
            "print": self.tr("print"),
            "web": self.tr("web"),
            "social": self.tr("social"),
            "syndication": self.tr("syndication"),
        }.get(purpose, purpose)
