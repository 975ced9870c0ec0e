"""How long the per-photo reads take on a 12-megapixel JPEG (printed, never asserted)."""

from __future__ import annotations

import io
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image

from photoarchive.metadata import read_metadata, verify_decodable
from tests.metadata.metadata_builders import IMAGES


@pytest.fixture(scope="module")
def twelve_megapixels() -> bytes:
    """4000×3000 with texture (so the compressed data is photo-sized) and camera EXIF."""
    gradient = Image.linear_gradient("L").resize((4000, 3000)).convert("RGB")
    texture = Image.effect_noise((4000, 3000), 40).convert("RGB")
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS R5"
    exif.get_ifd(0x8769)[0x9003] = "2024:03:17 10:20:30"
    buffer = io.BytesIO()
    Image.blend(gradient, texture, 0.3).save(buffer, "JPEG", quality=90, exif=exif)
    return buffer.getvalue()


def _median_ms(action, runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def test_read_metadata_on_twelve_megapixels(
    twelve_megapixels: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    meta = read_metadata(twelve_megapixels, "12mp.jpg")
    assert (meta.width, meta.height, meta.make) == (4000, 3000, "Canon")
    read_ms = _median_ms(lambda: read_metadata(twelve_megapixels, "12mp.jpg"), runs=30)
    verify_ms = _median_ms(lambda: verify_decodable(twelve_megapixels), runs=3)
    with capsys.disabled():
        size_mb = len(twelve_megapixels) / 1e6
        print(
            f"\n12 MP JPEG ({size_mb:.1f} MB): read_metadata {read_ms:.2f} ms, "
            f"verify_decodable {verify_ms:.1f} ms (medians)"
        )


def test_concurrent_reads_agree_with_sequential_ones() -> None:
    """The importer calls read_metadata from worker threads at once."""
    files = sorted(IMAGES.glob("*.jpg")) * 4
    payloads = [(path.read_bytes(), path.name) for path in files]
    sequential = [read_metadata(data, name) for data, name in payloads]
    with ThreadPoolExecutor(max_workers=4) as pool:
        concurrent = list(pool.map(lambda p: read_metadata(*p), payloads))
    assert concurrent == sequential
