"""Units of text: blank lines, hard wraps, split paragraphs, lone credits."""

from __future__ import annotations

from photoarchive.captions.structure import (
    block_units,
    ends_open,
    join_text,
    split_blocks,
    split_lines,
    text_units,
)


def test_lines_are_normalised_and_keep_their_inner_spacing_as_printed() -> None:
    raw = "\ufeff  衡阳\u200b  市 \r\n\r\n\u3000\u3000第一段。\r第二段。"
    assert split_lines(raw) == ["衡阳  市", "", "第一段。", "第二段。"]


def test_blocks_are_separated_by_blank_lines() -> None:
    assert split_blocks(["", "a", "b", "", "", "c", ""]) == [["a", "b"], ["c"]]


def test_hard_wrapped_kicker_is_joined_without_spaces() -> None:
    block = [
        "强创新、强开放、强集聚，不断加快区域",
        "中心化进程，看衡阳阔步迈向国家区域重点",
        "城市和省域副中心城市——",
    ]
    assert block_units(block) == [
        "强创新、强开放、强集聚，不断加快区域中心化进程，看衡阳阔步迈向国家区域重点城市和省域副中心城市——"
    ]


def test_a_short_line_is_not_a_hard_wrap() -> None:
    # one paragraph per line, no blank lines: the short title must not swallow the body
    block = ["春到衡阳", "又是一年金秋季，雁城大地硕果丰，衡阳市第十二次党代会开幕。"]
    assert block_units(block) == block


def test_lines_ending_a_sentence_end_a_unit() -> None:
    block = ["第一段到此为止。", "第二段到此为止。"]
    assert block_units(block) == block


def test_a_byline_line_is_never_swallowed() -> None:
    block = ["衡阳阔步迈向新征程", "李 苗 徐德荣"]
    assert block_units(block) == block


def test_latin_hard_wraps_join_with_a_space() -> None:
    assert block_units(["Farmers harvest rice in", "Hengyang."]) == [
        "Farmers harvest rice in Hengyang."
    ]


def test_paragraph_split_across_a_blank_line_is_rejoined() -> None:
    units = [
        "过去五年，饱含着衡阳市委专注发展不",
        "摇的执着，诠释了改革攻坚克难的精神。",
        "一切华章，皆为序曲。",
    ]
    assert text_units("\n\n".join(units)) == [
        "过去五年，饱含着衡阳市委专注发展不摇的执着，诠释了改革攻坚克难的精神。",
        "一切华章，皆为序曲。",
    ]


def test_a_comma_ending_continues_too() -> None:
    assert text_units("强创新——坚持创新首位战略，\n\n以科技创新为引领。") == [
        "强创新——坚持创新首位战略，以科技创新为引领。"
    ]


def test_units_ending_in_a_credit_are_closed() -> None:
    units = ["图为衡阳智造谷项目局部图。 罗盟摄", "衡阳市高度重视教育扶贫工作。"]
    assert text_units("\n\n".join(units)) == units


def test_a_marker_starts_a_new_unit() -> None:
    units = ["衡阳市高度重视教育扶贫工作", "▲衡阳智造谷项目局部图。"]
    assert text_units("\n\n".join(units)) == units


def test_ends_open() -> None:
    assert ends_open("专注发展不")
    assert ends_open("坚持创新首位战略，")
    assert not ends_open("皆为序曲。")
    assert not ends_open("城市——")
    assert not ends_open("推进“三强一化”")
    assert not ends_open("")


def test_join_text() -> None:
    assert join_text("发展不", "摇的执着") == "发展不摇的执着"
    assert join_text("harvest", "rice") == "harvest rice"
    assert join_text("", "x") == "x"


def test_text_units_of_a_small_feature() -> None:
    text = "\n\n引题第一行，\n引题第二行——\n\n标题\n\n正文。\n"
    assert text_units(text) == ["引题第一行，引题第二行——", "标题", "正文。"]
