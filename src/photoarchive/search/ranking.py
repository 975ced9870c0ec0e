"""Order hits cheaply: credit matches first, then newest first.

Relevance is two tiers (a photo whose credit matches the query, i.e. the
photographer someone typed, before photos that merely mention the words), and
inside a tier the newest photo (taken date, else feature date, then higher id)
comes first. Each doc store holds its documents pre-sorted by that key, so the
first page of a huge result is found by walking that order until enough hits
turn up; a small result is simply sorted. Neither touches all hits twice.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from photoarchive.search.segments import SegmentView

CREDIT_TIER = 2.0
OTHER_TIER = 1.0


@dataclass(frozen=True, slots=True)
class Ranked:
    """One hit placed in the global order."""

    tier: float
    rank: int
    segment: int
    docnum: int

    def key(self) -> tuple[float, int]:
        return self.tier, self.rank


def walk(view: SegmentView, accept: Callable[[int], bool], count: int) -> list[int]:
    """The first ``count`` documents in ranking order that ``accept`` takes."""
    found: list[int] = []
    if count <= 0:
        return found
    for docnum in view.store.numbers["rank_order"]:
        if accept(docnum):
            found.append(docnum)
            if len(found) == count:
                break
    return found


def best(
    view: SegmentView, docs: set[int], count: int, exclude: set[int] | None = None
) -> list[int]:
    """The ``count`` best-ranked of ``docs`` (minus ``exclude``, a subset), best first."""
    exclude = exclude or set()
    size = len(docs) - len(exclude)
    if count <= 0 or size <= 0:
        return []
    if size * size > 4 * count * view.count:  # dense: the sorted order finds them fast
        return walk(view, lambda d: d in docs and d not in exclude, count)
    candidates: Iterable[int] = (d for d in docs if d not in exclude) if exclude else docs
    return heapq.nlargest(count, candidates, key=view.store.numbers["rank"].__getitem__)


class SegmentHits:
    """One segment's answer: how many documents match and which are best."""

    def __init__(self, view: SegmentView) -> None:
        self.view = view

    def __len__(self) -> int:
        raise NotImplementedError

    def best(self, count: int) -> list[tuple[float, int]]:
        """Up to ``count`` (tier, docnum) pairs per tier, best first."""
        raise NotImplementedError

    def all(self) -> set[int]:
        raise NotImplementedError


class SetHits(SegmentHits):
    """Hits as a set, with the subset whose credit matched."""

    def __init__(self, view: SegmentView, hits: set[int], boost: set[int]) -> None:
        super().__init__(view)
        self.hits, self.boost = hits, boost

    def __len__(self) -> int:
        return len(self.hits)

    def best(self, count: int) -> list[tuple[float, int]]:
        credited = [(CREDIT_TIER, d) for d in best(self.view, self.boost, count)]
        others = best(self.view, self.hits, count, exclude=self.boost)
        return credited + [(OTHER_TIER, d) for d in others]

    def all(self) -> set[int]:
        return self.hits


def page(results: list[SegmentHits], offset: int, limit: int) -> list[Ranked]:
    """Hits ``offset`` .. ``offset + limit`` over all segments, in order."""
    wanted = offset + limit
    tops = [(hits.view, hits.best(wanted)) for hits in results]
    return merge(tops)[offset:wanted]


def merge(tops: list[tuple[SegmentView, list[tuple[float, int]]]]) -> list[Ranked]:
    """Each segment's best (tier, docnum) pairs in one global order, best first."""
    ranked: list[Ranked] = []
    for index, (view, best_pairs) in enumerate(tops):
        rank = view.store.numbers["rank"]
        for tier, docnum in best_pairs:
            ranked.append(Ranked(tier, rank[docnum], index, docnum))
    ranked.sort(key=Ranked.key, reverse=True)
    return ranked
