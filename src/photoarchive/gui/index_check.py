"""Making sure search can answer when the window opens, without holding the window up.

The index is a cache of the catalogue; a stale one is caught up on the worker, and
one that cannot answer at all (missing, damaged, from an older version) is rebuilt
there with progress in the status bar, while the search bar says why it waits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from photoarchive.gui.search_bar import SearchBar
from photoarchive.gui.status import JobIndicator
from photoarchive.gui.workers import Runner

if TYPE_CHECKING:
    from photoarchive.services.search import Search


class IndexCheck(QObject):
    def __init__(
        self,
        search: Search,
        runner: Runner,
        search_bar: SearchBar,
        job: JobIndicator,
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.search = search
        self.runner = runner
        self.search_bar = search_bar
        self.job = job
        self.on_error = on_error

    def start(self) -> None:
        """Check the index on a worker; rebuild it with progress when it cannot answer."""
        self.runner.run_task(self.search.problem, on_result=self._checked, on_error=self._failed)

    def _checked(self, problem: str | None) -> None:
        if problem is None:
            self.search_bar.set_ready()
            return
        label = self.tr("Rebuilding the search index")
        self.search_bar.set_ready(False, label + "…")
        task = self.runner.run_job(
            self.search.reindex_job(),
            on_result=lambda _n: self.search_bar.set_ready(),
            on_error=self._failed,
        )
        self.job.track(task, label)

    def _failed(self, exc: BaseException) -> None:
        self.search_bar.set_ready(
            False, self.tr("The search index is incomplete: run `photoarchive reindex`.")
        )
        self.on_error(exc)
