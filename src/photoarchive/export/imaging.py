"""The pixels of one exported photo: the original's bytes, or a resized, upright JPEG.

Decoding is the cost of an export, so a JPEG that needs neither resizing nor
turning is passed through untouched (no quality lost), and a resize asks the
JPEG decoder for a reduced image first (draft) and turns only the small result.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

ORIENTATION_TAG = 0x0112
EXIF_IFD = 0x8769
EXIF_WIDTH, EXIF_HEIGHT = 0xA002, 0xA003

# EXIF orientation -> the transpose that makes the image upright.
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


class ImageDecodeError(ValueError):
    """The original cannot be read as an image."""


@dataclass(frozen=True, slots=True)
class RenderedImage:
    data: bytes  # a JPEG
    width: int
    height: int
    copied: bool  # True: the original's bytes, unchanged


def render_jpeg(
    data: bytes, *, max_edge: int | None, quality: int, orientation: int | None = None
) -> RenderedImage:
    """A JPEG of the photo in `data`, at most `max_edge` on its long side, upright when re-encoded.

    Without `max_edge` a JPEG keeps its bytes and its orientation tag; `orientation`
    overrides the file's tag (the catalogue may know better).
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            turn = orientation if orientation is not None else _file_orientation(image)
            fits = max_edge is None or max(image.size) <= max_edge
            if image.format == "JPEG" and (max_edge is None or (fits and turn in (0, 1))):
                return RenderedImage(data, image.width, image.height, copied=True)
            return _reencode(image, max_edge if not fits else None, quality, turn)
    except UnidentifiedImageError:
        raise ImageDecodeError("not in an image format that can be read") from None
    except (
        Image.DecompressionBombError,
        OSError,
        SyntaxError,
        ValueError,
    ) as exc:
        raise ImageDecodeError(str(exc) or type(exc).__name__) from exc


def _file_orientation(image: Image.Image) -> int:
    value = image.getexif().get(ORIENTATION_TAG, 1)
    return value if isinstance(value, int) else 1


def _reencode(image: Image.Image, max_edge: int | None, quality: int, turn: int) -> RenderedImage:
    exif = image.getexif()
    icc = image.info.get("icc_profile")
    if max_edge is not None:
        image.draft("RGB", _scaled(image.size, max_edge))
        image.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS)
    if image.mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    if turn in _UPRIGHT:
        image = image.transpose(_UPRIGHT[turn])
    exif[ORIENTATION_TAG] = 1
    sub = exif.get_ifd(EXIF_IFD)
    if sub:
        sub[EXIF_WIDTH], sub[EXIF_HEIGHT] = image.size
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, exif=exif.tobytes(), icc_profile=icc)
    return RenderedImage(out.getvalue(), image.width, image.height, copied=False)


def _scaled(size: tuple[int, int], max_edge: int) -> tuple[int, int]:
    """The size that fits `max_edge`, for draft(): the decoder stays at or above it."""
    w, h = size
    scale = max_edge / max(w, h)
    return max(1, round(w * scale)), max(1, round(h * scale))
