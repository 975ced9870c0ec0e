"""Which block wins when EXIF, IPTC IIM and XMP disagree: the MWG reading rules.

Real files pass through several tools, and a tool that edits only one block leaves
the others stale. The Metadata Working Group's guidelines (as exiftool's ``-use
MWG`` implements them) decide by evidence rather than by a fixed order:

- EXIF (ImageDescription, Artist, Copyright) wins when it is present and readable;
  MWG tools write it with the others, and old tools never touched it.
- IIM wins over XMP only when the IIM digest Photoshop keeps (resource 0x0425)
  no longer matches the IIM block: a tool changed IIM without updating XMP.
  With no digest, or a matching one, XMP is the up-to-date copy.
- An IIM value that is the start of the XMP value was cut at IIM's length limit;
  the whole XMP value is used and that is not a disagreement.

The values that lose are kept as :class:`Disagreement` so the archivist can see
them: nothing a file says is thrown away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, TypeAlias

Value: TypeAlias = str | tuple[str, ...]

EXIF = "EXIF"
IIM = "IPTC"
XMP = "XMP"

# IIM's maximum lengths in bytes (IPTC IIM 4.2), past which writers cut the value.
IIM_LIMITS = {"caption": 2000, "creator": 32, "copyright": 128, "headline": 256}

# Half or more question marks: a non-ASCII caption forced into ASCII by some writer.
_QUESTION_MARKS = re.compile(r"\?")


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One field whose blocks say different things: what was used, and what was not."""

    field: str  # caption, creator, copyright, headline, credit, source, title, keywords
    used: str  # the block whose value was used: EXIF, IPTC or XMP
    value: Value
    others: tuple[tuple[str, Value], ...]  # (block, value) for each differing block
    why: str  # the rule that decided, in words

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form, kept with the photo in the catalogue."""
        return {
            "field": self.field,
            "used": self.used,
            "value": _jsonable(self.value),
            "others": [{"block": b, "value": _jsonable(v)} for b, v in self.others],
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class Reading:
    """The value a field takes, and its disagreement if the blocks differed."""

    value: Value | None
    disagreement: Disagreement | None = None


def reconcile(
    field: str,
    *,
    exif: Value | None = None,
    iim: Value | None = None,
    xmp: Value | None = None,
    iim_changed: bool | None = None,
) -> Reading:
    """Pick the value MWG says to read, noting any block that disagrees.

    ``iim_changed`` is True when the IIM digest exists and no longer matches the
    IIM block, False when it matches, None when there is no digest. Pass only
    readable values (blank and placeholder text as None).
    """
    present = {b: v for b, v in ((EXIF, exif), (IIM, iim), (XMP, xmp)) if v}
    if not present:
        return Reading(None)
    limit = IIM_LIMITS.get(field)
    used, why = _winner(present, iim_changed, limit)
    value = present[used]
    others = tuple(
        (block, other)
        for block, other in present.items()
        if block != used
        and not _same(other, value)
        and not (block == IIM and _cut_copy(other, value, limit))
    )
    if not others:
        return Reading(value)
    return Reading(value, Disagreement(field, used, value, others, why))


def readable_exif(text: str | None) -> str | None:
    """EXIF text, or None when it cannot be what was meant (mangled to ``?`` or U+FFFD)."""
    if not text:
        return None
    if "\ufffd" in text or len(_QUESTION_MARKS.findall(text)) * 2 >= len(text.replace(" ", "")):
        return None
    return text


def exif_list(text: str | None) -> tuple[str, ...]:
    """EXIF Artist as a list: MWG stores several creators as ``a; b`` (quoted if needed)."""
    if not text:
        return ()
    parts = (part.strip().strip('"').strip() for part in text.split("; "))
    return tuple(part for part in parts if part)


def _winner(
    present: dict[str, Value], iim_changed: bool | None, limit: int | None
) -> tuple[str, str]:
    if EXIF in present:
        return EXIF, "EXIF is read first when it is present (MWG)"
    if XMP not in present:
        return IIM, "only IPTC holds it"
    if IIM not in present:
        return XMP, "only XMP holds it"
    if iim_changed is None:
        return XMP, "there is no IPTC digest to show IPTC is newer, so XMP is used"
    if not iim_changed:
        return XMP, "the IPTC digest shows IPTC and XMP were written together, so XMP is used"
    if _cut_copy(present[IIM], present[XMP], limit):
        return XMP, "IPTC was changed later, but it holds only the start of the XMP value"
    return IIM, "IPTC was changed after XMP by a tool that did not update XMP (its digest differs)"


def _same(a: Value, b: Value) -> bool:
    return _normal(a) == _normal(b)


def _normal(value: Value) -> Value:
    if isinstance(value, str):
        return " ".join(value.split())
    return tuple(" ".join(item.split()) for item in value)


def _cut_copy(iim: Value, full: Value, limit: int | None) -> bool:
    """An IIM text at IIM's length limit that is the beginning of the full text."""
    if limit is None or not isinstance(iim, str) or not isinstance(full, str):
        return False
    # A writer cuts at a byte count, so a multi-byte character may be dropped whole.
    at_limit = len(iim.encode("utf-8")) > limit - 4
    return at_limit and " ".join(full.split()).startswith(" ".join(iim.split()))


def _jsonable(value: Value) -> str | list[str]:
    return value if isinstance(value, str) else list(value)
