"""Pairing captions with photo files: natural order, or an explicit CSV.

Newsrooms name files ``img2.jpg`` … ``img10.jpg``; a plain sort would put 10
before 2, so the default order is natural (digits compared as numbers).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from photoarchive.captions.model import Caption
from photoarchive.errors import FeatureTextError, InputError
from photoarchive.textio import decode_text

PHOTO_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".tif", ".tiff", ".webp", ".gif", ".bmp"}
)

_DIGITS = re.compile(r"(\d+)")
HEADER_NAMES = frozenset({"filename", "file", "name", "photo", "文件名", "文件", "照片"})


def natural_key(name: str) -> tuple[object, ...]:
    """Sort key that compares runs of digits as numbers: img2 < img10."""
    parts = _DIGITS.split(name.casefold())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def list_photos(folder: Path) -> list[Path]:
    """Photo files directly inside ``folder`` (hidden files skipped), in natural order."""
    if not folder.is_dir():
        raise InputError(
            f"{folder} is not a folder.",
            hint="Pass the folder that holds the photos with --photos.",
        )
    files = [
        p
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in PHOTO_SUFFIXES
    ]
    return sorted(files, key=lambda p: natural_key(p.name))


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
    by_name = {p.name: p for p in photos}
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
        tuple(p for p in photos if p.name not in mapping),
    )
