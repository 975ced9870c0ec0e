"""Plain data in and out of the search index.

The index knows nothing of the catalogue: the services layer turns catalogue rows
into :class:`SearchDocument` values and shows :class:`SearchResults` as it likes.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """Everything searchable about one photo."""

    photo_id: int
    caption: str
    embedded_caption: str = ""  # caption embedded in the file (IPTC/XMP)
    credit: str = ""  # credit as printed, e.g. "周 围 摄"
    credit_names: tuple[str, ...] = ()  # normalised contributor names: ("周围",)
    feature_title: str = ""
    byline: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()  # theme keys and labels: ("agriculture", "农业")
    # what every feature that printed the photo printed: captions, credits, feature titles
    printed_captions: tuple[str, ...] = ()
    printed_credits: tuple[str, ...] = ()
    printed_in: tuple[str, ...] = ()
    taken: datetime.date | None = None
    feature_date: datetime.date | None = None
    stamp: str = ""  # version of the catalogue row, e.g. updated_at in ISO form


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One photo in a result page; ``snippet`` is HTML with matches in ``<b>``.

    ``score`` is the relevance tier: 2.0 when the photo's credit matched the
    query, else 1.0. Hits come in tier order, newest first within a tier.
    """

    photo_id: int
    score: float
    caption: str
    credit: str
    snippet: str


@dataclass(frozen=True, slots=True)
class SearchResults:
    """A page of hits and the exact number of photos the query matches."""

    query: str
    total: int
    hits: list[SearchHit] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SearchPage:
    """A page of hits without the total (cheap to find for a common term).

    ``complete`` is True when no hit follows this page; then, if the page is
    not past the end, the total is ``offset + len(hits)``.
    """

    query: str
    hits: list[SearchHit] = field(default_factory=list)
    complete: bool = True


@dataclass(frozen=True, slots=True)
class IndexHealth:
    """Whether the index can answer queries; ``reason`` says why not."""

    needs_rebuild: bool
    reason: str = ""
    documents: int = 0
