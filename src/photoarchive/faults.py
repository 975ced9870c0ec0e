"""Fault injection points for crash-safety tests.

``checkpoint("name")`` kills the current process with SIGKILL when the
environment variable ``PHOTOARCHIVE_KILL_AT`` equals ``name`` (optionally
``name:N`` for the N-th time it is reached). It costs one dict lookup when the
variable is unset, and lets tests prove that a kill at each step of a write
leaves a consistent library, with a real process and a real kill.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

ENV = "PHOTOARCHIVE_KILL_AT"
_seen: Counter[str] = Counter()


def checkpoint(name: str) -> None:
    target = os.environ.get(ENV)
    if not target:
        return
    wanted, _, nth = target.partition(":")
    if wanted != name:
        return
    _seen[name] += 1
    if _seen[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
