"""Turning metadata bytes of unknown or declared encoding into text.

IPTC IIM text is only reliably UTF-8 when dataset 1:90 says so; older Chinese
newsroom systems wrote GB18030/GBK and Western ones cp1252, both undeclared. EXIF
ASCII fields carry the same mix in practice. One policy, used for both, keeps the
guess explainable: UTF-8 if the bytes are valid UTF-8; GB18030 or Big5 if they
read as Chinese, whichever makes text in its own script; otherwise cp1252.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import opencc

# IIM 1:90 escape sequences (ISO 2022) that designate UTF-8; ``ESC % G`` is what
# writers use, the ``ESC % /`` forms are the UTF-8 "levels" of ISO 2375.
_UTF8_DESIGNATIONS = (b"\x1b%G", b"\x1b%/G", b"\x1b%/H", b"\x1b%/I")
# Designations of ISO 8859-1 (Latin-1) as the G1 set.
_LATIN1_DESIGNATIONS = (b"\x1b.A", b"\x1b-A")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text plus the encoding it was read as, so callers can warn about guesses."""

    text: str
    encoding: str
    guessed: bool


def iim_encoding(declaration: bytes | None) -> str | None:
    """The Python codec named by an IIM 1:90 value, or None when undeclared/unknown."""
    if not declaration:
        return None
    if any(declaration.startswith(d) for d in _UTF8_DESIGNATIONS):
        return "utf-8"
    if any(declaration.startswith(d) for d in _LATIN1_DESIGNATIONS):
        return "latin-1"
    return None


def decode_declared(data: bytes, encoding: str | None) -> Decoded:
    """Decode with a declared codec; fall back to the guessing policy if it does not fit."""
    if encoding is not None:
        try:
            return Decoded(data.decode(encoding), encoding, guessed=False)
        except UnicodeDecodeError:
            pass
    return decode_undeclared(data)


def decode_undeclared(data: bytes) -> Decoded:
    """Decode bytes that carry no encoding declaration (see the module docstring)."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8", guessed=not data.isascii())
    except UnicodeDecodeError:
        pass
    chinese = _chinese_codec(data)
    if chinese is not None:
        return Decoded(data.decode(chinese), chinese, guessed=True)
    try:
        return Decoded(data.decode("cp1252"), "cp1252", guessed=True)
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return Decoded(data.decode("latin-1"), "latin-1", guessed=True)


def _chinese_codec(data: bytes) -> str | None:
    """GB18030 or Big5 for bytes that read as Chinese in either, by which script they make.

    Both encodings decode much of the other's bytes, into characters that are
    real but make no sense. Read the right way, simplified text is full of
    characters that have a traditional form (国, 视) and traditional text of ones
    that have a simplified form (灣, 總); read the wrong way, such characters are
    rare. The reading with the larger share of its script's own characters wins.
    """
    if not _has_low_trail(data):  # every pair in GB2312's block: Big5 is no likelier
        return "gb18030" if _looks_like_gb_chinese(data) else None
    best: tuple[float, str] | None = None
    for codec, other_script in (("gb18030", "s2t"), ("big5", "t2s")):
        if codec == "gb18030" and not _looks_like_gb_chinese(data):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
        if not han:
            continue
        own = sum(_convert(ch, other_script) != ch for ch in han) / len(han)
        if best is None or own > best[0]:
            best = (own, codec)
    return best[1] if best else None


def _has_low_trail(data: bytes) -> bool:
    """A double-byte pair whose second byte is 0x40-0x7E: GBK or Big5, never GB2312."""
    i = 0
    while i < len(data) - 1:
        if data[i] < 0x80:
            i += 1
            continue
        if 0x40 <= data[i + 1] <= 0x7E:
            return True
        i += 2
    return False


@lru_cache(maxsize=4096)
def _convert(ch: str, config: str) -> str:
    return _opencc(config).convert(ch)


@lru_cache(maxsize=2)
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _looks_like_gb_chinese(data: bytes) -> bool:
    """True if the bytes decode as GB18030 and are mostly GB2312-block characters.

    Latin-1 text with an accent (``Müller`` = ``4D FC 6C ...``) also decodes as
    GBK, but the accented byte pairs with a following ASCII letter; everyday Chinese
    has both bytes of nearly every character in 0xA1-0xFE (the GB2312 block).
    """
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    in_block = outside = 0
    i = 0
    while i < len(data):
        lead = data[i]
        if lead < 0x80:
            i += 1
            continue
        trail = data[i + 1] if i + 1 < len(data) else 0
        if 0xA1 <= lead <= 0xFE and 0xA1 <= trail <= 0xFE:
            in_block += 1
        else:
            outside += 1
        # A four-byte GB18030 sequence has an ASCII digit as its second byte.
        i += 4 if 0x30 <= trail <= 0x39 else 2
    return in_block > outside
