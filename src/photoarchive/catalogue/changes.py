"""Record which photos a transaction changed, inside that transaction.

A session event adds every inserted, updated or deleted photo to
``index_queue`` as part of the same commit, so caches built from the catalogue
(the search index) can never silently fall behind, whatever kills a process.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, event, insert, select
from sqlalchemy.orm import Session, sessionmaker

from photoarchive.catalogue.models import IndexQueue, Photo, Publication


def _queue_changed_photos(session: Session, _flush_context: Any) -> None:
    ids = {
        obj.id
        for obj in (*session.new, *session.dirty, *session.deleted)
        if isinstance(obj, Photo) and obj.id is not None
    } | {  # a photo printed in one more feature is found by that caption too
        obj.photo_id
        for obj in (*session.new, *session.deleted)
        if isinstance(obj, Publication) and obj.photo_id is not None
    }
    if not ids:
        return
    session.connection().execute(insert(IndexQueue), [{"photo_id": pid} for pid in sorted(ids)])


def enqueue(session: Session, photo_ids: list[int]) -> None:
    """Queue photos whose searchable text changed without their row changing (a theme label)."""
    if photo_ids:
        session.execute(insert(IndexQueue), [{"photo_id": pid} for pid in sorted(set(photo_ids))])


def track_changes(factory: sessionmaker[Session]) -> None:
    """Install the change tracking on every session the factory makes."""
    event.listen(factory, "after_flush", _queue_changed_photos)


def queued(session: Session) -> tuple[list[int], int]:
    """The queued photo ids and the newest queue entry read (for :func:`dequeue`)."""
    rows = session.execute(select(IndexQueue.id, IndexQueue.photo_id)).all()
    return sorted({pid for _, pid in rows}), max((qid for qid, _ in rows), default=0)


def dequeue(session: Session, up_to: int) -> None:
    """Forget entries up to ``up_to``; a photo changed again since stays queued."""
    session.execute(delete(IndexQueue).where(IndexQueue.id <= up_to))
