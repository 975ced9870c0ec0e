"""Thumbnails: long edge 512, orientation applied, made cheaply.

``draft()`` lets the JPEG decoder scale by 1/2, 1/4 or 1/8 while decoding,
which halves the cost of a thumbnail; the EXIF orientation is applied to the
small image, never to the full one.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps

from photoarchive.errors import InputError
from photoarchive.metadata import limits  # noqa: F401  (sets the pixel limit)

THUMBNAIL_EDGE = 512
THUMBNAIL_QUALITY = 85


class ThumbnailError(InputError):
    """The image data cannot be decoded (truncated, damaged or unsupported)."""


def make_thumbnail(data: bytes, edge: int = THUMBNAIL_EDGE) -> bytes:
    """Decode ``data`` at reduced scale and return a JPEG thumbnail.

    Decoding is what proves a photo is readable: a truncated JPEG fails here.
    """
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.width * im.height > (Image.MAX_IMAGE_PIXELS or 0) > 0:
                raise ThumbnailError(
                    f"too many pixels ({im.width}×{im.height}); "
                    "refusing to open a possible decompression bomb"
                )
            im.draft("RGB", (edge, edge))
            im.thumbnail((edge, edge), Image.Resampling.BILINEAR, reducing_gap=2.0)
            small = ImageOps.exif_transpose(im)
            if small.mode not in ("RGB", "L"):
                small = small.convert("RGB")
            out = io.BytesIO()
            small.save(out, "JPEG", quality=THUMBNAIL_QUALITY, optimize=False)
            return out.getvalue()
    except ThumbnailError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ThumbnailError(f"the image data cannot be decoded ({exc})") from exc
