"""Output helpers: one JSON document on stdout, messages and progress on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any, TypeVar

from photoarchive.progress import Job, Progress

T = TypeVar("T")


def emit_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def say(message: str) -> None:
    print(message, file=sys.stderr)


def out(line: str = "") -> None:
    print(line)


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
