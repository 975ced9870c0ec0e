"""Evaluate a plan on one segment: exact hit sets, cheaply.

A substring term takes the posting lists of its rarest n-grams (existence only,
so a list is just document numbers) and confirms every remaining candidate with
one ``mmap.find`` in the zone text. The planner is cost-based in one simple way:
once confirming the candidates in hand is cheaper than reading the next posting
list, it stops reading. Inside an AND, each term only looks at the documents the
terms before it left (cheapest estimate first), so a rare term makes a common
one nearly free.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

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
from photoarchive.search.ranking import CREDIT_TIER, OTHER_TIER, SegmentHits, SetHits, best, walk
from photoarchive.search.schema import Zone
from photoarchive.search.segments import SegmentView
from photoarchive.search.text import ZONE_SEP, continues, words

READ_COST = 1.0  # reading one posting (decode, add to a set)
CONFIRM_COST = 6.0  # confirming one candidate against its text
ENOUGH = 32  # candidates this few are confirmed without reading more lists
SHRINK = 0.7  # keep reading lists only while each one cuts the candidates this much
SCAN_MIN = 2000  # a term in fewer documents is read from its posting list
SCAN_DENSITY = 16  # ... as is one in fewer than 1/16 of a segment's documents


class SegmentSearch:
    """One query on one segment; ``boost`` collects hits whose credit matched."""

    def __init__(self, view: SegmentView) -> None:
        self.view = view
        self.boost: set[int] = set()

    def run(self, node: PlanNode) -> SegmentHits:
        scan = self.scan(node)
        if scan is not None:
            return scan
        hits = self.eval(node, None, True)
        if self.view.deleted:
            hits = hits - self.view.deleted
        self.boost &= hits
        return SetHits(self.view, hits, self.boost)

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
        view, term = self.view, node.matcher
        present = [z for z in node.zones if view.doc_frequency(z.gram_field, term.needle)]
        if len(present) != 1:
            return None
        zone = present[0]
        frequency = view.doc_frequency(zone.gram_field, term.needle)
        if frequency < max(SCAN_MIN, view.count // SCAN_DENSITY):
            return None  # a short list: reading it is cheap
        needle = term.needle_bytes
        deleted = sum(1 for d in view.deleted if view.store.contains(zone.value, d, needle))
        return ScanHits(view, term, zone, frequency - deleted)

    def eval(self, node: PlanNode, within: set[int] | None, positive: bool) -> set[int]:
        """Documents matching ``node``; a subset of ``within`` when it is given."""
        if isinstance(node, TextMatch):
            return self.text(node, within, positive)
        if isinstance(node, PlanAnd):
            return self.conjunction(node, within, positive)
        if isinstance(node, PlanOr):
            result: set[int] = set()
            for item in node.items:
                result |= self.eval(item, within, positive)
            return result
        if isinstance(node, PlanNot):
            base = self.all_docs() if within is None else within
            return base - self.eval(node.item, base, not positive)
        if isinstance(node, ThemeMatch):
            return _restrict(self.view.postings("theme", node.term), within)
        if isinstance(node, DateMatch):
            return self.dates(node, within)
        raise TypeError(f"unknown plan node {node!r}")

    def all_docs(self) -> set[int]:
        return set(range(self.view.count))

    def conjunction(self, node: PlanAnd, within: set[int] | None, positive: bool) -> set[int]:
        positives = [item for item in node.items if not isinstance(item, PlanNot)]
        negatives = [item.item for item in node.items if isinstance(item, PlanNot)]
        current = within
        for item in sorted(positives, key=self.estimate):
            current = self.eval(item, current, positive)
            if not current:
                return set()
        if current is None:
            current = self.all_docs()
        for item in negatives:
            current = current - self.eval(item, current, not positive)
        return current

    def estimate(self, node: PlanNode) -> int:
        """An upper bound on the hits, to evaluate the most selective term first."""
        view = self.view
        if isinstance(node, TextMatch):
            total = 0
            for zone in node.zones:
                if isinstance(node.matcher, Substring):
                    field, terms = zone.gram_field, node.matcher.grams
                else:
                    field, terms = zone.word_field, node.matcher.stems
                total += min(view.doc_frequency(field, t) for t in terms)
            return total
        if isinstance(node, ThemeMatch):
            return view.doc_frequency("theme", node.term)
        if isinstance(node, DateMatch):
            order = view.store.numbers[f"{node.column}_order"]
            return len(self._date_slice(node, order))
        if isinstance(node, PlanAnd):
            return min(self.estimate(item) for item in node.items)
        if isinstance(node, PlanOr):
            return sum(self.estimate(item) for item in node.items)
        return view.count

    # -- text -------------------------------------------------------------------

    def text(self, node: TextMatch, within: set[int] | None, positive: bool) -> set[int]:
        result: set[int] = set()
        for zone in node.zones:
            if isinstance(node.matcher, Substring):
                found = self.substring(node.matcher, zone, within)
            else:
                found = self.words(node.matcher, zone, within)
            if positive and zone is Zone.CREDIT:
                self.boost |= found
            if len(found) > len(result):
                result, found = found, result
            result |= found
        return result

    def substring(self, term: Substring, zone: Zone, within: set[int] | None) -> set[int]:
        view = self.view
        field = zone.gram_field
        ranked = sorted((view.doc_frequency(field, g), g) for g in term.grams)
        if ranked[0][0] == 0:
            return set()
        candidates = within
        read_all = True
        for frequency, gram in ranked:
            if candidates is not None and (
                len(candidates) <= ENOUGH or len(candidates) * CONFIRM_COST < frequency * READ_COST
            ):
                read_all = False
                break
            postings = view.postings(field, gram)
            if candidates is None:
                candidates = set(postings)
                continue
            before = len(candidates)
            candidates = candidates.intersection(postings)
            if not candidates or (len(candidates) > SHRINK * before and not term.exact):
                break  # the grams of one word travel together: more lists would not help
        assert candidates is not None
        if term.exact and read_all:
            return candidates
        return self.confirm(term, zone, candidates)

    def confirm(self, term: Substring, zone: Zone, candidates: set[int]) -> set[int]:
        store = self.view.store
        offsets, base = store.texts[zone.value]
        find = store.mm.find
        needle = term.needle_bytes
        plain = [
            d for d in candidates if find(needle, base + offsets[d], base + offsets[d + 1]) >= 0
        ]
        if not term.edge_start and not term.edge_end:
            return set(plain)
        return {d for d in plain if self._whole(term, zone, d)}

    def holds(self, term: Substring, zone: Zone, docnum: int) -> bool:
        """Whether one document's ``zone`` matches ``term``, as :meth:`substring` decides."""
        if not self.view.store.contains(zone.value, docnum, term.needle_bytes):
            return False
        return not (term.edge_start or term.edge_end) or self._whole(term, zone, docnum)

    def _whole(self, term: Substring, zone: Zone, docnum: int) -> bool:
        """True if some occurrence does not continue a number or word at its edges."""
        text = self.view.store.text(zone.value, docnum)
        needle, size = term.needle, len(term.needle)
        pos = text.find(needle)
        while pos >= 0:
            before = text[pos - 1] if pos > 0 else ""
            after = text[pos + size] if pos + size < len(text) else ""
            if not continues(term.edge_start, before) and not continues(term.edge_end, after):
                return True
            pos = text.find(needle, pos + 1)
        return False

    def words(self, term: Words, zone: Zone, within: set[int] | None) -> set[int]:
        field = zone.word_field
        ranked = sorted((self.view.doc_frequency(field, s), s) for s in set(term.stems))
        if ranked[0][0] == 0:
            return set()
        candidates = within
        for _, stem in ranked:
            postings = self.view.postings(field, stem)
            candidates = set(postings) if candidates is None else candidates.intersection(postings)
            if not candidates:
                return candidates
        assert candidates is not None
        if len(term.stems) == 1:
            return candidates
        return {d for d in candidates if self._phrase(term, zone, d)}

    def _phrase(self, term: Words, zone: Zone, docnum: int) -> bool:
        stems, size = list(term.stems), len(term.stems)
        for part in self.view.store.text(zone.value, docnum).split(ZONE_SEP):
            found = words(part)
            if any(found[i : i + size] == stems for i in range(len(found) - size + 1)):
                return True
        return False

    # -- dates --------------------------------------------------------------------

    def dates(self, node: DateMatch, within: set[int] | None) -> set[int]:
        store = self.view.store
        values = store.numbers[node.column]
        if within is not None and len(within) < 4096:
            return {d for d in within if node.low <= values[d] <= node.high}
        order = store.numbers[f"{node.column}_order"]
        return _restrict(self._date_slice(node, order), within)

    def _date_slice(self, node: DateMatch, order: Sequence[int]) -> list[int]:
        values = self.view.store.numbers[node.column]
        key = values.__getitem__
        low = bisect_left(order, max(node.low, 1), key=key)
        high = bisect_right(order, node.high, key=key)
        return order[low:high].tolist()


def _restrict(docs: list[int], within: set[int] | None) -> set[int]:
    return set(docs) if within is None else within.intersection(docs)


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
