"""The status bar: counts, and the progress of a background job with its Cancel.

It is told what to count (:meth:`StatusBar.show_counts`) rather than reading the
window, so it can be shown and tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from photoarchive.gui.workers import Task
from photoarchive.progress import Progress


class JobIndicator(QWidget):
    """A label, a bar and a Cancel button for the one job the window runs in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton()
        self.cancel.setAutoRaise(True)
        for widget in (self.label, self.bar, self.cancel):
            layout.addWidget(widget)
        self._task: Task | None = None
        self.cancel.clicked.connect(self._cancel)
        self.setVisible(False)

    def track(self, task: Task, label: str) -> None:
        self._task = task
        self.label.setText(label)
        self.cancel.setText(self.tr("Cancel"))
        self.bar.setRange(0, 0)  # busy until the first progress step says how much
        task.progress.connect(self.update_progress)
        task.finished.connect(self._done)
        self.setVisible(True)

    def update_progress(self, step: Progress) -> None:
        self.bar.setRange(0, max(1, step.total))
        self.bar.setValue(step.done)
        self.bar.setToolTip(f"{step.done:,} / {step.total:,}")

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel.setEnabled(False)

    def _done(self) -> None:
        self._task = None
        self.cancel.setEnabled(True)
        self.setVisible(False)


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = QLabel()
        self.library.setObjectName("library")
        self.addWidget(self.library)
        self.job = JobIndicator()
        self.addPermanentWidget(self.job)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.addPermanentWidget(self.counts)

    def show_counts(
        self,
        library: Path,
        *,
        total: int,
        loaded: int,
        selected: int = 0,
        query: str | None = None,
        hints: Sequence[str] = (),
    ) -> None:
        """Show the library and what the grid shows.

        ``total`` photos, ``loaded`` of them fetched so far and ``selected`` of
        them selected; ``query`` is the search that found them (None: the
        sidebar's choice), ``hints`` why that search found nothing.
        """
        self.library.setText(self.tr("Library: {path}").format(path=library))
        if query is not None:
            parts = [self.tr("{total:,} found for “{query}”").format(total=total, query=query)]
            parts.extend(hints[:1] if not total else [])
        else:
            parts = [self.tr("{total:,} photos").format(total=total)]
        if loaded < total:
            parts.append(self.tr("{loaded:,} loaded").format(loaded=loaded))
        if selected > 1:
            parts.append(self.tr("{n} selected").format(n=selected))
        self.counts.setText("  ·  ".join(parts))
