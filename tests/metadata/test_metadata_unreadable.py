"""Files that are not readable photos are refused with a reason an archivist can act on."""

from __future__ import annotations

import io
import pickle
import struct
import warnings
import zlib

import pytest
from PIL import Image

from photoarchive.errors import InputError
from photoarchive.metadata import UnreadablePhotoError, read_metadata, verify_decodable
from photoarchive.metadata.limits import PHOTO_PIXEL_LIMIT
from tests.metadata.metadata_builders import noisy_jpeg, set_jpeg_size


def reason_for(data: bytes, name: str = "bad.jpg") -> str:
    with pytest.raises(UnreadablePhotoError) as caught:
        read_metadata(data, name)
    assert caught.value.name == name
    assert name in str(caught.value)
    return caught.value.reason


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    body = kind + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))


def png_declaring(width: int, height: int) -> bytes:
    """A small, well-formed PNG whose IHDR declares any size."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def test_zero_byte_file() -> None:
    assert reason_for(b"") == "the file is empty (0 bytes)"


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "utf-16"])
def test_text_file_named_jpg(codec: str) -> None:
    text = "衡阳：稻花香里说丰年\n记者 罗盟 摄\n" * 20
    assert reason_for(text.encode(codec)) == "this is a text file, not an image"


def test_png_signature_followed_by_garbage() -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    assert reason_for(data, "x.png") == "the file starts like a PNG image but its header is damaged"


def test_binary_that_is_no_image() -> None:
    data = bytes([0, 1, 2, 3, 250, 251, 252]) * 100
    assert (
        reason_for(data) == "not a JPEG, HEIC, PNG, TIFF, WebP, AVIF, GIF, BMP or camera RAW image"
    )


def test_a_damaged_heic_is_named_as_one() -> None:
    data = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    reason = reason_for(data, "IMG_0001.HEIC")
    assert reason.startswith(("the file starts like a HEIC image", "damaged image header"))


def test_image_format_the_archive_does_not_take() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16)).save(buffer, "ICO")
    assert reason_for(buffer.getvalue(), "favicon.jpg") == (
        "not a JPEG, HEIC, PNG, TIFF, WebP, AVIF, GIF, BMP or camera RAW image"
    )


def test_jpeg_cut_inside_its_header() -> None:
    jpeg = noisy_jpeg()
    assert reason_for(jpeg[:40]).startswith("damaged image header")


BOMB_REASON = "too many pixels ({}); refusing to open a possible decompression bomb"


def test_jpeg_declaring_billions_of_pixels() -> None:
    # Beyond twice Pillow's limit: Pillow raises DecompressionBombError.
    bomb = set_jpeg_size(noisy_jpeg(), 60000, 60000)
    assert reason_for(bomb) == BOMB_REASON.format("60000×60000")


def test_jpeg_just_over_the_limit_is_refused_without_a_stray_warning() -> None:
    # Between the limit and twice it Pillow only warns; that must still be a refusal.
    assert Image.MAX_IMAGE_PIXELS == PHOTO_PIXEL_LIMIT
    assert PHOTO_PIXEL_LIMIT < 25000 * 20000 < 2 * PHOTO_PIXEL_LIMIT
    bomb = set_jpeg_size(noisy_jpeg(), 25000, 20000)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a leaked DecompressionBombWarning would raise here
        assert reason_for(bomb) == BOMB_REASON.format("25000×20000")


def test_a_medium_format_frame_is_within_the_limit() -> None:
    meta = read_metadata(set_jpeg_size(noisy_jpeg(), 11648, 8736), "gfx100.jpg")
    assert (meta.width, meta.height) == (11648, 8736)


def test_png_declaring_billions_of_pixels() -> None:
    assert reason_for(png_declaring(50000, 50000), "x.png") == BOMB_REASON.format("50000×50000")


def test_verify_decodable_accepts_a_whole_jpeg() -> None:
    verify_decodable(noisy_jpeg())


def test_truncated_jpeg_passes_the_header_read_but_not_verify_decodable() -> None:
    jpeg = noisy_jpeg()
    truncated = jpeg[: len(jpeg) * 2 // 3]
    meta = read_metadata(truncated, "cut.jpg")  # header intact: metadata is readable
    assert (meta.width, meta.height) == (256, 192)
    with pytest.raises(UnreadablePhotoError) as caught:
        verify_decodable(truncated, "cut.jpg")
    assert caught.value.reason.startswith("truncated or damaged image data")
    assert caught.value.name == "cut.jpg"


def test_verify_decodable_refuses_what_read_metadata_refuses() -> None:
    with pytest.raises(UnreadablePhotoError, match="empty"):
        verify_decodable(b"")


def test_error_is_an_input_error_and_survives_pickling() -> None:
    error = UnreadablePhotoError("a.jpg", "the file is empty (0 bytes)")
    assert isinstance(error, InputError)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.name, copy.reason, str(copy)) == (error.name, error.reason, str(error))
