"""The first page of a result without its total: confirm only what the page needs.

Counting a common term (工业旅游, ~15,000 hits at 100k) means confirming every
candidate. A page needs only the best ``offset + limit`` hits, and each segment
keeps its documents pre-sorted by ranking key, so for a query with plenty of
candidates this module walks that order, asking the plan evaluator (the one the
counting executor uses) about the next few documents at a time, and stops once
the page is full. Queries with few candidates, walks that find too little, and
plan shapes whose credit tier depends on the order terms are evaluated in, are
counted instead. Either way a segment yields exactly the (tier, docnum) pairs
``SegmentHits.best`` would.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from photoarchive.search.evaluate import ENOUGH, SegmentEval
from photoarchive.search.execute import SCAN_MIN, SegmentSearch
from photoarchive.search.plan import (
    DateMatch,
    PlanAnd,
    PlanNode,
    PlanNot,
    PlanOr,
    TextMatch,
    ThemeMatch,
)
from photoarchive.search.ranking import CREDIT_TIER, OTHER_TIER
from photoarchive.search.schema import Zone
from photoarchive.search.segments import SegmentView

LEAVES = (TextMatch, ThemeMatch, DateMatch)
CREDIT_SET_MAX = SCAN_MIN  # credit matches this few are read from postings, not walked
BATCH = ENOUGH  # documents the walk tests at once: a set this small is confirmed directly


@dataclass(frozen=True, slots=True)
class Conjunction:
    """A plan read as: every positive item holds and no negative one does.

    In this shape the credit tier is a property of each hit alone (some
    positive text term matched its credit), so walking documents one by one
    tiers them as the counting executor does.
    """

    plan: PlanNode
    positives: tuple[PlanNode, ...]
    credit_terms: tuple[TextMatch, ...]  # the credit part of each positive text term
    credit_only: bool  # some positive term looks in the credit alone: every hit is credited


def conjunction(plan: PlanNode) -> Conjunction | None:
    """``plan`` as a :class:`Conjunction`, or None for other shapes (nested AND
    under OR, double negation), which the counting executor answers."""
    items = plan.items if isinstance(plan, PlanAnd) else (plan,)
    positives: list[PlanNode] = []
    for item in items:
        if isinstance(item, PlanNot):
            if _has_not(item.item):
                return None
        elif isinstance(item, LEAVES) or (
            isinstance(item, PlanOr) and all(isinstance(i, LEAVES) for i in item.items)
        ):
            positives.append(item)
        else:
            return None
    leaves = [leaf for item in positives for leaf in _alternatives(item)]
    credit_terms = tuple(
        TextMatch(leaf.matcher, (Zone.CREDIT,))
        for leaf in leaves
        if isinstance(leaf, TextMatch) and Zone.CREDIT in leaf.zones
    )
    credit_only = any(isinstance(i, TextMatch) and i.zones == (Zone.CREDIT,) for i in positives)
    return Conjunction(plan, tuple(positives), credit_terms, credit_only)


def _alternatives(node: PlanNode) -> tuple[PlanNode, ...]:
    return node.items if isinstance(node, PlanOr) else (node,)


def _has_not(node: PlanNode) -> bool:
    if isinstance(node, PlanNot):
        return True
    if isinstance(node, PlanAnd | PlanOr):
        return any(_has_not(item) for item in node.items)
    return False


def segment_best(
    view: SegmentView, plan: PlanNode, shape: Conjunction | None, count: int
) -> list[tuple[float, int]]:
    """(tier, docnum) pairs whose best ``count`` are those of
    ``SegmentSearch(view).run(plan).best(count)`` (uncredited hits are left out
    once ``count`` credited ones are found: no page can reach them)."""
    search = SegmentSearch(view)
    scan = search.scan(plan)  # one short term: already paged by walking
    if scan is not None:
        return scan.best(count)
    if shape is not None and count > 0:
        estimate = search.evaluator.estimate(plan)
        if estimate >= SCAN_MIN:  # plenty of candidates: walk
            found = PageWalk(view, shape).best(count, budget=estimate // 2)
            if found is not None:
                return found
    return search.run(plan).best(count)


class PageWalk:
    """Tests documents of one segment against a conjunction in ranking order,
    asking the plan evaluator about a few of them at a time."""

    def __init__(self, view: SegmentView, shape: Conjunction) -> None:
        self.view = view
        self.shape = shape
        self.evaluator = SegmentEval(view)

    def best(self, count: int, budget: int) -> list[tuple[float, int]] | None:
        """The best ``count`` hits per tier (no uncredited ones after ``count``
        credited); None if ``budget`` candidates were tested before the page
        filled (the hits are sparse: counting them is cheaper)."""
        credit = self._credit_matches()
        credited = [] if credit is None else self._first_hits(credit, count)
        boosted = self.evaluator.boost  # hits whose credit matched, as the evaluator noted
        # A full page of credited hits outranks every uncredited one, in any segment.
        others_wanted = 0 if self.shape.credit_only or len(credited) >= count else count
        credited_wanted = count if credit is None else 0
        walked: list[int] = []
        others: list[int] = []
        candidates = self._candidates()
        order: Iterable[int] = self.view.store.numbers["rank_order"]
        if candidates is not None:
            order = (d for d in order if d in candidates)
        tested = 0
        for docnum, hit in self._tested(order):
            if len(walked) >= count or (
                len(others) >= others_wanted and len(walked) >= credited_wanted
            ):
                break
            if tested >= budget:
                return None
            tested += 1
            if not hit:
                continue
            if docnum in boosted:
                if len(walked) < credited_wanted:
                    walked.append(docnum)
            elif len(others) < others_wanted:
                others.append(docnum)
        if credit is None:
            credited = walked
        return [(CREDIT_TIER, d) for d in credited] + [(OTHER_TIER, d) for d in others]

    def _tested(self, docs: Iterable[int]) -> Iterator[tuple[int, bool]]:
        """Each of ``docs`` in turn with whether it is a live hit. They go to the
        evaluator ``BATCH`` at a time, as one small set: far cheaper per document
        than one by one, at the price of at most one batch past the page's end."""
        batch: list[int] = []
        for docnum in docs:
            batch.append(docnum)
            if len(batch) == BATCH:
                yield from self._judge(batch)
                batch = []
        yield from self._judge(batch)

    def _judge(self, batch: list[int]) -> Iterator[tuple[int, bool]]:
        """The batch in order, each with whether it is a live hit."""
        live = {d for d in batch if d not in self.view.deleted}
        hits = self.evaluator.docs(self.shape.plan, live) if live else live
        for docnum in batch:
            yield docnum, docnum in hits

    def _candidates(self) -> set[int] | None:
        """For an AND, a cheap superset of the hits of its most selective term
        when that is a text term: it spares testing the other documents."""
        positives = self.shape.positives
        if len(positives) < 2:
            return None
        first = min(positives, key=self.evaluator.estimate)
        return self.evaluator.superset(first) if isinstance(first, TextMatch) else None

    def _credit_matches(self) -> set[int] | None:
        """Live documents whose credit matches a credited term, when they are few
        (else None: the walk tells them apart). A hit among them is credited."""
        terms = self.shape.credit_terms
        if not terms:
            return set()
        if sum(self.evaluator.estimate(t) for t in terms) > CREDIT_SET_MAX:
            return None
        matched: set[int] = set()
        for term in terms:
            matched |= self.evaluator.docs(term, None, positive=False)
        return matched - self.view.deleted

    def _first_hits(self, docs: set[int], count: int) -> list[int]:
        """The best ``count`` hits among ``docs``, testing them best first."""
        rank = self.view.store.numbers["rank"]
        found: list[int] = []
        for docnum, hit in self._tested(sorted(docs, key=rank.__getitem__, reverse=True)):
            if len(found) >= count:
                break
            if hit:
                found.append(docnum)
        return found
