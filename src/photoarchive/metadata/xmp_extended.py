"""Extended XMP: a JPEG's XMP beyond the 64 KB one APP1 segment holds.

XMP Specification Part 3 (1.1.3.1): the main packet names a GUID in
``xmpNote:HasExtendedXMP`` and the rest of the XMP follows in APP1 segments
headed ``http://ns.adobe.com/xmp/extension/``, each carrying that GUID (an MD5
of the extended packet, 32 hex digits), the full length and its offset. A long
caption is just what writers move there, so without this it comes in empty.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

_SIGNATURE = b"http://ns.adobe.com/xmp/extension/\x00"
_HAS_EXTENDED = re.compile(
    rb'HasExtendedXMP\s*=\s*["\']([0-9A-Fa-f]{32})["\']|'
    rb"HasExtendedXMP>\s*([0-9A-Fa-f]{32})\s*<"
)


@dataclass(frozen=True, slots=True)
class ExtendedXmp:
    packet: bytes | None  # the reassembled extended packet, or None
    problem: str | None = None  # why a declared extension could not be read


def declared_guid(main_packet: bytes | str | None) -> str | None:
    """The GUID the main packet points at, or ``None`` when it has no extension."""
    if not main_packet:
        return None
    raw = main_packet.encode("utf-8") if isinstance(main_packet, str) else main_packet
    m = _HAS_EXTENDED.search(raw)
    if m is None:
        return None
    return (m.group(1) or m.group(2)).decode("ascii").upper()


def read_extended(jpeg: bytes, guid: str) -> ExtendedXmp:
    """Reassemble the extension ``guid`` from the JPEG's APP1 segments."""
    chunks: dict[int, bytes] = {}
    total = None
    for payload in _app1_payloads(jpeg):
        if not payload.startswith(_SIGNATURE):
            continue
        body = payload[len(_SIGNATURE) :]
        if len(body) < 40 or body[:32].decode("ascii", "replace").upper() != guid:
            continue
        total = int.from_bytes(body[32:36], "big")
        chunks[int.from_bytes(body[36:40], "big")] = body[40:]
    if not chunks or total is None:
        return ExtendedXmp(None, "its Extended XMP part is missing")
    data = bytearray()
    for offset in sorted(chunks):
        if offset != len(data):
            return ExtendedXmp(None, "its Extended XMP part has a gap (a segment is missing)")
        data += chunks[offset]
    if len(data) != total:
        return ExtendedXmp(
            None, f"its Extended XMP part is cut short ({len(data)} of {total} bytes)"
        )
    if hashlib.md5(data, usedforsecurity=False).hexdigest().upper() != guid:
        return ExtendedXmp(bytes(data), "its Extended XMP part does not match its checksum")
    return ExtendedXmp(bytes(data))


def _app1_payloads(jpeg: bytes) -> Iterator[bytes]:
    """The payload of every APP1 segment before the image data."""
    if jpeg[:2] != b"\xff\xd8":
        return
    i = 2
    while i + 4 <= len(jpeg) and jpeg[i] == 0xFF:
        marker = jpeg[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no more metadata
            return
        length = int.from_bytes(jpeg[i + 2 : i + 4], "big")
        if marker == 0xE1:
            yield jpeg[i + 4 : i + 2 + length]
        i += 2 + length
