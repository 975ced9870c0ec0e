"""What each part of the query language matches, on a small hand-made archive."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest

from photoarchive.search import CaptionIndex, SearchDocument
from tests.search.support import ids, rebuild

D = datetime.date

DOCS = [
    SearchDocument(
        1,
        "图为衡阳县农民收割杂交水稻。",
        credit="周 围 摄",
        credit_names=("周围",),
        feature_title="乡村振兴看衡阳",
        byline=("李苗", "唐曦"),
        themes=("agriculture", "Agriculture", "农业"),
        taken=D(2021, 9, 27),
        feature_date=D(2021, 9, 30),
    ),
    SearchDocument(
        2,
        "9月27日，南岳衡山游客如织。",
        credit="罗盟摄",
        credit_names=("罗盟",),
        feature_title="文旅融合",
        byline=("王卫全",),
        themes=("tourism", "Tourism", "旅游"),
        taken=D(2021, 10, 2),
        feature_date=D(2021, 10, 5),
    ),
    SearchDocument(
        3,
        "Farmers harvest rice near Hengyang. 127名农民参加。",
        credit="(AP Photo/Jane Doe)",
        credit_names=("Jane Doe",),
        feature_title="Harvest season",
        themes=("agriculture",),
        taken=D(2020, 6, 1),
        feature_date=D(2020, 6, 3),
    ),
    SearchDocument(
        4,
        "衡州大道全长20余公里，5G基站覆盖沿线。",
        embedded_caption="数字经济走廊航拍。",
        credit="新华社记者 罗铭 摄",
        credit_names=("罗铭",),
        feature_title="数字衡阳",
        feature_date=D(2022, 1, 15),
    ),
    SearchDocument(
        5,
        "罗盟在田间采访种粮大户，a farmer shows the new paddy.",
        credit="曹正平 摄",
        credit_names=("曹正平",),
        feature_title="乡村振兴看衡阳",
        byline=("李苗",),
        taken=D(2022, 3, 8),
        feature_date=D(2022, 3, 10),
    ),
    SearchDocument(
        6,
        "<市民>在“灯塔工厂”参观 & 体验。",
        credit="祁东县启航学校供图",
        credit_names=("祁东县启航学校",),
        feature_title="工业旅游",
    ),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Iterator[CaptionIndex]:
    index = CaptionIndex.open(tmp_path_factory.mktemp("library") / "index")
    rebuild(index, DOCS)
    yield index
    index.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # plain terms search caption, embedded caption, credit, feature title and byline
        ("水稻", {1}),
        ("数字经济走廊", {4}),  # only in the embedded caption
        ("周围", {1}),
        ("罗盟", {2, 5}),  # credit of 2, caption of 5
        ("唐曦", {1}),  # byline
        ("乡村振兴", {1, 5}),  # feature title
        ("衡阳 水稻", {1}),
        ("衡阳 AND 游客", set()),
        # phrases: spaces between Chinese characters do not count
        ('"杂交 水稻"', {1}),
        ('"周 围"', {1}),
        # OR, NOT, -term, grouping
        ("水稻 OR 游客", {1, 2}),
        ("衡阳 -水稻", {4, 5}),
        ("衡阳 NOT 水稻", {4, 5}),
        ("NOT 衡阳", {2, 3, 6}),  # 3 says Hengyang
        ("(水稻 OR 游客) -南岳", {1}),
        ("-罗盟 -衡阳", {3, 6}),
        # field prefixes
        ("credit:罗盟", {2}),
        ("caption:罗盟", {5}),
        ("feature:衡阳", {1, 4, 5}),
        ("feature:李苗", {1, 5}),
        ("credit:新华社", {4}),
        ("credit:(罗盟 OR 罗铭)", {2, 4}),
        ("credit:jane", {3}),
        # themes: keys and labels, any case
        ("theme:agriculture", {1, 3}),
        ("theme:Agriculture", {1, 3}),
        ("theme:农业", {1}),
        ("theme:旅游 OR theme:农业", {1, 2}),
        # dates: taken, and the feature's date
        ("taken:2021-09-27", {1}),
        ("taken:2021-09..2021-10", {1, 2}),
        ("taken:..2021", {1, 2, 3}),
        ("taken:2022..", {5}),  # 4 has no taken date
        ("date:2022", {4, 5}),
        ("date:2021-10", {2}),
        ("衡阳 taken:2021", {1}),
        # English: case-insensitive, stemmed, whole words
        ("Farmers", {3, 5}),
        ("farmer", {3, 5}),
        ("HARVEST", {3}),
        ("harvesting", {3}),  # same stem
        ("farm", set()),  # a different word
        ('"rice near"', {3}),
        ('"near rice"', set()),
        ("caption:harvest", {3}),  # not the feature title "Harvest season"
        # digits: whole numbers inside Chinese text
        ("9月27日", {2}),
        ("27日", {2}),
        ("27", {2}),
        ("12", set()),  # only inside 127
        ("127", {3}),
        ("20余公里", {4}),
        ("5G基站", {4}),
        ("5g", {4}),
        ("G", {4}),
        # punctuation is part of the text
        ("“灯塔工厂”", {6}),
        ("灯塔工厂", {6}),
        ("工业旅游", {6}),
    ],
)
def test_query_matches(index, query, expected):
    assert ids(index, query) == expected


def test_snippets_escape_html_and_mark_the_match(index):
    (hit,) = index.search("灯塔").hits
    assert hit.snippet == "&lt;市民&gt;在“<b>灯塔</b>工厂”参观 &amp; 体验。"


def test_snippets_mark_english_words_by_stem(index):
    (hit,) = index.search("caption:harvesting").hits
    assert hit.snippet.startswith("Farmers <b>harvest</b> rice")


def test_snippet_of_a_credit_match_is_the_start_of_the_caption(index):
    (hit,) = index.search("credit:曹正平").hits
    assert hit.snippet.startswith("罗盟在田间采访种粮大户") and "<b>" not in hit.snippet


def test_newest_first_and_credit_matches_ahead(index):
    # 5 is newer and mentions 罗盟; 2 is credited to 罗盟 and comes first
    assert [h.photo_id for h in index.search("罗盟").hits] == [2, 5]
    assert [h.score for h in index.search("罗盟").hits] == [2.0, 1.0]
    assert [h.photo_id for h in index.search("衡阳").hits] == [5, 4, 1]  # 4: feature date


def test_pages_are_consistent(index):
    everything = [h.photo_id for h in index.search("NOT 没有", limit=100).hits]
    assert len(everything) == len(DOCS)
    pages = [index.search("NOT 没有", limit=2, offset=o) for o in (0, 2, 4, 6)]
    assert [h.photo_id for p in pages for h in p.hits] == everything
    assert {p.total for p in pages} == {len(DOCS)}
    assert index.search("NOT 没有", limit=0).hits == []
