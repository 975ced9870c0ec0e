"""The small rules the reader is built from: encodings, dates, GPS, caption cleaning."""

from __future__ import annotations

from fractions import Fraction

import pytest
from exifread.utils import Ratio

from photoarchive.metadata.charset import decode_declared, decode_undeclared, iim_encoding
from photoarchive.metadata.cleaning import clean_list, clean_text, meaningful_caption
from photoarchive.metadata.dates import (
    InvalidDateError,
    exif_datetime,
    iim_datetime,
    xmp_datetime,
)
from photoarchive.metadata.gps import InvalidGpsError, signed_degrees

# --- encodings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("declaration", "encoding"),
    [
        (b"\x1b%G", "utf-8"),
        (b"\x1b%/I", "utf-8"),
        (b"\x1b.A", "latin-1"),
        (b"\x1b(B", None),
        (None, None),
        (b"", None),
    ],
)
def test_iim_charset_declarations(declaration: bytes | None, encoding: str | None) -> None:
    assert iim_encoding(declaration) == encoding


@pytest.mark.parametrize(
    ("text", "codec", "expected_encoding"),
    [
        ("plain ASCII", "ascii", "utf-8"),
        ("衡阳的稻田，罗盟摄", "utf-8", "utf-8"),
        ("衡阳的稻田，罗盟摄", "gb18030", "gb18030"),
        ("朱镕基视察", "gb18030", "gb18030"),  # 镕 lies outside the GB2312 block
        ("Müller", "latin-1", "cp1252"),
        ("Café déjà vu", "latin-1", "cp1252"),
        ("€ 5 – “quoted”", "cp1252", "cp1252"),
    ],
)
def test_undeclared_text_is_read_in_its_likely_encoding(
    text: str, codec: str, expected_encoding: str
) -> None:
    decoded = decode_undeclared(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, expected_encoding)


def test_ascii_is_not_a_guess_but_other_undeclared_text_is() -> None:
    assert not decode_undeclared(b"abc").guessed
    assert decode_undeclared("稻田".encode()).guessed
    assert decode_undeclared("稻田".encode("gb18030")).guessed


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    decoded = decode_undeclared(b"a\x81b")
    assert (decoded.text, decoded.encoding) == ("a\x81b", "latin-1")


def test_declared_encoding_is_trusted_when_it_fits() -> None:
    decoded = decode_declared("罗盟".encode(), "utf-8")
    assert (decoded.text, decoded.guessed) == ("罗盟", False)


def test_declared_utf8_that_is_not_utf8_falls_back_to_guessing() -> None:
    decoded = decode_declared("罗盟".encode("gb18030"), "utf-8")
    assert (decoded.text, decoded.encoding, decoded.guessed) == ("罗盟", "gb18030", True)


# --- dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "offset", "expected"),
    [
        ("2008:05:30 15:56:01", None, "2008-05-30T15:56:01"),
        ("2008:05:30 15:56:01", "+08:00", "2008-05-30T15:56:01+08:00"),
        ("2008:05:30 15:56:01", "-04:00", "2008-05-30T15:56:01-04:00"),
        ("2008:05:30 15:56:01", "   :  ", "2008-05-30T15:56:01"),
        ("2008-05-30 15:56:01", None, "2008-05-30T15:56:01"),
        ("0000:00:00 00:00:00", None, None),
        ("    :  :     :  :  ", None, None),
        ("", None, None),
        (None, "+08:00", None),
    ],
)
def test_exif_dates(value: str | None, offset: str | None, expected: str | None) -> None:
    assert exif_datetime(value, offset) == expected


@pytest.mark.parametrize("value", ["2008:02:30 10:00:00", "2008:05:30 25:00:00", "yesterday"])
def test_impossible_exif_dates_are_errors(value: str) -> None:
    with pytest.raises(InvalidDateError):
        exif_datetime(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2008-03-15T09:52:01-04:00", "2008-03-15T09:52:01-04:00"),
        ("2024-03-17T10:20:30.25+08:00", "2024-03-17T10:20:30+08:00"),
        ("2024-03-17T10:20Z", "2024-03-17T10:20:00+00:00"),
        ("2024-03-17T10:20:30", "2024-03-17T10:20:30"),
        ("2024-03-17", None),
        ("  ", None),
    ],
)
def test_xmp_dates(value: str, expected: str | None) -> None:
    assert xmp_datetime(value) == expected


def test_malformed_xmp_date_is_an_error() -> None:
    with pytest.raises(InvalidDateError):
        xmp_datetime("17/03/2024")


@pytest.mark.parametrize(
    ("date", "time", "expected"),
    [
        ("20240317", "102030+0800", "2024-03-17T10:20:30+08:00"),
        ("20240317", "102030", "2024-03-17T10:20:30"),
        ("20240317", None, None),
        ("00000000", "102030", None),
    ],
)
def test_iim_dates(date: str, time: str | None, expected: str | None) -> None:
    assert iim_datetime(date, time) == expected


def test_malformed_iim_date_is_an_error() -> None:
    with pytest.raises(InvalidDateError):
        iim_datetime("2024-03-17", "10:20:30")


# --- GPS -------------------------------------------------------------------------

LAT = {"positive": "N", "negative": "S", "limit": 90}
LON = {"positive": "E", "negative": "W", "limit": 180}


def test_degrees_minutes_seconds_become_signed_decimal_degrees() -> None:
    dms = [43, 28, Fraction(1407, 500)]
    assert signed_degrees(dms, "N", **LAT) == pytest.approx(43.4674483, abs=1e-6)
    assert signed_degrees(dms, "S", **LAT) == pytest.approx(-43.4674483, abs=1e-6)
    assert signed_degrees([151, 12, 36], "W", **LON) == pytest.approx(-151.21)
    assert signed_degrees([Fraction(1, 2)], "e", **LON) == 0.5


@pytest.mark.parametrize(
    ("values", "ref", "axis"),
    [
        ([43, 28, 0], None, LAT),  # no hemisphere: the sign is unknown
        ([43, 28, 0], "X", LAT),
        ([91, 0, 0], "N", LAT),
        ([181, 0, 0], "E", LON),
        ([43, -1, 0], "N", LAT),
        ([], "N", LAT),
        (["43", 0, 0], "N", LAT),
    ],
)
def test_doubtful_gps_is_refused(values: list[object], ref: str | None, axis: dict) -> None:
    with pytest.raises(InvalidGpsError):
        signed_degrees(values, ref, **axis)


def test_zero_denominator_is_refused() -> None:
    # exifread keeps n/0 rationals as they are in the file.
    with pytest.raises(InvalidGpsError, match="denominator"):
        signed_degrees([43, Ratio(28, 0), 0], "N", **LAT)


# --- captions and text -----------------------------------------------------------


def test_padding_is_stripped_and_blank_means_absent() -> None:
    assert clean_text("  Canon \x00\x00") == "Canon"
    assert clean_text(" " * 31) is None
    assert clean_text(None) is None
    assert clean_list(["a", " ", "b ", "a", None]) == ("a", "b")


@pytest.mark.parametrize(
    "boilerplate",
    ["OLYMPUS DIGITAL CAMERA", "OLYMPUS DIGITAL CAMERA         ", "SONY DSC", "sony  dsc"],
)
def test_camera_boilerplate_is_no_caption(boilerplate: str) -> None:
    assert meaningful_caption([boilerplate], make=None, model=None) is None


def test_caption_repeating_the_camera_name_is_no_caption() -> None:
    assert meaningful_caption(["NIKON D70"], make="NIKON CORPORATION", model="NIKON D70") is None


def test_first_real_caption_wins() -> None:
    candidates = [None, "   ", "OLYMPUS DIGITAL CAMERA", " 衡阳的稻田 ", "later"]
    assert meaningful_caption(candidates, make=None, model=None) == "衡阳的稻田"
