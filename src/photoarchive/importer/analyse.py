"""The per-photo work of an import, safe to run on worker threads.

Each photo is read once: the bytes are hashed, their metadata read and a
thumbnail decoded from them. Pillow and hashlib release the GIL for the heavy
parts, so a thread per core keeps both cores busy without pickling photos
between processes. Nothing here touches the catalogue; originals are only
*staged* under ``tmp/`` and moved into place by the single writer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from photoarchive.errors import InputError
from photoarchive.metadata import PhotoMetadata, UnreadablePhotoError, read_metadata
from photoarchive.metadata.raw import displayable
from photoarchive.storage.files import PhotoStore
from photoarchive.storage.similarity import perceptual_hash
from photoarchive.storage.thumbnails import make_thumbnail


@dataclass(frozen=True, slots=True)
class Analysed:
    """A photo ready to be written: its identity, facts and staged original."""

    path: Path
    sha256: str
    size: int
    metadata: PhotoMetadata
    staged: Path  # the original, under tmp/
    staged_thumbnail: Path
    relpath: str
    phash: str  # perceptual hash of the thumbnail, for near-duplicates


@dataclass(frozen=True, slots=True)
class Known:
    """A photo whose content is already in the catalogue."""

    path: Path
    sha256: str
    photo_id: int


@dataclass(frozen=True, slots=True)
class Failed:
    path: Path
    error: str


Outcome = Analysed | Known | Failed


def analyse_photo(
    path: Path, store: PhotoStore, find_known: Callable[[str], int | None]
) -> Outcome:
    """Read, hash, describe and thumbnail one photo; never raises for bad files."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Failed(path, f"cannot read the file ({exc.strerror or exc})")
    if not data:
        return Failed(path, "the file is empty (0 bytes)")
    sha = hashlib.sha256(data).hexdigest()
    known = find_known(sha)
    if known is not None:
        return Known(path, sha, known)
    try:
        meta = read_metadata(data, path.name)
        thumb = make_thumbnail(displayable(data, path.name))
        phash = perceptual_hash(thumb)
    except UnreadablePhotoError as exc:
        return Failed(path, exc.reason)
    except InputError as exc:
        return Failed(path, exc.message)
    except Exception as exc:  # a reader bug must not stop the whole import
        return Failed(path, f"unexpected error while reading the photo ({exc!r})")
    staged_thumbnail = store.stage(thumb, ".thumb")
    staged = store.stage(data)
    relpath = store.original_relpath(sha, meta.format)
    return Analysed(path, sha, len(data), meta, staged, staged_thumbnail, relpath, phash)
