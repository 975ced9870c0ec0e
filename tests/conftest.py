"""Shared fixtures: real JPEGs made with Pillow, a fresh library per test."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from photoarchive.demo.camera import camera_exif

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"
SAMPLE_FEATURE = DATA / "features" / "hengyang_feature_zh.txt"
SAMPLE_EXPECTED = DATA / "features" / "hengyang_feature_zh.expected.json"
SAMPLE_IMAGES = DATA / "images"


def jpeg_bytes(
    size: tuple[int, int] = (640, 480),
    *,
    color: tuple[int, int, int] = (120, 140, 90),
    make: str | None = "Canon",
    model: str | None = "EOS R5",
    taken: str | None = "2021:09:27 10:30:00",
    orientation: int | None = None,
    gps: tuple[float, float] | None = None,
    seed: int = 0,
) -> bytes:
    """A real JPEG with EXIF; ``seed`` varies the pixels so hashes differ."""
    im = Image.new("RGB", size, color)
    for i in range(0, size[0], max(1, size[0] // 16)):
        im.putpixel((i, (seed * 7 + i) % size[1]), (seed % 256, 255 - seed % 256, i % 256))
    exif = camera_exif(make=make, model=model, taken=taken, orientation=orientation, gps=gps)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def write_photos(
    folder: Path, count: int, *, prefix: str = "img", start_seed: int = 0
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(1, count + 1):
        path = folder / f"{prefix}{i}.jpg"
        path.write_bytes(jpeg_bytes(seed=start_seed + i))
        paths.append(path)
    return paths


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def sample_feature(tmp_path: Path) -> tuple[Path, Path]:
    """The real Hengyang feature text and a folder of seven generated photos."""
    folder = tmp_path / "feature"
    folder.mkdir()
    text = folder / "hengyang.txt"
    shutil.copy(SAMPLE_FEATURE, text)
    write_photos(folder / "photos", 7)
    return text, folder / "photos"


@pytest.fixture
def archive(library_dir: Path) -> Iterator[object]:
    from photoarchive.services.archive import Archive

    with Archive.open(library_dir) as arch:
        yield arch


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    """Run the real CLI entry point with ``--json``; return its exit status and document."""
    import json

    from photoarchive.cli.main import main

    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)
