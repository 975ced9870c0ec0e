"""IPTC IIM decoded per dataset 1:90 (how it ranks against XMP and EXIF: test_metadata_mwg)."""

from __future__ import annotations

import pyexiv2
from PIL import Image

from photoarchive.metadata import read_metadata
from tests.metadata.metadata_builders import make_jpeg, with_iim

UTF8 = (1, 90, b"\x1b%G")


def chinese_iim(codec: str, *, declare: bool) -> list[tuple[int, int, bytes]]:
    datasets = [
        (2, 120, "衡阳市珠晖区的稻田里，农民正在收割水稻。".encode(codec)),
        (2, 80, "罗盟".encode(codec)),
        (2, 80, "周围".encode(codec)),
        (2, 110, "衡阳日报".encode(codec)),
        (2, 25, "水稻".encode(codec)),
        (2, 25, "衡阳".encode(codec)),
        (2, 105, "丰收".encode(codec)),
    ]
    return [UTF8, *datasets] if declare else datasets


def test_chinese_written_by_pyexiv2_with_utf8_declared() -> None:
    image = pyexiv2.ImageData(make_jpeg())
    try:
        image.modify_iptc(
            {
                "Iptc.Envelope.CharacterSet": "\x1b%G",
                "Iptc.Application2.Caption": "衡阳的稻田，罗盟摄",
                "Iptc.Application2.Byline": ["罗盟", "周围"],
                "Iptc.Application2.Keywords": ["水稻", "衡阳"],
                "Iptc.Application2.Credit": "衡阳日报",
            }
        )
        data = image.get_bytes()
    finally:
        image.close()
    meta = read_metadata(data, "zh.jpg")
    assert meta.embedded_caption == "衡阳的稻田，罗盟摄"
    assert meta.embedded_byline == ("罗盟", "周围")
    assert meta.embedded_keywords == ("水稻", "衡阳")
    assert meta.embedded_credit == "衡阳日报"
    assert meta.warnings == ()


def test_declared_utf8_chinese() -> None:
    meta = read_metadata(with_iim(make_jpeg(), chinese_iim("utf-8", declare=True)), "zh.jpg")
    assert meta.embedded_caption == "衡阳市珠晖区的稻田里，农民正在收割水稻。"
    assert meta.embedded_byline == ("罗盟", "周围")
    assert meta.embedded_credit == "衡阳日报"
    assert meta.embedded_keywords == ("水稻", "衡阳")
    assert meta.embedded_headline == "丰收"
    assert meta.warnings == ()


def test_undeclared_gb18030_chinese_is_read_with_a_warning() -> None:
    meta = read_metadata(with_iim(make_jpeg(), chinese_iim("gb18030", declare=False)), "gb.jpg")
    assert meta.embedded_caption == "衡阳市珠晖区的稻田里，农民正在收割水稻。"
    assert meta.embedded_byline == ("罗盟", "周围")
    assert meta.warnings == (
        "IPTC text has no character set declaration (dataset 1:90); read as GB18030",
    )


def test_undeclared_utf8_chinese_is_read_with_a_warning() -> None:
    meta = read_metadata(with_iim(make_jpeg(), chinese_iim("utf-8", declare=False)), "u.jpg")
    assert meta.embedded_credit == "衡阳日报"
    assert meta.warnings == (
        "IPTC text has no character set declaration (dataset 1:90); read as UTF-8",
    )


def test_gb18030_declared_as_utf8_is_still_read() -> None:
    datasets = [UTF8, (2, 120, "衡阳的稻田".encode("gb18030"))]
    meta = read_metadata(with_iim(make_jpeg(), datasets), "liar.jpg")
    assert meta.embedded_caption == "衡阳的稻田"
    assert meta.warnings == ("IPTC text is not valid UTF-8 as declared; read as GB18030",)


def test_undeclared_western_text_is_cp1252() -> None:
    datasets = [(2, 80, "Jürgen Müller".encode("cp1252")), (2, 116, "© 2024 AP".encode("cp1252"))]
    meta = read_metadata(with_iim(make_jpeg(), datasets), "de.jpg")
    assert meta.embedded_byline == ("Jürgen Müller",)
    assert meta.embedded_copyright == "© 2024 AP"


def test_ascii_needs_no_declaration() -> None:
    meta = read_metadata(with_iim(make_jpeg(), [(2, 120, b"A caption")]), "a.jpg")
    assert (meta.embedded_caption, meta.warnings) == ("A caption", ())


def test_damaged_iim_block_is_a_warning_not_a_failure() -> None:
    exif = Image.Exif()
    exif[0x010F] = "NIKON"
    damaged = with_iim(make_jpeg(exif=exif), [(2, 120, b"caption")])
    damaged = damaged.replace(b"\x1c\x02\x78", b"\x1d\x02\x78", 1)  # bad tag marker
    meta = read_metadata(damaged, "bad-iptc.jpg")
    assert meta.make == "NIKON"
    assert meta.embedded_caption is None
    assert any("IPTC block damaged" in w for w in meta.warnings)


def test_iim_date_and_time_created_fill_a_missing_exif_date() -> None:
    datasets = [(2, 55, b"20240317"), (2, 60, b"102030+0800")]
    meta = read_metadata(with_iim(make_jpeg(), datasets), "d.jpg")
    assert meta.taken_at == "2024-03-17T10:20:30+08:00"


def test_exif_date_wins_over_iim_date() -> None:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2020:01:02 03:04:05"
    datasets = [(2, 55, b"20240317"), (2, 60, b"102030+0800")]
    meta = read_metadata(with_iim(make_jpeg(exif=exif), datasets), "d.jpg")
    assert meta.taken_at == "2020-01-02T03:04:05"
