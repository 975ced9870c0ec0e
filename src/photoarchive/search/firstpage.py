"""The first page of a result without its total: confirm only what the page needs.

Counting a common term (工业旅游, ~15,000 hits at 100k) means confirming every
candidate. A page needs only the best ``offset + limit`` hits, and each segment
keeps its documents pre-sorted by ranking key, so for a query with plenty of
candidates this module walks that order and tests each document against the
query directly, stopping once the page is full. Queries with few candidates,
walks that find too little, and plan shapes whose credit tier depends on the
order terms are evaluated in, go through the counting executor instead. Either
way a segment yields exactly the (tier, docnum) pairs ``SegmentHits.best`` would.
"""

from __future__ import annotations

from dataclasses import dataclass

from photoarchive.search.execute import SCAN_MIN, SegmentSearch
from photoarchive.search.plan import (
    DateMatch,
    PlanAnd,
    PlanNode,
    PlanNot,
    PlanOr,
    Substring,
    TextMatch,
    ThemeMatch,
    Words,
)
from photoarchive.search.ranking import CREDIT_TIER, OTHER_TIER
from photoarchive.search.schema import Zone
from photoarchive.search.segments import SegmentView

LEAVES = (TextMatch, ThemeMatch, DateMatch)
CREDIT_SET_MAX = SCAN_MIN  # credit matches this few are read from postings, not walked


@dataclass(frozen=True, slots=True)
class Conjunction:
    """A plan read as: every positive item holds and no negative one does.

    In this shape the credit tier is a property of each hit alone (some
    positive text term matched its credit), so walking documents one by one
    tiers them as the counting executor does.
    """

    positives: tuple[PlanNode, ...]
    negatives: tuple[PlanNode, ...]
    credit_terms: tuple[TextMatch, ...]  # positive text terms that look in the credit
    credit_only: bool  # some positive term looks in the credit alone: every hit is credited


def conjunction(plan: PlanNode) -> Conjunction | None:
    """``plan`` as a :class:`Conjunction`, or None for other shapes (nested AND
    under OR, double negation), which the counting executor answers."""
    items = plan.items if isinstance(plan, PlanAnd) else (plan,)
    positives: list[PlanNode] = []
    negatives: list[PlanNode] = []
    for item in items:
        if isinstance(item, PlanNot):
            if _has_not(item.item):
                return None
            negatives.append(item.item)
        elif isinstance(item, LEAVES) or (
            isinstance(item, PlanOr) and all(isinstance(i, LEAVES) for i in item.items)
        ):
            positives.append(item)
        else:
            return None
    leaves = [leaf for item in positives for leaf in _alternatives(item)]
    credit_terms = tuple(
        leaf for leaf in leaves if isinstance(leaf, TextMatch) and Zone.CREDIT in leaf.zones
    )
    credit_only = any(isinstance(i, TextMatch) and i.zones == (Zone.CREDIT,) for i in positives)
    return Conjunction(tuple(positives), tuple(negatives), credit_terms, credit_only)


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
        estimate = search.estimate(plan)
        if estimate >= SCAN_MIN:  # plenty of candidates: walk
            found = PageWalk(view, shape).best(count, budget=estimate // 2)
            if found is not None:
                return found
    return search.run(plan).best(count)


class PageWalk:
    """Tests documents of one segment against a conjunction, one at a time."""

    def __init__(self, view: SegmentView, shape: Conjunction) -> None:
        self.view = view
        self.shape = shape
        self.search = SegmentSearch(view)
        self.positives = sorted(shape.positives, key=self.search.estimate)
        self._sets: dict[tuple[PlanNode, Zone | None], set[int]] = {}

    def best(self, count: int, budget: int) -> list[tuple[float, int]] | None:
        """The best ``count`` hits per tier (no uncredited ones after ``count``
        credited); None if ``budget`` candidates were tested before the page
        filled (the hits are sparse: counting them is cheaper)."""
        credit = self._credit_matches()
        credited = [] if credit is None else self._first_hits(credit, count)
        boosted = self._credit_match if credit is None else credit.__contains__
        # A full page of credited hits outranks every uncredited one, in any segment.
        others_wanted = 0 if self.shape.credit_only or len(credited) >= count else count
        credited_wanted = count if credit is None else 0
        walked: list[int] = []
        others: list[int] = []
        deleted = self.view.deleted
        candidates = self._candidates()
        tested = 0
        for docnum in self.view.store.numbers["rank_order"]:
            if len(walked) >= count or (
                len(others) >= others_wanted and len(walked) >= credited_wanted
            ):
                break
            if candidates is not None and docnum not in candidates:
                continue
            if tested >= budget:
                return None
            tested += 1
            if docnum in deleted or not self.holds(docnum):
                continue
            if boosted(docnum):
                if len(walked) < credited_wanted:
                    walked.append(docnum)
            elif len(others) < others_wanted:
                others.append(docnum)
        if credit is None:
            credited = walked
        return [(CREDIT_TIER, d) for d in credited] + [(OTHER_TIER, d) for d in others]

    def _candidates(self) -> set[int] | None:
        """For an AND, the documents holding the rarest n-gram of its most selective
        text term: a cheap superset of the hits that spares testing the rest."""
        if len(self.positives) < 2 or not isinstance(self.positives[0], TextMatch):
            return None
        term = self.positives[0]
        if not isinstance(term.matcher, Substring):
            return None
        found: set[int] = set()
        for zone in term.zones:
            field = zone.gram_field
            rarest = min(term.matcher.grams, key=lambda g: self.view.doc_frequency(field, g))
            found.update(self.view.postings(field, rarest))
        return found

    def _credit_matches(self) -> set[int] | None:
        """Live documents whose credit matches a credited term, when they are few
        (else None: the walk tells them apart). A hit among them is credited."""
        terms = self.shape.credit_terms
        if not terms:
            return set()
        if sum(self._zone_estimate(t, Zone.CREDIT) for t in terms) > CREDIT_SET_MAX:
            return None
        matched: set[int] = set()
        for term in terms:
            matched |= self._zone_set(term, Zone.CREDIT)
        return matched - self.view.deleted

    def _first_hits(self, docs: set[int], count: int) -> list[int]:
        """The best ``count`` hits among ``docs``, testing them best first."""
        rank = self.view.store.numbers["rank"]
        found: list[int] = []
        for docnum in sorted(docs, key=rank.__getitem__, reverse=True):
            if len(found) >= count:
                break
            if self.holds(docnum):
                found.append(docnum)
        return found

    def _zone_estimate(self, term: TextMatch, zone: Zone) -> int:
        if isinstance(term.matcher, Substring):
            field, keys = zone.gram_field, term.matcher.grams
        else:
            field, keys = zone.word_field, term.matcher.stems
        return min(self.view.doc_frequency(field, key) for key in keys)

    def _zone_set(self, term: TextMatch, zone: Zone) -> set[int]:
        """Exact matches of a text term in one zone, read once per query."""
        key = (term, zone)
        if key not in self._sets:
            if isinstance(term.matcher, Substring):
                self._sets[key] = self.search.substring(term.matcher, zone, None)
            else:
                self._sets[key] = self.search.words(term.matcher, zone, None)
        return self._sets[key]

    def _credit_match(self, docnum: int) -> bool:
        return any(self._in_zone(t, Zone.CREDIT, docnum) for t in self.shape.credit_terms)

    def holds(self, docnum: int) -> bool:
        """Whether the document is a hit (deletions aside)."""
        return all(self.matches(node, docnum) for node in self.positives) and not any(
            self.matches(node, docnum) for node in self.shape.negatives
        )

    def matches(self, node: PlanNode, docnum: int) -> bool:
        if isinstance(node, TextMatch):
            return any(self._in_zone(node, zone, docnum) for zone in node.zones)
        if isinstance(node, DateMatch):
            return node.low <= self.view.store.numbers[node.column][docnum] <= node.high
        if isinstance(node, ThemeMatch):
            key = (node, None)
            if key not in self._sets:
                self._sets[key] = set(self.view.postings("theme", node.term))
            return docnum in self._sets[key]
        if isinstance(node, PlanAnd):
            return all(self.matches(item, docnum) for item in node.items)
        if isinstance(node, PlanOr):
            return any(self.matches(item, docnum) for item in node.items)
        if isinstance(node, PlanNot):
            return not self.matches(node.item, docnum)
        raise TypeError(f"unknown plan node {node!r}")

    def _in_zone(self, term: TextMatch, zone: Zone, docnum: int) -> bool:
        matcher = term.matcher
        if isinstance(matcher, Words):  # words are few in Chinese captions: use postings
            return docnum in self._zone_set(term, zone)
        return self.search.holds(matcher, zone, docnum)
