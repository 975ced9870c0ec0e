"""Crash safety for stored originals: the pending-file journal and its recovery.

Order of a write: (1) commit a ``pending_file`` row, (2) move the staged
original into ``originals/`` and its staged thumbnail into ``thumbs/``, (3) in
one transaction insert the photo row and delete the pending row. Whatever
point a kill hits, :func:`recover` brings the library back to "every row has
its file, every file has its row".
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from photoarchive.catalogue.db import Catalogue
from photoarchive.catalogue.models import PendingFile, Photo
from photoarchive.storage.files import PhotoStore


@dataclass(frozen=True, slots=True)
class Recovery:
    rolled_back: int  # originals that no photo row owned, removed
    staged_removed: int  # half-written staged files removed


def begin(session: Session, entries: list[tuple[str, str]]) -> None:
    """Record (sha256, stored path) pairs about to be moved into place."""
    for sha, relpath in entries:
        session.merge(PendingFile(sha256=sha, stored_path=relpath))


def finish(session: Session, sha256: str) -> None:
    session.execute(delete(PendingFile).where(PendingFile.sha256 == sha256))


def pending(session: Session) -> list[PendingFile]:
    return list(session.scalars(select(PendingFile)))


def recover(catalogue: Catalogue, store: PhotoStore) -> Recovery:
    """Undo what an interrupted writer left; call only while holding the writer lock."""
    rolled_back = 0
    with catalogue.session() as session:
        for entry in pending(session):
            owned = session.scalar(select(Photo.id).where(Photo.sha256 == entry.sha256))
            if owned is None:
                store.absolute(entry.stored_path).unlink(missing_ok=True)
                store.thumbnail_path(entry.sha256).unlink(missing_ok=True)
                rolled_back += 1
            session.delete(entry)
    return Recovery(rolled_back, store.clear_tmp())
