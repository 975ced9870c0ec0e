"""Stored photos that look like one photo: the re-sent, resized or re-saved copies.

Photos imported before hashes were kept get theirs from their thumbnails the first
time anyone looks (the hash is a fact about the picture, not an edit: no history,
no change of the row's stamp).
"""

from __future__ import annotations

from sqlalchemy import func, or_, select, update

from photoarchive.catalogue.models import Photo
from photoarchive.library import Library
from photoarchive.services.lookup import get_photo
from photoarchive.storage.similarity import DIGITS, NEAR, HashTable, Near, perceptual_hash

BATCH = 500
__all__ = ["NEAR", "Near", "hash_missing", "similar_photos"]  # NEAR: for front ends


def hash_missing(library: Library) -> int:
    """Give every photo without a perceptual hash one, from its thumbnail; how many.

    A photo whose thumbnail is missing is passed over (``check --repair`` makes it
    again, and the next look hashes it).
    """
    if library.read_only:
        return 0
    done, last = 0, 0
    store = library.store
    while True:
        stmt = (
            select(Photo.id, Photo.sha256)
            .where(or_(Photo.phash.is_(None), func.length(Photo.phash) != DIGITS), Photo.id > last)
            .order_by(Photo.id)
            .limit(BATCH)
        )
        with library.catalogue.reader() as session:
            todo = session.execute(stmt).all()
        if not todo:
            return done
        last = todo[-1][0]
        hashed = []
        for pid, sha in todo:
            try:
                hashed.append((pid, perceptual_hash(store.thumbnail_path(sha).read_bytes())))
            except (OSError, ValueError):
                continue
        with library.catalogue.session() as session:
            for pid, phash in hashed:
                keep_stamp = {"updated_at": Photo.updated_at}  # a fact, not an edit
                session.execute(
                    update(Photo).where(Photo.id == pid).values(phash=phash, **keep_stamp)
                )
        done += len(hashed)


def similar_photos(library: Library, photo_id: int, *, within: int = NEAR) -> list[Near]:
    """Other stored photos within ``within`` bits of ``photo_id``'s hash, nearest first."""
    hash_missing(library)
    with library.catalogue.reader() as session:
        phash = get_photo(session, photo_id).phash
        rows = session.execute(select(Photo.id, Photo.phash).where(Photo.phash.is_not(None)))
        table = HashTable(rows.all())
    if phash is None:
        return []
    return table.near(phash, within=within, exclude=photo_id)
