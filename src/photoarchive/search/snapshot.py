"""The live generation opened for reading, refreshed after each commit.

Whoosh segments never change once written (only their deletion lists do), so a
refresh keeps the memory-mapped doc store of every segment that survived and
opens only the new ones. Readers take no lock: a writer adds segments and
switches the table of contents atomically, and a snapshot keeps answering from
the segments it has open until it refreshes.
"""

from __future__ import annotations

import os
import pickle
import struct
import zlib

from whoosh import index as whoosh_index
from whoosh.reading import IndexReader, SegmentReader

from photoarchive.search.docstore import DocStore, DocStoreError
from photoarchive.search.layout import LayoutError, read_meta
from photoarchive.search.schema import SCHEMA_VERSION
from photoarchive.search.segments import SegmentView
from photoarchive.search.writer import docstore_path

# What reading damaged or foreign index files can raise.
DAMAGE = (
    OSError,
    EOFError,
    ValueError,
    KeyError,
    IndexError,
    struct.error,
    zlib.error,
    pickle.UnpicklingError,
    ImportError,
    AttributeError,
    DocStoreError,
    whoosh_index.IndexError,
)


def is_damage(exc: BaseException) -> bool:
    """True for what damaged files raise (Whoosh raises bare ``Exception`` for a
    broken posting block); anything else is a bug and must not be hidden."""
    return isinstance(exc, DAMAGE) or type(exc) is Exception


class Snapshot:
    """One generation's Whoosh index plus a :class:`SegmentView` per segment."""

    def __init__(self, root: str, name: str) -> None:
        self.name = name
        gen_dir = os.path.join(root, name)
        meta = read_meta(gen_dir)
        version = meta.get("schema_version")
        if version != SCHEMA_VERSION:
            raise LayoutError(
                f"it was built by another version (index schema {version}, "
                f"this version uses {SCHEMA_VERSION})"
            )
        self.views: dict[str, SegmentView] = {}
        self.reader: IndexReader | None = None
        self.generation = -2
        try:
            self.ix = whoosh_index.open_dir(gen_dir)
            self.refresh()
        except Exception as exc:
            if not is_damage(exc):
                raise
            self.close()
            raise LayoutError(f"its files are damaged ({type(exc).__name__}: {exc})") from exc

    @property
    def documents(self) -> int:
        return sum(view.live_count for view in self.views.values())

    def stale(self) -> bool:
        return self.ix.latest_generation() != self.generation

    def refresh(self) -> None:
        """Open the latest commit, reusing the doc stores of unchanged segments."""
        reader = self.ix.reader()
        views: dict[str, SegmentView] = {}
        try:
            for leaf, _ in reader.leaf_readers():
                if not isinstance(leaf, SegmentReader):
                    continue  # an empty index has no segments
                segment = leaf.segment()
                key = segment.segment_id()
                view = self.views.pop(key, None)
                if view is None:
                    view = SegmentView(leaf, DocStore(docstore_path(self.ix.storage, segment)))
                else:
                    view.attach(leaf)
                views[key] = view
        except BaseException:
            for view in views.values():
                view.close()
            reader.close()
            raise
        for view in self.views.values():
            view.close()
        if self.reader is not None:
            self.reader.close()
        self.views, self.reader, self.generation = views, reader, reader.generation()

    def segments(self) -> list[SegmentView]:
        return list(self.views.values())

    def close(self) -> None:
        for view in self.views.values():
            view.close()
        self.views = {}
        if self.reader is not None:
            self.reader.close()
            self.reader = None
