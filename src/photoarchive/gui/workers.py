"""Running work off the UI thread and getting the answer back onto it.

One helper for every background task (after Picard's ``util/thread.py``): a
callable or a core :class:`~photoarchive.progress.Job` runs on a
``QThreadPool``; its progress, result or error arrive on the GUI thread through
a :class:`Task` that lives there. Edits to the catalogue go through one serial
lane, so they land in the order they were made (an edit, then its undo) even
though the UI does not wait for them. Tests use ``synchronous=True``, which
runs the same code inline so they need no waiting.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from photoarchive.progress import Job, Progress

log = logging.getLogger(__name__)

BACKGROUND_NICE = 10

ProgressFn = Callable[[Progress], None]
ResultFn = Callable[[Any], None]
ErrorFn = Callable[[BaseException], None]


class _Relay(QObject):
    """Emitted from the worker thread; queued to the :class:`Task` on the GUI thread."""

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QObject):
    """The GUI-side handle of one background run: its signals and its Cancel."""

    progress = Signal(object)  # Progress
    succeeded = Signal(object)  # the result
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed

    def __init__(self, job: Job[Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.running = True
        self.relay = _Relay()
        self.relay.progress.connect(self._on_progress)
        self.relay.succeeded.connect(self._on_succeeded)
        self.relay.failed.connect(self._on_failed)

    def cancel(self) -> None:
        """Ask the job to stop at its next unit of work (thread-safe)."""
        if self._job is not None:
            self._job.cancel()

    @Slot(object)
    def _on_progress(self, step: Progress) -> None:
        self.progress.emit(step)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.running = False
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(exc)
        self.finished.emit()


def lower_thread_priority() -> None:
    """Make the calling thread (and the threads it starts) yield the CPU to the UI thread.

    On Linux a nice value belongs to one thread and is inherited by the threads it
    creates, so an import's decoding threads run behind the window's repaints
    instead of beside them (the machine may have fewer cores than busy threads).
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            base = os.getpriority(os.PRIO_PROCESS, os.getpid())  # the UI thread's
            target = min(19, base + BACKGROUND_NICE)
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), target)


class _Runnable(QRunnable):
    def __init__(
        self, work: Callable[[ProgressFn], Any], relay: _Relay, *, background: bool = False
    ) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._background = background

    def run(self) -> None:
        if self._background:
            lower_thread_priority()
        try:
            result = self._work(self._relay.progress.emit)
        except BaseException as exc:  # delivered to the GUI, never lost in a thread
            if not isinstance(exc, Exception):
                log.exception("background task stopped")
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def _job_work(job: Job[Any]) -> Callable[[ProgressFn], Any]:
    def work(report: ProgressFn) -> Any:
        for step in job:
            report(step)
        return job.result

    return work


class Runner:
    """Starts tasks on a pool; ``synchronous`` runs them inline (tests, scripts)."""

    def __init__(self, pool: QThreadPool | None = None, *, synchronous: bool = False) -> None:
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self.jobs = QThreadPool()  # long jobs, on threads of lower priority
        self.jobs.setMaxThreadCount(2)
        self.edits = QThreadPool()  # one thread: edits run one at a time, first come first
        self.edits.setMaxThreadCount(1)
        self.synchronous = synchronous
        self._live: set[Task] = set()

    def run_job(
        self,
        job: Job[Any],
        *,
        on_progress: ProgressFn | None = None,
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
    ) -> Task:
        """Iterate a core job on a worker; callbacks run on the GUI thread."""
        return self._start(_job_work(job), job, on_progress, on_result, on_error, background=True)

    def run_task(
        self,
        work: Callable[[], Any],
        *,
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
    ) -> Task:
        """Run a plain callable on a worker (a folder listing, a count over the catalogue)."""
        return self._start(lambda _report: work(), None, None, on_result, on_error)

    def run_edit(
        self,
        work: Callable[[], Any],
        *,
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
    ) -> Task:
        """Run a catalogue write after every write started before it (never beside one)."""
        return self._start(lambda _report: work(), None, None, on_result, on_error, lane=self.edits)

    def _start(
        self,
        work: Callable[[ProgressFn], Any],
        job: Job[Any] | None,
        on_progress: ProgressFn | None,
        on_result: ResultFn | None,
        on_error: ErrorFn | None,
        *,
        background: bool = False,
        lane: QThreadPool | None = None,
    ) -> Task:
        task = Task(job)
        if on_progress is not None:
            task.progress.connect(on_progress)
        if on_result is not None:
            task.succeeded.connect(on_result)
        task.failed.connect(on_error or _log_error)
        self._live.add(task)
        task.finished.connect(lambda: self._live.discard(task))
        if self.synchronous:
            _Runnable(work, task.relay).run()
        else:
            pool = lane if lane is not None else (self.jobs if background else self.pool)
            pool.start(_Runnable(work, task.relay, background=background))
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every started task (closing the window, tests)."""
        return all(pool.waitForDone(msecs) for pool in (self.edits, self.jobs, self.pool))

    @property
    def busy(self) -> bool:
        return any(task.running for task in self._live)


def _log_error(exc: BaseException) -> None:
    log.error("background task failed: %s", exc, exc_info=exc)
