"""Turning metadata bytes of unknown or declared encoding into text.

IPTC IIM text is only reliably UTF-8 when dataset 1:90 says so; older Chinese
newsroom systems wrote GB18030/GBK and Western ones cp1252, both undeclared. EXIF
ASCII fields carry the same mix in practice. One policy, used for both, keeps the
guess explainable: UTF-8 if the bytes are valid UTF-8, GB18030 if they look like
everyday Chinese, otherwise cp1252.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    if _looks_like_gb_chinese(data):
        return Decoded(data.decode("gb18030"), "gb18030", guessed=True)
    try:
        return Decoded(data.decode("cp1252"), "cp1252", guessed=True)
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return Decoded(data.decode("latin-1"), "latin-1", guessed=True)


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
