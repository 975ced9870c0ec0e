"""Opening untrusted bytes as an image header, and the cheap full-decode check.

Every way a file can fail to be a photo ends here as :class:`UnreadablePhotoError`
with a reason an archivist can act on. Only the header is parsed; pixels are
decoded only by :func:`verify_decodable`, at 1/8 scale for JPEG.
"""

from __future__ import annotations

import codecs
import io
import threading
import warnings

import pillow_heif
from PIL import Image
from PIL.ImageFile import ImageFile

from photoarchive.metadata import limits  # noqa: F401  (sets the pixel limit)
from photoarchive.metadata.errors import UnreadablePhotoError

# Photo formats the archive accepts; naming them also keeps Pillow's rarer
# plugins from parsing untrusted input. (JPEGs with a multi-picture index open
# through the JPEG entry and come back with format "MPO".)
ACCEPTED_FORMATS: tuple[str, ...] = (
    "JPEG",
    "PNG",
    "TIFF",
    "WEBP",
    "GIF",
    "BMP",
    "HEIF",  # iPhones and recent cameras (pillow-heif)
    "AVIF",
)
_ACCEPTED_LABEL = "JPEG, HEIC, PNG, TIFF, WebP, AVIF, GIF, BMP or camera RAW"

# (magic bytes, offset, what the file claims to be) for clearer refusals.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "JPEG"),
    (b"\x89PNG\r\n\x1a\n", 0, "PNG"),
    (b"II*\x00", 0, "TIFF"),
    (b"MM\x00*", 0, "TIFF"),
    (b"GIF8", 0, "GIF"),
    (b"WEBP", 8, "WebP"),
    (b"ftypheic", 4, "HEIC"),
    (b"ftypheix", 4, "HEIC"),
    (b"ftypmif1", 4, "HEIF"),
    (b"ftypavif", 4, "AVIF"),
)
_UNSUPPORTED: frozenset[str] = frozenset()

pillow_heif.register_heif_opener()  # HEIC/HEIF as Pillow images, EXIF and XMP in .info

# warnings.catch_warnings() swaps process-wide state; one opener at a time keeps
# this module's own threads from restoring each other's filters. Header parsing
# is GIL-bound anyway, so the lock costs no parallelism.
_OPEN_LOCK = threading.Lock()


def open_image(data: bytes, name: str) -> tuple[ImageFile, tuple[str, ...]]:
    """Parse the image header, refusing anything that is not a sane photo.

    Returns the opened image and the complaints Pillow raised as warnings while
    parsing it (e.g. a corrupt EXIF block), so they reach the archivist with the
    photo instead of stderr.
    """
    if not data:
        raise UnreadablePhotoError(name, "the file is empty (0 bytes)")
    try:
        with _OPEN_LOCK, warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UserWarning)
            # Refused below with a clear reason; the warning itself would only be noise.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    except Image.DecompressionBombError:
        raise UnreadablePhotoError(name, _bomb_reason(_declared_size(data))) from None
    except Image.UnidentifiedImageError:
        raise UnreadablePhotoError(name, _unidentified_reason(data)) from None
    except Exception as exc:  # any failure to parse an untrusted header means unreadable
        raise UnreadablePhotoError(name, f"damaged image header ({exc})") from exc
    if _too_many_pixels(image.size):
        image.close()
        raise UnreadablePhotoError(name, _bomb_reason(image.size))
    return image, _header_complaints(caught)


def verify_decodable(data: bytes, name: str = "photo") -> None:
    """Decode the whole image cheaply; raise if its data is truncated or damaged.

    ``draft()`` makes the JPEG decoder produce 1/8-scale output, which still reads
    every byte of the compressed data, so truncation is caught at a fraction of
    the cost of a full decode. Relies on Pillow's default of refusing truncated
    images (``ImageFile.LOAD_TRUNCATED_IMAGES`` left False).
    """
    image, _ = open_image(data, name)
    with image:
        image.draft(None, (1, 1))
        try:
            image.load()
        except Exception as exc:  # decoders report damage as OSError, SyntaxError, ...
            raise UnreadablePhotoError(name, f"truncated or damaged image data ({exc})") from exc


def _header_complaints(caught: list[warnings.WarningMessage]) -> tuple[str, ...]:
    """Pillow's UserWarnings as photo warnings; anything else is passed on unchanged."""
    complaints: list[str] = []
    for warning in caught:
        if issubclass(warning.category, UserWarning):
            complaints.append(" ".join(str(warning.message).split()))
        else:
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    return tuple(complaints)


def _too_many_pixels(size: tuple[int, int]) -> bool:
    limit = Image.MAX_IMAGE_PIXELS
    return limit is not None and size[0] * size[1] > limit


def _bomb_reason(size: tuple[int, int] | None) -> str:
    dimensions = f"{size[0]}×{size[1]}" if size else "beyond Pillow's limit"
    return f"too many pixels ({dimensions}); refusing to open a possible decompression bomb"


def _declared_size(data: bytes) -> tuple[int, int] | None:
    """The dimensions a header declares, read with the format plugin directly.

    Only used to word the refusal: ``Image.open`` raises before it returns the
    image, and the plugin constructors parse the header without the pixel check.
    """
    for fmt in ACCEPTED_FORMATS:
        factory, accept = Image.OPEN.get(fmt, (None, None))
        claim = accept(data[:16]) if accept is not None else True
        if factory is None or isinstance(claim, str) or not claim:
            continue
        try:
            return factory(io.BytesIO(data), "").size
        except Exception:  # not this format; try the next
            continue
    return None


def _unidentified_reason(data: bytes) -> str:
    claimed = _claimed_format(data)
    if claimed in _UNSUPPORTED:
        return f"{claimed} images are not supported; convert the photo to JPEG first"
    if claimed:
        return f"the file starts like a {claimed} image but its header is damaged"
    if _looks_like_text(data):
        return "this is a text file, not an image"
    return f"not a {_ACCEPTED_LABEL} image"


def _claimed_format(data: bytes) -> str | None:
    for magic, offset, label in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return label
    return None


def _looks_like_text(data: bytes) -> bool:
    """Printable text in an encoding feature texts arrive in (UTF-8, GB18030, UTF-16)."""
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _printable(sample, "utf-16")
    return b"\x00" not in sample and any(_printable(sample, c) for c in ("utf-8", "gb18030"))


def _printable(sample: bytes, encoding: str) -> bool:
    """Decodes (an incomplete character at the cut is fine) to printable text."""
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t\f\ufeff" for ch in text)
