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


def best(
    view: SegmentView, docs: set[int], count: int, exclude: set[int] | None = None
) -> list[int]:
    """The ``count`` best-ranked of ``docs`` (minus ``exclude``), best first."""
    exclude = exclude or set()
    size = len(docs) - len(exclude)
    if count <= 0 or size <= 0:
        return []
    rank = view.store.numbers["rank"]
    if size * size > 4 * count * view.count:  # dense: the sorted order finds them fast
        found: list[int] = []
        for docnum in view.store.numbers["rank_order"]:
            if docnum in docs and docnum not in exclude:
                found.append(docnum)
                if len(found) == count:
                    break
        return found
    candidates = (d for d in docs if d not in exclude) if exclude else docs
    return heapq.nlargest(count, candidates, key=rank.__getitem__)


def page(
    results: list[tuple[SegmentView, set[int], set[int]]], offset: int, limit: int
) -> list[Ranked]:
    """Hits ``offset`` .. ``offset + limit`` over all segments, in order."""
    wanted = offset + limit
    ranked: list[Ranked] = []
    for index, (view, hits, boost) in enumerate(results):
        rank = view.store.numbers["rank"]
        for docnum in best(view, boost, wanted):
            ranked.append(Ranked(CREDIT_TIER, rank[docnum], index, docnum))
        for docnum in best(view, hits, wanted, exclude=boost):
            ranked.append(Ranked(OTHER_TIER, rank[docnum], index, docnum))
    ranked.sort(key=Ranked.key, reverse=True)
    return ranked[offset:wanted]
