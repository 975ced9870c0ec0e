"""Parsing the query language, and the messages for queries it cannot read."""

from __future__ import annotations

import datetime

import pytest

from photoarchive.errors import QuerySyntaxError
from photoarchive.search.index import CaptionIndex
from photoarchive.search.plan import compile_query
from photoarchive.search.query import And, DateRange, Not, Or, Text, Theme, parse

D = datetime.date


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        ("水稻", Text("水稻")),
        ("水稻 衡山", And((Text("水稻"), Text("衡山")))),
        ("水稻 AND 衡山", And((Text("水稻"), Text("衡山")))),
        ('"杂交 水稻"', Text("杂交 水稻")),
        ("水稻 OR 小麦 衡阳", Or((Text("水稻"), And((Text("小麦"), Text("衡阳")))))),
        ("(水稻 OR 小麦) 衡阳", And((Or((Text("水稻"), Text("小麦"))), Text("衡阳")))),
        ("衡山 -南岳", And((Text("衡山"), Not(Text("南岳"))))),
        ("衡山 NOT 南岳", And((Text("衡山"), Not(Text("南岳"))))),
        ("NOT 南岳", Not(Text("南岳"))),
        ("-credit:罗盟", Not(Text("罗盟", "credit"))),
        ("credit:罗盟", Text("罗盟", "credit")),
        ("Credit: 罗盟", Text("罗盟", "credit")),
        ('feature:"三高 四新"', Text("三高 四新", "feature")),
        ("caption:水稻", Text("水稻", "caption")),
        ("credit:(罗盟 OR 罗铭)", Or((Text("罗盟", "credit"), Text("罗铭", "credit")))),
        ("theme:农业", Theme("农业")),
        ("theme:(农业 OR tourism)", Or((Theme("农业"), Theme("tourism")))),
        ("covid-19", Text("covid-19")),  # a dash inside a word is not NOT
        ("10:30", Text("10:30")),  # not a field
        ("衡阳：落实", Text("衡阳:落实")),  # full-width colon after Chinese: plain text
        ("credit：罗盟", Text("罗盟", "credit")),  # full-width colon after a field name
        ("（水稻 OR 小麦）", Or((Text("水稻"), Text("小麦")))),
        ("or and", And((Text("or"), Text("and")))),  # operators are upper case only
    ],
)
def test_parse(query, tree):
    assert parse(query) == tree


@pytest.mark.parametrize(
    ("query", "start", "end"),
    [
        ("taken:2021-09-27", D(2021, 9, 27), D(2021, 9, 27)),
        ("taken:2021-09", D(2021, 9, 1), D(2021, 9, 30)),
        ("taken:2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("taken:2021", D(2021, 1, 1), D(2021, 12, 31)),
        ("taken:2021-09..2021-10", D(2021, 9, 1), D(2021, 10, 31)),
        ("taken:..2021", None, D(2021, 12, 31)),
        ("taken:2021-09-27..", D(2021, 9, 27), None),
        ("taken:2021/9/27", D(2021, 9, 27), D(2021, 9, 27)),
        ("taken:2021年9月", D(2021, 9, 1), D(2021, 9, 30)),
    ],
)
def test_date_ranges(query, start, end):
    assert parse(query) == DateRange("taken", start, end)


def test_date_prefix_means_the_feature_date():
    assert parse("date:2021") == DateRange("date", D(2021, 1, 1), D(2021, 12, 31))


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "The search is empty"),
        ("   ", "The search is empty"),
        ('"杂交 水稻', "never closed"),
        ("(水稻 OR 小麦", "'(' is never closed"),
        ("水稻)", "')' without a matching '('"),
        ("()", "Empty brackets"),
        ("水稻 OR", "OR needs something on both sides"),
        ("OR 水稻", "OR needs something on both sides"),
        ("水稻 OR OR 小麦", "OR needs something on both sides"),
        ("水稻 AND", "AND needs something on both sides"),
        ("衡山 NOT", "NOT needs something after it"),
        ("衡山 -", "'-' must be followed"),
        ('""', "empty phrase"),
        ("credt:罗盟", "no field called 'credt:'"),
        ("credit:", "'credit:' needs a value"),
        ("credit:(feature:衡阳)", "cannot be used inside"),
        ("taken:2021-13", "not a real date"),
        ("taken:2021-02-30", "not a real date"),
        ("taken:yesterday", "not a date or date range"),
        ("taken:2021..2020", "ends before it starts"),
        ("taken:..", "not a date or date range"),
        ("taken:(2021)", "takes a date, not a group"),
    ],
)
def test_bad_syntax_is_explained(query, message):
    with pytest.raises(QuerySyntaxError) as caught:
        parse(query)
    assert message in str(caught.value)
    assert caught.value.hint  # every message says what to do


@pytest.mark.parametrize("query", ["，", "credit:、", "theme:。"])
def test_terms_with_nothing_to_search_for_are_explained(query):
    with pytest.raises(QuerySyntaxError, match="no letters, digits or Chinese"):
        compile_query(parse(query))


def test_search_reports_syntax_errors_before_touching_the_index(tmp_path):
    index = CaptionIndex.open(tmp_path / "index")  # no index at all yet
    with pytest.raises(QuerySyntaxError, match="never closed"):
        index.search('"水稻')
