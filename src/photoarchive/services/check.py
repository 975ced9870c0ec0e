"""Consistency check of a library: catalogue rows against files on disk.

The catalogue is the source of truth. ``repair`` only does what is safe:
rebuild missing thumbnails, roll back journalled half-imports, delete staged
leftovers, and move originals that no row owns to ``orphans/`` (never delete).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from photoarchive.catalogue.models import Photo
from photoarchive.importer import journal
from photoarchive.library import Library
from photoarchive.storage.thumbnails import make_thumbnail


@dataclass(slots=True)
class CheckReport:
    problems: list[dict[str, object]] = field(default_factory=list)
    repaired: list[dict[str, object]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, detail: str, **extra: object) -> None:
        self.problems.append({"kind": kind, "detail": detail, **extra})


def check_files(library: Library, report: CheckReport, *, repair: bool) -> None:
    store = library.store
    owned: set[str] = set()
    with library.catalogue.reader() as session:
        rows = session.execute(select(Photo.id, Photo.sha256, Photo.stored_path)).all()
        pending = journal.pending(session)
    for photo_id, sha, relpath in rows:
        owned.add(relpath)
        if not store.absolute(relpath).is_file():
            report.add(
                "missing_original", f"photo {photo_id}: {relpath} is missing", photo_id=photo_id
            )
            continue
        if not store.thumbnail_path(sha).is_file():
            if repair:
                store.write_thumbnail(sha, make_thumbnail(store.absolute(relpath).read_bytes()))
                report.repaired.append({"kind": "thumbnail_rebuilt", "photo_id": photo_id})
            else:
                report.add(
                    "missing_thumbnail", f"photo {photo_id} has no thumbnail", photo_id=photo_id
                )
    if pending and not repair:
        for entry in pending:
            report.add(
                "pending_import",
                f"{entry.stored_path} was being imported when an import stopped",
                sha256=entry.sha256,
            )
    if repair and (pending or store.staged_leftovers()):
        if library.lock.try_acquire():
            try:
                rec = journal.recover(library.catalogue, store)
            finally:
                library.lock.release()
            report.repaired.append(
                {
                    "kind": "import_rolled_back",
                    "files": rec.rolled_back,
                    "staged_removed": rec.staged_removed,
                }
            )
    elif store.staged_leftovers() and library.lock.try_acquire():
        library.lock.release()  # nobody is writing, so these really are leftovers
        report.add(
            "stray_staged_files", f"{len(store.staged_leftovers())} half-written files in tmp/"
        )
    for path in store.iter_originals():
        rel = path.relative_to(store.root).as_posix()
        if rel in owned or any(p.stored_path == rel for p in pending):
            continue
        if repair:
            target = store.root / "orphans" / path.name
            target.parent.mkdir(exist_ok=True)
            os.replace(path, target)
            report.repaired.append(
                {"kind": "orphan_moved", "file": str(Path("orphans") / path.name)}
            )
        else:
            report.add("orphan_original", f"{rel} belongs to no photo", file=rel)
