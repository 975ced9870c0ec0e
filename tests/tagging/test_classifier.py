"""The shipped theme classifier: features, calibrated chances, reasons, storage, training."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from photoarchive.services.theme_classifier import shipped_classifier_path
from photoarchive.tagging import load_default_vocabulary, suggest
from photoarchive.tagging.classifier import (
    ClassifierError,
    ThemeClassifier,
    caption_grams,
    train,
)

MAX_SHIPPED_BYTES = 20_000_000


@pytest.fixture(scope="module")
def shipped() -> ThemeClassifier:
    return ThemeClassifier.load(shipped_classifier_path())


def test_traditional_and_simplified_captions_share_their_features() -> None:
    simple = {g.key for g in caption_grams("农民在稻田里收割水稻")}
    traditional = {g.key for g in caption_grams("農民在稻田裡收割水稻")}
    assert "z:稻田" in simple and simple == traditional


def test_english_words_are_stemmed_and_paired() -> None:
    keys = {g.key for g in caption_grams("Farmers harvest rice in the fields.")}
    assert {"e:farmer", "e:harvest", "e:field", "e:farmer harvest"} <= keys
    assert "e:the" not in keys


def test_the_shipped_classifier_is_small_and_knows_every_theme(shipped) -> None:
    assert shipped_classifier_path().stat().st_size < MAX_SHIPPED_BYTES
    assert set(shipped.keys) == {t.key for t in load_default_vocabulary().active()}


@pytest.mark.parametrize(
    ("caption", "theme"),
    [
        ("9月27日，在凤阳县小岗村，农民驾驶收割机收割水稻（无人机照片）。", "agriculture"),
        ("遊客在阿里山森林遊樂區欣賞櫻花，園區湧入大批賞花人潮。", "tourism"),
        ("Players of Japan celebrate after scoring a goal during the World Cup match.", "sports"),
        ("Nurses prepare doses of a vaccine at a hospital in Manila.", "health"),
    ],
)
def test_real_captions_get_their_theme_first(shipped, caption: str, theme: str) -> None:
    chances = shipped.probabilities(caption)
    assert max(chances, key=chances.get) == theme
    assert min(chances.values()) >= 0.0 and max(chances.values()) <= 1.0


def test_reasons_are_words_of_the_caption_as_printed(shipped) -> None:
    caption = "農民在稻田裡收割水稻，今年糧食喜獲豐收。"
    because = shipped.because(caption, "agriculture")
    assert because and all(word in caption for word in because)  # traditional stays traditional
    assert all(len(word) > 1 for word in because)  # words, not single characters


def test_a_caption_of_nothing_gets_no_confident_theme(shipped) -> None:
    vocabulary = load_default_vocabulary()
    assert suggest("。", vocabulary, classifier=shipped) == []
    assert suggest("", vocabulary, classifier=shipped) == []


def test_suggestions_blend_the_classifier_with_trigger_words(shipped) -> None:
    vocabulary = load_default_vocabulary()
    caption = "图为衡阳县库宗桥镇华山村粮食丰收场景。"
    found = suggest(caption, vocabulary, classifier=shipped)
    assert found[0].key == "agriculture"
    assert "粮食丰收" in found[0].because  # the trigger word still explains it
    assert len(found) <= 3 and all(0 < s.score <= 1 for s in found)


def test_save_and_load_keep_every_chance(tmp_path: Path, shipped) -> None:
    path = tmp_path / "copy.npz"
    shipped.save(path)
    again = ThemeClassifier.load(path)
    caption = "The new bridge opened to traffic on Monday."
    a, b = shipped.probabilities(caption), again.probabilities(caption)
    assert a.keys() == b.keys()
    assert np.allclose(list(a.values()), list(b.values()), atol=1e-3)


def test_a_damaged_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.npz"
    path.write_bytes(b"not a classifier")
    with pytest.raises(ClassifierError) as err:
        ThemeClassifier.load(path)
    assert "themes train" in err.value.hint


def test_training_learns_from_a_small_labelled_set() -> None:
    texts = [f"农民在田里收割水稻{i}号" for i in range(8)] + [
        f"运动员在体育馆打篮球比赛{i}场" for i in range(8)
    ]
    labels = [["agriculture"]] * 8 + [["sports"]] * 8
    model = train(texts, labels)
    assert model.keys == ("agriculture", "sports")
    chances = model.probabilities("农民收割水稻")
    assert chances["agriculture"] > chances["sports"]
    assert model.trained_on == 16


def test_place_names_are_no_features_but_common_words_with_their_endings_are() -> None:
    keys = {g.key for g in caption_grams("衡阳市推进农村改厕，凤阳县小岗村建设城市超市。")}
    assert not {"z:衡阳市", "z:衡阳", "z:凤阳县", "z:小岗村"} & keys
    assert {"z:农村", "z:城市", "z:超市", "z:改厕"} <= keys
