"""Perceptual hashes of photos, and the stored photos near one: re-sends, resizes, re-saves.

The hash is taken from the thumbnail the import makes anyway (a DCT hash of a 32×32
grey copy, ``imagehash.phash``), so it costs no second decode of the original. Two
photos whose 64-bit hashes differ in few bits look the same to a person. A crop or a
border moves every pixel, so each photo also keeps the hash of its central 90%, and two
photos are as near as the nearest of: whole against whole, whole against centre,
centre against whole (a 10% crop of one is about the centre of the other). The lookup
compares one photo against every stored one at once (XOR and a bit count over numpy
arrays), which stays far below a user's notice at a million photos.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

import imagehash
import numpy as np
from PIL import Image

NEAR = 10  # bits of 64: copies resized, recompressed or lightly edited stay within this
CENTRE = 0.05  # share cut from each side for the second hash
DIGITS = 32  # hex digits stored: the whole picture's hash, then its centre's


def perceptual_hash(thumbnail_jpeg: bytes) -> str:
    """The perceptual hashes of a thumbnail and of its centre, as 32 hex digits."""
    with Image.open(io.BytesIO(thumbnail_jpeg)) as im:
        im = im.convert("RGB")
        dx, dy = int(im.width * CENTRE), int(im.height * CENTRE)
        centre = im.crop((dx, dy, im.width - dx, im.height - dy))
        return f"{imagehash.phash(im)}{imagehash.phash(centre)}"


@dataclass(frozen=True, slots=True)
class Near:
    photo_id: int
    distance: int  # differing bits of 64


class HashTable:
    """Every stored photo's hashes, searchable by Hamming distance."""

    def __init__(self, rows: Iterable[tuple[int, str | None]]) -> None:
        pairs = [(pid, h) for pid, h in rows if h and len(h) == DIGITS]
        self.ids = np.fromiter((p for p, _ in pairs), dtype=np.int64, count=len(pairs))
        self.whole = np.fromiter((int(h[:16], 16) for _, h in pairs), np.uint64, len(pairs))
        self.centre = np.fromiter((int(h[16:], 16) for _, h in pairs), np.uint64, len(pairs))

    def __len__(self) -> int:
        return len(self.ids)

    def near(self, phash: str, *, within: int = NEAR, exclude: int | None = None) -> list[Near]:
        """Stored photos within ``within`` bits of ``phash``, nearest first."""
        if not len(self.ids):
            return []
        whole, centre = np.uint64(int(phash[:16], 16)), np.uint64(int(phash[16:], 16))
        distance = np.minimum(
            _popcount(self.whole ^ whole),
            np.minimum(_popcount(self.whole ^ centre), _popcount(self.centre ^ whole)),
        )
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
