"""The caption index: a rebuildable cache of the catalogue's searchable text.

``CaptionIndex.open(dir)`` never fails on a bad index: it reports through
:attr:`CaptionIndex.health` whether a rebuild is needed and why (missing,
damaged, built by another version). Writers (upsert, delete, rebuild) take one
file lock in turn; searches take none and keep answering from the last commit
while a writer works.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from whoosh import index as whoosh_index

from photoarchive.faults import checkpoint
from photoarchive.progress import CancelToken, Progress
from photoarchive.search import layout
from photoarchive.search.errors import IndexNeedsRebuild
from photoarchive.search.execute import SegmentSearch
from photoarchive.search.firstpage import conjunction, segment_best
from photoarchive.search.model import (
    IndexHealth,
    SearchDocument,
    SearchHit,
    SearchPage,
    SearchResults,
)
from photoarchive.search.plan import PlanNode, Substring, Words, compile_query, positive_terms
from photoarchive.search.query import parse
from photoarchive.search.ranking import Ranked, SegmentHits, merge, page
from photoarchive.search.rebuild import build_generation
from photoarchive.search.schema import analyse
from photoarchive.search.segments import SegmentView
from photoarchive.search.snapshot import Snapshot, is_damage
from photoarchive.search.snippet import snippet
from photoarchive.search.writer import InvertingWriter

DEFAULT_LOCK_TIMEOUT = 60.0
T = TypeVar("T")


class CaptionIndex:
    """Search over photo captions, credits and features stored in ``root``."""

    def __init__(self, root: str | os.PathLike[str], *, lock_timeout: float) -> None:
        self.root = os.fspath(root)
        self.lock_timeout = lock_timeout
        self._read_lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._health = IndexHealth(True, "it has not been opened")

    @classmethod
    def open(
        cls, root: str | os.PathLike[str], *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT
    ) -> CaptionIndex:
        """Open the index in ``root`` (which may not exist yet); check :attr:`health`."""
        index = cls(root, lock_timeout=lock_timeout)
        with index._read_lock:
            index._load()
        return index

    # -- state --------------------------------------------------------------------

    @property
    def health(self) -> IndexHealth:
        return self._health

    @property
    def needs_rebuild(self) -> bool:
        return self._health.needs_rebuild

    def _load(self) -> None:
        """(Re)open the live generation; record why it cannot be used if so."""
        self._close_snapshot()
        name: str | None = None
        for _ in range(2):  # a rebuild may switch generations while we open one
            try:
                name = layout.read_current(self.root)
                self._snapshot = Snapshot(self.root, name)
            except layout.LayoutError as exc:
                if name is not None and self._pointer_moved(name):
                    continue
                self._health = IndexHealth(True, str(exc))
                return
            self._health = IndexHealth(False, "", self._snapshot.documents)
            return
        self._health = IndexHealth(True, "it kept changing while being opened")

    def _pointer_moved(self, name: str) -> bool:
        try:
            return layout.read_current(self.root) != name
        except layout.LayoutError:
            return False

    def _current(self) -> Snapshot:
        """The snapshot to search, refreshed if a writer committed since."""
        snapshot = self._snapshot
        try:
            if snapshot is None or layout.read_current(self.root) != snapshot.name:
                self._load()
            elif snapshot.stale():
                snapshot.refresh()
                self._health = IndexHealth(False, "", snapshot.documents)
        except layout.LayoutError as exc:
            self._damaged(str(exc))
        except Exception as exc:
            if not is_damage(exc):
                raise
            self._damaged(f"its files are damaged ({type(exc).__name__}: {exc})")
        if self._snapshot is None or self._health.needs_rebuild:
            raise IndexNeedsRebuild(self._health.reason)
        return self._snapshot

    def _damaged(self, reason: str) -> None:
        self._close_snapshot()
        self._health = IndexHealth(True, reason)

    def _close_snapshot(self) -> None:
        if self._snapshot is not None:
            self._snapshot.close()
            self._snapshot = None

    def close(self) -> None:
        with self._read_lock:
            self._close_snapshot()

    def __len__(self) -> int:
        with self._read_lock:
            return self._current().documents

    # -- reading ------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
        """Photos matching ``query``: the exact total and one page, best first."""
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        plan = compile_query(parse(query))
        with self._read_lock:
            results = self._run(plan)
            hits = self._guarded(_page_hits, results, offset, limit, positive_terms(plan))
        return SearchResults(query=query, total=sum(map(len, results)), hits=hits)

    def first_page(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchPage:
        """The hits ``search`` would return for this page, without the total.

        Only as many hits as the page needs are confirmed, so a common term's
        first page costs a fraction of its count; ask ``search`` for the total.
        """
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        plan = compile_query(parse(query))
        shape = conjunction(plan)
        wanted = offset + limit
        with self._read_lock:
            views = self._current().segments()
            tops = [
                (view, self._guarded(segment_best, view, plan, shape, wanted + 1)) for view in views
            ]
            ranked = merge(tops)
            hits = self._guarded(_hits, ranked[offset:wanted], views, positive_terms(plan))
        return SearchPage(query=query, hits=hits, complete=len(ranked) <= wanted)

    def count(self, query: str) -> int:
        """The exact number of photos matching ``query``, without building hits
        (the total that goes with ``first_page``)."""
        plan = compile_query(parse(query))
        with self._read_lock:
            return sum(map(len, self._run(plan)))

    def search_ids(self, query: str) -> list[int]:
        """Every photo matching ``query``, best first, without building hits
        (for exports and selections of whole results)."""
        plan = compile_query(parse(query))
        with self._read_lock:
            results = self._run(plan)
            ranked = self._guarded(page, results, 0, sum(map(len, results)))
            return [results[r.segment].view.store.numbers["pid"][r.docnum] for r in ranked]

    def _run(self, plan: PlanNode) -> list[SegmentHits]:
        """Evaluate ``plan`` on every segment."""
        return [self._guarded(SegmentSearch(view).run, plan) for view in self._current().segments()]

    def _guarded(self, work: Callable[..., T], *args: object) -> T:
        """Run index-reading ``work``; damaged files mark the index for rebuilding."""
        try:
            return work(*args)
        except Exception as exc:
            if not is_damage(exc):
                raise
            self._damaged(f"its files are damaged ({type(exc).__name__}: {exc})")
            raise IndexNeedsRebuild(self._health.reason) from exc

    def stamps(self) -> dict[int, str]:
        """Photo id -> version stamp of every indexed photo, to compare with the catalogue."""
        with self._read_lock:
            out: dict[int, str] = {}
            for view in self._current().segments():
                pids = view.store.numbers["pid"]
                for docnum in range(view.count):
                    if docnum not in view.deleted:
                        out[pids[docnum]] = view.store.text("stamp", docnum)
            return out

    # -- writing ------------------------------------------------------------------

    def upsert(self, docs: Iterable[SearchDocument]) -> int:
        """Add or replace photos (the last of a repeated id wins); returns how many.

        Waits up to ``lock_timeout`` for another writer, then raises IndexBusy.
        """
        with layout.write_lock(self.root, self.lock_timeout):
            ix = self._open_for_writing()
            writer = InvertingWriter(ix)
            try:
                batch = {doc.photo_id: doc for doc in docs}
                for doc in batch.values():
                    writer.delete_by_term("pid", str(doc.photo_id))
                    writer.add_indexed(analyse(doc))
            except BaseException:
                writer.cancel()
                raise
            checkpoint("index-commit", self.root)
            writer.commit()
        return len(batch)

    def delete(self, photo_ids: Iterable[int]) -> int:
        """Remove photos; returns how many were in the index."""
        with layout.write_lock(self.root, self.lock_timeout):
            ix = self._open_for_writing()
            writer = InvertingWriter(ix)
            try:
                removed = sum(writer.delete_by_term("pid", str(pid)) for pid in set(photo_ids))
            except BaseException:
                writer.cancel()
                raise
            checkpoint("index-commit", self.root)
            writer.commit()
        return removed

    def _open_for_writing(self) -> whoosh_index.FileIndex:
        """The live generation's Whoosh index, if it is healthy (call under the lock).

        Generations left behind (a crashed rebuild, or one still open elsewhere
        when it was replaced, which Windows does not let go) are removed here.
        """
        with self._read_lock:
            snapshot = self._current()
        layout.remove_other_generations(self.root, snapshot.name)
        return whoosh_index.open_dir(os.path.join(self.root, snapshot.name))

    def rebuild(
        self, docs: Iterable[SearchDocument], total: int, cancel: CancelToken | None = None
    ) -> Iterator[Progress]:
        """Index ``docs`` from scratch into a new generation, then switch to it.

        Until the switch the old index keeps answering; if cancelled or failing,
        the new generation is removed and the old one stays in use.
        """
        with layout.write_lock(self.root, self.lock_timeout):
            layout.remove_other_generations(self.root, self._live_name())
            name, count = yield from build_generation(self.root, docs, total, cancel)
            layout.switch_to(self.root, name)
            with self._read_lock:
                self._load()  # closes the old generation before it is removed
            layout.remove_other_generations(self.root, name)
        if self.needs_rebuild:
            raise IndexNeedsRebuild(self._health.reason)
        yield Progress("index", count, count, f"Search index rebuilt: {count} photos")

    def _live_name(self) -> str | None:
        try:
            return layout.read_current(self.root)
        except layout.LayoutError:
            return None


def _page_hits(
    results: list[SegmentHits],
    offset: int,
    limit: int,
    terms: list[Substring | Words],
) -> list[SearchHit]:
    views = [hits.view for hits in results]
    return _hits(page(results, offset, limit), views, terms)


def _hits(
    ranked: list[Ranked], views: list[SegmentView], terms: list[Substring | Words]
) -> list[SearchHit]:
    hits = []
    for item in ranked:
        store = views[item.segment].store
        caption = store.text("caption_raw", item.docnum)
        hits.append(
            SearchHit(
                photo_id=store.numbers["pid"][item.docnum],
                score=item.tier,
                caption=caption,
                credit=store.text("credit_raw", item.docnum),
                snippet=snippet(caption, terms),
            )
        )
    return hits
