"""Embed caption, credit and rights into a JPEG, in IPTC IIM and XMP at once.

Newsroom tools read one or the other, so both are written. IIM is declared
UTF-8 (dataset 1:90 = ESC % G), or Chinese is garbled elsewhere; IIM fields have
byte limits, so a long field is cut there (between names for credit, by-line and
source, else on a character boundary), XMP keeps the full text, and every cut is
reported. The file's own IPTC and XMP are replaced:
an exported file carries exactly what the archive says about the photo.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pyexiv2

from photoarchive.errors import PhotoarchiveError

# exiv2 prints warnings about odd maker notes to the console; errors still raise.
pyexiv2.set_log_level(3)

# pyexiv2 keeps global state in its C++ layer and is not thread-safe.
_PYEXIV2_LOCK = threading.Lock()

UTF8_DECLARATION = "\x1b%G"  # IIM 1:90 value that declares UTF-8

# EXIF fields that would contradict the embedded caption, creator and copyright.
_STALE_EXIF = ("Exif.Image.ImageDescription", "Exif.Image.Artist", "Exif.Image.Copyright")


class MetadataWriteError(PhotoarchiveError):
    """The metadata cannot be embedded in this file."""


@dataclass(frozen=True, slots=True)
class EmbeddedMetadata:
    """What an exported photo carries inside it; empty values are left out."""

    caption: str = ""
    headline: str = ""
    creators: tuple[str, ...] = ()
    credit_line: str = ""
    source: str = ""
    copyright: str = ""
    usage_terms: str = ""
    keywords: tuple[str, ...] = ()
    subject_codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Field:
    """Where one EmbeddedMetadata attribute goes in IIM and XMP, and its IIM byte limit."""

    attr: str
    label: str
    dataset: str
    limit: int  # bytes, from the IPTC IIM 4.2 specification
    iim_key: str
    xmp_key: str
    lang_alt: bool = False
    names: bool = False  # a list of names: cut between them, not inside one


_FIELDS = (
    _Field(
        "caption",
        "caption",
        "2:120",
        2000,
        "Iptc.Application2.Caption",
        "Xmp.dc.description",
        lang_alt=True,
    ),
    _Field(
        "headline", "headline", "2:105", 256, "Iptc.Application2.Headline", "Xmp.photoshop.Headline"
    ),
    _Field(
        "credit_line",
        "credit",
        "2:110",
        32,
        "Iptc.Application2.Credit",
        "Xmp.photoshop.Credit",
        names=True,
    ),
    _Field(
        "source",
        "source",
        "2:115",
        32,
        "Iptc.Application2.Source",
        "Xmp.photoshop.Source",
        names=True,
    ),
    _Field(
        "copyright",
        "copyright",
        "2:116",
        128,
        "Iptc.Application2.Copyright",
        "Xmp.dc.rights",
        lang_alt=True,
    ),
)
_CREATORS = _Field(
    "creators", "by-line", "2:80", 32, "Iptc.Application2.Byline", "Xmp.dc.creator", names=True
)
_KEYWORDS = _Field(
    "keywords", "keyword", "2:25", 64, "Iptc.Application2.Keywords", "Xmp.dc.subject"
)

IIM_LIMITS = {f.label: f.limit for f in (*_FIELDS, _CREATORS, _KEYWORDS)}

# What stands between two names in a credit: `张三 李四`, `张三、李四`, `AP Photo/Jane Doe`.
NAME_SEPARATORS = frozenset(" \u3000、,，/／;；")
_SPACES = frozenset(" \u3000")
# A list separator first, so "Jane Doe, John Smith" keeps "Jane Doe" whole; then a space.
_NAME_CUTS = (NAME_SEPARATORS - _SPACES, NAME_SEPARATORS)
_TRAILING = "".join(sorted(NAME_SEPARATORS))


def shorten_utf8(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-8 bytes, never inside a character."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def shorten_names(text: str, limit: int) -> str:
    """`text` within `limit` UTF-8 bytes, cut between names so no name is left half.

    A 32-byte credit holds about ten Chinese characters: a plain cut turns
    `欧阳明月 司马相如 诸葛亮` into `… 诸葛`, a different person. Only when the
    first name alone is too long is it cut on a character boundary.
    """
    short = shorten_utf8(text, limit)
    if short == text:
        return text
    for separators in _NAME_CUTS:
        for end in range(len(short), 0, -1):
            if text[end] in separators and (kept := text[:end].rstrip(_TRAILING)):
                return kept
    return short


def embed_metadata(
    data: bytes, meta: EmbeddedMetadata, *, keep_gps: bool
) -> tuple[bytes, list[str]]:
    """JPEG bytes with `meta` embedded, and the warnings; works in memory, safe from threads."""
    iptc, warnings = _iim_values(meta)
    xmp = _xmp_values(meta)
    with _PYEXIV2_LOCK:
        image = pyexiv2.ImageData(data)
        try:
            _scrub_exif(image, keep_gps=keep_gps)
            image.clear_iptc()
            image.clear_xmp()
            image.modify_iptc(iptc)
            image.modify_xmp(xmp)
            return image.get_bytes(), warnings
        except RuntimeError as exc:
            raise MetadataWriteError(
                f"cannot embed the metadata: {exc}",
                hint="XMP in a JPEG holds at most 64 KB: if the caption or keywords are very"
                " long, shorten them",
            ) from None
        finally:
            image.close()


def _scrub_exif(image: pyexiv2.ImageData, *, keep_gps: bool) -> None:
    """Drop GPS (protects sources) and EXIF text that would contradict the new metadata."""
    exif = image.read_exif()
    doomed = [k for k in _STALE_EXIF if k in exif]
    if not keep_gps:
        doomed += [k for k in exif if k.startswith("Exif.GPSInfo.")]
        if "Exif.Image.GPSTag" in exif:
            doomed.append("Exif.Image.GPSTag")
    if doomed:
        image.modify_exif(dict.fromkeys(doomed))


def _text(value: str) -> str:
    return value.strip()


def _list(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for v in values if v.strip()]


def _iim_values(meta: EmbeddedMetadata) -> tuple[dict[str, object], list[str]]:
    """IIM datasets within their byte limits, and a warning for every cut."""
    values: dict[str, object] = {"Iptc.Envelope.CharacterSet": UTF8_DECLARATION}
    warnings: list[str] = []
    for f in _FIELDS:
        text = _text(getattr(meta, f.attr))
        if text:
            values[f.iim_key] = _fit(text, f, warnings)
    for f in (_CREATORS, _KEYWORDS):
        items = [_fit(v, f, warnings) for v in _list(getattr(meta, f.attr))]
        if items:
            values[f.iim_key] = items
    return values, warnings


def _fit(text: str, field: _Field, warnings: list[str]) -> str:
    """`text` within the field's IIM limit; a cut is recorded in `warnings`."""
    size = len(text.encode("utf-8"))
    if size <= field.limit:
        return text
    short = (shorten_names if field.names else shorten_utf8)(text, field.limit)
    xmp_name = field.xmp_key.removeprefix("Xmp.")
    warnings.append(
        f"IIM {field.label} ({field.dataset}) shortened from {size} to"
        f" {len(short.encode('utf-8'))} bytes ({short!r}); XMP {xmp_name} keeps the full text"
    )
    return short


def _xmp_values(meta: EmbeddedMetadata) -> dict[str, object]:
    values: dict[str, object] = {}
    for f in _FIELDS:
        text = _text(getattr(meta, f.attr))
        if text:
            values[f.xmp_key] = {'lang="x-default"': text} if f.lang_alt else text
    terms = _text(meta.usage_terms)
    if terms:
        values["Xmp.xmpRights.UsageTerms"] = {'lang="x-default"': terms}
    for key, items in (
        (_CREATORS.xmp_key, meta.creators),
        (_KEYWORDS.xmp_key, meta.keywords),
        ("Xmp.iptc.SubjectCode", meta.subject_codes),  # exiv2 calls Iptc4xmpCore "iptc"
    ):
        if _list(items):
            values[key] = _list(items)
    return values
