"""Read a feature text file whatever encoding the newsroom saved it in.

Feature texts arrive as UTF-8 (with or without a BOM), UTF-16 (usually with a
BOM, from Windows tools) or GB18030/GBK (older Chinese editors). We detect the
encoding with strict decoding plus sanity checks of the decoded text and refuse
anything we cannot identify: a wrong guess would silently store garbled
captions, which is worse than asking the user to re-save the file.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from photoarchive.errors import FeatureTextError

SAVE_AS_UTF8 = "Open it in a text editor and save it as plain text in UTF-8, then try again."
CHOOSE_TEXT = "Choose the article's text file, or save the article as plain text in UTF-8."

# Byte-order marks, longest first so UTF-32 LE is not mistaken for UTF-16 LE.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of formats people export by mistake instead of plain text.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"GIF8", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"WEBP", 8, "a WebP image"),
    (b"ftyp", 4, "an HEIC/MP4 file"),
    (b"%PDF", 0, "a PDF document"),
    (b"PK\x03\x04", 0, "a ZIP archive or Word (.docx) document"),
    (b"\xd0\xcf\x11\xe0", 0, "a Word (.doc) document"),
    (b"{\\rtf", 0, "an RTF document"),
)

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# Characters that legitimate Chinese or Western text practically never contains
# but that a wrong 2-byte decoding (Big5 read as GBK, ...) produces in bulk.
_SUSPECT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0370, 0x052F),  # Greek, Cyrillic
    (0x2500, 0x259F),  # box drawing, block elements
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0xE000, 0xF8FF),  # private use area
)
_MAX_SUSPECT_SHARE = 0.02
# Everyday text: tab/newlines, ASCII, Latin-1, general punctuation, CJK symbols
# and punctuation, CJK ideographs, full-width forms.
_ORDINARY_RANGES: tuple[tuple[int, int], ...] = (
    (0x09, 0x0A),
    (0x0D, 0x0D),
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x2000, 0x206F),
    (0x3000, 0x303F),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xFF00, 0xFFEF),
)
_MIN_ORDINARY_SHARE = 0.95
_NEWLINES = re.compile(r"\r\n|[\r\x85\u2028\u2029\f\v]")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A feature text decoded to ``str`` with its newlines normalised to ``\\n``."""

    text: str
    encoding: str


def read_text(path: Path) -> DecodedText:
    """Read and decode ``path``; raise :class:`FeatureTextError` if it is not usable text."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FeatureTextError(
            f"Cannot read the feature text {path}: {exc.strerror or exc}.",
            hint="Check that the file exists and that you may read it.",
        ) from exc
    return decode_text(data, str(path))


def decode_text(data: bytes, name: str) -> DecodedText:
    """Decode the bytes of the file called ``name``, detecting its encoding.

    Raises :class:`FeatureTextError` for empty, whitespace-only, binary or
    undecodable input; never falls back to a lossy decoding.
    """
    if not data:
        raise FeatureTextError(
            f"The feature text {name} is empty.",
            hint="Export the article text into it (plain text, UTF-8) and try again.",
        )
    text, encoding = _decode(data, name)
    text = _NEWLINES.sub("\n", text).removesuffix("\x1a")  # DOS end-of-file marker
    _check_plausible(text, name, encoding)
    if not text.strip():
        raise FeatureTextError(
            f"The feature text {name} is empty: it contains only blank space, no article text.",
            hint="Export the article text into it and try again.",
        )
    return DecodedText(text=text, encoding=encoding)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Pick the encoding: BOM first, then UTF-16 by NUL pattern, then UTF-8, then GB18030."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, name, bom=True), encoding
    kind = _binary_signature(data)
    if kind:
        raise FeatureTextError(
            f"The feature text {name} is a binary file ({kind}), not plain text.",
            hint=CHOOSE_TEXT,
        )
    if b"\x00" in data:
        encoding = _utf16_by_nul_pattern(data)
        if encoding is None:
            raise _binary_error(name)
        return _strict(data, encoding, name, bom=False), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    if _has_control_bytes(data):
        raise _binary_error(name)
    raise FeatureTextError(
        f"The feature text {name} is not in an encoding photoarchive can read"
        " (UTF-8, UTF-16 or GB18030/GBK).",
        hint=SAVE_AS_UTF8,
    )


def _strict(data: bytes, encoding: str, name: str, *, bom: bool) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        how = "starts with a byte-order mark for" if bom else "looks like"
        raise FeatureTextError(
            f"The feature text {name} {how} {encoding.upper()} but is not valid"
            f" {encoding.upper()} at byte {exc.start}.",
            hint=SAVE_AS_UTF8,
        ) from exc


def _binary_signature(data: bytes) -> str | None:
    for magic, offset, kind in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return kind
    return None


def _utf16_by_nul_pattern(data: bytes) -> str | None:
    """UTF-16 without BOM, told apart from binary by what each byte order decodes to.

    ASCII characters (newlines at least) put a NUL on one side of every code
    unit; some Chinese ones (U+5F00 开) have a NUL too, so rather than count
    NULs we decode both ways and accept the order that gives ordinary text
    while the other gives garbage.
    """
    if len(data) % 2:
        return None
    shares = {}
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            shares[encoding] = _ordinary_share(data.decode(encoding))
        except UnicodeDecodeError:
            shares[encoding] = 0.0
    best = max(shares, key=shares.__getitem__)
    others = [share for encoding, share in shares.items() if encoding != best]
    if shares[best] >= _MIN_ORDINARY_SHARE and all(o < _MIN_ORDINARY_SHARE for o in others):
        return best
    return None


def _ordinary_share(text: str) -> float:
    """Share of characters found in everyday Chinese or Western text."""
    if not text:
        return 0.0
    ordinary = sum(1 for ch in text if any(lo <= ord(ch) <= hi for lo, hi in _ORDINARY_RANGES))
    return ordinary / len(text)


def _has_control_bytes(data: bytes) -> bool:
    return any(b < 0x20 and chr(b) not in _ALLOWED_CONTROLS for b in data[:4096])


def _binary_error(name: str) -> FeatureTextError:
    return FeatureTextError(
        f"The feature text {name} looks like a binary file (it contains control bytes),"
        " not plain text.",
        hint=CHOOSE_TEXT,
    )


def _check_plausible(text: str, name: str, encoding: str) -> None:
    """Reject decoded text that is clearly not a human-written article."""
    for ch in text:
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc":
            raise _binary_error(name)
    if encoding != "gb18030":
        return  # strict UTF-8/UTF-16 decoding does not succeed by accident
    wide = [ord(ch) for ch in text if ord(ch) > 0x7F]
    if not wide:
        return
    suspect = sum(1 for cp in wide if any(lo <= cp <= hi for lo, hi in _SUSPECT_RANGES))
    if suspect / len(wide) > _MAX_SUSPECT_SHARE:
        raise FeatureTextError(
            f"The feature text {name} decodes as {encoding.upper()} only into garbled"
            " characters; it is probably in another encoding (Big5, Shift-JIS, ...).",
            hint=SAVE_AS_UTF8,
        )
