"""Builders for real JPEG files carrying EXIF, IPTC IIM and XMP, made with Pillow.

IIM and XMP segments are assembled byte by byte where a test needs control no
writer offers (undeclared GB18030, damaged blocks, UTF-16 packets); pyexiv2 is
used where a real writer's output is the point.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PIL import Image

IMAGES = Path(__file__).resolve().parents[1] / "data" / "images"

IimDataset = tuple[int, int, bytes]


def make_jpeg(
    size: tuple[int, int] = (64, 48), *, exif: Image.Exif | None = None, **save: Any
) -> bytes:
    """A small real JPEG (a gradient, so it has real entropy-coded data)."""
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif if exif is not None else Image.Exif(), **save)
    return buffer.getvalue()


def noisy_jpeg(size: tuple[int, int] = (256, 192)) -> bytes:
    """A JPEG whose compressed data is large enough to cut in the middle."""
    buffer = io.BytesIO()
    Image.effect_noise(size, 64).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def set_jpeg_size(jpeg: bytes, width: int, height: int) -> bytes:
    """Rewrite the frame header (SOFn) to declare other dimensions."""
    position = 2
    while position < len(jpeg):
        marker = jpeg[position + 1]
        length = int.from_bytes(jpeg[position + 2 : position + 4], "big")
        if 0xC0 <= marker <= 0xC3:
            size = height.to_bytes(2, "big") + width.to_bytes(2, "big")
            return jpeg[: position + 5] + size + jpeg[position + 9 :]
        position += 2 + length
    raise AssertionError("no frame header found")


def insert_segment(jpeg: bytes, marker: int, payload: bytes) -> bytes:
    """Insert an APPn segment right after SOI (where Pillow reads any APPn)."""
    assert jpeg[:2] == b"\xff\xd8"
    segment = bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    return jpeg[:2] + segment + jpeg[2:]


def iim_block(datasets: Iterable[IimDataset]) -> bytes:
    """IIM datasets: tag marker 0x1C, record, dataset, 2-byte length, data."""
    return b"".join(
        b"\x1c" + bytes([record, number]) + len(data).to_bytes(2, "big") + data
        for record, number, data in datasets
    )


def photoshop_resource(resource_id: int, data: bytes) -> bytes:
    """One 8BIM image resource with an empty name, padded to an even length."""
    header = b"8BIM" + resource_id.to_bytes(2, "big") + b"\x00\x00"
    return header + len(data).to_bytes(4, "big") + data + (b"\x00" if len(data) % 2 else b"")


def with_iim(jpeg: bytes, datasets: Iterable[IimDataset], *, digest: bytes | None = None) -> bytes:
    """Add a Photoshop APP13 block holding one IPTC-NAA resource (0x0404).

    ``digest`` adds the IIM digest resource (0x0425) MWG-aware writers keep: the
    MD5 of the block when IIM and XMP were written together, anything else when
    IIM was changed afterwards.
    """
    block = iim_block(datasets)
    resources = photoshop_resource(0x0404, block)
    if digest is not None:
        resources += photoshop_resource(0x0425, digest)
    return insert_segment(jpeg, 0xED, b"Photoshop 3.0\x00" + resources)


def with_xmp(jpeg: bytes, packet: bytes) -> bytes:
    """Add an XMP APP1 segment."""
    return insert_segment(jpeg, 0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet)


def xmp_packet(description_body: str, attributes: str = "") -> str:
    """A complete XMP packet around one rdf:Description's attributes and children."""
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:exif="http://ns.adobe.com/exif/1.0/" {attributes}>
   {description_body}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
