"""Turn a parsed query into matchers that say exactly what a hit is.

A text term becomes one of two matchers, by what it contains after
normalisation (see :mod:`photoarchive.search.text`):

* :class:`Substring` when it holds any dense character (Chinese, digits): the
  normalised term must occur in the normalised zone text. Where the term starts
  or ends with a digit or a Latin letter, the neighbouring character must not
  continue the number or word (``27`` is in 9月27日 but not in 127).
* :class:`Words` when it is only letters: each word matches a whole word with
  the same stem; several words must stand next to each other.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from photoarchive.errors import QuerySyntaxError
from photoarchive.search import query as q
from photoarchive.search.schema import ALL_ZONES, Zone, date_key
from photoarchive.search.text import GRAM_MAX, dense_runs, has_dense, normalize, words

_ZONES = {"caption": (Zone.CAPTION,), "credit": (Zone.CREDIT,), "feature": (Zone.FEATURE,)}


@dataclass(frozen=True, slots=True)
class Substring:
    needle: str
    grams: tuple[str, ...]  # indexed n-grams every occurrence must contain
    exact: bool  # the needle is one indexed n-gram: its postings are the answer
    edge_start: str  # "", "digit" or "letter": what may not precede a match
    edge_end: str  # ... and what may not follow it

    @property
    def needle_bytes(self) -> bytes:
        return self.needle.encode("utf-8")


@dataclass(frozen=True, slots=True)
class Words:
    stems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TextMatch:
    matcher: Substring | Words
    zones: tuple[Zone, ...]


@dataclass(frozen=True, slots=True)
class ThemeMatch:
    term: str


@dataclass(frozen=True, slots=True)
class DateMatch:
    column: str  # "taken" or "fdate" in the doc store
    low: int  # yyyymmdd, inclusive
    high: int


@dataclass(frozen=True, slots=True)
class PlanAnd:
    items: tuple[PlanNode, ...]


@dataclass(frozen=True, slots=True)
class PlanOr:
    items: tuple[PlanNode, ...]


@dataclass(frozen=True, slots=True)
class PlanNot:
    item: PlanNode


PlanNode = TextMatch | ThemeMatch | DateMatch | PlanAnd | PlanOr | PlanNot


def compile_query(node: q.Node) -> PlanNode:
    """Plan a parsed query; raise QuerySyntaxError for a term with nothing to find."""
    if isinstance(node, q.Text):
        zones = _ZONES[node.field] if node.field else ALL_ZONES
        return TextMatch(text_matcher(node.text), zones)
    if isinstance(node, q.Theme):
        term = normalize(node.text)
        if not has_dense(term) and not words(term):
            raise _nothing(node.text)
        return ThemeMatch(term)
    if isinstance(node, q.DateRange):
        column = "taken" if node.field == "taken" else "fdate"
        return DateMatch(column, _day(node.start, 1), _day(node.end, 99999999))
    if isinstance(node, q.And):
        return PlanAnd(tuple(compile_query(item) for item in node.items))
    if isinstance(node, q.Or):
        return PlanOr(tuple(compile_query(item) for item in node.items))
    if isinstance(node, q.Not):
        return PlanNot(compile_query(node.item))
    raise TypeError(f"unknown query node {node!r}")


def _day(day: datetime.date | None, default: int) -> int:
    return default if day is None else date_key(day)


def text_matcher(text: str) -> Substring | Words:
    norm = normalize(text)
    if has_dense(norm):
        return substring(norm)
    stems = tuple(words(norm))
    if not stems:
        raise _nothing(text)
    return Words(stems)


def substring(norm: str) -> Substring:
    runs = dense_runs(norm)
    needed: dict[str, None] = {}
    for run in runs:
        if len(run) <= GRAM_MAX:
            needed[run] = None
        else:
            for i in range(len(run) - GRAM_MAX + 1):
                needed[run[i : i + GRAM_MAX]] = None
    start, end = _edge(norm[0]), _edge(norm[-1])
    exact = len(runs) == 1 and runs[0] == norm and len(norm) <= GRAM_MAX and not start and not end
    return Substring(norm, tuple(needed), exact, start, end)


def _edge(ch: str) -> str:
    if "0" <= ch <= "9":
        return "digit"
    if ch.isalpha() and not has_dense(ch):
        return "letter"
    return ""


def _nothing(text: str) -> QuerySyntaxError:
    return QuerySyntaxError(
        f"{text!r} has no letters, digits or Chinese characters to search for.",
        hint="Search for words or names; punctuation alone cannot be searched.",
    )


def positive_terms(node: PlanNode) -> list[Substring | Words]:
    """Text matchers outside any NOT: what a snippet highlights."""
    if isinstance(node, TextMatch):
        return [node.matcher] if Zone.CAPTION in node.zones else []
    if isinstance(node, PlanAnd | PlanOr):
        return [m for item in node.items for m in positive_terms(item)]
    return []
