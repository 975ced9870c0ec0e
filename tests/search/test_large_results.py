"""Results that cover most of the archive: exact totals, order and pages.

A short term found in most documents is counted from the term dictionary and
paged by walking the ranking order, instead of reading its posting list; these
tests make sure that path agrees with brute force, with deletions and edits in
the way.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest

from photoarchive.search import CaptionIndex, SearchDocument
from tests.search.support import rebuild

N = 3000
DELETED = set(range(5, N, 7))


def _doc(i: int) -> SearchDocument:
    return SearchDocument(
        i,
        f"图为第{i}张照片。" + ("田里的水稻。" if i % 3 else "") + ("船" if i % 5 == 0 else ""),
        credit="罗盟摄" if i % 4 else "周 围 摄",
        credit_names=("罗盟",) if i % 4 else ("周围",),
        taken=datetime.date(2000, 1, 1) + datetime.timedelta(days=i % 4000),
    )


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Iterator[CaptionIndex]:
    index = CaptionIndex.open(tmp_path_factory.mktemp("library") / "index")
    rebuild(index, [_doc(i) for i in range(1, N + 1)])
    index.delete(DELETED)
    index.upsert([SearchDocument(i, "改过的说明。", credit="罗盟摄") for i in (1, 2, 3)])
    yield index
    index.close()


def _expected(predicate) -> list[int]:
    """Matching live ids, newest first (taken date grows with the id here)."""
    ids = [i for i in range(1, N + 1) if i not in DELETED and predicate(i)]
    return sorted(ids, key=lambda i: (i > 3, i), reverse=True)


def _live_doc(i: int) -> SearchDocument:
    return SearchDocument(i, "改过的说明。", credit="罗盟摄") if i <= 3 else _doc(i)


@pytest.mark.parametrize(
    ("query", "predicate"),
    [
        ("图为", lambda i: "图为" in _live_doc(i).caption),
        ("水稻", lambda i: "水稻" in _live_doc(i).caption),
        ("船", lambda i: "船" in _live_doc(i).caption),
        ("罗盟", lambda i: "罗盟" in _live_doc(i).credit),
        (
            "图为 -水稻",
            lambda i: "图为" in _live_doc(i).caption and "水稻" not in _live_doc(i).caption,
        ),
    ],
)
def test_totals_pages_and_order_match_brute_force(index, query, predicate):
    expected = [i for i in _expected(predicate)]
    assert index.search(query, limit=0).total == len(expected)
    assert index.search_ids(query) == expected
    pages = [index.search(query, limit=25, offset=offset) for offset in (0, 25, 1000)]
    assert [h.photo_id for h in pages[0].hits] == expected[:25]
    assert [h.photo_id for h in pages[1].hits] == expected[25:50]
    assert [h.photo_id for h in pages[2].hits] == expected[1000:1025]


def test_a_term_found_only_in_credits_ranks_every_hit_as_a_credit_match(index):
    results = index.search("罗盟")
    assert {hit.score for hit in results.hits} == {2.0}
    assert "罗盟" not in results.hits[0].snippet
