"""A caption over 64 KB lives in Extended XMP (XMP Part 3, 1.1.3.1): read it, or say why not."""

from __future__ import annotations

import hashlib

from photoarchive.metadata import read_metadata
from tests.metadata.metadata_builders import insert_segment, make_jpeg, with_xmp, xmp_packet

NS = 'xmlns:xmpNote="http://ns.adobe.com/xmp/note/"'
CHUNK = 65000


def _extended_jpeg(caption: str, *, drop_chunk: int | None = None) -> bytes:
    extended = xmp_packet(
        f"<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>{caption}</rdf:li>"
        "</rdf:Alt></dc:description>"
    ).encode("utf-8")
    guid = hashlib.md5(extended).hexdigest().upper()
    main = xmp_packet("", f'{NS} xmpNote:HasExtendedXMP="{guid}"').encode("utf-8")
    jpeg = make_jpeg()
    chunks = [extended[i : i + CHUNK] for i in range(0, len(extended), CHUNK)]
    for n, chunk in reversed(list(enumerate(chunks))):  # inserted after SOI: last first
        if n == drop_chunk:
            continue
        header = b"http://ns.adobe.com/xmp/extension/\x00" + guid.encode("ascii")
        header += len(extended).to_bytes(4, "big") + (n * CHUNK).to_bytes(4, "big")
        jpeg = insert_segment(jpeg, 0xE1, header + chunk)
    return with_xmp(jpeg, main)


LONG = "衡阳市珠晖区的稻田里，农民正在收割水稻。" * 4000  # about 240 KB of UTF-8


def test_a_caption_in_extended_xmp_comes_in_whole() -> None:
    meta = read_metadata(_extended_jpeg(LONG), "long.jpg")
    assert meta.embedded_caption == LONG
    assert not any("Extended XMP" in w for w in meta.warnings)


def test_a_missing_segment_is_said_not_swallowed() -> None:
    meta = read_metadata(_extended_jpeg(LONG, drop_chunk=1), "cut.jpg")
    assert meta.embedded_caption is None
    (warning,) = [w for w in meta.warnings if "Extended XMP" in w]
    assert "gap" in warning and "caption" in warning
