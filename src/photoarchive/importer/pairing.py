"""Pairing captions with photo files: natural order, or an explicit CSV.

Newsrooms name files ``img2.jpg`` … ``img10.jpg``; a plain sort would put 10
before 2, so the default order is natural (digits compared as numbers).
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path

from photoarchive.captions.model import Caption
from photoarchive.errors import FeatureTextError, InputError
from photoarchive.metadata.raw import RAW_FORMATS
from photoarchive.textio import decode_text

PHOTO_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".tif", ".tiff", ".webp", ".gif", ".bmp"}
    | {".heic", ".heif", ".hif", ".avif"}
    | set(RAW_FORMATS)
)
# Files a camera or phone writes beside its photos: named in the report, never paired.
SIDECARS = {
    ".xmp": "an XMP sidecar",
    ".thm": "a camera's thumbnail file",
    ".aae": "an iPhone edit record",
    ".lrv": "a low-resolution video copy",
}
# System files that say nothing about the photos; left out without a word.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db"})

_DIGITS = re.compile(r"(\d+)")
HEADER_NAMES = frozenset({"filename", "file", "name", "photo", "文件名", "文件", "照片"})


def natural_key(name: str) -> tuple[object, ...]:
    """Sort key that compares runs of digits as numbers: img2 < img10."""
    parts = _DIGITS.split(name.casefold())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


@dataclass(frozen=True, slots=True)
class Listing:
    """A photo folder: the photo files in natural order, and every other file with why not."""

    photos: list[Path]
    skipped: list[tuple[str, str]]  # (file name as shown, reason)


def scan_photos(folder: Path) -> Listing:
    """Every entry directly inside ``folder``: a photo, or named with the reason it is not.

    A photo is known by its suffix, RAW and HEIC included, whether or not it
    can be read: one that cannot keeps its place in the pairing and fails on
    its own, so no caption moves to the next photo.
    """
    if not folder.is_dir():
        raise InputError(
            f"{folder} is not a folder.",
            hint="Pass the folder that holds the photos with --photos.",
        )
    photos: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for entry in sorted(folder.iterdir(), key=lambda p: natural_key(p.name)):
        name = display_name(entry)
        if entry.name.startswith(".") or entry.name.casefold() in _SYSTEM_FILES:
            continue
        suffix = entry.suffix.lower()
        if entry.is_dir():
            skipped.append((name, "a folder: photos in sub-folders are not imported"))
        elif not entry.is_file():
            skipped.append((name, "not a regular file"))
        elif suffix in PHOTO_SUFFIXES:
            photos.append(entry)
        elif suffix in SIDECARS:
            skipped.append((name, f"{SIDECARS[suffix]}, not a photo"))
        else:
            kind = f"{suffix} file" if suffix else "file without an extension"
            skipped.append((name, f"not a photo ({kind}); left out of the pairing"))
    return Listing(photos, skipped)


def list_photos(folder: Path) -> list[Path]:
    """Photo files directly inside ``folder`` (hidden files skipped), in natural order."""
    return scan_photos(folder).photos


def display_name(path: Path) -> str:
    """The file name as a person should read it, whatever bytes the file system holds.

    Zips made on Chinese Windows carry GBK names, which Python sees as
    undecodable bytes; those are read as GB18030, and what is not text at all
    is shown with replacement marks, so a name never stops an import.
    """
    name = path.name
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


def name_was_guessed(path: Path) -> bool:
    """True when the file system's name was not UTF-8 and :func:`display_name` decoded it."""
    try:
        path.name.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


@dataclass(frozen=True, slots=True)
class Pair:
    """One photo file and the caption printed for it (None for a photo-only import)."""

    path: Path
    caption: Caption | None


@dataclass(frozen=True, slots=True)
class Pairing:
    pairs: tuple[Pair, ...]
    unmatched_captions: tuple[Caption, ...]
    unmatched_photos: tuple[Path, ...]

    @property
    def mismatched(self) -> bool:
        return bool(self.unmatched_captions or self.unmatched_photos)


def pair_in_order(captions: tuple[Caption, ...], photos: list[Path]) -> Pairing:
    """The n-th photo gets the n-th caption; extras on either side stay unmatched."""
    n = min(len(captions), len(photos))
    pairs = tuple(Pair(photos[i], captions[i]) for i in range(n))
    return Pairing(pairs, tuple(captions[n:]), tuple(photos[n:]))


def read_pairing_csv(csv_path: Path) -> dict[str, int]:
    """Read ``filename,position`` rows (a header row is allowed)."""
    try:
        text = decode_text(csv_path.read_bytes(), csv_path.name).text
    except FeatureTextError as exc:
        raise InputError(
            f"Cannot read the pairing file: {exc.message}",
            hint="Save it as CSV with rows: filename,position.",
        ) from exc
    except OSError as exc:
        raise InputError(
            f"Cannot read the pairing file {csv_path}: {exc}",
            hint="Save it as UTF-8 CSV with rows: filename,position.",
        ) from exc
    mapping: dict[str, int] = {}
    for lineno, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not "".join(row).strip():
            continue
        if len(row) < 2:
            raise InputError(f"{csv_path}:{lineno}: expected 'filename,position', got {row!r}.")
        name, pos = row[0].strip(), row[1].strip()
        if lineno == 1 and name.casefold() in HEADER_NAMES:
            continue  # header
        if not pos.isdigit() or int(pos) < 1:
            raise InputError(f"{csv_path}:{lineno}: position {pos!r} is not a positive number.")
        if name in mapping:
            raise InputError(f"{csv_path}:{lineno}: {name} is listed twice.")
        if int(pos) in mapping.values():
            raise InputError(f"{csv_path}:{lineno}: position {pos} is given to two files.")
        mapping[name] = int(pos)
    return mapping


def pair_by_csv(
    captions: tuple[Caption, ...], photos: list[Path], mapping: dict[str, int]
) -> Pairing:
    """Pair by the explicit ``filename -> position`` mapping of a pairing CSV."""
    by_name = {display_name(p): p for p in photos}
    unknown = sorted(set(mapping) - set(by_name))
    if unknown:
        raise InputError(
            f"The pairing file names files that are not in the photo folder: {', '.join(unknown)}."
        )
    by_position = {c.position: c for c in captions}
    bad = sorted(pos for pos in mapping.values() if pos not in by_position)
    if bad:
        raise InputError(
            f"The pairing file uses positions the feature does not have: {bad} "
            f"(the feature has captions 1-{len(captions)})."
        )
    pairs = tuple(
        Pair(by_name[name], by_position[pos])
        for name, pos in sorted(mapping.items(), key=lambda kv: kv[1])
    )
    used = set(mapping.values())
    return Pairing(
        pairs,
        tuple(c for c in captions if c.position not in used),
        tuple(p for p in photos if display_name(p) not in mapping),
    )


def dropped_sources(paths: list[Path]) -> tuple[Path | None, Path | None]:
    """Which of the paths dropped on the window are the feature text and the photo folder.

    A text dropped alone brings its own folder when photos sit beside it.
    """
    feature = next((p for p in paths if p.is_file() and p.suffix.lower() == ".txt"), None)
    photos = next((p for p in paths if p.is_dir()), None)
    if photos is None and feature is not None:
        beside = any(q.suffix.lower() in PHOTO_SUFFIXES for q in feature.parent.iterdir())
        photos = feature.parent if beside else None
    return feature, photos
