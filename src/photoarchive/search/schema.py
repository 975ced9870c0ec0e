"""What the index holds for each photo, and how a document becomes terms.

Three *zones* are searched: the caption (with the caption embedded in the file),
the credit (as printed and the contributor names) and the feature (title and
byline). Each zone has an existence-only n-gram field and an existence-only
stemmed-word field in Whoosh (no positions, no frequencies: they only name
candidates); the zone's normalised text goes to the doc store, where every
candidate is confirmed. Themes are whole normalised terms.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

from whoosh import fields, formats

from photoarchive.search.docstore import DocRow
from photoarchive.search.model import SearchDocument
from photoarchive.search.text import grams, join_parts, normalize, words

SCHEMA_VERSION = 2
"""Bump whenever fields or analysis change: an index of another version is rebuilt."""


class Zone(Enum):
    CAPTION = "caption"
    CREDIT = "credit"
    FEATURE = "feature"

    @property
    def gram_field(self) -> str:
        return f"g_{self.value}"

    @property
    def word_field(self) -> str:
        return f"w_{self.value}"


ALL_ZONES = (Zone.CAPTION, Zone.CREDIT, Zone.FEATURE)


class TermSetField(fields.FieldType):
    """Indexed, existence only; its value is an iterable of ready-made terms."""

    def __init__(self) -> None:
        super().__init__(formats.Existence(), analyzer=None)

    def index(
        self, value: Iterable[str], **kwargs: object
    ) -> Iterator[tuple[bytes, int, float, bytes]]:
        for term in sorted(set(value)):
            yield term.encode("utf-8"), 1, 1.0, b""


def build_schema() -> fields.Schema:
    """Only postings live in Whoosh; per-document values live in the doc store."""
    spec: dict[str, fields.FieldType] = {"pid": fields.ID(unique=True), "theme": TermSetField()}
    for zone in ALL_ZONES:
        spec[zone.gram_field] = TermSetField()
        spec[zone.word_field] = TermSetField()
    return fields.Schema(**spec)


def date_key(day: datetime.date | None) -> int:
    """A date as yyyymmdd (0 when unknown): ordered, and readable in a column."""
    return 0 if day is None else day.year * 10000 + day.month * 100 + day.day


def rank_key(doc: SearchDocument) -> int:
    """Newest first: the taken (else feature) date, then the newer photo id."""
    day = doc.taken or doc.feature_date
    return date_key(day) * 2**32 + (doc.photo_id & 0xFFFFFFFF)


@dataclass(frozen=True, slots=True)
class IndexedDocument:
    """A document analysed for writing: its unique id, terms per field, doc-store row."""

    pid: str
    terms: dict[str, set[str]]
    row: DocRow


def analyse(doc: SearchDocument) -> IndexedDocument:
    zone_text = {
        Zone.CAPTION: join_parts((doc.caption, doc.embedded_caption, *doc.printed_captions)),
        Zone.CREDIT: join_parts((doc.credit, *doc.credit_names, *doc.printed_credits)),
        Zone.FEATURE: join_parts((doc.feature_title, *doc.byline, *doc.printed_in)),
    }
    terms: dict[str, set[str]] = {}
    themes = {normalize(t) for t in doc.themes} - {""}
    if themes:
        terms["theme"] = themes
    for zone, text in zone_text.items():
        if text:
            terms[zone.gram_field] = grams(text)
            zone_words = set(words(text))
            if zone_words:
                terms[zone.word_field] = zone_words
    row = DocRow(
        (doc.photo_id, rank_key(doc), date_key(doc.taken), date_key(doc.feature_date)),
        (
            zone_text[Zone.CAPTION].encode("utf-8"),
            zone_text[Zone.CREDIT].encode("utf-8"),
            zone_text[Zone.FEATURE].encode("utf-8"),
            doc.caption.encode("utf-8"),
            doc.credit.encode("utf-8"),
            doc.stamp.encode("utf-8"),
        ),
    )
    return IndexedDocument(str(doc.photo_id), terms, row)
