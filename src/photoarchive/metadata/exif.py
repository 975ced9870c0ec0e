"""EXIF fields through exifread, with maker notes and thumbnails switched off.

Maker notes are vendor blobs (the damaged Olympus one in the samples is why this
matters): decoding them is slow and is where readers have looped or crashed, and
nothing the archive stores comes from them. ``details=False`` skips them and the
sub-IFDs; ``extract_thumbnail=False`` skips copying the embedded preview.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

import exifread

from photoarchive.metadata.charset import decode_undeclared
from photoarchive.metadata.cleaning import clean_text
from photoarchive.metadata.dates import InvalidDateError, exif_datetime
from photoarchive.metadata.gps import InvalidGpsError, signed_degrees

# exifread logs what it cannot decode (non-UTF-8 text, odd offsets) at WARNING;
# this module decodes or reports those itself, so without a handler configured by
# the application they would only reach stderr as stray lines.
logging.getLogger("exifread").addHandler(logging.NullHandler())


@dataclass(frozen=True, slots=True)
class ExifFields:
    """The EXIF values the archive keeps, already cleaned."""

    make: str | None = None
    model: str | None = None
    taken_at: str | None = None
    orientation: int | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    description: str | None = None
    artist: str | None = None
    copyright: str | None = None
    warnings: tuple[str, ...] = ()


def read_exif(data: bytes) -> ExifFields:
    """Read the EXIF block of a whole image file; problems become warnings, never errors."""
    try:
        tags = exifread.process_file(io.BytesIO(data), details=False, extract_thumbnail=False)
    except Exception as exc:  # exifread on untrusted bytes can fail in many ways
        return ExifFields(warnings=(f"EXIF block unreadable ({exc}); camera data skipped",))
    if not tags:
        return ExifFields()
    warnings: list[str] = []
    gps_lat, gps_lon = _gps(tags, warnings)
    return ExifFields(
        make=_text(tags, "Image Make"),
        model=_text(tags, "Image Model"),
        taken_at=_taken_at(tags, warnings),
        orientation=_orientation(tags, warnings),
        gps_lat=gps_lat,
        gps_lon=gps_lon,
        description=_text(tags, "Image ImageDescription"),
        artist=_text(tags, "Image Artist"),
        copyright=_text(tags, "Image Copyright"),
        warnings=tuple(warnings),
    )


def _text(tags: dict[str, Any], key: str) -> str | None:
    """An ASCII tag as clean text; exifread leaves non-UTF-8 bytes undecoded."""
    tag = tags.get(key)
    if tag is None:
        return None
    values = tag.values
    if isinstance(values, bytes):
        values = decode_undeclared(values).text
    return clean_text(values) if isinstance(values, str) else None


def _taken_at(tags: dict[str, Any], warnings: list[str]) -> str | None:
    try:
        return exif_datetime(
            _text(tags, "EXIF DateTimeOriginal"), _text(tags, "EXIF OffsetTimeOriginal")
        )
    except InvalidDateError as exc:
        warnings.append(f"EXIF date taken ignored: {exc}")
        return None


def _orientation(tags: dict[str, Any], warnings: list[str]) -> int | None:
    tag = tags.get("Image Orientation")
    if tag is None:
        return None
    values = tag.values
    value = values[0] if isinstance(values, list) and values else values
    if isinstance(value, int) and 1 <= value <= 8:
        return value
    warnings.append(f"EXIF orientation {value!r} is not 1-8; ignored")
    return None


def _gps(tags: dict[str, Any], warnings: list[str]) -> tuple[float | None, float | None]:
    """Both coordinates or neither: half a position is no position."""
    lat_tag, lon_tag = tags.get("GPS GPSLatitude"), tags.get("GPS GPSLongitude")
    if lat_tag is None or lon_tag is None:
        return None, None
    try:
        lat = signed_degrees(
            lat_tag.values,
            _text(tags, "GPS GPSLatitudeRef"),
            positive="N",
            negative="S",
            limit=90,
        )
        lon = signed_degrees(
            lon_tag.values,
            _text(tags, "GPS GPSLongitudeRef"),
            positive="E",
            negative="W",
            limit=180,
        )
    except InvalidGpsError as exc:
        warnings.append(f"GPS position ignored: {exc}")
        return None, None
    if lat == 0 and lon == 0:
        warnings.append("GPS position 0, 0 ignored: cameras write it when they have no fix")
        return None, None
    return lat, lon
