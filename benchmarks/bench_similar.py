"""Near-duplicate finding: recall of true copies, false matches, and lookup time.

Pictures: the real sample photos plus distinct generated scenes (random shapes and
gradients, each from its own seed). Copies of each: resized to 50%, saved at JPEG
quality 60, cropped 5% and 10%, brightened slightly, given a border, and a burst-like
neighbouring frame (the scene shifted by a few pixels). A copy is found when the
original is within ``NEAR`` bits of it; a false match is two distinct pictures within
``NEAR``. Lookup: one probe against a million stored hashes.

    .venv/bin/python benchmarks/bench_similar.py [--distinct 200]
"""

from __future__ import annotations

import argparse
import io
import itertools
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageOps

from photoarchive.storage.similarity import NEAR, HashTable, perceptual_hash
from photoarchive.storage.thumbnails import make_thumbnail

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "images"


def scene(seed: int, shift: int = 0, size: tuple[int, int] = (1600, 1067)) -> Image.Image:
    rng = random.Random(seed)
    im = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(im)
    for _ in range(rng.randrange(6, 14)):
        x, y = rng.randrange(size[0]) + shift, rng.randrange(size[1])
        w, h = rng.randrange(80, 600), rng.randrange(80, 500)
        colour = tuple(rng.randrange(256) for _ in range(3))
        shape = rng.choice((draw.rectangle, draw.ellipse))
        shape((x, y, x + w, y + h), fill=colour)
    return im


def jpeg(im: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    im.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def crop(im: Image.Image, share: float) -> Image.Image:
    dx, dy = int(im.width * share / 2), int(im.height * share / 2)
    return im.crop((dx, dy, im.width - dx, im.height - dy))


COPIES: dict[str, Callable[[Image.Image], bytes]] = {
    "resized 50%": lambda im: jpeg(im.resize((im.width // 2, im.height // 2))),
    "quality 60": lambda im: jpeg(im, 60),
    "cropped 5%": lambda im: jpeg(crop(im, 0.05)),
    "cropped 10%": lambda im: jpeg(crop(im, 0.10)),
    "brightened": lambda im: jpeg(ImageEnhance.Brightness(im).enhance(1.12)),
    "border": lambda im: jpeg(ImageOps.expand(im, border=max(8, im.width // 60), fill="white")),
}


def phash_of(data: bytes) -> str:
    return perceptual_hash(make_thumbnail(data))


def apart(a: str, b: str) -> int:
    """Distance as the lookup measures it (HashTable.near): the nearest pairing of hashes."""
    return HashTable([(1, b)]).near(a, within=64)[0].distance


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distinct", type=int, default=200, help="generated distinct pictures")
    parser.add_argument("--stored", type=int, default=1_000_000, help="hashes for the lookup")
    a = parser.parse_args()
    originals: list[tuple[str, Image.Image, Image.Image | None]] = []
    for path in sorted(SAMPLES.glob("*.jpg")):
        try:
            with Image.open(path) as im:
                originals.append((path.name, ImageOps.exif_transpose(im).convert("RGB"), None))
        except OSError:
            continue  # the damaged sample
    for seed in range(a.distinct):
        originals.append((f"scene {seed}", scene(seed), scene(seed, shift=6)))
    hashes = {name: phash_of(jpeg(im)) for name, im, _ in originals}
    print(f"{len(originals)} pictures ({len(originals) - a.distinct} real samples)")
    found_all = total_all = 0
    for label, make in {**COPIES, "burst neighbour": None}.items():
        found = total = 0
        for name, im, neighbour in originals:
            if make is None:
                if neighbour is None:
                    continue
                data = jpeg(neighbour)
            else:
                data = make(im)
            distance = apart(phash_of(data), hashes[name])
            total += 1
            found += distance <= NEAR
        found_all, total_all = found_all + found, total_all + total
        print(f"  {label:<16} recall {found}/{total} = {found / total:6.1%}")
    print(f"all copies: recall {found_all}/{total_all} = {found_all / total_all:.1%}")
    names = list(hashes)
    pairs = list(itertools.combinations(names, 2))
    false = sum(
        apart(hashes[x], hashes[y]) <= NEAR
        for x, y in pairs
        if not (x.startswith("exiftool__") and y.startswith("exiftool__"))  # one picture twice
    )
    print(f"false matches among distinct pictures: {false}/{len(pairs)} = {false / len(pairs):.3%}")
    rng = random.Random(1)
    table = HashTable((i, f"{rng.getrandbits(128):032x}") for i in range(1, a.stored + 1))
    probes = [f"{rng.getrandbits(128):032x}" for _ in range(21)]
    times = []
    for probe in probes:
        start = time.perf_counter()
        table.near(probe)
        times.append((time.perf_counter() - start) * 1000)
    print(f"lookup over {len(table):,} stored hashes: median {statistics.median(times):.1f} ms")


if __name__ == "__main__":
    main()
