"""Several captions run into one line by a web copy (udn's typhoon gallery, features/)."""

from __future__ import annotations

from photoarchive.captions import parse_feature
from photoarchive.captions.glued_captions import split_glued_captions

# As printed by udn (zh-hant-udn-typhoon-podul-kaohsiung.txt), shortened to two pictures.
LINE = (
    "大豪雨地區：高雄市、屏東縣、花蓮縣、台東縣。 中颱楊柳侵襲南台灣，許多民眾選擇在家中避颱風，"
    "不過還是有工作人員守在工地。記者劉學聖／攝影 中颱楊柳侵襲南台灣，岸邊的風浪一波一波。"
    "記者劉學聖／攝影"
)


def test_each_credited_caption_is_a_unit_and_the_body_sentence_goes_apart() -> None:
    assert split_glued_captions([LINE]) == [
        "大豪雨地區：高雄市、屏東縣、花蓮縣、台東縣。",
        "中颱楊柳侵襲南台灣，許多民眾選擇在家中避颱風，不過還是有工作人員守在工地。記者劉學聖／攝影",
        "中颱楊柳侵襲南台灣，岸邊的風浪一波一波。記者劉學聖／攝影",
    ]


def test_the_captions_come_out_with_their_credits() -> None:
    parsed = parse_feature("颱風侵襲南台灣\n\n" + LINE)
    assert [c.text for c in parsed.captions] == [
        "中颱楊柳侵襲南台灣，許多民眾選擇在家中避颱風，不過還是有工作人員守在工地。",
        "中颱楊柳侵襲南台灣，岸邊的風浪一波一波。",
    ]
    assert {c.credit.contributors[0].name for c in parsed.captions} == {"劉學聖"}


def test_a_space_inside_one_credit_cuts_nothing() -> None:
    unit = "全面确保了群众秋粮顺利归仓。本版照片均为 刘静 摄"
    assert split_glued_captions([unit]) == [unit]


def test_one_credited_caption_with_a_space_stays_whole() -> None:
    unit = "市民在公园赏花 游客络绎不绝。新华社记者 张三 摄"
    assert split_glued_captions([unit]) == [unit]
