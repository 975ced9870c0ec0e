"""After a lost catalogue is restored: import the originals it does not list.

Each stored original is named by its SHA-256, so what the restored catalogue
lacks is plain; those photos come back through the normal import (photos
alone), with captions and credits from their embedded metadata.
"""

from __future__ import annotations

from sqlalchemy import select

from photoarchive.catalogue.models import Photo
from photoarchive.catalogue.recovery import RecoveryReport
from photoarchive.importer.pairing import Pair, Pairing
from photoarchive.importer.plan import ImportPlan
from photoarchive.storage.files import ORIGINALS


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
