"""XMP packets: RDF forms, language alternatives, UTF-16, damage and hostile XML."""

from __future__ import annotations

import pyexiv2
from PIL import Image

from photoarchive.metadata import PhotoMetadata, read_metadata
from tests.metadata.metadata_builders import make_jpeg, with_xmp, xmp_packet

FULL = """
   <dc:description><rdf:Alt>
     <rdf:li xml:lang="zh-CN">中文说明</rdf:li>
     <rdf:li xml:lang="x-default">衡阳的稻田，罗盟摄</rdf:li>
   </rdf:Alt></dc:description>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">稻田</rdf:li></rdf:Alt></dc:title>
   <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© 衡阳日报</rdf:li></rdf:Alt></dc:rights>
   <dc:creator><rdf:Seq><rdf:li>罗盟</rdf:li><rdf:li>周围</rdf:li></rdf:Seq></dc:creator>
   <dc:subject><rdf:Bag><rdf:li>水稻</rdf:li><rdf:li>衡阳</rdf:li></rdf:Bag></dc:subject>
   <photoshop:Headline>丰收</photoshop:Headline>
"""
CREDIT_ATTRIBUTES = 'photoshop:Credit="衡阳日报" photoshop:Source="珠晖区委宣传部"'


def read(packet: bytes) -> PhotoMetadata:
    return read_metadata(with_xmp(make_jpeg(), packet), "xmp.jpg")


def test_elements_and_attributes_in_utf8() -> None:
    meta = read(xmp_packet(FULL, CREDIT_ATTRIBUTES).encode())
    assert meta.embedded_caption == "衡阳的稻田，罗盟摄"  # x-default, though listed second
    assert meta.embedded_title == "稻田"
    assert meta.embedded_copyright == "© 衡阳日报"
    assert meta.embedded_byline == ("罗盟", "周围")
    assert meta.embedded_keywords == ("水稻", "衡阳")
    assert meta.embedded_headline == "丰收"
    assert meta.embedded_credit == "衡阳日报"
    assert meta.embedded_source == "珠晖区委宣传部"
    assert meta.warnings == ()


def test_utf16_little_endian_with_bom() -> None:
    meta = read(xmp_packet(FULL, CREDIT_ATTRIBUTES).encode("utf-16"))
    assert meta.embedded_caption == "衡阳的稻田，罗盟摄"
    assert meta.embedded_byline == ("罗盟", "周围")


def test_empty_x_default_yields_to_another_language() -> None:
    body = """<dc:description><rdf:Alt>
        <rdf:li xml:lang="x-default"> </rdf:li><rdf:li xml:lang="zh-CN">中文说明</rdf:li>
      </rdf:Alt></dc:description>"""
    assert read(xmp_packet(body).encode()).embedded_caption == "中文说明"


def test_xmp_written_by_pyexiv2() -> None:
    image = pyexiv2.ImageData(make_jpeg())
    try:
        image.modify_xmp(
            {
                "Xmp.dc.description": {'lang="x-default"': "衡阳的稻田"},
                "Xmp.dc.creator": ["罗盟"],
                "Xmp.dc.subject": ["水稻", "衡阳"],
                "Xmp.photoshop.Credit": "衡阳日报",
            }
        )
        data = image.get_bytes()
    finally:
        image.close()
    meta = read_metadata(data, "exiv2.jpg")
    assert meta.embedded_caption == "衡阳的稻田"
    assert meta.embedded_byline == ("罗盟",)
    assert meta.embedded_keywords == ("水稻", "衡阳")
    assert meta.embedded_credit == "衡阳日报"


def test_xmp_dates_fill_a_missing_exif_date() -> None:
    packet = xmp_packet("", 'exif:DateTimeOriginal="2024-03-17T10:20:30.5+08:00"').encode()
    assert read(packet).taken_at == "2024-03-17T10:20:30+08:00"
    packet = xmp_packet("", 'photoshop:DateCreated="2024-03-17T10:20"').encode()
    assert read(packet).taken_at == "2024-03-17T10:20:00"
    packet = xmp_packet("", 'photoshop:DateCreated="2024-03-17"').encode()
    assert read(packet).taken_at is None  # a day is not a time taken


def test_malformed_xmp_is_a_warning_and_exif_still_counts() -> None:
    exif = Image.Exif()
    exif[0x010F] = "FUJIFILM"
    jpeg = with_xmp(make_jpeg(exif=exif), b"<x:xmpmeta><rdf:RDF>unclosed")
    meta = read_metadata(jpeg, "broken.jpg")
    assert meta.make == "FUJIFILM"
    assert meta.embedded_caption is None
    assert any(w.startswith("XMP packet unreadable") for w in meta.warnings)


def test_entity_expansion_is_refused() -> None:
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        + xmp_packet("", 'dc:description="&b;"').split("?>", 1)[1]
    )
    meta = read(hostile.encode())
    assert meta.embedded_caption is None
    assert any(w.startswith("XMP packet refused") for w in meta.warnings)
