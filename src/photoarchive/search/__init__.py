"""Chinese-aware caption search: an exact, fast index that caches the catalogue.

Build :class:`SearchDocument` values from catalogue rows and hand them to a
:class:`CaptionIndex` in ``<library>/index/``; see ``query.py`` for the query
language and ``text.py`` for what "exact" means.
"""

from __future__ import annotations

from photoarchive.search.errors import IndexBusy, IndexNeedsRebuild
from photoarchive.search.index import CaptionIndex
from photoarchive.search.model import (
    IndexHealth,
    SearchDocument,
    SearchHit,
    SearchPage,
    SearchResults,
)
from photoarchive.search.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "CaptionIndex",
    "IndexBusy",
    "IndexHealth",
    "IndexNeedsRebuild",
    "SearchDocument",
    "SearchHit",
    "SearchPage",
    "SearchResults",
]
