"""Name normalisation and the pairing of single characters printed with a space."""

from __future__ import annotations

import pytest

from photoarchive.captions import normalize_name
from photoarchive.captions.names import (
    pair_name_tokens,
    split_latin_names,
)
from photoarchive.captions.people import is_person_name
from photoarchive.captions.script import shadow


@pytest.mark.parametrize(
    ("printed", "normal"),
    [
        ("周 围", "周围"),
        ("罗　铭", "罗铭"),  # ideographic space
        ("  曹正平 ", "曹正平"),
        ("阿卜杜 · 热合曼", "阿卜杜·热合曼"),
        ("Jane   Doe", "Jane Doe"),
        ("Jane Doe", "Jane Doe"),
        ("", ""),
    ],
)
def test_normalize_name(printed: str, normal: str) -> None:
    assert normalize_name(printed) == normal


@pytest.mark.parametrize(
    ("tokens", "names"),
    [
        (["李", "苗", "徐德荣", "唐", "曦", "王卫全"], ("李苗", "徐德荣", "唐曦", "王卫全")),
        (["周", "围"], ("周围",)),
        (["曹正平"], ("曹正平",)),
        (["张三", "李四"], ("张三", "李四")),
        (["张", "三", "李", "四"], ("张三", "李四")),
    ],
)
def test_single_characters_pair_into_two_character_names(
    tokens: list[str], names: tuple[str, ...]
) -> None:
    pairing = pair_name_tokens(tokens)
    assert pairing.names == names
    assert not pairing.ambiguous


@pytest.mark.parametrize(
    ("tokens", "names"),
    [
        (["王", "小明"], ("王小明",)),  # a lone surname joins the name after it
        (["欧阳", "锋"], ("欧阳锋",)),  # at the end it joins the name before it
        (["唐"], ("唐",)),
    ],
)
def test_an_odd_lone_character_is_joined_but_flagged(
    tokens: list[str], names: tuple[str, ...]
) -> None:
    pairing = pair_name_tokens(tokens)
    assert pairing.names == names
    assert pairing.ambiguous


@pytest.mark.parametrize("name", ["罗盟", "曹正平", "欧阳娜娜", "阿卜杜·热合曼", "周围"])
def test_plausible_chinese_names(name: str) -> None:
    assert is_person_name(shadow(name))


@pytest.mark.parametrize(
    "name", ["罗", "南岳衡山祝融峰", "正在拍", "他们的", "20", "Jane", "衡阳市以建设"]
)
def test_implausible_chinese_names(name: str) -> None:
    assert not is_person_name(shadow(name))


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("Jane  Doe and John Roe", ["Jane Doe", "John Roe"]),
        (
            "A. Smith, B. Jones & Ludwig van Beethoven",
            ["A. Smith", "B. Jones", "Ludwig van Beethoven"],
        ),
        ("", []),
    ],
)
def test_split_latin_names(printed: str, names: list[str]) -> None:
    assert split_latin_names(printed) == names
