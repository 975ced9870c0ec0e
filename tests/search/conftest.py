"""Fixtures for the search tests: fresh indexes in a temporary library folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from photoarchive.search import CaptionIndex, SearchDocument
from tests.search.support import rebuild


@pytest.fixture
def make_index(tmp_path: Path) -> Iterator[Callable[[list[SearchDocument]], CaptionIndex]]:
    """Build an index of the given documents in a fresh library folder."""
    opened: list[CaptionIndex] = []

    def make(docs: list[SearchDocument]) -> CaptionIndex:
        index = CaptionIndex.open(tmp_path / "index")
        rebuild(index, docs)
        opened.append(index)
        return index

    yield make
    for index in opened:
        index.close()
