"""The search field: debounced, run on a worker, newest query wins.

The field stays disabled, with a tooltip saying why, until the window has
checked (and if need be rebuilt) the search index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from photoarchive.gui.grid_model import SearchSource
from photoarchive.gui.workers import Runner

if TYPE_CHECKING:
    from photoarchive.search import SearchResults
    from photoarchive.services.archive import Archive

DEBOUNCE_MS = 250
FIRST_PAGE = 240  # hits fetched with the query; the grid asks for more as it scrolls


class SearchBar(QLineEdit):
    results = Signal(object)  # a SearchSource for the grid
    cleared = Signal()
    failed = Signal(str)

    def __init__(self, archive: Archive, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.ready = False  # the index has been checked (and rebuilt if it had to be)
        self.unready_reason = ""
        self._generation = 0
        self.total: int | None = None
        self.hints: list[str] = []  # why the last search found nothing, when it is a mistake
        self.searching = False
        self.setObjectName("search")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_now)
        self.textChanged.connect(self._on_text)
        self.setEnabled(False)
        self.retranslate()

    def set_ready(self, ready: bool = True, reason: str = "") -> None:
        """Searching may start (the index is usable); runs a query typed meanwhile."""
        self.ready = ready
        self.unready_reason = reason
        self.setEnabled(self.ready)
        self.retranslate()
        if self.ready and self.query:
            self.run_now()

    @property
    def query(self) -> str:
        return self.text().strip()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search captions, credits, features  (Ctrl+F)"))
        if not self.ready:
            tip = self.unready_reason or self.tr("Checking the search index…")
        else:
            tip = self.tr('Type 水稻, "杂交水稻", credit:罗盟, -衡山 …')
        self.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def clear(self, *, quiet: bool = False) -> None:
        self.blockSignals(quiet)
        super().clear()
        self.blockSignals(False)
        self._debounce.stop()
        self._generation += 1
        self.total = None
        self.searching = False
        self._mark_error(False)

    def _on_text(self, _text: str) -> None:
        if not self.query:
            self._debounce.stop()
            self._generation += 1
            self.total = None
            self.searching = False
            self._mark_error(False)
            self.cleared.emit()
            return
        self._debounce.start()

    def run_now(self) -> None:
        """Search for the current text (the debounce timer's end, or ``--search``)."""
        self._debounce.stop()
        query = self.query
        if not query or not self.ready:
            return  # set_ready() runs it once the index can answer
        self._generation += 1
        generation = self._generation
        self.searching = True
        self.runner.run_task(
            lambda: self._search(query),
            on_result=lambda found: self._on_result(generation, found),
            on_error=lambda exc: self._on_error(generation, exc),
        )

    def _search(self, query: str) -> tuple[SearchResults, list[str]]:
        """On the worker: the first page, and why nothing matched if nothing did."""
        found = self.archive.search.find(query, limit=FIRST_PAGE)
        return found, (self.archive.search.hints(query) if not found.total else [])

    def _on_result(self, generation: int, answer: tuple[SearchResults, list[str]]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        found, self.hints = answer
        self.searching = False
        self.total = found.total
        self._mark_error(False)
        self.results.emit(
            SearchSource(
                self.archive, found.query, [hit.photo_id for hit in found.hits], found.total
            )
        )

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.searching = False
            self._mark_error(True)
            self.failed.emit(str(exc))

    def _mark_error(self, bad: bool) -> None:
        self.setProperty("invalid", "true" if bad else "false")
        self.style().unpolish(self)
        self.style().polish(self)
