"""Encoding detection of feature text files: real files written in tmp_path."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from photoarchive.captions import parse_feature
from photoarchive.errors import FeatureTextError, PhotoarchiveError
from photoarchive.textio import DecodedText, decode_text, read_text

ENCODINGS = [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf-16-le", b"", "utf-16-le"),  # no BOM: detected by where the NULs of ASCII fall
    ("utf-16-be", b"", "utf-16-be"),
    ("gbk", b"", "gb18030"),
    ("gb18030", b"", "gb18030"),
]


@pytest.mark.parametrize(("codec", "bom", "detected"), ENCODINGS)
def test_sample_parses_identically_in_every_encoding(
    tmp_path: Path, sample_text: str, codec: str, bom: bytes, detected: str
) -> None:
    path = tmp_path / f"feature-{codec}-{len(bom)}.txt"
    path.write_bytes(bom + sample_text.encode(codec))
    decoded = read_text(path)
    assert decoded.encoding == detected
    assert decoded.text == sample_text
    reference = parse_feature(sample_text)
    parsed = parse_feature(decoded.text, encoding=decoded.encoding)
    assert parsed.encoding == detected
    assert (parsed.title, parsed.kicker, parsed.byline) == (
        reference.title,
        reference.kicker,
        reference.byline,
    )
    assert parsed.paragraphs == reference.paragraphs
    assert parsed.captions == reference.captions


def test_windows_and_old_mac_newlines_become_unix(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("标题\r\n\r\n第一段。\r第二段。\r\n".encode("gbk"))
    assert read_text(path) == DecodedText("标题\n\n第一段。\n第二段。\n", "gb18030")


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "衡阳".encode())
    assert read_text(path).text == "衡阳"


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"  \n\t\r\n \n", "is empty: it contains only blank space"),
        ("\u3000\n  \n".encode(), "is empty: it contains only blank space"),
        (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "is empty: it contains only blank space"),
        (_jpeg(), "binary file (a JPEG image)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Word (.docx)"),
        (b"%PDF-1.7\n", "a PDF document"),
        (b"text\x00with\x00\x00nul\x01\x02bytes!", "binary"),
        (b"caption\x07\x1b[31m", "binary"),
        ("café au lait, résumé".encode("latin-1"), "not in an encoding"),
        (codecs.BOM_UTF8 + b"\xff\xfe broken", "not valid UTF-8-SIG"),
    ],
)
def test_unusable_files_are_refused_with_a_helpful_message(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(FeatureTextError) as caught:
        read_text(path)
    message = str(caught.value)
    assert words in message
    assert str(path) in message
    assert "UTF-8" in message or "article text" in message
    assert caught.value.hint


def test_big5_read_as_gbk_is_recognised_as_garbage(tmp_path: Path) -> None:
    traditional = (
        "衡陽市以建設國家創新型城市為契機，全面推動科技創新。圖為衡陽智造谷項目局部圖。羅盟攝"
    )
    path = tmp_path / "big5.txt"
    path.write_bytes(traditional.encode("big5"))
    with pytest.raises(FeatureTextError, match="garbled"):
        read_text(path)


def test_traditional_chinese_in_utf8_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "trad.txt"
    path.write_text("圖為衡陽智造谷項目局部圖。羅盟攝", encoding="utf-8")
    assert read_text(path).encoding == "utf-8"


def test_missing_file_is_a_feature_text_error(tmp_path: Path) -> None:
    with pytest.raises(FeatureTextError, match="Cannot read"):
        read_text(tmp_path / "nope.txt")


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_raise_a_feature_text_error(data: bytes) -> None:
    try:
        decoded = decode_text(data, "x.txt")
    except PhotoarchiveError as exc:
        assert isinstance(exc, FeatureTextError)
    else:
        assert decoded.text.strip()
        assert "\r" not in decoded.text


def test_utf8_in_other_scripts_is_trusted(tmp_path: Path) -> None:
    path = tmp_path / "ja.txt"
    path.write_text("東京の写真。カメラマン：山田太郎", encoding="utf-8")
    assert read_text(path).encoding == "utf-8"
