"""Bylines: names paired from single characters, affiliations, prefixes and suffixes."""

from __future__ import annotations

import pytest

from photoarchive.captions.bylines import parse_byline


@pytest.mark.parametrize(
    ("line", "names", "marked"),
    [
        ("李 苗 徐德荣 唐 曦 王卫全", ("李苗", "徐德荣", "唐曦", "王卫全"), False),
        ("本报记者 张三 李四", ("张三", "李四"), True),
        ("本报记者 张三 通讯员 李四 王五", ("张三", "李四", "王五"), True),
        ("文/图 本报记者 张三", ("张三",), True),
        ("文/张三", ("张三",), True),
        ("文：李 苗", ("李苗",), True),
        ("本报记者 张三 报道", ("张三",), True),
        ("记者 张三 摄影报道", ("张三",), True),
        ("张三、李四", ("张三", "李四"), False),
        ("文强 李四", ("文强", "李四"), False),  # 文 is a surname here, not "text by"
        ("曹正平", ("曹正平",), False),
    ],
)
def test_bylines(line: str, names: tuple[str, ...], marked: bool) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.names == names
    assert byline.marked is marked


@pytest.mark.parametrize(
    "line",
    [
        "衡阳：落实“三高四新” 推进“三强一化”",
        "又是一年金秋季，雁城大地硕果丰。",
        "一切华章，皆为序曲。",
        "强创新、强开放、强集聚，不断加快区域",
        "罗盟摄",
        "新华社发 张三",
        "",
        "南岳衡山祝融峰",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_odd_spacing_is_flagged() -> None:
    byline = parse_byline("李 苗 唐")
    assert byline is not None and byline.ambiguous
