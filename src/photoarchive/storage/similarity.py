"""Perceptual hashes of photos, and the stored photos near one: re-sends, resizes, re-saves.

The hash is taken from the thumbnail the import makes anyway (a DCT hash of a 32×32
grey copy, ``imagehash.phash``), so it costs no second decode of the original. Two
photos whose 64-bit hashes differ in few bits look the same to a person; the lookup
compares one hash against every stored one at once (XOR and a bit count over a numpy
array), which stays far below a user's notice at a million photos.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

import imagehash
import numpy as np
from PIL import Image

NEAR = 10  # bits of 64: copies resized, recompressed or lightly edited stay within this


def perceptual_hash(thumbnail_jpeg: bytes) -> str:
    """The 64-bit perceptual hash of a thumbnail, as 16 hex digits."""
    with Image.open(io.BytesIO(thumbnail_jpeg)) as im:
        return str(imagehash.phash(im))


@dataclass(frozen=True, slots=True)
class Near:
    photo_id: int
    distance: int  # differing bits of 64


class HashTable:
    """Every stored photo's hash, searchable by Hamming distance."""

    def __init__(self, rows: Iterable[tuple[int, str]]) -> None:
        pairs = [(pid, int(h, 16)) for pid, h in rows if h]
        self.ids = np.fromiter((p for p, _ in pairs), dtype=np.int64, count=len(pairs))
        self.hashes = np.fromiter((h for _, h in pairs), dtype=np.uint64, count=len(pairs))

    def __len__(self) -> int:
        return len(self.ids)

    def near(self, phash: str, *, within: int = NEAR, exclude: int | None = None) -> list[Near]:
        """Stored photos within ``within`` bits of ``phash``, nearest first."""
        if not len(self.ids):
            return []
        distance = _popcount(self.hashes ^ np.uint64(int(phash, 16)))
        hit = np.flatnonzero(distance <= within)
        found = [
            Near(int(self.ids[i]), int(distance[i])) for i in hit if int(self.ids[i]) != exclude
        ]
        return sorted(found, key=lambda n: (n.distance, n.photo_id))


def _popcount(values: np.ndarray) -> np.ndarray:
    if hasattr(np, "bitwise_count"):  # numpy 2
        return np.bitwise_count(values)
    as_bytes = values.view(np.uint8).reshape(-1, 8)
    return np.unpackbits(as_bytes, axis=1).sum(axis=1)
