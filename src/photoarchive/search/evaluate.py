"""What each plan node means on one segment, written once: the plan evaluator.

:class:`SegmentEval` visits a plan with one method per node type, each answering
"which documents of this set match" (``within``: a set, or None for the whole
segment), and noting which of them matched in their credit. Counting a result
asks it of the whole segment; walking a page in ranking order asks it of the
next few documents at a time. So both executors share every rule (zones, number
edges, phrases, dates, NOT, the credit tier) and cannot drift apart.
:meth:`SegmentEval.estimate` bounds a node's hits, to evaluate the most
selective term first.

A substring term takes the posting lists of its rarest n-grams (existence only,
so a list is just document numbers) and confirms every remaining candidate with
one ``mmap.find`` in the zone text. The planner is cost-based in one simple way:
once confirming the candidates in hand is cheaper than reading the next posting
list, it stops reading. Inside an AND, each term only looks at the documents the
terms before it left (cheapest estimate first), so a rare term makes a common
one nearly free. Term statistics, estimates and the postings a small set is
tested against are read once per evaluator, which keeps asking about a few
documents at a time cheap.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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
from photoarchive.search.schema import Zone
from photoarchive.search.segments import SegmentView
from photoarchive.search.text import ZONE_SEP, continues, words

READ_COST = 1.0  # reading one posting (decode, add to a set)
CONFIRM_COST = 6.0  # confirming one candidate against its text
ENOUGH = 32  # candidates this few are confirmed without reading more lists
SHRINK = 0.7  # keep reading lists only while each one cuts the candidates this much
DATE_TEST_MAX = 4096  # fewer candidates than this are tested one by one for a date


@dataclass(frozen=True, slots=True)
class ZoneTerms:
    """A text term's indexed terms in one zone, rarest first, with their counts."""

    name: str  # the zone, as the doc store names its text
    field: str  # the Whoosh field the terms are looked up in
    ranked: tuple[tuple[int, str], ...]  # (documents holding it, term)
    credit: bool  # the credit zone: a positive match there ranks a hit higher


class SegmentEval:
    """One plan's meaning on one segment.

    ``boost`` collects the documents a positive text term (one outside any NOT)
    found in their credit: a hit among them ranks in the credit tier.
    """

    def __init__(self, view: SegmentView) -> None:
        self.view = view
        self.boost: set[int] = set()
        self._frequencies: dict[tuple[str, str], int] = {}
        self._held: dict[tuple[str, str], frozenset[int]] = {}
        # Per plan node, keyed by id(); holding the node keeps its id unique.
        self._estimates: dict[int, tuple[PlanNode, int]] = {}
        self._zones: dict[int, tuple[TextMatch, list[ZoneTerms]]] = {}
        self._orders: dict[int, tuple[PlanAnd, list[PlanNode], list[PlanNode]]] = {}

    # -- the visitor ----------------------------------------------------------------

    def docs(self, node: PlanNode, within: set[int] | None, positive: bool = True) -> set[int]:
        """Documents matching ``node`` (deletions aside); a subset of ``within``
        when it is given. ``positive`` is False under an odd number of NOTs."""
        visit = _VISITS.get(type(node))
        if visit is None:
            raise TypeError(f"unknown plan node {node!r}")
        return visit(self, node, within, positive)

    def visit_text(self, node: TextMatch, within: set[int] | None, positive: bool) -> set[int]:
        """A match in any of the term's zones; positive credit matches go to ``boost``."""
        result: set[int] = set()
        matcher = node.matcher
        size = -1 if within is None else len(within)
        for zone in self.zone_terms(node):
            credit = positive and zone.credit
            if zone.ranked[0][0] == 0 or (len(result) == size and not credit):
                continue  # the zone lacks a term, or every candidate matched already
            if isinstance(matcher, Substring):
                found = self.substring(matcher, zone, within)
            else:
                found = self.words(matcher, zone, within)
            if credit:
                self.boost |= found
            if len(found) > len(result):
                result, found = found, result
            result |= found
        return result

    def visit_theme(self, node: ThemeMatch, within: set[int] | None, positive: bool) -> set[int]:
        return self.having("theme", node.term, within)

    def visit_date(self, node: DateMatch, within: set[int] | None, positive: bool) -> set[int]:
        values = self.view.store.numbers[node.column]
        if within is not None and len(within) < DATE_TEST_MAX:
            return {d for d in within if node.low <= values[d] <= node.high}
        found = self._date_slice(node)
        return set(found) if within is None else within.intersection(found)

    def visit_and(self, node: PlanAnd, within: set[int] | None, positive: bool) -> set[int]:
        """Each item narrows what the next one looks at; negations come last."""
        positives, negatives = self.order(node)
        current = within
        for item in positives:
            current = self.docs(item, current, positive)
            if not current:
                return set()
        if current is None:
            current = self.all_docs()
        for item in negatives:
            current = current - self.docs(item, current, not positive)
        return current

    def visit_or(self, node: PlanOr, within: set[int] | None, positive: bool) -> set[int]:
        result: set[int] = set()
        for item in node.items:
            result |= self.docs(item, within, positive)
        return result

    def visit_not(self, node: PlanNot, within: set[int] | None, positive: bool) -> set[int]:
        base = self.all_docs() if within is None else within
        return base - self.docs(node.item, base, not positive)

    def all_docs(self) -> set[int]:
        return set(range(self.view.count))

    def order(self, node: PlanAnd) -> tuple[list[PlanNode], list[PlanNode]]:
        """An AND's positive items, most selective first, and its negated items."""
        found = self._orders.get(id(node))
        if found is None or found[0] is not node:
            positives = [item for item in node.items if not isinstance(item, PlanNot)]
            negatives = [item.item for item in node.items if isinstance(item, PlanNot)]
            found = (node, sorted(positives, key=self.estimate), negatives)
            self._orders[id(node)] = found
        return found[1], found[2]

    # -- sizes ----------------------------------------------------------------------

    def estimate(self, node: PlanNode) -> int:
        """An upper bound on the hits, to evaluate the most selective term first."""
        cached = self._estimates.get(id(node))
        if cached is not None and cached[0] is node:
            return cached[1]
        if isinstance(node, TextMatch):
            value = sum(zone.ranked[0][0] for zone in self.zone_terms(node))
        elif isinstance(node, ThemeMatch):
            value = self.frequency("theme", node.term)
        elif isinstance(node, DateMatch):
            value = len(self._date_slice(node))
        elif isinstance(node, PlanAnd):
            value = min(self.estimate(item) for item in node.items)
        elif isinstance(node, PlanOr):
            value = sum(self.estimate(item) for item in node.items)
        else:
            value = self.view.count
        self._estimates[id(node)] = (node, value)
        return value

    def frequency(self, field: str, term: str) -> int:
        """How many documents (deleted ones included) hold ``term``."""
        key = (field, term)
        found = self._frequencies.get(key)
        if found is None:
            found = self._frequencies[key] = self.view.doc_frequency(field, term)
        return found

    def zone_terms(self, node: TextMatch) -> list[ZoneTerms]:
        """What a text term looks up in each of its zones."""
        found = self._zones.get(id(node))
        if found is None or found[0] is not node:
            matcher = node.matcher
            zones = []
            for zone in node.zones:
                if isinstance(matcher, Substring):
                    field, keys = zone.gram_field, matcher.grams
                else:
                    field, keys = zone.word_field, matcher.stems
                ranked = tuple(sorted({(self.frequency(field, k), k) for k in keys}))
                zones.append(ZoneTerms(zone.value, field, ranked, zone is Zone.CREDIT))
            found = self._zones[id(node)] = (node, zones)
        return found[1]

    def superset(self, node: TextMatch) -> set[int] | None:
        """A cheap superset of a substring term's hits: the documents holding its
        rarest n-gram in each zone (None for words)."""
        if not isinstance(node.matcher, Substring):
            return None
        found: set[int] = set()
        for zone in self.zone_terms(node):
            found.update(self.view.postings(zone.field, zone.ranked[0][1]))
        return found

    def having(self, field: str, term: str, within: set[int] | None) -> set[int]:
        """Documents of ``within`` (or of all) whose ``field`` holds ``term``; a
        few documents are tested against the postings, read into a set once."""
        if within is not None and len(within) <= ENOUGH:
            held = self._held.get((field, term))
            if held is None:
                held = self._held[(field, term)] = frozenset(self.view.postings(field, term))
            return within.intersection(held)
        postings = self.view.postings(field, term)
        return set(postings) if within is None else within.intersection(postings)

    # -- text -----------------------------------------------------------------------

    def substring(self, term: Substring, zone: ZoneTerms, within: set[int] | None) -> set[int]:
        """Documents of ``within`` whose zone holds ``term`` (:meth:`visit_text`
        has already skipped a zone missing one of its n-grams)."""
        field, ranked = zone.field, zone.ranked
        candidates = within
        read_all = True
        for frequency, gram in ranked:
            if candidates is not None and (
                len(candidates) <= ENOUGH or len(candidates) * CONFIRM_COST < frequency * READ_COST
            ):
                read_all = False
                break
            before = None if candidates is None else len(candidates)
            candidates = self.having(field, gram, candidates)
            if before is None:
                continue
            if not candidates or (len(candidates) > SHRINK * before and not term.exact):
                break  # the grams of one word travel together: more lists would not help
        assert candidates is not None
        if term.exact and read_all:
            return candidates
        return self.confirm(term, zone.name, candidates)

    def confirm(self, term: Substring, name: str, candidates: set[int]) -> set[int]:
        """The candidates whose zone text ``name`` holds ``term`` (one ``mmap.find`` each)."""
        store = self.view.store
        offsets, base = store.texts[name]
        find = store.mm.find
        needle = term.needle_bytes
        if not term.edge_start and not term.edge_end:
            return {
                d for d in candidates if find(needle, base + offsets[d], base + offsets[d + 1]) >= 0
            }
        return {
            d
            for d in candidates
            if find(needle, base + offsets[d], base + offsets[d + 1]) >= 0
            and self._whole(term, name, d)
        }

    def _whole(self, term: Substring, name: str, docnum: int) -> bool:
        """True if some occurrence does not continue a number or word at its edges."""
        text = self.view.store.text(name, docnum)
        needle, size = term.needle, len(term.needle)
        pos = text.find(needle)
        while pos >= 0:
            before = text[pos - 1] if pos > 0 else ""
            after = text[pos + size] if pos + size < len(text) else ""
            if not continues(term.edge_start, before) and not continues(term.edge_end, after):
                return True
            pos = text.find(needle, pos + 1)
        return False

    def words(self, term: Words, zone: ZoneTerms, within: set[int] | None) -> set[int]:
        """Documents of ``within`` whose zone has the words, next to each other."""
        field, ranked = zone.field, zone.ranked
        candidates = within
        for _, stem in ranked:
            candidates = self.having(field, stem, candidates)
            if not candidates:
                return candidates
        assert candidates is not None
        if len(term.stems) == 1:
            return candidates
        return {d for d in candidates if self._phrase(term, zone.name, d)}

    def _phrase(self, term: Words, name: str, docnum: int) -> bool:
        stems, size = list(term.stems), len(term.stems)
        for part in self.view.store.text(name, docnum).split(ZONE_SEP):
            found = words(part)
            if any(found[i : i + size] == stems for i in range(len(found) - size + 1)):
                return True
        return False

    # -- dates ----------------------------------------------------------------------

    def _date_slice(self, node: DateMatch) -> list[int]:
        """Every document dated in the range, from the segment's date order."""
        store = self.view.store
        order = store.numbers[f"{node.column}_order"]
        key = store.numbers[node.column].__getitem__
        low = bisect_left(order, max(node.low, 1), key=key)
        high = bisect_right(order, node.high, key=key)
        return order[low:high].tolist()


_VISITS: dict[type, Callable[[SegmentEval, Any, set[int] | None, bool], set[int]]] = {
    TextMatch: SegmentEval.visit_text,
    ThemeMatch: SegmentEval.visit_theme,
    DateMatch: SegmentEval.visit_date,
    PlanAnd: SegmentEval.visit_and,
    PlanOr: SegmentEval.visit_or,
    PlanNot: SegmentEval.visit_not,
}
