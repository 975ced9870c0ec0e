"""IPTC IIM (the Photoshop APP13 block) through Pillow, decoded per dataset 1:90.

Pillow hands back raw bytes; the text encoding is whatever 1:90 declares (``ESC
% G`` = UTF-8), and when it declares nothing the shared guessing policy in
:mod:`photoarchive.metadata.charset` applies, with a warning, because an
undeclared block garbles Chinese in every other tool.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TypeAlias

from PIL import IptcImagePlugin
from PIL.ImageFile import ImageFile

from photoarchive.metadata.charset import decode_declared, iim_encoding
from photoarchive.metadata.cleaning import clean_list, has_controls
from photoarchive.metadata.dates import InvalidDateError, iim_datetime

CHARSET = (1, 90)
OBJECT_NAME = (2, 5)  # IPTC Core "Title"
KEYWORDS = (2, 25)
DATE_CREATED = (2, 55)
TIME_CREATED = (2, 60)
BYLINE = (2, 80)
HEADLINE = (2, 105)
CREDIT = (2, 110)
SOURCE = (2, 115)
COPYRIGHT = (2, 116)
CAPTION = (2, 120)

# Photoshop image resources: the IIM block itself, and the MD5 digest of the IIM
# block that MWG-aware tools store when they write IIM and XMP together.
IIM_RESOURCE = 0x0404
IIM_DIGEST_RESOURCE = 0x0425

RawIptc: TypeAlias = dict[tuple[int, int], bytes | list[bytes] | None]


@dataclass(frozen=True, slots=True)
class IptcFields:
    """The IIM datasets the archive keeps, decoded and cleaned."""

    caption: str | None = None
    headline: str | None = None
    credit: str | None = None
    source: str | None = None
    copyright: str | None = None
    title: str | None = None
    byline: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    taken_at: str | None = None
    # True when the stored IIM digest no longer matches the block: a tool changed IIM
    # without updating XMP, so MWG reads IIM over XMP (see metadata.reconcile).
    # None when there is no digest to tell.
    changed_since_xmp: bool | None = None
    warnings: tuple[str, ...] = ()


class _Decoder:
    """Decodes every dataset of one block the same way and remembers any guess."""

    def __init__(self, declaration: bytes | None) -> None:
        self.declared = iim_encoding(declaration)
        self.guessed: set[str] = set()
        self.controls = False

    def text(self, raw: RawIptc, key: tuple[int, int]) -> str | None:
        values = self.all(raw, key)
        return values[0] if values else None

    def all(self, raw: RawIptc, key: tuple[int, int]) -> tuple[str, ...]:
        value = raw.get(key)
        items = value if isinstance(value, list) else [value]
        return clean_list(self._decode(item) for item in items if item)

    def _decode(self, data: bytes) -> str:
        decoded = decode_declared(data, self.declared)
        if decoded.guessed:
            self.guessed.add(decoded.encoding)
        self.controls = self.controls or has_controls(decoded.text)
        return decoded.text

    def warnings(self) -> tuple[str, ...]:
        removed = ("IPTC text held control characters (ESC, BEL, NUL…); they were removed",)
        found = removed if self.controls else ()
        if not self.guessed:
            return found
        encodings = " / ".join(sorted(e.upper() for e in self.guessed))
        if self.declared:
            problem = f"IPTC text is not valid {self.declared.upper()} as declared"
        else:
            problem = "IPTC text has no character set declaration (dataset 1:90)"
        return (f"{problem}; read as {encodings}", *found)


def read_iptc(image: ImageFile) -> IptcFields:
    """Read the IIM block of an opened image, if it has one."""
    try:
        raw = IptcImagePlugin.getiptcinfo(image)
    except (SyntaxError, OSError, ValueError) as exc:
        return IptcFields(warnings=(f"IPTC block damaged ({exc}); its fields were skipped",))
    if not raw:
        return IptcFields()
    charset = raw.get(CHARSET)
    decoder = _Decoder(charset[0] if isinstance(charset, list) else charset)
    warnings: list[str] = []
    try:
        taken_at = iim_datetime(decoder.text(raw, DATE_CREATED), decoder.text(raw, TIME_CREATED))
    except InvalidDateError as exc:
        warnings.append(f"IPTC date created ignored: {exc}")
        taken_at = None
    return IptcFields(
        caption=decoder.text(raw, CAPTION),
        headline=decoder.text(raw, HEADLINE),
        credit=decoder.text(raw, CREDIT),
        source=decoder.text(raw, SOURCE),
        copyright=decoder.text(raw, COPYRIGHT),
        title=decoder.text(raw, OBJECT_NAME),
        byline=decoder.all(raw, BYLINE),
        keywords=decoder.all(raw, KEYWORDS),
        taken_at=taken_at,
        changed_since_xmp=changed_since_digest(image),
        warnings=(*decoder.warnings(), *warnings),
    )


def changed_since_digest(image: ImageFile) -> bool | None:
    """Whether the IIM differs from its stored digest (0x0425); None when there is none."""
    resources = image.info.get("photoshop")
    if not isinstance(resources, dict):
        return None
    block, digest = resources.get(IIM_RESOURCE), resources.get(IIM_DIGEST_RESOURCE)
    if not isinstance(block, bytes) or not isinstance(digest, bytes) or len(digest) != 16:
        return None
    return hashlib.md5(block, usedforsecurity=False).digest() != digest
