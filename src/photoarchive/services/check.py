"""Consistency check of a library: catalogue rows against files on disk.

The catalogue is the source of truth. ``repair`` only does what is safe:
rebuild missing thumbnails, roll back journalled half-imports, delete staged
leftovers and thumbnails no photo owns (caches), and set aside originals that
no row owns in ``orphans/`` (never delete a photo). A damaged original is
reported with what to do; only the archivist can restore or delete it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from photoarchive.catalogue import journal
from photoarchive.catalogue.models import Photo
from photoarchive.errors import InputError
from photoarchive.library import Library
from photoarchive.metadata.raw import displayable
from photoarchive.progress import Progress
from photoarchive.storage.files import PhotoStore
from photoarchive.storage.thumbnails import make_thumbnail

ORPHANS = "orphans"


@dataclass(slots=True)
class CheckReport:
    problems: list[dict[str, object]] = field(default_factory=list)
    repaired: list[dict[str, object]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, detail: str, **extra: object) -> None:
        self.problems.append({"kind": kind, "detail": detail, **extra})


def _restore_hint(photo_id: int) -> str:
    return (
        f"restore the file from a backup, or remove the photo with `photoarchive delete {photo_id}`"
    )


def check_files(
    library: Library, report: CheckReport, *, repair: bool, verify: bool = False
) -> Iterator[Progress]:
    """Compare rows and files; with ``verify`` also re-hash every original (slow)."""
    store = library.store
    with library.catalogue.reader() as session:
        rows = session.execute(select(Photo.id, Photo.sha256, Photo.stored_path)).all()
        pending = journal.pending(session)
    owned = {relpath for _, _, relpath in rows}
    for done, (photo_id, sha, relpath) in enumerate(rows, start=1):
        if done % 200 == 0:
            yield Progress("check", done, len(rows), relpath)
        _check_photo(store, report, photo_id, sha, relpath, repair=repair, verify=verify)
    _check_leftovers(library, report, pending, repair=repair)
    pending_paths = {p.stored_path for p in pending}
    for path in store.iter_originals():
        rel = path.relative_to(store.root).as_posix()
        if rel in owned or rel in pending_paths:
            continue
        if repair:
            target = _set_aside(store.root, path)
            report.repaired.append({"kind": "orphan_moved", "file": target})
        else:
            report.add("orphan_original", f"{rel} belongs to no photo", file=rel)
    _check_thumbnails(store, {sha for _, sha, _ in rows}, report, repair=repair)


def _check_photo(
    store: PhotoStore,
    report: CheckReport,
    photo_id: int,
    sha: str,
    relpath: str,
    *,
    repair: bool,
    verify: bool,
) -> None:
    original = store.absolute(relpath)
    if not original.is_file():
        report.add(
            "missing_original",
            f"photo {photo_id}: {relpath} is missing; " + _restore_hint(photo_id),
            photo_id=photo_id,
        )
        return
    if verify and _sha256(original) != sha:
        report.add(
            "damaged_original",
            f"photo {photo_id}: {relpath} no longer matches its "
            "SHA-256; " + _restore_hint(photo_id),
            photo_id=photo_id,
        )
        return
    if store.thumbnail_path(sha).is_file():
        return
    if not repair:
        report.add("missing_thumbnail", f"photo {photo_id} has no thumbnail", photo_id=photo_id)
        return
    try:
        store.write_thumbnail(
            sha, make_thumbnail(displayable(original.read_bytes(), original.name))
        )
    except (InputError, OSError) as exc:
        report.add(
            "unreadable_original",
            f"photo {photo_id}: {relpath} cannot be decoded ({exc}); " + _restore_hint(photo_id),
            photo_id=photo_id,
        )
        return
    report.repaired.append({"kind": "thumbnail_rebuilt", "photo_id": photo_id})


def _check_leftovers(library: Library, report: CheckReport, pending: list, *, repair: bool) -> None:
    """Half-imports (journal rows, staged files): rolled back, but only when nobody writes."""
    store = library.store
    if not (pending or store.staged_leftovers()):
        return
    if not library.lock.try_acquire():
        return  # an import is running: these are its work in progress, not leftovers
    try:
        if repair:
            rec = journal.recover(library.catalogue, store)
            report.repaired.append(
                {
                    "kind": "import_rolled_back",
                    "files": rec.rolled_back,
                    "staged_removed": rec.staged_removed,
                }
            )
            return
        for entry in pending:
            report.add(
                "pending_import",
                f"{entry.stored_path} was being imported when an import stopped",
                sha256=entry.sha256,
            )
        if store.staged_leftovers():
            report.add(
                "stray_staged_files", f"{len(store.staged_leftovers())} half-written files in tmp/"
            )
    finally:
        library.lock.release()


def _check_thumbnails(
    store: PhotoStore, shas: set[str], report: CheckReport, *, repair: bool
) -> None:
    """Thumbnails of no photo (left by an interrupted import): caches, safe to delete."""
    stray = [p for p in sorted((store.root / "thumbs").glob("*/*.jpg")) if p.stem not in shas]
    if not stray:
        return
    if repair:
        for path in stray:
            path.unlink(missing_ok=True)
        report.repaired.append({"kind": "stray_thumbnails_removed", "count": len(stray)})
    else:
        report.add(
            "stray_thumbnails", f"{len(stray)} thumbnails belong to no photo", count=len(stray)
        )


def _set_aside(root: Path, path: Path) -> str:
    """Move an unowned original to orphans/ under a name no other orphan has."""
    folder = root / ORPHANS
    folder.mkdir(exist_ok=True)
    base = f"{path.parent.name}_{path.name}"
    target = folder / base
    n = 1
    while target.exists():
        target = folder / f"{Path(base).stem}.{n}{Path(base).suffix}"
        n += 1
    os.replace(path, target)
    return target.relative_to(root).as_posix()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
