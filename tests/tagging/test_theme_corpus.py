"""The labelled corpus the classifier ships with: real, split by page, and trained on."""

from __future__ import annotations

from collections import Counter

import pytest

from photoarchive.services.theme_classifier import shipped_classifier_path
from photoarchive.tagging import load_default_vocabulary
from photoarchive.tagging.classifier import ThemeClassifier
from photoarchive.tagging.corpus import held_out, heldout_items, training_items

MIN_ZH = 3000
MIN_EN = 1000


@pytest.fixture(scope="module")
def corpus():
    return training_items(), heldout_items()


def test_the_corpus_is_as_large_as_promised(corpus) -> None:
    train, heldout = corpus
    languages = Counter(i.language for i in train + heldout)
    assert languages["zh"] >= MIN_ZH and languages["en"] >= MIN_EN


def test_pages_are_held_out_by_their_address_and_never_split(corpus) -> None:
    train, heldout = corpus
    assert not any(held_out(i.url) for i in train)
    assert all(held_out(i.url) for i in heldout)
    assert not {i.url for i in train} & {i.url for i in heldout}
    assert not {i.text for i in train} & {i.text for i in heldout}


def test_every_item_has_a_source_and_known_themes(corpus) -> None:
    keys = {t.key for t in load_default_vocabulary().active()}
    for item in corpus[0] + corpus[1]:
        assert item.url.startswith("http"), item.text
        assert item.themes and set(item.themes) <= keys, item.text
        assert len(item.themes) == len(set(item.themes)) <= 2


def test_every_theme_has_examples_in_both_languages(corpus) -> None:
    seen = Counter((i.language, i.themes[0]) for i in corpus[0])
    for theme in load_default_vocabulary().active():
        assert seen["zh", theme.key] >= 50, theme.key
        assert seen["en", theme.key] >= 20, theme.key


def test_the_shipped_classifier_was_trained_on_this_corpus(corpus) -> None:
    # Filing new captions without rebuilding (scripts/build_theme_classifier.py) fails here.
    assert ThemeClassifier.load(shipped_classifier_path()).trained_on == len(corpus[0])
