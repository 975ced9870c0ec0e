"""Kicker, title and byline detection at the top of a feature."""

from __future__ import annotations

from photoarchive.captions.header import read_header

BODY = "又是一年金秋季，雁城大地硕果丰。"
KICKER = "强创新、强开放、强集聚，看衡阳阔步迈向国家区域重点城市——"
TITLE = "衡阳：落实“三高四新” 推进“三强一化”"
BYLINE = "李 苗 徐德荣 唐 曦 王卫全"
NAMES = ("李苗", "徐德荣", "唐曦", "王卫全")


def test_kicker_title_byline() -> None:
    header = read_header([KICKER, TITLE, BYLINE, BODY])
    assert (header.kicker, header.title, header.byline, header.consumed) == (
        KICKER,
        TITLE,
        NAMES,
        3,
    )
    assert header.warnings == ()


def test_no_kicker() -> None:
    header = read_header([TITLE, BYLINE, BODY])
    assert (header.kicker, header.title, header.byline, header.consumed) == (None, TITLE, NAMES, 2)


def test_no_byline() -> None:
    header = read_header([KICKER, TITLE, BODY])
    assert (header.kicker, header.title, header.byline, header.consumed) == (KICKER, TITLE, (), 2)


def test_title_only() -> None:
    header = read_header([TITLE, BODY, BODY])
    assert (header.kicker, header.title, header.byline, header.consumed) == (None, TITLE, (), 1)


def test_name_like_title_is_a_title_not_a_byline() -> None:
    header = read_header(["春到 衡阳", BYLINE, BODY])
    assert (header.title, header.byline) == ("春到 衡阳", NAMES)


def test_name_like_title_after_a_kicker() -> None:
    header = read_header([KICKER, "春到 衡阳", BYLINE, BODY])
    assert (header.kicker, header.title, header.byline) == (KICKER, "春到 衡阳", NAMES)


def test_byline_on_two_lines_with_affiliations() -> None:
    header = read_header([TITLE, "本报记者 李苗 徐德荣", "通讯员 唐曦", BODY])
    assert (header.title, header.byline, header.consumed) == (TITLE, ("李苗", "徐德荣", "唐曦"), 3)


def test_marked_byline_before_any_title() -> None:
    header = read_header(["本报记者 张三", BODY])
    assert (header.title, header.byline, header.consumed) == ("", ("张三",), 1)
    assert header.warnings == ("no title found at the top of the text",)


def test_subtitle_is_kept_with_the_title() -> None:
    header = read_header([TITLE, "——写在衡阳市第十二次党代会召开之际", BYLINE, BODY])
    assert header.title == TITLE + "——写在衡阳市第十二次党代会召开之际"
    assert header.kicker is None


def test_no_header_at_all() -> None:
    header = read_header([BODY, BODY])
    assert (header.title, header.kicker, header.byline, header.consumed) == ("", None, (), 0)
    assert header.warnings


def test_caption_first_is_not_a_title() -> None:
    header = read_header(["▲南岳衡山祝融峰。 罗盟摄", BODY])
    assert header.consumed == 0


def test_ambiguous_byline_spacing_is_warned() -> None:
    header = read_header([TITLE, "李 苗 唐", BODY])
    assert header.byline == ("李苗唐",)
    assert header.warnings and "ambiguous" in header.warnings[0]


def test_empty() -> None:
    header = read_header([])
    assert (header.title, header.consumed) == ("", 0)
