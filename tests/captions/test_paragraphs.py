"""Each paragraph classified on its own signals, wherever the page put it."""

from __future__ import annotations

from photoarchive.captions.paragraphs import Kind, classify

BODY = "金秋时节，衡阳各地稻谷飘香，农民抢抓晴好天气收割晚稻，田间地头一派繁忙景象，" * 6 + "。"


def kinds(units: list[str]) -> list[str]:
    return [str(d.kind) for d in classify(units)]


def test_a_credit_on_its_own_line_closes_the_caption_above() -> None:
    decisions = classify(["图为南岳衡山祝融峰。", "罗 铭 摄", "图为衡阳县。 易建军 摄"])
    assert [d.kind for d in decisions] == [Kind.CAPTION, Kind.CREDIT, Kind.CAPTION]
    assert decisions[0].caption_text == "图为南岳衡山祝融峰。"
    assert [c.name for c in decisions[0].credit.contributors] == ["罗铭"]


def test_a_credit_with_nothing_above_it_is_the_page_credit() -> None:
    assert kinds(["罗盟摄", BODY]) == ["page credit", "body"]


def test_paragraphs_back_to_a_photo_heading_are_one_caption() -> None:
    units = [
        "广东鹤山：隔朗村的舞火龙",
        "9月18日，火龙开始环村巡游。",
        "当地每年都会舞火龙。",
        "新华社发（黄继明摄）",
    ]
    decisions = classify(units)
    assert [d.kind for d in decisions] == [
        Kind.HEADING,
        Kind.CAPTION,
        Kind.CAPTION_PART,
        Kind.CREDIT,
    ]
    assert decisions[1].caption_text == "9月18日，火龙开始环村巡游。\n当地每年都会舞火龙。"
    assert decisions[1].credit.role == "agency"


def test_short_lines_above_a_credit_line_are_a_photo_story_with_a_page_credit() -> None:
    units = [
        BODY,
        "部队行军途中。",
        "官兵围着火堆载歌载舞。",
        "官兵在休息时间踢足球。",
        "新京报记者 陶冉 摄影报道",
    ]
    decisions = classify(units)
    assert [d.kind for d in decisions] == [Kind.BODY] + [Kind.CAPTION] * 3 + [Kind.PAGE_CREDIT]
    assert all(d.credit.as_printed == "新京报记者 陶冉 摄影报道" for d in decisions[1:4])


def test_marked_captions_take_the_page_credit_printed_after_the_body() -> None:
    units = ["↑ 两名工人在搭设护栏。", "→ 绿化养护工人正在除草。", BODY, "(薛敏/文 张轶伦/摄)"]
    decisions = classify(units)
    assert [d.kind for d in decisions] == [Kind.CAPTION, Kind.CAPTION, Kind.BODY, Kind.PAGE_CREDIT]
    assert decisions[0].caption_text == "两名工人在搭设护栏。"
    assert decisions[0].credit.as_printed == "张轶伦/摄"


def test_page_furniture_is_neither_body_nor_caption() -> None:
    assert kinds(["来源:新华网", "责任编辑：张三", "新华网 > 时政 > 正文", BODY]) == [
        "ignored",
        "ignored",
        "ignored",
        "body",
    ]
