"""Real camera and tool sample files give the values their expected.json records."""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any

import pytest

from photoarchive.metadata import PhotoMetadata, read_metadata
from tests.metadata.metadata_builders import IMAGES

SAMPLES: list[dict[str, Any]] = json.loads((IMAGES / "expected.json").read_text(encoding="utf-8"))[
    "files"
]

# What a correct reader reports as the embedded caption, by the MWG rules (exiftool
# -use MWG agrees): EXIF, then IPTC or XMP by the IIM digest, with blanks (the GPS
# sample's 31 spaces) and boilerplate (Olympus) meaning none.
CAPTIONS = {
    "exifsamples__Canon_40D.jpg": None,
    "exifsamples__Nikon_D70.jpg": None,
    "exifsamples__gps_DSCN0010.jpg": None,
    "exifsamples__orientation_portrait_6.jpg": None,
    "exifsamples__corrupted.jpg": None,
    "exifsamples__xmp_BlueSquare.jpg": (
        "XMPFiles BlueSquare test file, created in Photoshop CS2, saved as .psd, .jpg, and .tif."
    ),
    "exiftool__IPTC.jpg": "A witty caption",
    "exiftool__XMP.jpg": "A witty caption",  # EXIF; XMP's differing text is kept aside
}


def _read(sample: dict[str, Any]) -> PhotoMetadata:
    data = (IMAGES / sample["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == sample["sha256"], "sample file changed"
    return read_metadata(data, sample["file"])


def _iso(exif_date: str | None) -> str | None:
    return exif_date.replace(":", "-", 2).replace(" ", "T") if exif_date else None


def test_every_sample_is_covered() -> None:
    assert sorted(CAPTIONS) == sorted(s["file"] for s in SAMPLES)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s["file"])
def test_camera_fields_match_expected_json(sample: dict[str, Any]) -> None:
    expected = sample["expected"]
    meta = _read(sample)
    assert meta.format == "JPEG"
    assert meta.make == expected.get("Make")
    assert meta.model == expected.get("Model")
    assert meta.taken_at == _iso(expected.get("DateTimeOriginal"))
    assert meta.orientation == expected.get("Orientation")
    if "GPSLatitude" in expected:
        assert meta.gps_lat == pytest.approx(expected["GPSLatitude"], abs=1e-6)
        assert meta.gps_lon == pytest.approx(expected["GPSLongitude"], abs=1e-6)
    else:
        assert (meta.gps_lat, meta.gps_lon) == (None, None)
    assert meta.embedded_caption == CAPTIONS[sample["file"]]
    assert meta.warnings == ()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s["file"])
def test_iptc_and_xmp_fields_match_expected_json(sample: dict[str, Any]) -> None:
    expected = {**sample["expected"], **sample.get("expected_iptc_xmp_not_in_repo_output", {})}
    meta = _read(sample)
    # Without an IIM digest XMP wins over IPTC, and EXIF text over both (MWG), so
    # the keys are checked in that order, the last present one deciding.
    checks = {
        "IPTC_Caption": ("embedded_caption", str),
        "IPTC_Headline": ("embedded_headline", str),
        "IPTC_Credit": ("embedded_credit", str),
        "IPTC_ObjectName": ("embedded_title", str),
        "IPTC_Byline": ("embedded_byline", tuple),
        "IPTC_Keywords": ("embedded_keywords", tuple),
        "XMP_dc_description": ("embedded_caption", str),
        "XMP_dc_creator": ("embedded_byline", tuple),
        "XMP_dc_subject": ("embedded_keywords", tuple),
        "XMP_photoshop_Credit": ("embedded_credit", str),
        "EXIF_ImageDescription": ("embedded_caption", str),
        "EXIF_Artist": ("embedded_byline", lambda artist: (artist,)),
    }
    wanted: dict[str, Any] = {}
    for key, (field, kind) in checks.items():
        if key not in expected:
            continue
        if key == "EXIF_ImageDescription" and CAPTIONS[sample["file"]] is None:
            continue  # blank or camera boilerplate is no caption, so it decides nothing
        wanted[field] = kind(expected[key])
    assert {field: getattr(meta, field) for field in wanted} == wanted


def test_dimensions_are_as_stored_before_orientation() -> None:
    portrait = next(s for s in SAMPLES if s["file"] == "exifsamples__orientation_portrait_6.jpg")
    meta = _read(portrait)
    assert (meta.width, meta.height, meta.orientation) == (600, 450, 6)


def test_corrupted_maker_note_sample_finishes_with_camera_fields() -> None:
    sample = next(s for s in SAMPLES if s["file"] == "exifsamples__corrupted.jpg")
    results: list[PhotoMetadata] = []
    reader = threading.Thread(target=lambda: results.append(_read(sample)), daemon=True)
    reader.start()
    reader.join(timeout=60)  # a watchdog against a hang, not a speed check
    assert not reader.is_alive(), "reader hung on the damaged maker note"
    meta = results[0]
    assert (meta.make, meta.model) == ("OLYMPUS IMAGING CORP.", "u1020,S1020")
    assert meta.taken_at == "2015-09-08T11:02:17"
    assert (meta.width, meta.height) == (3648, 2736)
    assert meta.embedded_caption is None  # "OLYMPUS DIGITAL CAMERA" is boilerplate


def test_iptc_only_sample() -> None:
    sample = next(s for s in SAMPLES if s["file"] == "exiftool__IPTC.jpg")
    meta = _read(sample)
    assert meta.embedded_caption == "A witty caption"
    assert meta.embedded_byline == ("Phil Harvey",)
    assert meta.embedded_credit == "My Credit"
    assert meta.embedded_keywords == ("ExifTool", "Test", "IPTC")
    assert meta.embedded_headline == "No headline"
    assert meta.embedded_source == "I'm the source"
    assert meta.embedded_copyright == "Copyright 2004 Phil Harvey"
    assert meta.embedded_title == "Test IPTC picture"
    assert meta.taken_at is None  # 2:55 holds a date but no 2:60 time
    assert (meta.make, meta.orientation) == (None, None)


def test_utf16_xmp_sample_reads_its_exif_description_and_keeps_the_xmp_one() -> None:
    sample = next(s for s in SAMPLES if s["file"] == "exiftool__XMP.jpg")
    meta = _read(sample)
    assert meta.embedded_caption == "A witty caption"  # EXIF first, as exiftool -use MWG reads
    (caption,) = [d for d in meta.disagreements if d.field == "caption"]
    assert caption.others == (("XMP", "UTF-16 (big-endian) encoded XMP"),)
    assert meta.embedded_byline == ("Phil Harvey",)
    assert meta.embedded_keywords == ("ExifTool", "Test", "XMP")
    assert meta.embedded_credit == "My Credit"


def test_blue_square_caption_and_keywords() -> None:
    sample = next(s for s in SAMPLES if s["file"] == "exifsamples__xmp_BlueSquare.jpg")
    meta = _read(sample)
    assert meta.embedded_caption == (
        "XMPFiles BlueSquare test file, created in Photoshop CS2, saved as .psd, .jpg, and .tif."
    )
    assert meta.embedded_keywords == ("XMP", "Blue Square", "test file", "Photoshop", ".jpg")
