"""Plain data in and out of an export: what to send, how, and what happened.

The services layer fills :class:`ExportItem` from the catalogue; the export core
never touches the catalogue, so it can be tested over plain files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from photoarchive.errors import InputError, PhotoarchiveError
from photoarchive.licensing import Licence, parse_purpose

DEFAULT_TEMPLATE = "{date}_{credit}_{id}.jpg"
DEFAULT_QUALITY = 90
MIN_EDGE = 16


class ExportError(PhotoarchiveError):
    """The set cannot be written; nothing was left at the destination."""


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One photo to export, with everything that goes into its file."""

    photo_id: int
    source_path: Path  # the stored original: read, never written
    sha256: str = ""  # what the original's bytes must hash to; empty: not checked
    taken_at: date | datetime | None = None
    caption: str = ""
    headline: str = ""  # the feature title
    credit_line: str = ""  # as it should be printed: 罗盟 摄, 祁东县启航学校 供图
    creators: tuple[str, ...] = ()
    source: str = ""
    copyright: str = ""  # empty: "© holder" from the licence
    usage_terms: str = ""  # empty: the licence's terms
    keywords: tuple[str, ...] = ()
    subject_codes: tuple[str, ...] = ()
    licence: Licence | None = None
    orientation: int | None = None  # EXIF orientation 1-8; None: read it from the file


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """How to export: for what, where to, and at what size."""

    purpose: str
    destination: Path  # a folder (new or empty) or a path ending in .zip (new)
    max_edge: int | None = None  # long edge in pixels; None: full size
    quality: int = DEFAULT_QUALITY
    keep_gps: bool = False
    filename_template: str = DEFAULT_TEMPLATE
    today: date = field(default_factory=date.today)
    workers: int | None = None  # image threads; None: one per core


def check_options(options: ExportOptions) -> None:
    """Refuse options that cannot work, before anything is read or written."""
    parse_purpose(options.purpose)
    if options.max_edge is not None and options.max_edge < MIN_EDGE:
        raise InputError(
            f"--max-edge {options.max_edge} is too small", hint=f"use {MIN_EDGE} pixels or more"
        )
    if not 1 <= options.quality <= 100:
        raise InputError(f"--quality {options.quality} is out of range", hint="use 1 to 100")
    if options.workers is not None and options.workers < 1:
        raise InputError(f"workers must be at least 1, not {options.workers}")


@dataclass(slots=True)
class ExportReport:
    """What an export did: files written, photos left out and why, and warnings.

    `destination` is None when no photo could be exported (nothing was written).
    """

    purpose: str
    destination: Path | None
    exported: list[dict[str, Any]] = field(default_factory=list)
    excluded: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """1 when any photo was left out, so scripts notice an incomplete set."""
        return 1 if self.excluded else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "purpose": self.purpose,
            "destination": str(self.destination) if self.destination else None,
            "exported": self.exported,
            "excluded": self.excluded,
            "warnings": self.warnings,
        }
