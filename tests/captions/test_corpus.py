"""The corpus of real published captions: its shape, and a floor under the parser's accuracy.

The floor is a ratchet: raise it whenever the parser gets better, never lower it. The goal
(97% exact) is tracked by ``benchmarks/bench_captions.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from photoarchive.captions.evaluation import Report, evaluate

CORPUS = Path(__file__).resolve().parents[1] / "data" / "captions"
ITEM_FLOOR = 0.975
FEATURE_FLOOR = 0.91
RIGHT_COUNT_FLOOR = 22  # whole features whose caption count is exactly as printed


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(CORPUS)


def _items() -> list[dict]:
    return [i for p in sorted((CORPUS / "items").glob("*.json")) for i in json.loads(p.read_text())]


def test_every_item_says_where_it_was_printed() -> None:
    items = _items()
    assert len({i["id"] for i in items}) == len(items)
    for item in items:
        assert item["source_url"].startswith("http"), item["id"]
        assert item["publication"] and item["text"].strip(), item["id"]
    for path in (CORPUS / "features").glob("*.expected.json"):
        expected = json.loads(path.read_text(encoding="utf-8"))
        assert expected["source_url"].startswith("http"), path.name
        assert path.with_name(path.name.replace(".expected.json", ".txt")).exists()


def test_the_held_out_set_is_well_formed_and_apart() -> None:
    """Held-out captions are only measured (bench_captions.py), never tuned on or floored."""
    held = json.loads((CORPUS / "heldout" / "items.json").read_text(encoding="utf-8"))
    assert len(held) >= 50 and len({i["id"] for i in held}) == len(held)
    used = {i["source_url"] for i in _items()}
    for item in held:
        assert item["source_url"].startswith("http") and item["source_url"] not in used
        assert item["text"].strip() and "expected" in item


def test_the_corpus_is_as_wide_as_the_goal_needs(report: Report) -> None:
    assert len(report.outcomes) >= 300
    assert report.publications() >= 40
    assert report.features >= 15


def test_accuracy_does_not_slide_back(report: Report) -> None:
    items = [o for o in report.outcomes if o.case.text]
    features = [o for o in report.outcomes if not o.case.text]
    assert sum(o.exact for o in items) / len(items) >= ITEM_FLOOR
    assert sum(o.exact for o in features) / len(features) >= FEATURE_FLOOR
    assert report.right_counts() >= RIGHT_COUNT_FLOOR
