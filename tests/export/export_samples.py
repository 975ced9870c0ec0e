"""Sample JPEGs made with Pillow (camera EXIF with GPS and orientation) and test helpers."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from PIL import Image

from photoarchive.licensing import ALL_PURPOSES, Licence, LicenceKind, Purpose

RED, BLUE = (220, 20, 20), (20, 20, 220)
CAPTION = "衡阳市大力开展杂交水稻的试验示范工作。图为衡阳县库宗桥镇华山村粮食丰收场景。"
TODAY = date(2026, 1, 31)

STAFF = Licence(kind=LicenceKind.STAFF, holder="衡阳日报", purposes=ALL_PURPOSES)
HANDOUT = Licence(
    kind=LicenceKind.HANDOUT,
    holder="祁东县启航学校",
    purposes=frozenset({Purpose.PRINT, Purpose.WEB}),
    editorial_only=True,
    credit_required=True,
)


def make_jpeg(
    path: Path,
    size: tuple[int, int] = (320, 160),
    *,
    orientation: int | None = None,
    gps: bool = True,
    seed: int = 0,
) -> Path:
    """A JPEG whose left half is red and right half blue, with camera EXIF and GPS."""
    w, h = size
    image = Image.new("RGB", size, BLUE)
    image.paste(RED, (0, 0, w // 2, h))
    image.putpixel((w - 1, h - 1), (seed % 256, 0, 0))  # distinct bytes per seed
    exif = image.getexif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS 40D"
    exif[0x010E] = "OLD CAMERA CAPTION"
    if orientation is not None:
        exif[0x0112] = orientation
    exif.get_ifd(0x8769)[0x9003] = "2024:07:23 10:30:00"
    if gps:
        ifd = exif.get_ifd(0x8825)
        ifd[1], ifd[2] = "N", (26.0, 53.0, 39.0)
        ifd[3], ifd[4] = "E", (112.0, 34.0, 19.0)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dominant(pixel: tuple[int, ...] | float) -> str:
    """Which of red or blue a decoded pixel is, whatever JPEG did to it."""
    assert isinstance(pixel, tuple)
    return "red" if pixel[0] > pixel[2] else "blue"
