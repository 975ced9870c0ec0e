"""Camera RAW files: facts from their EXIF, pictures from the preview the camera embedded.

A RAW original is stored untouched; what the archive shows and exports is the
JPEG preview the camera wrote into the file (LibRaw finds the largest one, via
rawpy), or, when there is none, a quick half-size development of the sensor
data. EXIF is read from the file itself with exifread (the TIFF-based formats:
CR2, NEF, ARW, DNG, ORF, RW2, PEF, SRW; CR3 and RAF give what they carry).
"""

from __future__ import annotations

import io
from pathlib import PurePath

from PIL import Image

from photoarchive.metadata.errors import UnreadablePhotoError

RAW_FORMATS: dict[str, str] = {
    ".cr2": "CR2",
    ".cr3": "CR3",
    ".crw": "CRW",
    ".nef": "NEF",
    ".nrw": "NRW",
    ".arw": "ARW",
    ".srf": "SRF",
    ".sr2": "SR2",
    ".dng": "DNG",
    ".raf": "RAF",
    ".orf": "ORF",
    ".rw2": "RW2",
    ".pef": "PEF",
    ".srw": "SRW",
    ".3fr": "3FR",
    ".iiq": "IIQ",
    ".x3f": "X3F",
}
PREVIEW_QUALITY = 90


def raw_format(name: str) -> str | None:
    """``"NEF"`` for ``DSC_0001.NEF``; ``None`` for a file that is no camera RAW."""
    return RAW_FORMATS.get(PurePath(name).suffix.lower())


def preview_jpeg(data: bytes, name: str) -> bytes:
    """The picture of a RAW file as JPEG bytes: its embedded preview, else a quick development."""
    import rawpy

    try:
        with rawpy.imread(io.BytesIO(data)) as raw:
            try:
                thumb = raw.extract_thumb()
            except (rawpy.LibRawNoThumbnailError, rawpy.LibRawUnsupportedThumbnailError):
                thumb = None
            if thumb is not None and thumb.format == rawpy.ThumbFormat.JPEG:
                return bytes(thumb.data)
            pixels = thumb.data if thumb is not None else raw.postprocess(half_size=True)
    except (rawpy.LibRawError, OSError, ValueError) as exc:
        raise UnreadablePhotoError(name, f"the camera RAW file cannot be read ({exc})") from exc
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "JPEG", quality=PREVIEW_QUALITY)
    return out.getvalue()


def displayable(data: bytes, name: str) -> bytes:
    """Bytes Pillow can show: the file itself, or a RAW file's preview JPEG."""
    return preview_jpeg(data, name) if raw_format(name) else data


def raw_size(data: bytes) -> tuple[int, int]:
    """The developed picture's width and height, as the camera would render it."""
    import rawpy

    with rawpy.imread(io.BytesIO(data)) as raw:
        sizes = raw.sizes
        turned = sizes.flip in (5, 6)  # LibRaw's flip: 5 and 6 are quarter turns
        return (sizes.height, sizes.width) if turned else (sizes.width, sizes.height)
