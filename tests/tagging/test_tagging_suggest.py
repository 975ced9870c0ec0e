"""Suggestions from trigger words: ranking, explanations, exclusions, custom and retired themes."""

from __future__ import annotations

import pytest

from photoarchive.tagging import Theme, ThemeSuggestion, Vocabulary, suggest


def keys(suggestions: list[ThemeSuggestion]) -> list[str]:
    return [s.key for s in suggestions]


def test_the_picture_sentence_outweighs_the_context(vocabulary: Vocabulary) -> None:
    farm_pictured = suggest("当地有一家钢铁厂。图为村里的稻田。", vocabulary)
    mill_pictured = suggest("当地有一片稻田。图为村里的钢铁厂。", vocabulary)
    assert keys(farm_pictured) == ["agriculture", "industry"]
    assert keys(mill_pictured) == ["industry", "agriculture"]
    assert farm_pictured[0].score == mill_pictured[0].score > farm_pictured[1].score


def test_without_tu_wei_the_last_sentence_is_weighed_as_the_picture(vocabulary: Vocabulary) -> None:
    assert keys(suggest("当地有一家钢铁厂。村里的稻田一片金黄。", vocabulary))[0] == "agriculture"
    assert keys(suggest("村里的稻田一片金黄。当地有一家钢铁厂。", vocabulary))[0] == "industry"


def test_equal_scores_prefer_broader_evidence(vocabulary: Vocabulary) -> None:
    # Two economy words in the context weigh as much as one agriculture word pictured.
    suggestions = suggest("当地开了商场和超市。图为稻田。", vocabulary)
    assert suggestions[0].score == suggestions[1].score
    assert keys(suggestions) == ["economy", "agriculture"]
    assert suggestions[0].because == ("商场", "超市")


def test_a_word_counts_once_at_its_heaviest_place(vocabulary: Vocabulary) -> None:
    once = suggest("图为稻田。", vocabulary)
    twice = suggest("稻田连片。图为稻田。", vocabulary)
    assert once[0].score == twice[0].score
    assert twice[0].because == ("稻田",)


def test_suggestions_explain_themselves(vocabulary: Vocabulary) -> None:
    (top, *_) = suggest("衡阳县大力发展油茶产业。图为村民正在采摘油茶果。", vocabulary)
    assert (top.key, top.label_zh, top.label_en) == ("agriculture", "农业", "Agriculture")
    assert top.because[0] == "油茶"
    assert 0.0 < top.score <= 1.0


# Position -> themes a person would accept as the top suggestion for the real sample captions.
SAMPLE_TOP = {
    1: {"technology", "industry"},  # 智造谷: 智能制造, 工业互联网, 灯塔工厂
    2: {"culture"},  # a children's choir on stage (the context is education and welfare)
    3: {"industry"},  # 变压器, 输变电产业
    4: {"agriculture"},  # 杂交水稻, 粮食丰收
    5: {"society"},  # rural toilet reform
    6: {"economy", "technology"},  # digital economy corridor
    7: {"tourism"},  # 文旅, 南岳衡山
}


@pytest.mark.parametrize("position", sorted(SAMPLE_TOP))
def test_sample_feature_top_themes(
    vocabulary: Vocabulary, sample_captions: dict[int, str], position: int
) -> None:
    suggestions = suggest(sample_captions[position], vocabulary)
    assert suggestions[0].key in SAMPLE_TOP[position]
    assert suggestions[0].because


def test_sample_feature_details(vocabulary: Vocabulary, sample_captions: dict[int, str]) -> None:
    assert keys(suggest(sample_captions[4], vocabulary))[0] == "agriculture"
    assert keys(suggest(sample_captions[3], vocabulary))[0] == "industry"
    assert "education" in keys(suggest(sample_captions[2], vocabulary))
    assert keys(suggest(sample_captions[1], vocabulary))[0] != "tourism"  # 工业旅游景点 is an aside
    assert "environment" not in keys(suggest(sample_captions[5], vocabulary))  # 人居环境 is society


def test_rejected_and_excluded_themes_are_not_suggested(
    vocabulary: Vocabulary, sample_captions: dict[int, str]
) -> None:
    caption = sample_captions[4]
    assert "agriculture" in keys(suggest(caption, vocabulary))
    remaining = suggest(caption, vocabulary, exclude={"agriculture"})
    assert "agriculture" not in keys(remaining)
    assert remaining == [s for s in suggest(caption, vocabulary) if s.key != "agriculture"]


def test_retired_themes_are_never_suggested(
    vocabulary: Vocabulary, sample_captions: dict[int, str]
) -> None:
    retired = vocabulary.merged_with([Theme("agriculture", "Agriculture", "农业", retired=True)])
    for caption in sample_captions.values():
        assert "agriculture" not in keys(suggest(caption, retired, limit=10))


def test_custom_themes_and_words_are_suggested(vocabulary: Vocabulary) -> None:
    caption = "图为防汛队员在江边加固堤防，广场舞队伍在一旁加油。"
    assert "flood-relief" not in keys(suggest(caption, vocabulary))
    merged = vocabulary.merged_with(
        [
            Theme("flood-relief", "Flood relief", "防汛抗洪", triggers_zh=("防汛", "堤防")),
            Theme("sports", "Sports", "体育", triggers_zh=("广场舞",)),
        ]
    )
    suggestions = {s.key: s for s in suggest(caption, merged)}
    assert suggestions["flood-relief"].because == ("防汛", "堤防")
    assert suggestions["flood-relief"].label_zh == "防汛抗洪"
    assert suggestions["sports"].because == ("广场舞",)


def test_a_renamed_theme_keeps_its_key(vocabulary: Vocabulary) -> None:
    renamed = vocabulary.merged_with([Theme("agriculture", "Farming", "三农")])
    (top, *_) = suggest("图为农民在田间收割水稻。", renamed)
    assert (top.key, top.label_en, top.label_zh) == ("agriculture", "Farming", "三农")


def test_limit_and_minimum_score(vocabulary: Vocabulary, sample_captions: dict[int, str]) -> None:
    caption = sample_captions[1]
    assert len(suggest(caption, vocabulary, limit=1)) == 1
    assert suggest(caption, vocabulary, limit=0) == []
    everything = suggest(caption, vocabulary, limit=20, min_score=0.0)
    assert len(everything) > 3
    assert [s.score for s in everything] == sorted((s.score for s in everything), reverse=True)
    assert suggest(caption, vocabulary, min_score=1.01) == []


def test_captions_without_theme_words_get_nothing(vocabulary: Vocabulary) -> None:
    assert suggest("", vocabulary) == []
    assert suggest("图为2023年10月1日。", vocabulary) == []
