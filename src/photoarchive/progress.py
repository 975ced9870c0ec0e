"""Progress reports and cancellation shared by every long operation.

Long operations are generators yielding :class:`Progress`; the CLI prints them,
the GUI forwards them from a worker thread. A :class:`CancelToken` is checked
between units of work so a cancel never leaves half-written state.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from photoarchive.errors import Cancelled

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Progress:
    """One step of a long operation: ``done`` of ``total`` units, with a message."""

    stage: str
    done: int
    total: int
    message: str = ""

    @property
    def fraction(self) -> float:
        return 1.0 if self.total <= 0 else min(1.0, self.done / self.total)


class CancelToken:
    """Thread-safe flag a front end sets and a worker polls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled(
                "Cancelled by the user; the library is unchanged by the unfinished part."
            )


class Job(Generic[T]):
    """A long operation ready to run: iterate it for progress, then read ``result``.

    Front ends treat every long operation the same way: the CLI iterates it on
    the main thread and prints a bar, the GUI iterates it on a worker thread and
    calls :meth:`cancel` from its Cancel button.
    """

    def __init__(self, start: Callable[[CancelToken], Generator[Progress, None, T]]) -> None:
        self._start = start
        self.token = CancelToken()
        self._result: T | None = None
        self._finished = False

    def __iter__(self) -> Iterator[Progress]:
        self._result = yield from self._start(self.token)
        self._finished = True

    def cancel(self) -> None:
        self.token.cancel()

    def run(self, on_progress: Callable[[Progress], None] | None = None) -> T:
        """Run to the end (for scripts and tests) and return the result."""
        for step in self:
            if on_progress is not None:
                on_progress(step)
        return self.result

    @property
    def result(self) -> T:
        if not self._finished:
            raise RuntimeError("the job has not finished")
        return self._result  # type: ignore[return-value]
