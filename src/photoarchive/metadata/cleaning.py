"""Normalising embedded text values before they are compared or stored.

Cameras pad fixed-size fields with spaces or NULs and write stock phrases where a
caption should be; an archivist wants "no caption" for those, not 31 spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Phrases cameras and phones write into ImageDescription (or tools copy into
# IPTC/XMP) when nobody wrote a caption. Compared case-insensitively after
# collapsing whitespace.
CAMERA_BOILERPLATE: frozenset[str] = frozenset(
    {
        "olympus digital camera",
        "sony dsc",
        "digital camera",
        "kodak digital still camera",
        "minolta digital camera",
        "konica minolta digital camera",
        "samsung digital camera",
        "samsung camera pictures",
        "leica digital camera",
        "pentax digital camera",
        "sanyo digital camera",
        "casio digital camera",
        "hp digital camera",
        "ricoh digital camera",
        "jenoptik digital camera",
    }
)


# C0 and C1 control characters (ESC, BEL, NUL, ...) but line breaks and tabs: a caption
# never means them, and printed raw they drive the terminal that shows the caption.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: str | None) -> str | None:
    """Strip padding (spaces, NULs) and control characters; an empty result means "absent"."""
    if value is None:
        return None
    stripped = _CONTROLS.sub("", value).strip()
    return stripped or None


def has_controls(value: str | None) -> bool:
    """True when ``value`` holds control characters that :func:`clean_text` removes."""
    return bool(value) and bool(_CONTROLS.search(value.strip().strip("\x00")))


def clean_list(values: Iterable[str | None]) -> tuple[str, ...]:
    """Clean each item, drop empty ones and repeats, keep the first-seen order."""
    seen: dict[str, None] = {}
    for value in values:
        cleaned = clean_text(value)
        if cleaned is not None:
            seen.setdefault(cleaned, None)
    return tuple(seen)


def is_placeholder_caption(text: str, *, make: str | None, model: str | None) -> bool:
    """True for camera boilerplate, or a "caption" that only repeats the camera's name."""
    folded = " ".join(text.split()).casefold()
    if folded in CAMERA_BOILERPLATE:
        return True
    camera_names = {" ".join(n.split()).casefold() for n in (make, model) if n}
    return folded in camera_names


def meaningful_caption(
    candidates: Iterable[str | None], *, make: str | None, model: str | None
) -> str | None:
    """The first candidate that is real text, skipping blanks and placeholders."""
    for candidate in candidates:
        cleaned = clean_text(candidate)
        if cleaned and not is_placeholder_caption(cleaned, make=make, model=model):
            return cleaned
    return None
