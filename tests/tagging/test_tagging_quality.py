"""Suggestion quality on the labelled caption set must not slide below what was measured.

Measured when the set was written (benchmarks/bench_tagging_quality.py): trigger words alone
97.6% top-suggestion precision, 91.1% recall; with the learned model trained leave-one-out
97.6% and 89.3%, and 84.7% of all suggestions right (81.0% without it). The floors sit a few
points below, so a change that costs more than two or three captions fails.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from photoarchive.tagging import Vocabulary
from photoarchive.tagging.evaluation import (
    LabelledCaption,
    evaluate,
    leave_one_out_suggester,
    load_labelled,
    trigger_suggester,
)


@pytest.fixture(scope="module")
def labelled(labelled_path: Path) -> list[LabelledCaption]:
    return load_labelled(labelled_path)


def test_the_labelled_set_is_broad_enough(
    labelled: list[LabelledCaption], vocabulary: Vocabulary
) -> None:
    assert len(labelled) >= 60
    assert len({item.id for item in labelled}) == len(labelled)
    main_themes = Counter(item.themes[0] for item in labelled)
    assert set(main_themes) == {t.key for t in vocabulary.active()}
    assert min(main_themes.values()) >= 5
    assert all(key in vocabulary for item in labelled for key in item.themes)


def test_trigger_word_quality_floor(
    labelled: list[LabelledCaption], vocabulary: Vocabulary
) -> None:
    report = evaluate(labelled, trigger_suggester(vocabulary))
    assert report.top_precision >= 0.94
    assert report.recall >= 0.87


def test_learned_model_quality_floor(
    labelled: list[LabelledCaption], vocabulary: Vocabulary
) -> None:
    report = evaluate(labelled, leave_one_out_suggester(labelled, vocabulary))
    assert report.top_precision >= 0.94
    assert report.recall >= 0.85
    assert report.precision_all >= 0.80


@pytest.mark.parametrize("trap", ["tou-02", "agr-03", "eco-03", "soc-03", "pol-03"])
def test_known_traps_are_in_the_set(labelled: list[LabelledCaption], trap: str) -> None:
    assert trap in {item.id for item in labelled}
