"""Helpers shared by the search tests (fixtures live in conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

from photoarchive.search import CaptionIndex, SearchDocument

FEATURE_JSON = Path(__file__).parents[1] / "data" / "features" / "hengyang_feature_zh.expected.json"


def sample_documents() -> list[SearchDocument]:
    """The seven photos of the sample feature, photo id = position."""
    feature = json.loads(FEATURE_JSON.read_text(encoding="utf-8"))
    return [
        SearchDocument(
            photo_id=photo["position"],
            caption=photo["caption"],
            credit=photo["credit"]["as_printed"],
            credit_names=tuple(c["name"] for c in photo["credit"]["contributors"]),
            feature_title=feature["title"],
            byline=tuple(feature["byline"]),
            stamp=f"v1-{photo['position']}",
        )
        for photo in feature["photos"]
    ]


def rebuild(index: CaptionIndex, docs: list[SearchDocument]) -> None:
    for _ in index.rebuild(docs, len(docs)):
        pass


def ids(index: CaptionIndex, query: str) -> set[int]:
    """Every photo id the query matches (all pages), checking the total agrees."""
    results = index.search(query, limit=10_000)
    assert results.total == len(results.hits)
    return {hit.photo_id for hit in results.hits}
