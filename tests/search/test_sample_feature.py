"""The issue's correctness list, on the real sample feature (photo id = position)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from photoarchive.search import CaptionIndex
from tests.search.support import ids, rebuild, sample_documents

EXPECTED = {
    "水稻": {4},
    "杂交水稻": {4},
    "衡山": {7},
    "南岳": {7},
    "变压器": {3},
    "留守儿童": {2},
    "灯塔工厂": {1},
    "罗盟": {1},
    "周围": {6},  # printed "周 围 摄"
    "credit:罗铭": {7},  # printed "罗 铭 摄"
    "工业旅游": {1, 7},
    "衡阳": {1, 2, 3, 4, 5, 6, 7},
    # digits and dates inside Chinese text
    "9月": {2},
    "7月23日": {5},
    "20余公里": {6},
    "45个产业园区": {6},
    # sub-words a word segmenter would miss, and names from the byline and title
    "山村": {4},  # inside 华山村
    "feature:徐德荣": {1, 2, 3, 4, 5, 6, 7},
    "feature:三高四新": {1, 2, 3, 4, 5, 6, 7},
    "祁东县启航学校": {2},
    "credit:祁东县启航学校": {2},
    "credit:宣传部": {5},
}


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Iterator[CaptionIndex]:
    """Built once: these tests only read."""
    index = CaptionIndex.open(tmp_path_factory.mktemp("library") / "index")
    rebuild(index, sample_documents())
    yield index
    index.close()


@pytest.mark.parametrize(("query", "expected"), list(EXPECTED.items()))
def test_query_finds_exactly_the_expected_photos(index, query, expected):
    assert ids(index, query) == expected


@pytest.mark.parametrize(
    "query", ["水稻衡山", "罗盟摄影", "credit:衡阳", "feature:水稻", "周围摄影"]
)
def test_text_that_is_not_there_finds_nothing(index, query):
    results = index.search(query)
    assert results.total == 0 and results.hits == []


def test_a_hit_carries_caption_credit_and_a_highlighted_snippet(index):
    results = index.search("杂交水稻")
    assert results.query == "杂交水稻" and results.total == 1
    (hit,) = results.hits
    assert hit.photo_id == 4
    assert hit.credit == "易建军 摄"
    assert hit.caption.startswith("衡阳市大力开展杂交水稻")
    assert hit.snippet.startswith("衡阳市大力开展<b>杂交水稻</b>的试验示范工作")
    assert hit.snippet.count("<b>杂交水稻</b>") == 2


def test_snippet_starts_near_the_first_match_and_marks_cuts(index):
    (hit,) = index.search("祝融峰").hits
    assert hit.snippet.startswith("…")
    assert hit.snippet.endswith("<b>祝融峰</b>。")
    assert len(hit.snippet.replace("<b>", "").replace("</b>", "")) <= 81
