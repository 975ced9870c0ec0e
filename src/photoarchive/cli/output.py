"""Output helpers: one JSON document on stdout, messages and progress on stderr."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import Any, TypeVar

from photoarchive.progress import Job, Progress

T = TypeVar("T")


def emit_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


# Control characters (ESC, BEL, ...) in stored text must never reach the terminal raw:
# ESC [ 2 J clears the screen of whoever runs `show`. JSON output escapes them anyway.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with control characters shown as the caret form (``^[``) instead of run."""
    return _CONTROLS.sub(lambda m: f"^{chr((ord(m.group()) + 64) % 128)}", text)


def say(message: str) -> None:
    print(printable(message), file=sys.stderr)


def out(line: str = "") -> None:
    print(printable(line))


class ProgressBar:
    """A one-line bar on a terminal; silent when stderr is not a terminal or under --json."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self._shown = False

    def update(self, step: Progress) -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * step.fraction)
        label = step.message[:40]
        sys.stderr.write(
            f"\r{step.stage:>8} [{'#' * filled}{'.' * (width - filled)}] "
            f"{step.done}/{step.total} {label:<40}"
        )
        sys.stderr.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


def run_job(job: Job[T], *, quiet: bool) -> T:
    """Run a job with a progress bar; Ctrl+C cancels it cleanly."""
    bar = ProgressBar(not quiet)
    try:
        for step in job:
            bar.update(step)
    except KeyboardInterrupt:
        job.cancel()
        raise
    finally:
        bar.close()
    return job.result


def table(rows: Iterable[tuple[str, ...]]) -> None:
    rows = list(rows)
    if not rows:
        return
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
