"""Progress reports and cancellation shared by every long operation.

Long operations are generators yielding :class:`Progress`; the CLI prints them,
the GUI forwards them from a worker thread. A :class:`CancelToken` is checked
between units of work so a cancel never leaves half-written state.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from photoarchive.errors import Cancelled


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
            raise Cancelled("Cancelled by the user; the library is unchanged by the unfinished part.")
