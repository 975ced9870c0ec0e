"""What the window says when work fails: the CLI's words for the same error.

Our own errors carry their message and hint; the operating system's refusals
(a full disk, a read-only share, no permission) are phrased by
:func:`photoarchive.oserrors.os_error`, so a full disk never reads as
"Unexpected error: [Errno 28]".
"""

from __future__ import annotations

from pathlib import Path

from photoarchive.errors import PhotoarchiveError
from photoarchive.oserrors import os_error


def known_error_text(exc: BaseException, library: Path) -> str | None:
    """The message for an expected error, or None when it is a bug to report."""
    if isinstance(exc, PhotoarchiveError):
        return str(exc)
    if isinstance(exc, OSError):
        known = os_error(exc, library)
        return str(known) if known is not None else None
    return None
