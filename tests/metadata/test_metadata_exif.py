"""EXIF written by Pillow (``Image.Exif``) comes back through read_metadata."""

from __future__ import annotations

import io
import pickle

import pytest
from PIL import ExifTags, Image

from photoarchive.metadata import PhotoMetadata, read_metadata
from tests.metadata.metadata_builders import insert_segment, make_jpeg

Base, GPS, IFD = ExifTags.Base, ExifTags.GPS, ExifTags.IFD


def camera_exif(
    *,
    date: str | None = "2024:03:17 10:20:30",
    offset: str | None = None,
    orientation: int | None = 1,
    gps: tuple[str, tuple[float, ...], str, tuple[float, ...]] | None = None,
    **ifd0: str | bytes,
) -> Image.Exif:
    exif = Image.Exif()
    exif[Base.Make] = "Canon  "
    exif[Base.Model] = "Canon EOS R5\x00"
    if orientation is not None:
        exif[Base.Orientation] = orientation
    for name, value in ifd0.items():
        exif[Base[name]] = value
    sub = exif.get_ifd(IFD.Exif)
    if date is not None:
        sub[Base.DateTimeOriginal] = date
    if offset is not None:
        sub[Base.OffsetTimeOriginal] = offset
    if gps is not None:
        gps_ifd = exif.get_ifd(IFD.GPSInfo)
        lat_ref, lat, lon_ref, lon = gps
        gps_ifd[GPS.GPSLatitudeRef], gps_ifd[GPS.GPSLatitude] = lat_ref, lat
        gps_ifd[GPS.GPSLongitudeRef], gps_ifd[GPS.GPSLongitude] = lon_ref, lon
    return exif


def read(exif: Image.Exif, size: tuple[int, int] = (64, 48)) -> PhotoMetadata:
    return read_metadata(make_jpeg(size, exif=exif), "made.jpg")


def test_camera_fields() -> None:
    meta = read(camera_exif(orientation=6), size=(80, 40))
    assert (meta.format, meta.width, meta.height) == ("JPEG", 80, 40)
    assert (meta.make, meta.model) == ("Canon", "Canon EOS R5")
    assert meta.taken_at == "2024-03-17T10:20:30"
    assert meta.orientation == 6
    assert (meta.gps_lat, meta.gps_lon) == (None, None)
    assert meta.warnings == ()


def test_offset_time_original_is_appended() -> None:
    assert read(camera_exif(offset="+08:00")).taken_at == "2024-03-17T10:20:30+08:00"


@pytest.mark.parametrize(
    ("lat_ref", "lon_ref", "signs"), [("N", "E", (1, 1)), ("S", "W", (-1, -1)), ("S", "E", (-1, 1))]
)
def test_gps_is_signed_by_hemisphere(lat_ref: str, lon_ref: str, signs: tuple[int, int]) -> None:
    exif = camera_exif(gps=(lat_ref, (33.0, 51.0, 54.36), lon_ref, (151.0, 12.0, 36.0)))
    meta = read(exif)
    assert meta.gps_lat == pytest.approx(signs[0] * 33.8651, abs=1e-6)
    assert meta.gps_lon == pytest.approx(signs[1] * 151.21, abs=1e-6)


@pytest.mark.parametrize(
    "gps",
    [
        ("N", (95.0, 0.0, 0.0), "E", (10.0, 0.0, 0.0)),  # latitude beyond 90
        ("", (30.0, 0.0, 0.0), "E", (10.0, 0.0, 0.0)),  # no hemisphere
        ("N", (0.0, 0.0, 0.0), "E", (0.0, 0.0, 0.0)),  # the no-fix placeholder
    ],
)
def test_doubtful_gps_is_dropped_with_a_warning(gps: tuple) -> None:
    meta = read(camera_exif(gps=gps))
    assert (meta.gps_lat, meta.gps_lon) == (None, None)
    assert any("GPS" in w for w in meta.warnings)
    assert meta.make == "Canon"


def test_unset_date_is_none_without_warning() -> None:
    meta = read(camera_exif(date="0000:00:00 00:00:00"))
    assert (meta.taken_at, meta.warnings) == (None, ())


def test_impossible_date_is_none_with_warning() -> None:
    meta = read(camera_exif(date="2024:02:30 10:20:30"))
    assert meta.taken_at is None
    assert any("date" in w for w in meta.warnings)


def test_invalid_orientation_is_none_with_warning() -> None:
    meta = read(camera_exif(orientation=9))
    assert meta.orientation is None
    assert any("orientation" in w for w in meta.warnings)


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_exif_text_in_utf8_or_gb18030(codec: str) -> None:
    exif = camera_exif(
        ImageDescription="衡阳的稻田".encode(codec),
        Artist="罗盟".encode(codec),
        Copyright="衡阳日报".encode(codec),
    )
    meta = read(exif)
    assert meta.embedded_caption == "衡阳的稻田"
    assert meta.embedded_byline == ("罗盟",)
    assert meta.embedded_copyright == "衡阳日报"


@pytest.mark.parametrize("description", [" " * 31, "OLYMPUS DIGITAL CAMERA   ", "Canon EOS R5"])
def test_placeholder_descriptions_are_no_caption(description: str) -> None:
    assert read(camera_exif(ImageDescription=description)).embedded_caption is None


def test_png_with_exif() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20)).save(buffer, "PNG", exif=camera_exif(orientation=3))
    meta = read_metadata(buffer.getvalue(), "scan.png")
    assert (meta.format, meta.width, meta.height) == ("PNG", 30, 20)
    assert (meta.make, meta.orientation) == ("Canon", 3)


def test_multi_picture_jpeg_is_reported_as_jpeg() -> None:
    buffer = io.BytesIO()
    first, second = Image.new("RGB", (32, 24), "red"), Image.new("RGB", (32, 24), "blue")
    first.save(buffer, "MPO", save_all=True, append_images=[second], exif=camera_exif())
    with Image.open(io.BytesIO(buffer.getvalue())) as image:
        assert image.format == "MPO"  # what Pillow calls it
    meta = read_metadata(buffer.getvalue(), "phone.jpg")
    assert (meta.format, meta.make) == ("JPEG", "Canon")


def test_damaged_exif_block_leaves_the_photo_readable() -> None:
    # A TIFF header whose first IFD offset points far outside the block.
    damaged = b"Exif\x00\x00II*\x00" + (0x7FFFFFF0).to_bytes(4, "little") + b"\x00" * 16
    meta = read_metadata(insert_segment(make_jpeg(), 0xE1, damaged), "odd.jpg")
    assert (meta.format, meta.width, meta.make, meta.taken_at) == ("JPEG", 64, None, None)
    assert any("EXIF" in w for w in meta.warnings)


def test_result_survives_pickling_for_worker_processes() -> None:
    meta = read(camera_exif(offset="+08:00", ImageDescription="caption"))
    assert pickle.loads(pickle.dumps(meta)) == meta
