"""One index segment as the executor sees it: postings, doc store, deletions.

Reading a long posting list through Whoosh's matcher costs about a microsecond
per document (a Python call per posting). Postings here are existence-only
blocks of delta-coded ids, so :func:`read_postings` decodes a block at a time
(``itertools.accumulate`` over the stored deltas), about ten times faster; any
other matcher falls back to ``all_ids()``.
"""

from __future__ import annotations

from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import SegmentReader

from photoarchive.search.docstore import DocStore


class SegmentView:
    """A segment's reader and doc store; the doc store outlives reader refreshes."""

    def __init__(self, reader: SegmentReader, store: DocStore) -> None:
        self.reader = reader
        self.store = store
        self.count = store.count
        self.deleted: frozenset[int] = frozenset()
        self.attach(reader)

    def attach(self, reader: SegmentReader) -> None:
        """Use ``reader`` (a newer generation of the same segment: deletions may differ)."""
        if reader.doc_count_all() != self.store.count:
            raise ValueError("segment and doc store disagree on the document count")
        self.reader = reader
        self.deleted = frozenset(reader.deleted_docs_set)

    @property
    def live_count(self) -> int:
        return self.count - len(self.deleted)

    def doc_frequency(self, field: str, term: str) -> int:
        return self.reader.doc_frequency(field, term)

    def postings(self, field: str, term: str) -> list[int]:
        """Document numbers holding ``term`` (deleted ones included), ascending."""
        if not self.reader.doc_frequency(field, term):
            return []
        return read_postings(self.reader.postings(field, term))

    def close(self) -> None:
        self.store.close()


def read_postings(matcher: object) -> list[int]:
    if isinstance(matcher, FilterMatcher):  # deletions: the caller removes them
        matcher = matcher.child
    if not isinstance(matcher, W3LeafMatcher):
        return list(matcher.all_ids())
    ids: list[int] = []
    while True:
        if matcher._data is None:
            matcher._read_data()
        ids.extend(accumulate(matcher._data[0]))  # each block's deltas start from 0
        if matcher._lastblock:
            return ids
        matcher._goto(matcher._nextoffset)
