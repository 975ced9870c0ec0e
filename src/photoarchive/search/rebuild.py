"""Build a complete generation of the index from a stream of documents.

Documents are analysed and written as they arrive, in segments of at most
``SEGMENT_SIZE`` so memory stays bounded however large the archive; nothing in
the live generation is touched. On cancel or error the half-built generation is
deleted before the exception propagates.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Generator, Iterable

from whoosh import index as whoosh_index

from photoarchive.progress import CancelToken, Progress
from photoarchive.search import layout
from photoarchive.search.model import SearchDocument
from photoarchive.search.schema import SCHEMA_VERSION, analyse, build_schema
from photoarchive.search.writer import InvertingWriter

SEGMENT_SIZE = 100_000  # documents per segment written by a rebuild
REPORT_EVERY = 1000  # documents between progress reports


def build_generation(
    root: str, docs: Iterable[SearchDocument], total: int, cancel: CancelToken | None
) -> Generator[Progress, None, tuple[str, int]]:
    """Write a new generation; return its name and document count (not yet live)."""
    name = layout.new_generation(root)
    gen_dir = os.path.join(root, name)
    writer: InvertingWriter | None = None
    try:
        ix = whoosh_index.create_in(gen_dir, build_schema())
        seen: set[int] = set()
        yield Progress("index", 0, total, "Indexing captions")
        for doc in docs:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if doc.photo_id in seen:
                raise ValueError(f"photo {doc.photo_id} was given twice to the rebuild")
            seen.add(doc.photo_id)
            if writer is None:
                writer = InvertingWriter(ix)
            writer.add_indexed(analyse(doc))
            if writer.doc_count() >= SEGMENT_SIZE:
                writer.commit(merge=False)
                writer = None
            if len(seen) % REPORT_EVERY == 0:
                yield Progress("index", len(seen), max(total, len(seen)), "Indexing captions")
        if cancel is not None:
            cancel.raise_if_cancelled()
        if writer is not None:
            writer.commit(merge=False)
            writer = None
        layout.write_meta(gen_dir, {"schema_version": SCHEMA_VERSION, "documents": len(seen)})
    except BaseException:
        if writer is not None:
            writer.cancel()
        shutil.rmtree(gen_dir, ignore_errors=True)
        raise
    return name, len(seen)
