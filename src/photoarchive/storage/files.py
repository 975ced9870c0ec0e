"""Content-addressed storage of originals and thumbnails.

Files are named by their SHA-256, so the same photo imported twice is stored
once, and a path never changes meaning. Every file is written to ``tmp/`` first
and renamed into place, so a crash never leaves a half-written original.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from photoarchive.faults import checkpoint
from photoarchive.metadata.raw import RAW_FORMATS

ORIGINALS = "originals"
THUMBS = "thumbs"
TMP = "tmp"

_EXTENSIONS = {
    "JPEG": ".jpg",
    "MPO": ".jpg",
    "PNG": ".png",
    "TIFF": ".tif",
    "WEBP": ".webp",
    "GIF": ".gif",
    "BMP": ".bmp",
    "HEIF": ".heic",
    "AVIF": ".avif",
    **{fmt: suffix for suffix, fmt in RAW_FORMATS.items()},  # a RAW original keeps its kind
}


def extension_for(image_format: str) -> str:
    return _EXTENSIONS.get(image_format.upper(), ".bin")


class PhotoStore:
    """The ``originals/``, ``thumbs/`` and ``tmp/`` folders of a library."""

    def __init__(self, root: Path, *, create: bool = True) -> None:
        self.root = root
        for name in (ORIGINALS, THUMBS, TMP) if create else ():
            (root / name).mkdir(parents=True, exist_ok=True)

    def original_relpath(self, sha256: str, image_format: str) -> str:
        """Path of an original relative to the library root (what the catalogue stores)."""
        return f"{ORIGINALS}/{sha256[:2]}/{sha256}{extension_for(image_format)}"

    def thumbnail_path(self, sha256: str) -> Path:
        return self.root / THUMBS / sha256[:2] / f"{sha256}.jpg"

    def absolute(self, relpath: str) -> Path:
        return self.root / relpath

    def stage(self, data: bytes, suffix: str = ".part") -> Path:
        """Write ``data`` durably under ``tmp/`` and return the staged path."""
        staged = self.root / TMP / f"{uuid.uuid4().hex}{suffix}"
        checkpoint("store-staged", staged)
        with open(staged, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        return staged

    def commit_staged(self, staged: Path, target: Path) -> None:
        """Atomically move a staged file to its final place (idempotent by content)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            staged.unlink(missing_ok=True)
            return
        checkpoint("store-moved", target)
        os.replace(staged, target)

    def write_thumbnail(self, sha256: str, jpeg: bytes) -> Path:
        target = self.thumbnail_path(sha256)
        self.commit_staged(self.stage(jpeg), target)
        return target

    def clear_tmp(self) -> int:
        """Remove staged files left by an interrupted operation; only call as the writer."""
        removed = 0
        for path in (self.root / TMP).iterdir():
            if path.is_file():
                path.unlink(missing_ok=True)
                removed += 1
        return removed

    def staged_leftovers(self) -> list[Path]:
        return [p for p in (self.root / TMP).iterdir() if p.is_file()]

    def iter_originals(self) -> list[Path]:
        return sorted((self.root / ORIGINALS).glob("*/*"))
