"""Fault injection points for crash-safety and disk-fault tests.

``checkpoint("name", path)`` marks a place where the archive is about to write.
Two environment variables turn it into a fault, so tests can prove that each
write point leaves a consistent library, with a real process and real files:

- ``PHOTOARCHIVE_KILL_AT=name[:N]`` kills the process with SIGKILL the N-th time
  ``name`` is reached (a power cut, a killed window);
- ``PHOTOARCHIVE_FAIL_AT=name[:N]=ERRNO`` raises ``OSError(ERRNO)`` there for
  ``path`` instead (``ENOSPC`` a full disk, ``EACCES`` no permission, ``EROFS`` a
  read-only share), as the write itself would.

Unset, a checkpoint costs two dict lookups. ``WRITE_POINTS`` lists every name, so
the fault suite can check that none is left out.
"""

from __future__ import annotations

import errno
import os
import signal
from collections import Counter
from pathlib import Path

ENV = "PHOTOARCHIVE_KILL_AT"
FAIL_ENV = "PHOTOARCHIVE_FAIL_AT"

# Every checkpoint, by the write it precedes.
WRITE_POINTS: dict[str, str] = {
    "store-staged": "an incoming file is written under tmp/",
    "store-moved": "a staged file is moved into originals/ or thumbs/",
    "staged": "an import batch is about to be journalled",
    "journalled": "the import journal is committed",
    "moved": "one photo's files are in place",
    "feature-written": "the feature's title, byline and captions are flushed",
    "committed": "an import batch's photo rows are committed",
    "catalogue-commit": "any change to the catalogue is committed",
    "index-commit": "a change to the search index is committed",
    "index-current": "the search index's current generation is switched",
    "export-write": "an exported file is written into the staged set",
    "export-finish": "the staged set is renamed to the chosen destination",
    "backup-write": "the catalogue is backed up before an upgrade",
    "theme-model-cache": "the learned theme model is cached (a failure only costs time)",
    "classifier-save": "a trained theme classifier is saved",
}

_seen: Counter[tuple[str, str]] = Counter()


def checkpoint(name: str, path: Path | str | None = None) -> None:
    """Kill or fail here when the environment asks for it (see the module docstring)."""
    kill = os.environ.get(ENV)
    fail = os.environ.get(FAIL_ENV)
    if not kill and not fail:
        return
    if kill and _reached(kill, name):
        os.kill(os.getpid(), signal.SIGKILL)
    if fail:
        spec, _, code = fail.partition("=")
        if _reached(spec, name):
            number = getattr(errno, code or "EIO")
            raise OSError(number, os.strerror(number), str(path) if path is not None else None)


def reset() -> None:
    """Forget how often each checkpoint was reached (between in-process tests)."""
    _seen.clear()


def _reached(spec: str, name: str) -> bool:
    wanted, _, nth = spec.partition(":")
    if wanted != name:
        return False
    _seen[(spec, name)] += 1
    return _seen[(spec, name)] == int(nth or 1)
