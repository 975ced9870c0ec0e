"""Search, a part of the Archive facade (``archive.search``), and keeping the index in step.

The index is a cache of the catalogue: every catalogue change queues its
photos in the catalogue and :meth:`Search.sync` applies the queue, and an index that is
missing, damaged, from another version or behind the catalogue is rebuilt from
the catalogue (with progress) before it answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from photoarchive.catalogue.changes import dequeue, queued
from photoarchive.catalogue.db import read_only_error
from photoarchive.catalogue.models import FeatureCaption, Photo, PhotoTheme, Publication
from photoarchive.catalogue.themes import TAGGED
from photoarchive.library import Library
from photoarchive.progress import CancelToken, Job, Progress
from photoarchive.search import (
    CaptionIndex,
    IndexBusy,
    SearchDocument,
    SearchPage,
    SearchResults,
)
from photoarchive.search.hints import no_hit_hints
from photoarchive.tagging import Vocabulary

REBUILD_BATCH = 500
INDEX_WAIT = 2.0  # seconds a change waits for another process's index writer


_LOADED = (
    selectinload(Photo.feature),
    selectinload(Photo.publications)
    .joinedload(Publication.caption)
    .joinedload(FeatureCaption.feature),
)


def _printed(photo: Photo) -> dict[str, tuple[str, ...]]:
    """What other features printed with the photo (its own caption is indexed already)."""
    others = [p.caption for p in photo.publications]
    return {
        "printed_captions": tuple(
            dict.fromkeys(c.text for c in others if c.text and c.text != photo.caption)
        ),
        "printed_credits": tuple(
            dict.fromkeys(c.credit_as_printed for c in others if c.credit_as_printed)
        ),
        "printed_in": tuple(
            dict.fromkeys(c.feature.title for c in others if c.feature_id != photo.feature_id)
        ),
    }


def _stamp(photo: Photo) -> str:
    return photo.updated_at.isoformat(timespec="microseconds")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class Search:
    """Caption search over the archive's index, and the index's upkeep.

    ``vocabulary`` gives the current themes (their labels are indexed and
    searchable as ``theme:``).
    """

    def __init__(self, library: Library, vocabulary: Callable[[], Vocabulary]) -> None:
        self.library = library
        self._vocabulary = vocabulary
        self._index: CaptionIndex | None = None
        self._index_checked = False

    # -- the index ----------------------------------------------------------------------
    @property
    def index(self) -> CaptionIndex:
        if self._index is None:
            # a short wait: a change that finds the index busy stays queued for later
            self._index = CaptionIndex.open(self.library.index_dir, lock_timeout=INDEX_WAIT)
            if self._index.needs_rebuild and self._photo_total() == 0:
                for _ in self._index.rebuild(iter(()), 0):  # an empty library: instant
                    pass
        return self._index

    def _photo_total(self) -> int:
        with self.library.catalogue.reader() as session:
            return int(session.scalar(select(func.count(Photo.id))) or 0)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None

    def problem(self) -> str | None:
        """Why the index must be rebuilt before it can answer; None when it can.

        A usable index that is merely behind the catalogue is caught up here
        (cheap); only a missing, damaged or older-schema index needs
        :meth:`reindex_job`, which front ends run with progress.
        """
        if self.index.needs_rebuild:
            return self.index.health.reason
        for _ in self.ensure():
            pass
        return None

    def reindex_job(self) -> Job[int]:
        """Rebuild the index from the catalogue; the old index answers until the switch."""
        return Job(self._rebuild)

    def _rebuild(self, cancel: CancelToken) -> Generator[Progress, None, int]:
        total = self._photo_total()
        with self.library.catalogue.reader() as session:
            _, up_to = queued(session)
        yield from self.index.rebuild(self._all_documents(), total, cancel)
        with self.library.catalogue.session() as session:
            dequeue(session, up_to)
        return total

    def ensure(self) -> Iterator[Progress]:
        """Once per session: rebuild an unusable index, catch up one that is behind.

        The catalogue's change queue keeps the index in step, so the usual cost
        here is one count; only when the counts disagree (a catalogue restored
        from a backup, an index copied from elsewhere) are the per-photo stamps
        compared and the differing photos re-indexed.
        """
        if self._index_checked:
            return
        if self.library.read_only:  # searched as it is: nothing can be written beside it
            self._index_checked = True
            if self.index.needs_rebuild:
                raise read_only_error(self.library.root)
            return
        if self.index.needs_rebuild:
            yield from self._rebuild(CancelToken())
        else:
            self.sync()
            if len(self.index) != self._photo_total():
                yield from self._catch_up()
        self._index_checked = True

    def _catch_up(self) -> Iterator[Progress]:
        for problem in self.consistency():
            ids = list(problem.get("photo_ids", []))  # type: ignore[arg-type]
            if problem["kind"] == "index_extra":
                self.index.delete(ids)
            elif ids:
                yield Progress("index", 0, len(ids), "bringing the search index up to date")
                self.refresh(ids)

    def sync(self) -> None:
        """Apply the catalogue's queue of changed photos to the index."""
        if self.library.read_only or self.index.needs_rebuild:
            return  # the next search rebuilds from the catalogue
        with self.library.catalogue.reader() as session:
            ids, up_to = queued(session)
        if not ids:
            return
        try:
            self.refresh(ids)
        except IndexBusy:
            return  # a rebuild holds the index; the queue keeps these for the next sync
        with self.library.catalogue.session() as session:
            dequeue(session, up_to)

    def refresh(self, photo_ids: list[int]) -> None:
        """Bring these photos' index entries in line with the catalogue."""
        if self.index.needs_rebuild:
            return  # the next search rebuilds from the catalogue anyway
        docs = self.documents(photo_ids)
        present = {d.photo_id for d in docs}
        gone = [pid for pid in photo_ids if pid not in present]
        if docs:
            self.index.upsert(docs)
        if gone:
            self.index.delete(gone)

    # -- documents ----------------------------------------------------------------------
    def documents(self, photo_ids: Iterable[int]) -> list[SearchDocument]:
        ids = list(photo_ids)
        stmt = select(Photo).where(Photo.id.in_(ids)).options(*_LOADED)
        with self.library.catalogue.reader() as session:
            photos = session.scalars(stmt).unique().all()
            return self._to_documents(session, photos)

    def _all_documents(self) -> Iterator[SearchDocument]:
        last = 0
        while True:
            stmt = (
                select(Photo)
                .where(Photo.id > last)
                .order_by(Photo.id)
                .limit(REBUILD_BATCH)
                .options(*_LOADED)
            )
            with self.library.catalogue.reader() as session:
                photos = session.scalars(stmt).unique().all()
                if not photos:
                    return
                docs = self._to_documents(session, photos)
            last = photos[-1].id
            yield from docs

    def _to_documents(self, session, photos: list[Photo]) -> list[SearchDocument]:
        ids = [p.id for p in photos]
        themes: dict[int, list[str]] = {}
        links = select(PhotoTheme.photo_id, PhotoTheme.theme_key).where(
            PhotoTheme.photo_id.in_(ids), PhotoTheme.source.in_(TAGGED)
        )
        vocab = self._vocabulary() if ids else None
        for pid, key in session.execute(links):
            theme = vocab.resolve(key) if vocab else None
            labels = [key] if theme is None else [key, theme.label_en, theme.label_zh]
            themes.setdefault(pid, []).extend(labels)
        docs = []
        for p in photos:
            credit = p.credit
            feature = p.feature
            docs.append(
                SearchDocument(
                    photo_id=p.id,
                    caption=p.caption or "",
                    embedded_caption=p.embedded_caption or "",
                    credit=credit.as_printed if credit else "",
                    credit_names=tuple(c.contributor.name for c in credit.contributors)
                    if credit
                    else (),
                    feature_title=feature.title if feature else "",
                    byline=tuple(feature.byline) if feature else (),
                    themes=tuple(themes.get(p.id, ())),
                    taken=_date(p.taken_at),
                    feature_date=feature.published_on if feature else None,
                    stamp=_stamp(p),
                    **_printed(p),
                )
            )
        return docs

    # -- searching ----------------------------------------------------------------------
    def find(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
        """Photos whose captions, credits or features match ``query`` (exact total)."""
        for _ in self.ensure():
            pass
        return self.index.search(query, limit=limit, offset=offset)

    def page(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchPage:
        """One page of hits, best first, without counting them all (the grid's next page).

        A common term has thousands of hits; a page needs only the best
        ``offset + limit``. ``complete`` says whether any hit follows.
        """
        for _ in self.ensure():
            pass
        return self.index.first_page(query, limit=limit, offset=offset)

    def count(self, query: str) -> int:
        """How many photos match ``query``, without building their hits."""
        for _ in self.ensure():
            pass
        return self.index.count(query)

    def ids(self, query: str) -> list[int]:
        """Every photo matching ``query``, best first (for exports and selections)."""
        for _ in self.ensure():
            pass
        return self.index.search_ids(query)

    def view(self, query: str, *, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        results = self.find(query, limit=limit, offset=offset)
        return {
            "query": results.query,
            "total": results.total,
            "hints": self.hints(query) if not results.total else [],
            "hits": [
                {
                    "id": h.photo_id,
                    "score": h.score,
                    "caption": h.caption,
                    "credit": h.credit,
                    "snippet": h.snippet,
                }
                for h in results.hits
            ],
        }

    def hints(self, query: str) -> list[str]:
        """Why a query that found nothing may be a mistake (a wildcard, an unknown theme)."""
        names = [
            name
            for theme in self._vocabulary().themes
            for name in (theme.key, theme.label_zh, theme.label_en)
            if name
        ]
        return no_hit_hints(query, names)

    def consistency(self) -> list[dict[str, object]]:
        """Differences between the index and the catalogue, for ``check``."""
        if self.index.needs_rebuild:
            return [{"kind": "index_unusable", "detail": self.index.health.reason}]
        indexed = self.index.stamps()
        with self.library.catalogue.reader() as session:
            rows = dict(session.execute(select(Photo.id, Photo.updated_at)).all())
        problems: list[dict[str, object]] = []
        missing = sorted(set(rows) - set(indexed))
        extra = sorted(set(indexed) - set(rows))
        stale = sorted(
            pid
            for pid, at in rows.items()
            if pid in indexed and indexed[pid] != at.isoformat(timespec="microseconds")
        )
        for kind, ids in (
            ("index_missing", missing),
            ("index_extra", extra),
            ("index_stale", stale),
        ):
            if ids:
                problems.append(
                    {"kind": kind, "detail": f"{len(ids)} photo(s): {ids[:20]}", "photo_ids": ids}
                )
        return problems
