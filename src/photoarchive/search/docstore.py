"""Per-segment document data, memory-mapped: the other half of each segment.

Whoosh keeps the n-gram postings; this file, written beside each segment as
``<segment id>.docs`` (so Whoosh removes it with its segment), keeps what a query
needs per document: photo id, ranking key, dates, version stamp, the normalised
zone texts every candidate is confirmed against, and the caption and credit as
printed. It is memory-mapped and read in place: confirming a candidate is one
``mmap.find`` between two offsets, which is what makes exact answers cheap.

Layout: 8-byte magic, little-endian u32 header length, JSON header, then
8-byte-aligned little-endian arrays and text blobs at the offsets it names.
"""

from __future__ import annotations

import json
import mmap
import os
import struct
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

MAGIC = b"PADOCS\x00\x01"
NUMERIC = (("pid", "q"), ("rank", "q"), ("taken", "i"), ("fdate", "i"))
TEXTS = ("caption", "credit", "feature", "caption_raw", "credit_raw", "stamp")
# Permutations of the documents, precomputed at write time: by ranking key
# (best first), and by each date, for top-k without sorting and date ranges.
ORDERS = (
    ("rank_order", "rank", True),
    ("taken_order", "taken", False),
    ("fdate_order", "fdate", False),
)
EXTENSION = ".docs"


class DocStoreError(Exception):
    """The file is missing, truncated or not ours (the index must be rebuilt)."""


@dataclass(frozen=True, slots=True)
class DocRow:
    """One document's values, in the order of NUMERIC and TEXTS."""

    numbers: tuple[int, int, int, int]
    texts: tuple[bytes, bytes, bytes, bytes, bytes, bytes]


class DocStoreBuilder:
    """Collects rows in document-number order and writes them in one go."""

    def __init__(self) -> None:
        self._numbers = [array(code) for _, code in NUMERIC]
        self._blobs = [bytearray() for _ in TEXTS]
        self._offsets = [array("Q", (0,)) for _ in TEXTS]

    def __len__(self) -> int:
        return len(self._numbers[0])

    def append(self, row: DocRow) -> None:
        for column, value in zip(self._numbers, row.numbers, strict=True):
            column.append(value)
        for blob, offsets, value in zip(self._blobs, self._offsets, row.texts, strict=True):
            blob += value
            offsets.append(len(blob))

    def extend_from(self, store: DocStore, docnums: Iterable[int]) -> None:
        """Copy rows of another segment (used when Whoosh merges segments)."""
        for docnum in docnums:
            self.append(store.row(docnum))

    def write(self, path: str) -> None:
        sections: list[bytes] = []
        header: dict[str, object] = {"count": len(self), "numeric": {}, "text": {}}
        for (name, code), column in zip(NUMERIC, self._numbers, strict=True):
            header["numeric"][name] = [len(sections), code]
            sections.append(_little_endian(column))
        by_name = dict(zip((name for name, _ in NUMERIC), self._numbers, strict=True))
        for name, key, best_first in ORDERS:
            values = by_name[key]
            order = sorted(range(len(self)), key=values.__getitem__, reverse=best_first)
            header["numeric"][name] = [len(sections), "I"]
            sections.append(_little_endian(array("I", order)))
        for name, blob, offsets in zip(TEXTS, self._blobs, self._offsets, strict=True):
            header["text"][name] = [len(sections), len(sections) + 1]
            sections.append(_little_endian(offsets))
            sections.append(bytes(blob))
        # Header names sections by index; positions are filled in once known.
        header_bytes = _header_bytes(header, sections)
        with open(path, "wb") as out:
            out.write(header_bytes)
            for section in sections:
                out.write(section)
                out.write(b"\0" * (-len(section) % 8))


def _little_endian(values: array) -> bytes:
    if sys.byteorder == "little":
        return values.tobytes()
    swapped = array(values.typecode, values)
    swapped.byteswap()
    return swapped.tobytes()


def _header_bytes(header: dict[str, object], sections: list[bytes]) -> bytes:
    """Serialise the header with absolute section positions (fixed point: the
    header's own length shifts the positions, so iterate until it settles)."""
    positions: list[int] = []
    size = 0
    while True:
        start = _align(len(MAGIC) + 4 + size)
        positions = []
        cursor = start
        for section in sections:
            positions.append(cursor)
            cursor = _align(cursor + len(section))
        header["sections"] = [[pos, len(sec)] for pos, sec in zip(positions, sections, strict=True)]
        encoded = json.dumps(header, separators=(",", ":")).encode("ascii")
        if len(encoded) == size:
            break
        size = len(encoded)
    prefix = MAGIC + struct.pack("<I", size) + encoded
    return prefix + b"\0" * (start - len(prefix))


def _align(n: int) -> int:
    return n + (-n % 8)


class DocStore:
    """Read side: arrays and texts straight out of the mapped file."""

    def __init__(self, path: str) -> None:
        try:
            self._file = open(path, "rb")  # noqa: SIM115 - closed in close()
        except OSError as exc:
            raise DocStoreError(f"cannot open {os.path.basename(path)}: {exc}") from exc
        self._views: list[memoryview] = []
        try:
            self.mm = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
            self._load_header()
        except (OSError, ValueError, KeyError, TypeError, struct.error) as exc:
            self.close()
            raise DocStoreError(f"{os.path.basename(path)} is damaged: {exc}") from exc

    def _load_header(self) -> None:
        mm = self.mm
        if mm[: len(MAGIC)] != MAGIC:
            raise ValueError("not a document store")
        (size,) = struct.unpack("<I", mm[len(MAGIC) : len(MAGIC) + 4])
        header = json.loads(mm[len(MAGIC) + 4 : len(MAGIC) + 4 + size])
        sections = header["sections"]
        if any(pos + length > len(mm) for pos, length in sections):
            raise ValueError("truncated")
        self.count: int = header["count"]
        self.numbers: dict[str, memoryview | array] = {}
        for name, (index, code) in header["numeric"].items():
            pos, length = sections[index]
            self.numbers[name] = self._array(pos, length, code)
        self.texts: dict[str, tuple[memoryview | array, int]] = {}
        for name, (offsets_index, blob_index) in header["text"].items():
            pos, length = sections[offsets_index]
            self.texts[name] = (self._array(pos, length, "Q"), sections[blob_index][0])
        for name in [name for name, _ in NUMERIC] + [name for name, _, _ in ORDERS]:
            if len(self.numbers[name]) != self.count:
                raise ValueError(f"column {name} has the wrong length")
        for name in TEXTS:
            if len(self.texts[name][0]) != self.count + 1:
                raise ValueError(f"texts {name} have the wrong length")

    def _array(self, pos: int, length: int, code: str) -> memoryview | array:
        if sys.byteorder == "little":
            view = memoryview(self.mm)[pos : pos + length].cast(code)
            self._views.append(view)
            return view
        values = array(code)
        values.frombytes(self.mm[pos : pos + length])
        values.byteswap()
        return values

    def text(self, name: str, docnum: int) -> str:
        offsets, base = self.texts[name]
        return self.mm[base + offsets[docnum] : base + offsets[docnum + 1]].decode("utf-8")

    def contains(self, name: str, docnum: int, needle: bytes) -> bool:
        offsets, base = self.texts[name]
        return self.mm.find(needle, base + offsets[docnum], base + offsets[docnum + 1]) >= 0

    def row(self, docnum: int) -> DocRow:
        numbers = tuple(self.numbers[name][docnum] for name, _ in NUMERIC)
        texts = []
        for name in TEXTS:
            offsets, base = self.texts[name]
            texts.append(self.mm[base + offsets[docnum] : base + offsets[docnum + 1]])
        return DocRow(numbers, tuple(texts))  # type: ignore[arg-type]

    def close(self) -> None:
        for view in self._views:
            view.release()
        self._views.clear()
        mm = getattr(self, "mm", None)
        if mm is not None:
            mm.close()
        self._file.close()
