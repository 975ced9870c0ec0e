"""Things that look like credits but are not: they must stay caption text."""

from __future__ import annotations

import pytest

from photoarchive.captions import NO_CREDIT, parse_credit, split_caption_credit

NOT_CREDITS = [
    "零下20摄氏度",
    "（3月17日摄）",
    "3月17日摄",
    "（无人机照片）",
    "（资料图片）",  # glued to the sentence before it, see the split tests below
    "摄影爱好者在拍摄",
    "他们正在拍摄",
    "摄像头",
    "摄",
    "供图",
    "记者",
    "本报记者 摄",
    "新华社",
    "南岳衡山祝融峰罗盟摄影",
]


@pytest.mark.parametrize("text", [t for t in NOT_CREDITS if t != "（资料图片）"])
def test_parse_credit_rejects(text: str) -> None:
    assert parse_credit(text) is None


@pytest.mark.parametrize(
    "caption",
    [
        "当天，南岳衡山气温降至零下20摄氏度。",
        "图为衡阳智造谷项目局部图。（3月17日摄）",
        "这是衡阳县的油菜花田（无人机照片）",
        "这是2019年的南岳衡山（资料图片）",
        "图为一名摄影爱好者在拍摄",
        "图为南岳衡山祝融峰上的游客正在拍摄",
        "路口新装了摄像头",
        "衡山资料图片",
        "这是一名游客在3月17日摄",
    ],
)
def test_split_keeps_them_in_the_caption(caption: str) -> None:
    assert split_caption_credit(caption) == (caption, NO_CREDIT)


def test_file_picture_after_a_full_stop_is_a_credit() -> None:
    text, credit = split_caption_credit("这是2019年的南岳衡山。（资料图片）")
    assert text == "这是2019年的南岳衡山。"
    assert credit.as_printed == "（资料图片）"
    assert credit.role == "file"


def test_shooting_date_before_a_real_credit_stays_in_the_caption() -> None:
    text, credit = split_caption_credit("衡阳县的油菜花田（3月17日摄）。 罗盟摄")
    assert text == "衡阳县的油菜花田（3月17日摄）。"
    assert credit.as_printed == "罗盟摄"
