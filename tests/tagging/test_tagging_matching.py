"""Reading captions: sentences, the picture part, and longest-match trigger words."""

from __future__ import annotations

from photoarchive.tagging import Theme, Vocabulary
from photoarchive.tagging.matching import (
    caption_parts,
    find_matches,
    split_sentences,
    trigger_index,
)


def themes_of(text: str, vocabulary: Vocabulary) -> list[tuple[str, tuple[str, ...]]]:
    """(word, theme keys) for every match in text."""
    return [
        (m.word, tuple(k for k, _ in m.themes))
        for m in find_matches(text, trigger_index(vocabulary))
    ]


def test_sentences_split_on_chinese_and_english_ends_but_not_decimals() -> None:
    text = "工业增加值同比增长8.6%。图为车间！Workers rest. Done?"
    assert split_sentences(text) == [
        "工业增加值同比增长8.6%。",
        "图为车间！",
        "Workers rest.",
        "Done?",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "他说：“我们要把湘江保护好。”图为江边的志愿者。"
    assert split_sentences(text) == ["他说：“我们要把湘江保护好。”", "图为江边的志愿者。"]
    assert caption_parts(text).picture == ("图为江边的志愿者。",)


def test_semicolons_do_not_end_the_picture_sentence() -> None:
    parts = caption_parts("图为衡阳港码头；货轮正在装卸集装箱。")
    assert parts.picture == ("图为衡阳港码头；货轮正在装卸集装箱。",)


def test_picture_part_starts_at_tu_wei() -> None:
    parts = caption_parts("衡阳市推进工业发展。图为车间内景。右为质检员。")
    assert parts.context == ("衡阳市推进工业发展。",)
    assert parts.picture == ("图为车间内景。", "右为质检员。")


def test_without_tu_wei_the_last_sentence_is_the_picture() -> None:
    parts = caption_parts("衡阳市推进工业发展。工人在车间内工作。")
    assert parts.picture == ("工人在车间内工作。",)
    assert parts.context == ("衡阳市推进工业发展。",)
    assert caption_parts("工人在车间内工作").picture == ("工人在车间内工作",)
    assert caption_parts("  ") == caption_parts("")


def test_longest_match_wins(vocabulary: Vocabulary) -> None:
    assert themes_of("大力发展工业旅游", vocabulary) == [("工业旅游", ("tourism",))]
    assert themes_of("依托农业科技示范园", vocabulary) == [("农业科技", ("agriculture",))]
    assert themes_of("推进工业互联网应用", vocabulary) == [("工业互联网", ("technology",))]
    assert themes_of("优化营商环境", vocabulary) == [("营商环境", ("economy",))]
    assert themes_of("整治农村人居环境", vocabulary) == [("农村人居环境", ("society",))]


def test_shorter_words_count_where_no_longer_word_covers_them(vocabulary: Vocabulary) -> None:
    assert themes_of("工业和旅游", vocabulary) == [("工业", ("industry",)), ("旅游", ("tourism",))]


def test_touching_words_of_one_theme_are_one_term(vocabulary: Vocabulary) -> None:
    assert themes_of("工业旅游景点", vocabulary) == [("工业旅游景点", ("tourism",))]


def test_neutral_words_hide_the_triggers_inside_them(vocabulary: Vocabulary) -> None:
    assert themes_of("技术人员在调试", vocabulary) == [("技术人员", ())]
    assert themes_of("掌握新技术", vocabulary) == [("技术", ("technology",))]


def test_english_words_match_whole_words_and_plurals(vocabulary: Vocabulary) -> None:
    assert themes_of("Farmers harvest rice", vocabulary) == [
        ("Farmers", ("agriculture",)),
        ("harvest", ("agriculture",)),
        ("rice", ("agriculture",)),
    ]
    assert themes_of("a start-up price", vocabulary) == []  # not art, not rice
    assert themes_of("new 5G基站", vocabulary) == [("5G", ("technology",))]


def test_retired_themes_are_not_indexed(vocabulary: Vocabulary) -> None:
    retired = vocabulary.merged_with([Theme("agriculture", "Agriculture", "农业", retired=True)])
    assert themes_of("杂交水稻", retired) == []
    assert themes_of("杂交水稻", vocabulary) == [("杂交水稻", ("agriculture",))]
