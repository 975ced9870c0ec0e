"""The metadata writer: IIM in UTF-8 within byte limits, full XMP, GPS stripped."""

from __future__ import annotations

from pathlib import Path

import pyexiv2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from photoarchive.metadata.writer import (
    IIM_LIMITS,
    NAME_SEPARATORS,
    EmbeddedMetadata,
    MetadataWriteError,
    embed_metadata,
    shorten_names,
    shorten_utf8,
)
from tests.export.export_samples import make_jpeg

META = EmbeddedMetadata(
    caption="图为朝霞映照下的南岳衡山祝融峰。",
    headline="衡阳：创新引领 开放崛起",
    creators=("罗铭",),
    credit_line="罗铭 摄",
    source="衡阳日报",
    copyright="© 衡阳日报",
    usage_terms="仅限新闻报道使用",
    keywords=("旅游", "tourism"),
    subject_codes=("01021000",),
)
LONG_CREDIT = "衡阳市祁东县启航学校留守儿童合唱团 供图"  # 58 bytes in UTF-8


def read(data: bytes) -> tuple[dict, dict, dict]:
    image = pyexiv2.ImageData(data)
    try:
        return image.read_exif(), image.read_iptc(), image.read_xmp()
    finally:
        image.close()


@pytest.fixture
def jpeg(tmp_path: Path) -> bytes:
    return make_jpeg(tmp_path / "src.jpg").read_bytes()


def test_every_field_lands_in_iim_and_xmp(jpeg: bytes) -> None:
    data, warnings = embed_metadata(jpeg, META, keep_gps=False)
    _, iptc, xmp = read(data)
    assert warnings == []
    assert iptc["Iptc.Envelope.CharacterSet"] == "\x1b%G"
    assert iptc["Iptc.Application2.Caption"] == META.caption
    assert iptc["Iptc.Application2.Headline"] == META.headline
    assert iptc["Iptc.Application2.Byline"] == ["罗铭"]
    assert iptc["Iptc.Application2.Credit"] == "罗铭 摄"
    assert iptc["Iptc.Application2.Source"] == "衡阳日报"
    assert iptc["Iptc.Application2.Copyright"] == "© 衡阳日报"
    assert iptc["Iptc.Application2.Keywords"] == ["旅游", "tourism"]
    assert xmp["Xmp.dc.description"] == {'lang="x-default"': META.caption}
    assert xmp["Xmp.photoshop.Headline"] == META.headline
    assert xmp["Xmp.dc.creator"] == ["罗铭"]
    assert xmp["Xmp.photoshop.Credit"] == "罗铭 摄"
    assert xmp["Xmp.photoshop.Source"] == "衡阳日报"
    assert xmp["Xmp.dc.rights"] == {'lang="x-default"': "© 衡阳日报"}
    assert xmp["Xmp.xmpRights.UsageTerms"] == {'lang="x-default"': "仅限新闻报道使用"}
    assert xmp["Xmp.dc.subject"] == ["旅游", "tourism"]
    assert xmp["Xmp.iptc.SubjectCode"] == ["01021000"]  # exiv2's prefix for Iptc4xmpCore


def test_long_credit_is_cut_in_iim_only_and_reported(jpeg: bytes) -> None:
    meta = EmbeddedMetadata(credit_line=LONG_CREDIT, creators=(LONG_CREDIT,))
    data, warnings = embed_metadata(jpeg, meta, keep_gps=False)
    _, iptc, xmp = read(data)
    credit = iptc["Iptc.Application2.Credit"]
    assert len(credit.encode("utf-8")) <= IIM_LIMITS["credit"] == 32
    assert LONG_CREDIT.startswith(credit) and len(credit) == 10  # 30 bytes: 10 whole characters
    assert xmp["Xmp.photoshop.Credit"] == LONG_CREDIT
    assert xmp["Xmp.dc.creator"] == [LONG_CREDIT]
    assert len(warnings) == 2
    assert "IIM credit (2:110) shortened from 58 to 30 bytes" in warnings[0]
    assert "photoshop.Credit keeps the full text" in warnings[0]
    assert "IIM by-line (2:80)" in warnings[1]


def test_a_long_credit_and_by_line_keep_whole_names(jpeg: bytes) -> None:
    credit = "欧阳明月 司马相如 诸葛亮 摄"  # 39 bytes: a plain cut ends in "诸葛"
    by_line = "欧阳明月 司马相如 诸葛孔明"  # 38 bytes
    assert shorten_utf8(credit, 32) == shorten_utf8(by_line, 32) == "欧阳明月 司马相如 诸葛"
    data, warnings = embed_metadata(
        jpeg, EmbeddedMetadata(credit_line=credit, creators=(by_line,)), keep_gps=False
    )
    _, iptc, xmp = read(data)
    assert iptc["Iptc.Application2.Credit"] == "欧阳明月 司马相如"
    assert iptc["Iptc.Application2.Byline"] == ["欧阳明月 司马相如"]
    assert xmp["Xmp.photoshop.Credit"] == credit
    assert xmp["Xmp.dc.creator"] == [by_line]
    fields = [w.split(" shortened")[0] for w in warnings]
    assert fields == ["IIM credit (2:110)", "IIM by-line (2:80)"]
    assert "shortened from 39 to 25 bytes ('欧阳明月 司马相如')" in warnings[0]


def test_a_caption_is_not_cut_back_to_its_first_space(jpeg: bytes) -> None:
    caption = "衡阳 " + "衡" * 700  # a separator early on must not cost 1990 bytes
    data, warnings = embed_metadata(jpeg, EmbeddedMetadata(caption=caption), keep_gps=False)
    _, iptc, _ = read(data)
    assert iptc["Iptc.Application2.Caption"] == shorten_utf8(caption, 2000)
    assert len(iptc["Iptc.Application2.Caption"].encode("utf-8")) == 1999
    assert len(warnings) == 1


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("欧阳明月 司马相如 诸葛亮 摄", 32, "欧阳明月 司马相如"),
        ("欧阳明月、司马相如、诸葛亮", 32, "欧阳明月、司马相如"),
        ("Jane Doe, John Smith, Ann Lee", 24, "Jane Doe, John Smith"),
        ("Jane Doe, John Smith", 18, "Jane Doe"),  # a list separator before a space
        ("欧阳明月 司马相如 诸葛亮/新华社", 32, "欧阳明月 司马相如"),  # then a space
        ("AP/Jane Doe/Reuters", 12, "AP/Jane Doe"),
        ("罗盟;曹正平;易建军;周围", 20, "罗盟;曹正平"),
        ("罗盟 / 曹正平 / 易建军", 20, "罗盟 / 曹正平"),  # no separator left hanging
        ("罗盟 曹正平", 17, "罗盟 曹正平"),  # it fits: unchanged
        ("Jane Doe", 6, "Jane"),  # within one name, the space between its parts
        (LONG_CREDIT, 32, "衡阳市祁东县启航学校"),  # the first name alone is too long
        ("abcdefgh", 5, "abcde"),
        ("衡阳", 2, ""),
    ],
)
def test_shorten_names_cuts_between_names(text: str, limit: int, expected: str) -> None:
    assert shorten_names(text, limit) == expected


@given(
    names=st.lists(st.text(alphabet="欧阳明月司马相如ab", min_size=1, max_size=8), min_size=1),
    separator=st.sampled_from(sorted(NAME_SEPARATORS)),
    limit=st.integers(min_value=1, max_value=40),
)
def test_shorten_names_keeps_whole_names_within_the_limit(
    names: list[str], separator: str, limit: int
) -> None:
    text = separator.join(names)
    short = shorten_names(text, limit)
    assert len(short.encode("utf-8")) <= limit and text.startswith(short)
    if len(text.encode("utf-8")) <= limit:
        assert short == text
    elif len(names[0].encode("utf-8")) <= limit:
        kept = short.split(separator)
        assert kept == names[: len(kept)]  # whole names only
        assert len(separator.join(names[: len(kept) + 1]).encode("utf-8")) > limit  # all that fit
    else:
        assert short == shorten_utf8(names[0], limit)


def test_long_caption_and_keyword_are_cut_and_reported(jpeg: bytes) -> None:
    caption = "衡" * 700  # 2100 bytes
    keyword = "k" * 70
    data, warnings = embed_metadata(
        jpeg, EmbeddedMetadata(caption=caption, keywords=(keyword, "ok")), keep_gps=False
    )
    _, iptc, xmp = read(data)
    assert iptc["Iptc.Application2.Caption"] == "衡" * 666
    assert iptc["Iptc.Application2.Keywords"] == ["k" * 64, "ok"]
    assert xmp["Xmp.dc.description"] == {'lang="x-default"': caption}
    assert xmp["Xmp.dc.subject"] == [keyword, "ok"]
    fields = [w.split(" shortened")[0] for w in warnings]
    assert fields == ["IIM caption (2:120)", "IIM keyword (2:25)"]


def test_gps_and_contradicting_exif_are_removed_camera_data_kept(jpeg: bytes) -> None:
    before, _, _ = read(jpeg)
    assert any(k.startswith("Exif.GPSInfo.") for k in before)
    data, _ = embed_metadata(jpeg, META, keep_gps=False)
    exif, _, _ = read(data)
    assert not any("GPS" in k for k in exif)
    assert "Exif.Image.ImageDescription" not in exif
    assert exif["Exif.Image.Make"] == "Canon"
    assert exif["Exif.Photo.DateTimeOriginal"] == "2024:07:23 10:30:00"


def test_keep_gps_keeps_it(jpeg: bytes) -> None:
    data, _ = embed_metadata(jpeg, META, keep_gps=True)
    exif, _, _ = read(data)
    assert exif["Exif.GPSInfo.GPSLatitudeRef"] == "N"


def test_old_iptc_and_xmp_are_replaced(jpeg: bytes) -> None:
    first, _ = embed_metadata(
        jpeg, EmbeddedMetadata(caption="old", headline="old title"), keep_gps=False
    )
    second, _ = embed_metadata(first, EmbeddedMetadata(caption="新"), keep_gps=False)
    _, iptc, xmp = read(second)
    assert iptc["Iptc.Application2.Caption"] == "新"
    assert "Iptc.Application2.Headline" not in iptc
    assert "Xmp.photoshop.Headline" not in xmp


def test_oversized_xmp_is_a_clear_error(jpeg: bytes) -> None:
    with pytest.raises(MetadataWriteError, match="cannot embed"):
        embed_metadata(jpeg, EmbeddedMetadata(caption="衡" * 30000), keep_gps=False)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [("abc", 2, "ab"), ("衡阳", 5, "衡"), ("衡阳", 6, "衡阳"), ("衡阳", 2, ""), ("a衡", 3, "a")],
)
def test_shorten_utf8_never_splits_a_character(text: str, limit: int, expected: str) -> None:
    assert shorten_utf8(text, limit) == expected


SAMPLES = Path(__file__).resolve().parents[1] / "data" / "images"


@pytest.mark.parametrize(
    "name",
    [
        "exiftool__IPTC.jpg",  # IPTC of its own
        "exiftool__XMP.jpg",  # XMP stored as UTF-16
        "exifsamples__gps_DSCN0010.jpg",  # a real camera's GPS
        "exifsamples__corrupted.jpg",  # a damaged maker note
    ],
)
def test_real_samples_get_our_metadata_and_lose_gps(name: str) -> None:
    data, _ = embed_metadata((SAMPLES / name).read_bytes(), META, keep_gps=False)
    exif, iptc, xmp = read(data)
    assert iptc["Iptc.Envelope.CharacterSet"] == "\x1b%G"
    assert iptc["Iptc.Application2.Caption"] == META.caption
    assert xmp["Xmp.dc.description"] == {'lang="x-default"': META.caption}
    assert not [k for k in (*exif, *xmp) if "GPS" in k]
    assert set(iptc) <= {
        "Iptc.Envelope.CharacterSet",
        "Iptc.Application2.Caption",
        "Iptc.Application2.Headline",
        "Iptc.Application2.Byline",
        "Iptc.Application2.Credit",
        "Iptc.Application2.Source",
        "Iptc.Application2.Copyright",
        "Iptc.Application2.Keywords",
    }
