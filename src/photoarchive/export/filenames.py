"""Exported file names from a template, safe on every file system and unique in a set.

Names are built from captions and credits, which come from outside: a credit of
`../x` or a caption with a right-to-left override must not escape the folder or
disguise a name. Chinese is kept as it is.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime

from photoarchive.errors import InputError
from photoarchive.export.model import ExportItem

TEMPLATE_FIELDS = ("id", "date", "credit", "seq", "purpose", "headline")
MAX_STEM_BYTES = 180  # most file systems allow 255 bytes; leave room for "-2" and ".jpg"
MIN_FIELD_BYTES = 12
_TEXT_FIELDS = ("credit", "headline", "purpose")
_SEPARATORS = re.compile(r"[/\\]")
_FORBIDDEN = re.compile(r'[:*?"<>|]')  # what Windows refuses besides separators
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Zl", "Zp"}  # controls, format (bidi), ...
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
_JPEG_SUFFIXES = (".jpg", ".jpeg")


def check_template(template: str) -> None:
    """Refuse a template with unknown or malformed fields before any work starts."""
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise InputError(f"bad file name template {template!r}: {exc}") from None
    unknown = [n for n in names if n not in TEMPLATE_FIELDS]
    if unknown:
        raise InputError(
            f"unknown field {{{unknown[0]}}} in file name template {template!r}",
            hint=f"use {', '.join('{' + f + '}' for f in TEMPLATE_FIELDS)}",
        )


def assign_file_names(items: Sequence[ExportItem], template: str, purpose: str) -> list[str]:
    """One safe file name per item, in order; duplicates get -2, -3, ..."""
    check_template(template)
    taken: set[str] = set()
    names = []
    for seq, item in enumerate(items, 1):
        name = _unique(render_file_name(item, template, purpose, seq), taken)
        taken.add(name.casefold())
        names.append(name)
    return names


def render_file_name(item: ExportItem, template: str, purpose: str, seq: int) -> str:
    """The template filled for one item and made safe; always ends in .jpg or .jpeg."""
    values = {
        "id": item.photo_id,
        "seq": seq,
        "date": _date_text(item.taken_at),
        "credit": safe_component("-".join(item.creators) or item.credit_line) or "uncredited",
        "purpose": safe_component(purpose),
        "headline": safe_component(item.headline) or "untitled",
    }
    try:
        _share_room(values, template)
        rendered = template.format(**values)
    except (ValueError, KeyError, IndexError) as exc:
        raise InputError(f"bad file name template {template!r}: {exc}") from None
    stem, suffix = _split_suffix(rendered)
    stem = _fit_bytes(safe_component(stem), MAX_STEM_BYTES) or f"photo-{item.photo_id}"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem + suffix


def _share_room(values: dict[str, object], template: str) -> None:
    """Shorten the free-text fields so that the whole name fits and {id} is never cut off.

    A 200-character credit would otherwise fill the name and push the photo's id
    (what makes the file traceable to the archive) past the cut.
    """
    used = [f for f in _TEXT_FIELDS if "{" + f + "}" in template]
    if not used:
        return
    fixed = len(template.format(**{**values, **dict.fromkeys(used, "")}).encode("utf-8"))
    share = max(MIN_FIELD_BYTES, (MAX_STEM_BYTES - fixed) // len(used))
    for field in used:
        values[field] = _fit_bytes(str(values[field]), share)


def safe_component(text: str) -> str:
    """`text` as one path component: no separators, `..`, controls or edge dots/spaces."""
    text = unicodedata.normalize("NFC", str(text))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _DROPPED_CATEGORIES)
    parts = [p for p in _SEPARATORS.split(text) if p.strip(". ")]  # drops "." and ".." steps
    text = _FORBIDDEN.sub("_", "_".join(parts))
    text = re.sub(r"\s+", "-", text.strip())
    text = re.sub(r"\.{2,}", ".", text)
    return text.strip(". -")


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or `stem-N.jpg` with the first N not taken (case-blind, as on macOS/Windows)."""
    if name.casefold() not in taken:
        return name
    stem, suffix = _split_suffix(name)
    n = 2
    while f"{stem}-{n}{suffix}".casefold() in taken:
        n += 1
    return f"{stem}-{n}{suffix}"


def _split_suffix(name: str) -> tuple[str, str]:
    lower = name.lower()
    for suffix in _JPEG_SUFFIXES:
        if lower.endswith(suffix):
            return name[: -len(suffix)], suffix
    return name, ".jpg"


def _date_text(value: date | datetime | None) -> str:
    if value is None:
        return "undated"
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _fit_bytes(text: str, limit: int) -> str:
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore").strip(". -")
