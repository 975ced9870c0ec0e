"""The operating system's refusals, said as what the archivist can do about them.

A full disk, a read-only share or a folder one may not write to is an ordinary
error (exit 2) with the place named, not an internal error to report.
"""

from __future__ import annotations

import errno
from pathlib import Path

from photoarchive.errors import DiskFullError, PhotoarchiveError

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def os_error(exc: OSError, library: Path) -> PhotoarchiveError | None:
    """The error to show for ``exc``, or ``None`` when it is not one of these."""
    where = Path(exc.filename).parent if exc.filename else library
    if exc.errno in _FULL:
        return DiskFullError(where, needed=None)
    if exc.errno == errno.EROFS:
        return PhotoarchiveError(
            f"{where} is on a read-only disk or share; nothing was written there.",
            hint="Choose a folder on a disk you may write to.",
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return PhotoarchiveError(
            f"You may not write to {where} ({exc.strerror}).",
            hint="Ask for write access to that folder, or choose another one.",
        )
    return None
