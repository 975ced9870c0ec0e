"""The demo's seven placeholder pictures: a scene per caption, drawn with Pillow.

Deterministic, so building the demo twice gives the same bytes and hashes.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from photoarchive.demo.camera import camera_exif

DEMO_FEATURE = "hengyang_feature_zh.txt"
SIZE = (1600, 1067)
Scene = Callable[[ImageDraw.ImageDraw, int, int], None]


@dataclass(frozen=True, slots=True)
class DemoPhoto:
    position: int
    subject: str  # a short English label drawn on the picture
    top: tuple[int, int, int]  # sky / background gradient, top colour
    bottom: tuple[int, int, int]
    make: str
    model: str
    taken: str  # EXIF DateTimeOriginal
    gps: tuple[float, float] | None = None


PHOTOS = (
    DemoPhoto(
        1,
        "SMART MANUFACTURING VALLEY",
        (18, 40, 86),
        (46, 110, 170),
        "Canon",
        "EOS R5",
        "2021:09:20 10:12:00",
    ),
    DemoPhoto(
        2,
        "CHILDREN'S CHOIR ON STAGE",
        (60, 12, 40),
        (170, 60, 70),
        "Nikon",
        "Z 7_2",
        "2020:09:18 19:40:00",
    ),
    DemoPhoto(
        3,
        "TRANSFORMER TESTING",
        (38, 52, 60),
        (110, 130, 136),
        "Canon",
        "EOS R5",
        "2021:08:30 14:05:00",
    ),
    DemoPhoto(
        4,
        "HYBRID RICE HARVEST",
        (120, 170, 215),
        (214, 170, 60),
        "Sony",
        "ILCE-7M3",
        "2021:09:08 09:30:00",
    ),
    DemoPhoto(
        5,
        "VILLAGE RENEWAL",
        (150, 195, 220),
        (90, 150, 90),
        "Nikon",
        "Z 7_2",
        "2021:07:23 11:00:00",
    ),
    DemoPhoto(
        6,
        "DIGITAL ECONOMY CORRIDOR",
        (40, 30, 80),
        (235, 130, 70),
        "Sony",
        "ILCE-7M3",
        "2021:09:12 18:45:00",
    ),
    DemoPhoto(
        7,
        "ZHURONG PEAK AT DAWN",
        (250, 170, 120),
        (120, 90, 140),
        "Canon",
        "EOS R5",
        "2021:09:05 06:10:00",
        gps=(27.2977, 112.6956),
    ),
)


# -- drawing ------------------------------------------------------------------------------
def _gradient(top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    column = Image.new("RGB", (1, SIZE[1]))
    for y in range(SIZE[1]):
        t = y / (SIZE[1] - 1)
        column.putpixel(
            (0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    return column.resize(SIZE)


def _ridge(
    draw: ImageDraw.ImageDraw,
    w: int,
    h: int,
    base: float,
    amp: float,
    freq: float,
    phase: float,
    fill: tuple[int, int, int],
) -> None:
    points = [
        (
            x,
            h * base
            - amp
            * h
            * (
                0.6 * math.sin(x / w * freq + phase)
                + 0.4 * math.sin(x / w * freq * 2.7 + phase * 1.7)
            ),
        )
        for x in range(0, w + 20, 20)
    ]
    draw.polygon([(0, h), *points, (w, h)], fill=fill)


def _factory(draw: ImageDraw.ImageDraw, w: int, h: int) -> None:
    for i in range(0, w, 80):
        draw.line([(i, h * 0.55), (w / 2 + (i - w / 2) * 3, h)], fill=(90, 170, 230), width=2)
    for x, bw, bh in ((120, 300, 0.30), (460, 380, 0.42), (900, 260, 0.26), (1200, 320, 0.36)):
        draw.rectangle([x, h * (0.55 - bh), x + bw, h * 0.55], fill=(12, 26, 54))
        for wx in range(x + 20, x + bw - 20, 40):
            draw.rectangle(
                [wx, h * (0.58 - bh), wx + 16, h * (0.58 - bh) + 10], fill=(255, 214, 120)
            )


def _choir(draw: ImageDraw.ImageDraw, w: int, h: int) -> None:
    for cx in (w * 0.22, w * 0.5, w * 0.78):
        draw.polygon(
            [(cx - 40, 0), (cx + 40, 0), (cx + 260, h * 0.8), (cx - 260, h * 0.8)],
            fill=(255, 220, 200, 40),
        )
    draw.rectangle([0, h * 0.78, w, h], fill=(70, 30, 30))
    for row, y in enumerate((0.48, 0.58, 0.68)):
        for i in range(14 - row):
            x = w * 0.12 + i * (w * 0.76 / (13 - row)) + row * 20
            draw.ellipse([x - 22, h * y - 22, x + 22, h * y + 22], fill=(40, 24, 30))
            draw.rectangle([x - 30, h * y + 22, x + 30, h * y + 90], fill=(235, 235, 240))


def _transformer(draw: ImageDraw.ImageDraw, w: int, h: int) -> None:
    draw.rectangle([0, h * 0.75, w, h], fill=(60, 66, 70))
    for x in (260, 700, 1140):
        draw.rectangle([x, h * 0.28, x + 240, h * 0.75], fill=(72, 96, 104))
        for k in range(7):
            draw.rectangle(
                [x - 30, h * 0.32 + k * 46, x + 270, h * 0.32 + k * 46 + 14], fill=(150, 168, 172)
            )
        for b in range(3):
            draw.rectangle(
                [x + 30 + b * 70, h * 0.12, x + 60 + b * 70, h * 0.28], fill=(210, 120, 40)
            )
    draw.ellipse([820, 700, 880, 760], fill=(40, 40, 40))
    draw.rectangle([830, 760, 870, 880], fill=(230, 120, 30))


def _rice(draw: ImageDraw.ImageDraw, w: int, h: int) -> None:
    _ridge(draw, w, h, 0.42, 0.04, 5, 0.5, (110, 150, 110))
    draw.rectangle([0, h * 0.45, w, h], fill=(200, 160, 50))
    for i in range(-40, 60):
        draw.line([(w / 2 + i * 14, h * 0.45), (w / 2 + i * 90, h)], fill=(170, 130, 30), width=3)
    draw.ellipse([w * 0.45, h * 0.10, w * 0.45 + 110, h * 0.10 + 110], fill=(255, 240, 200))


def _village(draw: ImageDraw.ImageDraw, w: int, h: int) -> None:
    _ridge(draw, w, h, 0.45, 0.08, 4, 1.3, (70, 120, 80))
    draw.rectangle([0, h * 0.62, w, h], fill=(110, 160, 90))
    for i, x in enumerate((150, 480, 820, 1160)):
        y = h * (0.48 + 0.04 * (i % 2))
        draw.rectangle([x, y, x + 240, y + 170], fill=(245, 243, 236))
        draw.polygon([(x - 20, y), (x + 120, y - 90), (x + 260, y)], fill=(70, 80, 90))
        draw.rectangle([x + 95, y + 80, x + 145, y + 170], fill=(120, 80, 50))


def _corridor(draw: ImageDraw.ImageDraw, w: int, h: int) -> None:
    for i, bh in enumerate((0.22, 0.35, 0.28, 0.45, 0.3, 0.38, 0.25, 0.32)):
        x = i * w / 8
        draw.rectangle([x + 10, h * (0.6 - bh), x + w / 8 - 10, h * 0.6], fill=(30, 24, 60))
    draw.polygon(
        [(w * 0.46, h * 0.6), (w * 0.54, h * 0.6), (w * 0.95, h), (w * 0.05, h)], fill=(50, 50, 64)
    )
    for k in range(8):
        y0 = h * 0.6 + (h * 0.4) * (k / 8) ** 1.6
        y1 = y0 + 6 + k * 6
        draw.rectangle([w / 2 - 3 - k, y0, w / 2 + 3 + k, y1], fill=(250, 220, 120))
    for side in (-1, 1):
        draw.line(
            [(w / 2 + side * w * 0.04, h * 0.6), (w / 2 + side * w * 0.45, h)],
            fill=(255, 150, 90),
            width=6,
        )


def _mountain(draw: ImageDraw.ImageDraw, w: int, h: int) -> None:
    draw.ellipse([w * 0.55, h * 0.2, w * 0.55 + 150, h * 0.2 + 150], fill=(255, 230, 180))
    peak = (w * 0.34, h * 0.30)  # Zhurong, the highest summit, with its temple
    draw.polygon([(w * 0.10, h * 0.62), peak, (w * 0.58, h * 0.62)], fill=(165, 120, 160))
    draw.rectangle([peak[0] - 22, peak[1] - 4, peak[0] + 22, peak[1] + 14], fill=(70, 45, 60))
    draw.polygon(
        [(peak[0] - 32, peak[1] - 2), (peak[0], peak[1] - 24), (peak[0] + 32, peak[1] - 2)],
        fill=(70, 45, 60),
    )
    _ridge(draw, w, h, 0.56, 0.06, 3, 0.2, (150, 110, 150))
    _ridge(draw, w, h, 0.66, 0.10, 4, 2.0, (100, 75, 120))
    _ridge(draw, w, h, 0.78, 0.08, 6, 4.0, (60, 45, 80))


SCENES: dict[int, Scene] = {
    1: _factory,
    2: _choir,
    3: _transformer,
    4: _rice,
    5: _village,
    6: _corridor,
    7: _mountain,
}


def _label(image: Image.Image, photo: DemoPhoto) -> None:
    draw = ImageDraw.Draw(image, "RGBA")
    w, h = image.size
    big = ImageFont.load_default(size=150)
    small = ImageFont.load_default(size=38)
    draw.ellipse([w - 300, 60, w - 60, 300], fill=(0, 0, 0, 110))
    draw.text((w - 180, 185), str(photo.position), font=big, fill=(255, 255, 255), anchor="mm")
    draw.rectangle([0, h - 110, w, h], fill=(0, 0, 0, 120))
    draw.text(
        (60, h - 55), f"HENGYANG  ·  {photo.subject}", font=small, fill=(255, 255, 255), anchor="lm"
    )
    draw.text(
        (w - 60, h - 55), "DEMO PLACEHOLDER", font=small, fill=(255, 255, 255, 170), anchor="rm"
    )


def _exif(photo: DemoPhoto) -> Image.Exif:
    return camera_exif(
        make=photo.make,
        model=photo.model,
        taken=photo.taken,
        orientation=1,
        gps=photo.gps,
        software="photoarchive demo",
    )


def render_photo(photo: DemoPhoto) -> bytes:
    """One placeholder JPEG with its EXIF; the same bytes every time."""
    image = _gradient(photo.top, photo.bottom)
    draw = ImageDraw.Draw(image, "RGBA")
    SCENES[photo.position](draw, *SIZE)
    image = image.filter(ImageFilter.SMOOTH)
    _label(image, photo)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, exif=_exif(photo))
    return out.getvalue()


def write_demo_photos(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for photo in PHOTOS:
        path = folder / f"hengyang_{photo.position:02d}.jpg"
        path.write_bytes(render_photo(photo))
        paths.append(path)
    return paths
