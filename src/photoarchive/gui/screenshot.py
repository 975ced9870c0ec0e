"""Saving the window to a PNG once what it shows is ready (``gui --screenshot``).

Ready means: the sidebar counts have arrived, no search is running, and every
visible cell and the inspector's preview show their real thumbnails, not the
placeholder. A deadline stops the wait if a file never decodes.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from photoarchive.gui.main_window import MainWindow

POLL_MS = 50
DEADLINE_S = 30.0


def window_ready(window: MainWindow) -> bool:
    if not window.isVisible() or not window.counts_loaded or window.runner.busy:
        return False
    if window.model.canFetchMore() and window.model.rowCount() == 0:
        return False
    loader = window.thumbnails
    for row in window.grid.visible_rows():
        path = window.model.row_at(row).thumbnail
        if loader.cached(path) is None:
            loader.request(path)  # painted already, or about to be
            return False
    preview = window.inspector.preview_path
    return preview is None or window.previews.cached(preview) is not None


class Screenshot(QObject):
    def __init__(self, window: MainWindow, target: Path, done: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.target = target
        self.done = done
        self.status = 1
        self._deadline = time.monotonic() + DEADLINE_S
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._timer.start()

    def _poll(self) -> None:
        ready = window_ready(self.window)
        if not ready and time.monotonic() < self._deadline:
            return
        self._timer.stop()
        if not ready:
            print(
                "photoarchive: some thumbnails did not load in time; saving anyway.",
                file=sys.stderr,
            )
        self.window.repaint()
        self.target.parent.mkdir(parents=True, exist_ok=True)
        saved = self.window.grab().save(str(self.target), "PNG")
        if saved:
            self.status = 0 if ready else 1
            print(f"photoarchive: saved {self.target}", file=sys.stderr)
        else:
            print(f"photoarchive: could not write {self.target}", file=sys.stderr)
        self.done()
