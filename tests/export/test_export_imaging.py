"""Resize with orientation applied, and pass-through of originals that need nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from photoarchive.export.imaging import ImageDecodeError, render_jpeg
from tests.export.export_samples import dominant, make_jpeg

DATA = Path(__file__).resolve().parents[1] / "data" / "images"


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_fitting_upright_jpeg_is_copied_byte_for_byte(tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "a.jpg", (320, 160)).read_bytes()
    result = render_jpeg(data, max_edge=2048, quality=85)
    assert result.copied and result.data == data
    assert (result.width, result.height) == (320, 160)


def test_no_max_edge_copies_even_a_turned_jpeg(tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "a.jpg", orientation=6).read_bytes()
    result = render_jpeg(data, max_edge=None, quality=85)
    assert result.copied and result.data == data


def test_resize_keeps_aspect_and_long_edge(tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "a.jpg", (640, 320)).read_bytes()
    result = render_jpeg(data, max_edge=100, quality=85)
    image = decoded(result.data)
    assert not result.copied
    assert image.size == (result.width, result.height) == (100, 50)
    assert dominant(image.getpixel((10, 25))) == "red"
    assert dominant(image.getpixel((90, 25))) == "blue"


@pytest.mark.parametrize(
    ("orientation", "size", "red_at", "blue_at"),
    [
        (6, (50, 100), (25, 10), (25, 90)),  # turn 90° clockwise: left half goes on top
        (8, (50, 100), (25, 90), (25, 10)),  # turn 90° anticlockwise: left half goes below
        (3, (100, 50), (90, 25), (10, 25)),  # turn 180°: left half goes right
    ],
)
def test_resize_applies_orientation_and_resets_the_tag(
    tmp_path: Path,
    orientation: int,
    size: tuple[int, int],
    red_at: tuple[int, int],
    blue_at: tuple[int, int],
) -> None:
    data = make_jpeg(tmp_path / "a.jpg", (640, 320), orientation=orientation).read_bytes()
    image = decoded(render_jpeg(data, max_edge=100, quality=90).data)
    assert image.size == size
    assert dominant(image.getpixel(red_at)) == "red"
    assert dominant(image.getpixel(blue_at)) == "blue"
    assert image.getexif().get(0x0112) == 1


def test_orientation_from_the_catalogue_overrides_the_file(tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "a.jpg", (640, 320), orientation=1).read_bytes()
    image = decoded(render_jpeg(data, max_edge=100, quality=90, orientation=6).data)
    assert image.size == (50, 100)


def test_small_turned_photo_is_turned_without_resizing(tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "a.jpg", (64, 32), orientation=6).read_bytes()
    result = render_jpeg(data, max_edge=2048, quality=90)
    assert not result.copied
    assert decoded(result.data).size == (32, 64)


def test_exif_size_fields_follow_the_new_size() -> None:
    data = (DATA / "exifsamples__Canon_40D.jpg").read_bytes()
    image = decoded(render_jpeg(data, max_edge=40, quality=80).data)
    assert max(image.size) == 40
    exif_ifd = image.getexif().get_ifd(0x8769)
    assert (exif_ifd[0xA002], exif_ifd[0xA003]) == image.size


def test_png_original_becomes_a_jpeg(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("RGBA", (30, 20), (0, 200, 0, 255)).save(buf, "PNG")
    result = render_jpeg(buf.getvalue(), max_edge=None, quality=90)
    image = decoded(result.data)
    assert image.format == "JPEG" and image.mode == "RGB" and image.size == (30, 20)


def test_garbage_is_a_decode_error() -> None:
    with pytest.raises(ImageDecodeError):
        render_jpeg(b"\xff\xd8 this is not a photo", max_edge=100, quality=85)
