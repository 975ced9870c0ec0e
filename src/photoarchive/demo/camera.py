"""EXIF a camera would write (make, model, time, orientation, GPS), built with Pillow.

The demo's placeholder photos and the tests' generated JPEGs carry the same
kind of camera block, so the importer reads them as it reads a real camera's.
"""

from __future__ import annotations

from PIL import Image


def camera_exif(
    *,
    make: str | None = None,
    model: str | None = None,
    taken: str | None = None,
    orientation: int | None = None,
    gps: tuple[float, float] | None = None,
    software: str | None = None,
) -> Image.Exif:
    """An EXIF block with the fields given; ``taken`` as EXIF writes it (2021:09:27 10:30:00)."""
    exif = Image.Exif()
    if make:
        exif[0x010F] = make
    if model:
        exif[0x0110] = model
    if orientation:
        exif[0x0112] = orientation
    if software:
        exif[0x0131] = software
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    if gps is not None:
        lat, lon = gps
        block = exif.get_ifd(0x8825)
        block[1], block[2] = ("N" if lat >= 0 else "S"), _dms(abs(lat))
        block[3], block[4] = ("E" if lon >= 0 else "W"), _dms(abs(lon))
    return exif


def _dms(value: float) -> tuple[float, float, float]:
    """Degrees as EXIF's degrees, minutes and seconds."""
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 4)
    return (float(degrees), float(minutes), seconds)
