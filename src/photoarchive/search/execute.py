"""Count a plan on one segment: its exact hits, and which of them are credited.

The meaning of every plan node lives in :mod:`photoarchive.search.evaluate`;
this module asks it for a whole segment's hits and hands them to ranking. The
commonest query, one short term in one zone, is answered without evaluating it
at all: counted from the term dictionary and paged by walking the ranking order.
"""

from __future__ import annotations

from photoarchive.search.evaluate import SegmentEval
from photoarchive.search.plan import PlanNode, Substring, TextMatch
from photoarchive.search.ranking import CREDIT_TIER, OTHER_TIER, SegmentHits, SetHits, best, walk
from photoarchive.search.schema import Zone
from photoarchive.search.segments import SegmentView

SCAN_MIN = 2000  # a term in fewer documents is read from its posting list
SCAN_DENSITY = 16  # ... as is one in fewer than 1/16 of a segment's documents


class SegmentSearch:
    """One query on one segment, counted."""

    def __init__(self, view: SegmentView) -> None:
        self.view = view
        self.evaluator = SegmentEval(view)

    def run(self, node: PlanNode) -> SegmentHits:
        scan = self.scan(node)
        if scan is not None:
            return scan
        hits = self.evaluator.docs(node, None)
        if self.view.deleted:
            hits = hits - self.view.deleted
        return SetHits(self.view, hits, self.evaluator.boost & hits)

    def scan(self, node: PlanNode) -> ScanHits | None:
        """The commonest query, one short term found in one zone, answered without
        reading its (long) posting list: counted from the term dictionary and paged
        by walking the ranking order."""
        if not (
            isinstance(node, TextMatch)
            and isinstance(node.matcher, Substring)
            and node.matcher.exact
        ):
            return None
        view, term, frequency = self.view, node.matcher, self.evaluator.frequency
        present = [z for z in node.zones if frequency(z.gram_field, term.needle)]
        if len(present) != 1:
            return None
        zone = present[0]
        count = frequency(zone.gram_field, term.needle)
        if count < max(SCAN_MIN, view.count // SCAN_DENSITY):
            return None  # a short list: reading it is cheap
        needle = term.needle_bytes
        deleted = sum(1 for d in view.deleted if view.store.contains(zone.value, d, needle))
        return ScanHits(view, term, zone, count - deleted)


class ScanHits(SegmentHits):
    """Every live document whose ``zone`` holds ``term`` (one exact n-gram)."""

    def __init__(self, view: SegmentView, term: Substring, zone: Zone, count: int) -> None:
        super().__init__(view)
        self.term, self.zone, self.count = term, zone, count
        self.tier = CREDIT_TIER if zone is Zone.CREDIT else OTHER_TIER

    def __len__(self) -> int:
        return self.count

    def _matches(self, docnum: int) -> bool:
        return docnum not in self.view.deleted and self.view.store.contains(
            self.zone.value, docnum, self.term.needle_bytes
        )

    def best(self, count: int) -> list[tuple[float, int]]:
        if 2 * count >= self.count:  # most of them: sorting beats walking
            found = best(self.view, self.all(), count)
        else:
            found = walk(self.view, self._matches, count)
        return [(self.tier, d) for d in found]

    def all(self) -> set[int]:
        docs = set(self.view.postings(self.zone.gram_field, self.term.needle))
        return docs - self.view.deleted
