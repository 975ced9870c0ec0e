"""One lifecycle for the dialogs that run a long job: start, progress, Cancel, outcome.

The import and the export dialog differ in their forms and previews, not in how
their job runs, so that part lives here once: the job is built on the UI thread
(its checks raise before anything is written) and iterated on a worker through
the :class:`~photoarchive.gui.workers.Runner`; the bar shows its counts and what
it is doing; while it runs the inputs are locked and Close, Escape and the
window's close button all mean Cancel, and the dialog stays until the job has
stopped, so nothing is left half-done behind a closed window; a failure is said
as the CLI says it (:func:`~photoarchive.gui.error_text.known_error_text`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QWidget,
)

from photoarchive.errors import Cancelled, PhotoarchiveError
from photoarchive.gui.error_text import known_error_text
from photoarchive.gui.workers import Runner, Task
from photoarchive.progress import Job, Progress

if TYPE_CHECKING:
    from photoarchive.services.archive import Archive

ERROR_COLOUR = "#b3261e"


class JobDialog(QDialog):
    """The part of a job-running dialog that is not its form: subclass and fill the hooks.

    A subclass places :attr:`summary` in its layout, calls :meth:`_add_job_controls`
    for the bar and the buttons, starts its job with :meth:`run_job`, and says what
    a result means in :meth:`_job_succeeded`.
    """

    def __init__(
        self,
        archive: Archive,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        start_folder: str = "",
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.last_folder = start_folder  # where file choosers open; the window remembers it
        self._task: Task | None = None
        self.summary = QLabel()  # what the dialog says: the preview, progress notes, errors
        self.summary.setWordWrap(True)

    # -- hooks ------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text again; called on LanguageChange."""
        raise NotImplementedError

    def _ready(self) -> bool:
        """Whether the form is complete enough to start the job."""
        raise NotImplementedError

    def _inputs(self) -> Iterable[QWidget]:
        """The widgets that change what the job does: locked while it runs."""
        raise NotImplementedError

    def _cancelling_text(self) -> str:
        """What the dialog says between the Cancel and the job's stop."""
        raise NotImplementedError

    def _job_succeeded(self, result: Any) -> None:
        """The job returned ``result`` (an import also returns when cancelled)."""
        raise NotImplementedError

    def _cancelled_text(self, exc: Cancelled) -> str:
        """What the dialog says when the job stopped by raising Cancelled (nothing written)."""
        return str(exc)

    # -- layout -----------------------------------------------------------------------
    def _add_job_controls(self, layout: QBoxLayout, start: Callable[[], None]) -> None:
        """The progress bar and the start and Close buttons, at the foot of ``layout``."""
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """A job was started and has not yet reported its end on the UI thread."""
        return self._task is not None and self._task.running

    def _update_buttons(self) -> None:
        """Start only when ready and idle; the inputs locked and Close saying Cancel while busy."""
        running = self.running
        self.start_button.setEnabled(self._ready() and not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        for widget in self._inputs():
            widget.setEnabled(not running)

    def show_message(self, text: str) -> None:
        self.summary.setText(text)

    def show_error(self, exc: BaseException) -> None:
        """An expected error in the CLI's words, anything else as a bug; in red until replaced."""
        message = known_error_text(exc, self.archive.root) or self.tr(
            "Unexpected error: {error}"
        ).format(error=exc)
        self.summary.setText(f"<span style='color:{ERROR_COLOUR}'>{_escape(message)}</span>")

    # -- the job ----------------------------------------------------------------------
    def run_job(self, make_job: Callable[[], Job[Any]], *, total: int = 0) -> None:
        """Build the job (a refusal is shown, nothing runs) and iterate it on a worker.

        ``total`` sizes the bar until the job's first step; 0 shows it busy.
        """
        if self.running:
            return
        try:
            job = make_job()
        except PhotoarchiveError as exc:
            self.show_error(exc)
            return
        self.progress.setRange(0, max(0, total))
        self.progress.setValue(0)
        self.progress.setFormat("%v / %m")
        self.progress.setVisible(True)
        self._task = self.runner.run_job(
            job,
            on_progress=self._on_progress,
            on_result=self._on_succeeded,
            on_error=self._on_failed,
        )
        self._update_buttons()  # a synchronous runner has already finished here

    def _on_progress(self, step: Progress) -> None:
        self.progress.setRange(0, max(1, step.total))
        self.progress.setValue(step.done)
        self.progress.setFormat(f"%v / %m  {step.message}")

    def _stopped(self) -> None:
        """The job has ended: the bar goes, the form is free again."""
        self._task = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _on_succeeded(self, result: object) -> None:
        self._stopped()
        self._job_succeeded(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._stopped()
        if isinstance(exc, Cancelled):
            self.show_message(self._cancelled_text(exc))  # asked for: not shown as an error
        else:
            self.show_error(exc)

    def reject(self) -> None:
        """Escape, Close and the window's close button: while a job runs they mean Cancel."""
        if self._task is not None and self._task.running:
            self._task.cancel()
            self.show_message(self._cancelling_text())
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.reject()
            event.ignore()  # the dialog stays until the job has stopped and said how far it got
            return
        super().closeEvent(event)


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )
