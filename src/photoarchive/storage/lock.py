"""One writer at a time per library, across processes.

An advisory ``flock`` on ``<library>/.writer.lock``: the kernel drops it when
the holder dies, even by SIGKILL, so a crashed import never blocks the next.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import TracebackType

from photoarchive.errors import LibraryError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class WriterLock:
    def __init__(self, library: Path) -> None:
        self.path = library / ".writer.lock"
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return False
        self._fd = fd
        return True

    def acquire(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.try_acquire():
            if time.monotonic() > deadline:
                raise LibraryError(
                    "Another photoarchive process is writing to this library.",
                    hint="Wait until its import or export has finished, then try again.",
                )
            time.sleep(0.1)

    def release(self) -> None:
        if self._fd is None:
            return
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
