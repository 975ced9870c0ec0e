"""A lost catalogue brought back: the newest intact backup, then the originals it lacks.

Each stored original is named by its SHA-256, so what the restored catalogue
lacks is plain; those photos come back through the normal import (photos
alone), with captions and credits from their embedded metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from photoarchive.catalogue.db import Catalogue
from photoarchive.catalogue.models import Photo
from photoarchive.catalogue.recovery import (
    CATALOGUE_FILE,
    LostCatalogueError,
    RecoveryReport,
    set_aside_and_restore,
)
from photoarchive.importer.pairing import Pair, Pairing
from photoarchive.importer.plan import ImportPlan
from photoarchive.storage.files import ORIGINALS

__all__ = ["LostCatalogueError", "RecoveryReport", "rebuild_from_originals", "recover_lost"]


def recover_lost(root: Path, open_archive: Callable[[], Any]) -> RecoveryReport:
    """Set the lost catalogue aside, restore the newest intact backup, re-import the rest.

    ``open_archive`` opens the library once a catalogue is back in place (the
    caller's own way, so the CLI and the window keep their settings).
    """
    report = RecoveryReport()
    set_aside_and_restore(root, report)
    if report.restored_from is None:  # a new, empty catalogue to import the originals into
        Catalogue(root / CATALOGUE_FILE).close()
    rebuild_from_originals(open_archive(), report)
    return report


def rebuild_from_originals(archive, report: RecoveryReport) -> None:
    """Import every stored original the catalogue has no row for."""
    root = archive.library.root
    with archive.library.catalogue.reader() as session:
        known = set(session.scalars(select(Photo.sha256)))
    missing = sorted(
        p for p in (root / ORIGINALS).glob("*/*") if p.is_file() and p.stem not in known
    )
    if not missing:
        return
    plan = ImportPlan(None, None, Pairing(tuple(Pair(p, None) for p in missing), (), ()))
    result = archive.import_job(plan).run()
    report.rebuilt = list(result.imported)
    report.failed = list(result.failed)
