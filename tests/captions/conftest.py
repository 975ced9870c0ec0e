"""Shared fixtures for the caption parser tests: the real sample and its expected parse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FEATURES = Path(__file__).resolve().parents[1] / "data" / "features"
SAMPLE = FEATURES / "hengyang_feature_zh.txt"
EXPECTED = FEATURES / "hengyang_feature_zh.expected.json"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))
