"""A library whose catalogue is lost: refuse it, then restore and rebuild what can be.

A catalogue file of zero bytes (a full disk, a bad copy, a sync tool) or none
at all, beside originals, is not a new library: opening it as one would hide
every caption, licence and edit. The library is refused as damaged, and
``check --repair`` moves the broken file aside, restores the newest backup that
passes SQLite's integrity check, imports the originals the backup does not know
(their captions and credits from their embedded metadata), and lists what
could not come back.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from photoarchive.errors import LibraryError
from photoarchive.storage.files import ORIGINALS

CATALOGUE_FILE = "catalogue.sqlite"
NOT_RECOVERABLE = (
    "feature texts (titles, bylines, body) and which caption went with which photo",
    "licences recorded by hand and theme decisions",
    "the edit history",
)


class LostCatalogueError(LibraryError):
    """The originals are there but the catalogue is empty or missing."""


@dataclass
class RecoveryReport:
    moved_aside: Path | None = None
    restored_from: Path | None = None
    rebuilt: list[int] = field(default_factory=list)  # photo ids imported from originals
    failed: list[tuple[str, str]] = field(default_factory=list)
    not_recovered: tuple[str, ...] = ()


def originals_present(root: Path) -> int:
    """How many stored originals the library folder holds."""
    folder = root / ORIGINALS
    if not folder.is_dir():
        return 0
    return sum(1 for p in folder.glob("*/*") if p.is_file())


def lost_catalogue(root: Path) -> LostCatalogueError | None:
    """The error for a library whose catalogue is gone while its originals remain."""
    path = root / CATALOGUE_FILE
    if path.is_file() and path.stat().st_size > 0:
        return None
    count = originals_present(root)
    if not count:
        return None  # a new library, or one that never held a photo
    state = "is empty (0 bytes)" if path.exists() else "is missing"
    backup = newest_backup(root)
    offer = f"restore the newest backup ({backup.name}) and re-import" if backup else "re-import"
    return LostCatalogueError(
        f"The catalogue {path} {state}, but the library holds {count} original photo(s): "
        "it is damaged, not new.",
        hint=f"Run `photoarchive --library {root} check --repair` to {offer} the originals "
        "it does not list; it says what cannot be recovered.",
    )


def newest_backup(root: Path) -> Path | None:
    """The newest ``catalogue.sqlite.*.bak`` that SQLite finds intact."""
    backups = sorted(root.glob(f"{CATALOGUE_FILE}.*.bak"), key=lambda p: p.stat().st_mtime)
    for candidate in reversed(backups):
        if intact(candidate):
            return candidate
    return None


def intact(path: Path) -> bool:
    """True when ``path`` is a non-empty SQLite file that passes ``PRAGMA integrity_check``."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    except sqlite3.DatabaseError:
        return False


def set_aside_and_restore(root: Path, report: RecoveryReport) -> None:
    """Move the broken catalogue aside and put the newest intact backup in its place."""
    path = root / CATALOGUE_FILE
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    if path.exists():
        aside = path.with_name(f"{CATALOGUE_FILE}.damaged-{stamp}")
        path.replace(aside)
        report.moved_aside = aside
    for suffix in ("-wal", "-shm"):  # a log of the lost file must not replay onto the backup
        stale = path.with_name(CATALOGUE_FILE + suffix)
        if stale.exists():
            stale.replace(stale.with_name(f"{stale.name}.damaged-{stamp}"))
    backup = newest_backup(root)
    if backup is not None:
        with sqlite3.connect(backup) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
        report.restored_from = backup
    report.not_recovered = (
        NOT_RECOVERABLE
        if backup is None
        else ("whatever changed after the backup was made: " + "; ".join(NOT_RECOVERABLE),)
    )
