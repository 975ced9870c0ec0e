"""The normal form and analysis every match is defined on."""

from __future__ import annotations

import pytest

from photoarchive.search.plan import Substring, Words, text_matcher
from photoarchive.search.snippet import snippet
from photoarchive.search.text import (
    grams,
    normalize,
    normalize_with_map,
    words,
)


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("周 围 摄", "周围摄"),  # spaces between Chinese characters go
        ("罗　铭", "罗铭"),  # the ideographic space too
        ("9 月 27 日", "9月27日"),  # and next to a Chinese character
        ("iPhone 手机", "iphone手机"),
        ("ＡＢＣ　１２３", "abc 123"),  # full-width letters and digits, kept apart
        ("Jane  Doe\nAP", "jane doe ap"),  # other whitespace collapses
        ("衡阳：落实“三高四新”", "衡阳:落实“三高四新”"),  # NFKC colon, quotes kept
        ("STRASSE Straße", "strasse strasse"),  # case folding
        ("a\x1fb", "a b"),  # control characters cannot sneak in a zone separator
    ],
)
def test_normalize(raw, normal):
    assert normalize(raw) == normal


def test_grams_are_one_and_two_characters_inside_dense_runs():
    assert grams(normalize("水稻, 9月")) == {"水", "稻", "水稻", "9", "月", "9月"}
    assert grams("farmer") == set()


def test_words_are_stemmed_and_split_by_chinese():
    assert words(normalize("Farmers harvest衡阳rice")) == ["farmer", "harvest", "rice"]


def test_normalize_with_map_points_back_into_the_original():
    raw = "图为 周 围 摄（ＡＢ）"
    norm, origin = normalize_with_map(raw)
    assert norm == normalize(raw)
    assert [raw[i] for i in origin[:5]] == ["图", "为", "周", "围", "摄"]
    assert raw[origin[norm.index("ab")]] == "Ａ"


@pytest.mark.parametrize(
    ("term", "kind", "exact"),
    [
        ("水", Substring, True),
        ("水稻", Substring, True),
        ("杂交水稻", Substring, False),  # more than one n-gram: confirmed against the text
        ("27", Substring, False),  # a number: must not continue into 127
        ("5G", Substring, False),
        ("Farmers", Words, None),
        ("e-mail", Words, None),
    ],
)
def test_terms_become_substrings_or_words(term, kind, exact):
    matcher = text_matcher(term)
    assert isinstance(matcher, kind)
    if exact is not None:
        assert matcher.exact is exact


def test_substring_terms_need_every_bigram_of_their_runs():
    matcher = text_matcher("杂交 水稻")
    assert matcher.needle == "杂交水稻"
    assert set(matcher.grams) == {"杂交", "交水", "水稻"}


def test_snippet_marks_whole_numbers_only():
    assert snippet("127名，9月27日", [text_matcher("27")]) == "127名，9月<b>27</b>日"


def test_snippet_marks_text_printed_with_spaces_and_full_width():
    terms = [text_matcher("周围"), text_matcher("ab")]
    assert snippet("周 围 摄 ＡＢ", terms) == "<b>周 围</b> 摄 <b>ＡＢ</b>"


def test_long_captions_are_cut_around_the_first_match():
    caption = "甲" * 100 + "水稻" + "乙" * 100
    shown = snippet(caption, [text_matcher("水稻")])
    assert shown == "…" + "甲" * 20 + "<b>水稻</b>" + "乙" * 58 + "…"
