"""Shared fixtures for the theme tagging tests: the shipped vocabulary and the sample data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from photoarchive.tagging import Vocabulary, load_default_vocabulary

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="session")
def vocabulary() -> Vocabulary:
    return load_default_vocabulary()


@pytest.fixture(scope="session")
def sample_captions() -> dict[int, str]:
    """The seven captions of the real Hengyang feature, by position."""
    expected = json.loads(
        (DATA / "features" / "hengyang_feature_zh.expected.json").read_text("utf-8")
    )
    return {photo["position"]: photo["caption"] for photo in expected["photos"]}


@pytest.fixture(scope="session")
def learning_captions() -> dict:
    return json.loads((DATA / "tagging" / "learning_captions.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def labelled_path() -> Path:
    return DATA / "tagging" / "labelled_captions.jsonl"
