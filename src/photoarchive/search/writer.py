"""A Whoosh segment writer that inverts postings in memory.

Whoosh's own writer sends every posting through an external sort pool, which at
roughly two hundred n-grams per caption dominates the cost of a rebuild. Every
indexed field here is existence-only (a posting is just a document number), and
documents arrive in document-number order, so each term's postings can be
appended to an ``array`` as they come and written out term by term at commit.
The segment files are ordinary Whoosh segments; only the route to them is short.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Iterator

from whoosh.codec.base import Segment
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from photoarchive.search.docstore import EXTENSION, DocStore, DocStoreBuilder
from photoarchive.search.schema import IndexedDocument

BLOCK_LIMIT = 1024
"""Postings per block: big blocks decode faster, and nothing here skips inside a list."""


class _InvertingPool:
    """Postings grouped by field and term, kept sorted by document number."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[bytes, array]] = {}
        self._unsorted: set[tuple[str, bytes]] = set()

    def add(self, item: tuple) -> None:
        """Whoosh's pool interface, used for unique ids and for merged segments."""
        fieldname, tbytes, docnum, weight, vbytes = item
        if weight != 1.0 or vbytes:
            raise ValueError(f"field {fieldname!r} is not existence-only")
        postings = self.fields.setdefault(fieldname, {}).get(tbytes)
        if postings is None:
            self.fields[fieldname][tbytes] = array("I", (docnum,))
            return
        if postings[-1] >= docnum:
            self._unsorted.add((fieldname, tbytes))
        postings.append(docnum)

    def add_terms(self, fieldname: str, docnum: int, terms: Iterable[str]) -> None:
        """The fast path: one new document's terms for one field."""
        table = self.fields.setdefault(fieldname, {})
        for term in terms:
            tbytes = term.encode("utf-8")
            postings = table.get(tbytes)
            if postings is None:
                table[tbytes] = array("I", (docnum,))
            else:
                postings.append(docnum)

    def sorted_terms(self, fieldname: str) -> Iterator[tuple[bytes, array]]:
        table = self.fields[fieldname]
        for tbytes in sorted(table):
            postings = table[tbytes]
            if (fieldname, tbytes) in self._unsorted:
                postings = array("I", sorted(set(postings)))
            yield tbytes, postings

    def cleanup(self) -> None:
        self.fields.clear()
        self._unsorted.clear()


class InvertingWriter(SegmentWriter):
    """A :class:`SegmentWriter` fed with analysed documents (see ``schema.analyse``).

    Segments are written uncompounded so the doc store can sit beside them as a
    plain file that is memory-mapped when read.
    """

    def __init__(self, ix: FileIndex, **kwargs: object) -> None:
        kwargs.setdefault("codec", W3Codec(blocklimit=BLOCK_LIMIT))
        kwargs["compound"] = False
        super().__init__(ix, **kwargs)
        self.pool = _InvertingPool()
        self.docstore = DocStoreBuilder()

    def add_indexed(self, doc: IndexedDocument) -> None:
        docnum = self.docnum
        self.add_document(pid=doc.pid)
        for fieldname, terms in doc.terms.items():
            self.pool.add_terms(fieldname, docnum, terms)
        self.docstore.append(doc.row)

    def add_reader(self, reader: SegmentReader) -> None:
        """Whoosh merges a segment by copying it; copy its doc store rows too."""
        live = list(reader.all_doc_ids())
        path = docstore_path(self.storage, reader.segment())
        source = DocStore(path)
        try:
            self.docstore.extend_from(source, live)
        finally:
            source.close()
        super().add_reader(reader)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        if len(self.docstore) != self.docnum:
            raise RuntimeError("doc store and segment disagree on the document count")
        fieldwriter = self.fieldwriter
        for fieldname in sorted(self.pool.fields):
            fieldwriter.start_field(fieldname, self.schema[fieldname])
            add = fieldwriter.add
            for tbytes, postings in self.pool.sorted_terms(fieldname):
                fieldwriter.start_term(tbytes)
                for docnum in postings:
                    add(docnum, 1.0, b"", 0)
                fieldwriter.finish_term()
            fieldwriter.finish_field()
        fieldwriter.close()
        self.docstore.write(docstore_path(self.storage, self.newsegment))


def docstore_path(storage: FileStorage, segment: Segment) -> str:
    """Where a segment's doc store lives (named so Whoosh deletes it with the segment)."""
    return os.path.join(storage.folder, segment.make_filename(EXTENSION))
