"""``first_page`` returns exactly the hits ``search`` returns, in the same order.

A dense corpus (a small alphabet, few photographers, few dates, themes) makes
common terms common enough that the page is found by walking the ranking order;
rare terms, ORs and NOTs take the counting path. The walk is also compared with
the counting executor segment by segment with no budget, so it is exercised
whatever the thresholds that choose between the two.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator

import pytest

from photoarchive.search import CaptionIndex, SearchDocument
from photoarchive.search.execute import SegmentSearch
from photoarchive.search.firstpage import PageWalk, conjunction
from photoarchive.search.plan import compile_query
from photoarchive.search.query import parse
from tests.search.support import rebuild, sample_documents

ALPHABET = "水稻衡山南岳阳镇村图为工业旅游"
CREDITS = ("罗 盟 摄", "罗盟摄", "新华社记者 罗盟 摄", "罗 盟 摄", "罗铭摄", "周 围 摄", "陶信摄")
THEMES = (("agriculture", "农业"), ("tourism", "旅游"), ())
PAGES = ((20, 0), (1, 0), (5, 3), (20, 20), (7, 45))


def _caption(rng: random.Random) -> str:
    words = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 5))) for _ in range(6)]
    if rng.random() < 0.3:
        words.append("Farmers harvest rice")
    return "，".join(words) + "。"


def _corpus() -> tuple[list[SearchDocument], list[SearchDocument], list[int]]:
    rng = random.Random(61)

    def doc(pid: int) -> SearchDocument:
        credit = rng.choice(CREDITS)
        return SearchDocument(
            pid,
            _caption(rng),
            credit=credit,
            credit_names=(credit.replace(" ", "").removesuffix("摄")[-2:],),
            feature_title=rng.choice(("衡阳工业旅游", "南岳山村", "乡村振兴")),
            themes=rng.choice(THEMES),
            taken=datetime.date(2021, rng.randint(1, 12), rng.randint(1, 28)),
        )

    docs = [doc(pid) for pid in range(1, 4401)]
    edits = [doc(pid) for pid in rng.sample(range(1, 4401), 200)]
    edits += [doc(pid) for pid in range(4401, 4601)]
    deleted = rng.sample(range(1, 4601), 150)
    return docs, edits, deleted


QUERIES = [
    "镇",
    "图为",
    "工业旅游",
    "水稻衡山",
    "山村",
    "罗盟",
    "周围",
    "衡阳",
    "岳阳镇村",
    "credit:罗盟",
    "credit:罗铭",
    "credit:(罗盟 OR 陶信)",
    "feature:衡阳",
    "水稻 图为",
    "镇 村 山",
    "罗盟 水稻",
    "旅游 -水稻",
    "镇 NOT 罗盟",
    "NOT 水稻",
    "-镇 -村",
    "水稻 OR 衡山",
    "(水稻 OR 游) 镇",
    '"工业 旅游"',
    '"水稻 衡山"',
    "theme:agriculture",
    "theme:旅游 镇",
    "taken:2021-03..2021-05",
    "镇 taken:2021-09..",
    "farmers",
    '"harvest rice" 镇',
    "rice -图为",
    "(水稻 镇) OR 罗铭",
    "-(镇 -村)",
    "没有这个词",
]


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Iterator[CaptionIndex]:
    docs, edits, deleted = _corpus()
    index = CaptionIndex.open(tmp_path_factory.mktemp("library") / "index")
    rebuild(index, docs)
    index.upsert(edits[:120])
    index.upsert(edits[120:])
    index.delete(deleted)
    yield index
    index.close()


def _same_page(index: CaptionIndex, query: str, limit: int, offset: int) -> None:
    counted = index.search(query, limit=limit, offset=offset)
    first = index.first_page(query, limit=limit, offset=offset)
    assert first.hits == counted.hits, (query, limit, offset)
    assert first.complete == (counted.total <= offset + limit), (query, limit, offset)


@pytest.mark.parametrize("query", QUERIES)
def test_first_page_equals_the_counted_page(index, query):
    for limit, offset in PAGES:
        _same_page(index, query, limit, offset)


@pytest.mark.parametrize("query", QUERIES)
def test_count_is_the_total_search_gives(index, query):
    assert index.count(query) == index.search(query, limit=0).total


def test_the_corpus_makes_common_terms_take_the_walk(index):
    """Guards the test above: its common terms must be dense enough to be walked."""
    assert index.search("镇").total > 2500
    assert index.search("credit:罗盟").total > 2500


@pytest.mark.parametrize("query", [q for q in QUERIES if conjunction(compile_query(parse(q)))])
def test_the_walk_picks_what_the_counting_executor_picks(index, query):
    plan = compile_query(parse(query))
    shape = conjunction(plan)
    assert shape is not None
    for view in index._current().segments():
        for count in (1, 21, 60):
            walked = PageWalk(view, shape).best(count, budget=view.count + 1)
            counted = SegmentSearch(view).run(plan).best(count)
            assert walked is not None and _top(view, walked, count) == _top(view, counted, count)


def _top(view, pairs: list[tuple[float, int]], count: int) -> list[tuple[float, int]]:
    """The best ``count`` pairs in the global order (tier, then ranking key)."""
    rank = view.store.numbers["rank"]
    return sorted(pairs, key=lambda p: (p[0], rank[p[1]]), reverse=True)[:count]


@pytest.mark.parametrize("query", ["(水稻 OR 游) 镇", "镇 -村", "credit:罗盟 水稻"])
def test_plain_conjunctions_are_walked(query):
    assert conjunction(compile_query(parse(query))) is not None


@pytest.mark.parametrize("query", ["(水稻 镇) OR 罗铭", "-(镇 -村)"])
def test_order_dependent_shapes_are_counted(query):
    assert conjunction(compile_query(parse(query))) is None


def test_a_random_run_of_the_corpus_pages_alike(index):
    rng = random.Random(7)
    for _ in range(60):
        needle = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 6)))
        _same_page(index, needle, 20, rng.choice((0, 0, 10)))


SAMPLE_QUERIES = [
    "水稻",
    "杂交水稻",
    "衡山",
    "南岳",
    "变压器",
    "留守儿童",
    "灯塔工厂",
    "罗盟",
    "周围",
    "credit:罗铭",
    "工业旅游",
    "衡阳",
]


def test_the_sample_feature_pages_alike(make_index):
    index = make_index(sample_documents())
    for query in SAMPLE_QUERIES:
        for limit, offset in ((20, 0), (2, 0), (3, 2), (5, 10)):
            _same_page(index, query, limit, offset)


def test_complete_says_whether_hits_follow(make_index):
    index = make_index(sample_documents())
    assert index.first_page("衡阳", limit=7).complete
    assert not index.first_page("衡阳", limit=6).complete
    assert index.first_page("衡阳", limit=3, offset=4).complete
    assert [len(index.first_page("衡阳", limit=3, offset=o).hits) for o in (0, 3, 6)] == [3, 3, 1]
    assert index.count("衡阳") == 7


def test_bad_paging_is_refused(make_index):
    index = make_index(sample_documents())
    with pytest.raises(ValueError):
        index.first_page("衡阳", limit=-1)


def test_a_walk_that_finds_too_little_gives_up(index):
    """Out of budget, the walk says so (and the caller counts instead)."""
    plan = compile_query(parse("水稻 图为 -镇"))
    shape = conjunction(plan)
    assert shape is not None
    view = max(index._current().segments(), key=lambda v: v.count)
    assert PageWalk(view, shape).best(50, budget=3) is None
    assert PageWalk(view, shape).best(50, budget=view.count + 1) is not None
