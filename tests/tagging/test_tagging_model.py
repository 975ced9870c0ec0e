"""The per-library learned model: learning a new theme, rejections, serialisation."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from photoarchive.tagging import ModelFormatError, Theme, ThemeModel, Vocabulary, suggest
from photoarchive.tagging.evaluation import load_labelled

FLOOD = Theme("flood-relief", "Flood relief", "防汛抗洪")  # an archive's own theme, no words


@pytest.fixture(scope="module")
def background(labelled_path: Path) -> list[tuple[str, str, bool]]:
    """The archivist's other decisions: every labelled caption with its themes accepted."""
    return [
        (item.caption, key, True) for item in load_labelled(labelled_path) for key in item.themes
    ]


@pytest.fixture(scope="module")
def flood_model(background: list, learning_captions: dict) -> ThemeModel:
    tagged = [(caption, FLOOD.key, True) for caption in learning_captions["flood_relief"]["train"]]
    return ThemeModel.train(background + tagged)


def suggested(caption: str, vocabulary: Vocabulary, model: ThemeModel | None) -> dict:
    return {s.key: s for s in suggest(caption, vocabulary, model=model)}


def test_a_new_theme_is_learned_from_a_dozen_tagged_captions(
    vocabulary: Vocabulary, flood_model: ThemeModel, learning_captions: dict
) -> None:
    merged = vocabulary.merged_with([FLOOD])
    for caption in learning_captions["flood_relief"]["similar"]:
        assert FLOOD.key not in suggested(caption, merged, None)  # no trigger words to find it
        flood = suggested(caption, merged, flood_model)[FLOOD.key]
        assert flood.label_zh == "防汛抗洪"
        assert flood.because  # learned words, e.g. 水位, 抢险, 洪水
        assert all(word in caption for word in flood.because)
    for caption in learning_captions["flood_relief"]["unrelated"]:
        assert FLOOD.key not in suggested(caption, merged, flood_model)


def test_learned_scores_rank_similar_above_unrelated(
    flood_model: ThemeModel, learning_captions: dict
) -> None:
    similar = [
        flood_model.score(c)[FLOOD.key] for c in learning_captions["flood_relief"]["similar"]
    ]
    unrelated = [
        flood_model.score(c)[FLOOD.key] for c in learning_captions["flood_relief"]["unrelated"]
    ]
    assert min(s.score for s in similar) > max(u.score for u in unrelated)
    score, because = similar[0]  # a plain (score, because) pair
    assert 0.0 < score < 1.0 and because


def test_the_model_never_suggests_themes_missing_from_the_vocabulary(
    vocabulary: Vocabulary, flood_model: ThemeModel, learning_captions: dict
) -> None:
    caption = learning_captions["flood_relief"]["similar"][0]
    assert FLOOD.key not in suggested(caption, vocabulary, flood_model)


def test_a_retired_theme_is_not_suggested_even_when_learned(
    vocabulary: Vocabulary, flood_model: ThemeModel, learning_captions: dict
) -> None:
    retired = vocabulary.merged_with(
        [Theme(FLOOD.key, FLOOD.label_en, FLOOD.label_zh, retired=True)]
    )
    for caption in learning_captions["flood_relief"]["similar"]:
        assert FLOOD.key not in suggested(caption, retired, flood_model)


def test_rejected_suggestions_teach_the_model(
    vocabulary: Vocabulary, background: list, learning_captions: dict
) -> None:
    reuse = learning_captions["factory_reuse"]
    decisions = list(background)
    for caption in reuse["train"]:
        assert "industry" in suggested(caption, vocabulary, None)  # 厂房 / 车间 trigger it
        decisions += [(caption, "tourism", True), (caption, "industry", False)]
    model = ThemeModel.train(decisions)
    before = suggested(reuse["new"], vocabulary, None)
    after = suggested(reuse["new"], vocabulary, model)
    assert "industry" in before and "industry" not in after
    assert after["tourism"].score > before["tourism"].score
    assert model.decisions("industry")[1] == len(reuse["train"])


def test_the_model_abstains_until_it_has_enough_decisions(
    vocabulary: Vocabulary, learning_captions: dict
) -> None:
    few = [(c, FLOOD.key, True) for c in learning_captions["flood_relief"]["train"][:5]]
    model = ThemeModel.train(few)
    assert model.theme_keys == frozenset()
    caption = learning_captions["flood_relief"]["similar"][0]
    merged = vocabulary.merged_with([FLOOD])
    assert suggest(caption, merged, model=model) == suggest(caption, merged)


def test_serialisation_round_trip(flood_model: ThemeModel, learning_captions: dict) -> None:
    captions = (
        learning_captions["flood_relief"]["similar"]
        + learning_captions["flood_relief"]["unrelated"]
    )
    for restored in (
        ThemeModel.from_json(flood_model.to_json()),
        ThemeModel.from_bytes(flood_model.to_bytes()),
    ):
        assert restored.theme_keys == flood_model.theme_keys
        assert restored.to_json() == flood_model.to_json()
        for caption in captions:
            assert restored.score(caption) == flood_model.score(caption)


def test_serialisation_does_not_depend_on_example_order(background: list) -> None:
    shuffled = list(background)
    random.Random(7).shuffle(shuffled)
    assert ThemeModel.train(shuffled).to_json() == ThemeModel.train(background).to_json()


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "[]",
        '{"format": "something-else", "version": 1}',
        '{"format": "photoarchive.theme-model", "version": 99}',
        '{"format": "photoarchive.theme-model", "version": 1, "doc_count": 3}',
    ],
)
def test_unreadable_models_raise_a_clear_error(stored: str) -> None:
    with pytest.raises(ModelFormatError, match="cannot be read") as caught:
        ThemeModel.from_json(stored)
    assert "rebuilt" in str(caught.value)


def test_non_utf8_bytes_raise_a_clear_error() -> None:
    with pytest.raises(ModelFormatError, match="UTF-8"):
        ThemeModel.from_bytes(b"\xff\xfe\x00")


def test_identical_captions_are_one_document_and_acceptance_stands() -> None:
    caption = "图为抢险队员在堤坝上扛运沙袋。"
    model = ThemeModel.train(
        [(caption, "floods", False), (caption, "floods", True), (caption, "floods", True)]
    )
    assert model.decisions("floods") == (1, 0)


def test_the_archives_own_theme_is_still_learned_beside_the_shipped_classifier(
    vocabulary: Vocabulary, flood_model: ThemeModel, learning_captions: dict
) -> None:
    from photoarchive.services.theme_classifier import shipped_classifier_path
    from photoarchive.tagging.classifier import ThemeClassifier

    shipped = ThemeClassifier.load(shipped_classifier_path())
    merged = vocabulary.merged_with([FLOOD])
    for caption in learning_captions["flood_relief"]["similar"]:
        found = {s.key: s for s in suggest(caption, merged, model=flood_model, classifier=shipped)}
        assert FLOOD.key in found, caption  # the classifier knows nothing of it, yet it shows
        assert all(word in caption for word in found[FLOOD.key].because)
    for caption in learning_captions["flood_relief"]["unrelated"]:
        assert FLOOD.key not in {
            s.key for s in suggest(caption, merged, model=flood_model, classifier=shipped)
        }
