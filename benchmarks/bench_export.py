"""Benchmark: export N 12-megapixel photos for the web at 2048 px, against the image-work floor.

The floor is what Pillow alone needs for the same files in the same run, on the
same number of threads: open, draft, resize, save to memory. The ratio shows how
much the rest of an export (licence check, metadata, hashing, writing, the final
move) costs on top of the pixels.

    python benchmarks/bench_export.py            # 200 photos
    python benchmarks/bench_export.py --n 20     # a quick look
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from PIL import Image

from photoarchive.export import ExportItem, ExportOptions, run_export
from photoarchive.export.runner import MAX_WORKERS
from photoarchive.licensing import ALL_PURPOSES, Licence, LicenceKind

CAPTION = (
    "衡阳市大力开展杂交水稻的试验示范工作，成为袁隆平及其科研团队开展杂交水稻高产攻关的重要地区。"
    "图为衡阳县库宗桥镇华山村粮食丰收场景。"
)
DISTINCT_SOURCES = 8  # the rest are byte copies: decoding costs the same


def make_source(path: Path, size: tuple[int, int], seed: int) -> None:
    """A photo-like 12 MP JPEG: smooth gradients plus grain, camera EXIF and GPS."""
    grain = Image.effect_noise(size, 24 + seed)
    red = Image.linear_gradient("L").resize(size).point(lambda v: (v + seed * 29) % 256)
    green = Image.radial_gradient("L").resize(size)
    image = Image.merge("RGB", (Image.blend(red, grain, 0.3), green, grain))
    exif = image.getexif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS 5D Mark IV"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (26.0, 53.0, 39.0), "E", (112.0, 34.0, 19.0)
    image.save(path, "JPEG", quality=90, exif=exif.tobytes())


def make_sources(folder: Path, n: int, size: tuple[int, int]) -> list[Path]:
    bases = []
    for seed in range(min(n, DISTINCT_SOURCES)):
        path = folder / f"base-{seed}.jpg"
        make_source(path, size, seed)
        bases.append(path.read_bytes())
    paths = []
    for i in range(n):
        path = folder / f"{i:04d}.jpg"
        path.write_bytes(bases[i % len(bases)])
        paths.append(path)
    return paths


def items_for(paths: list[Path]) -> list[ExportItem]:
    licence = Licence(kind=LicenceKind.STAFF, holder="衡阳日报", purposes=ALL_PURPOSES)
    return [
        ExportItem(
            photo_id=i,
            source_path=p,
            taken_at=date(2024, 7, 23),
            caption=CAPTION,
            headline="衡阳：创新引领 开放崛起",
            credit_line="易建军 摄",
            creators=("易建军",),
            source="衡阳日报",
            keywords=("农业", "agriculture"),
            subject_codes=("04001000",),
            licence=licence,
        )
        for i, p in enumerate(paths, 1)
    ]


def floor_one(path: Path, max_edge: int, quality: int) -> int:
    with Image.open(path) as image:
        image.draft("RGB", (max_edge, max_edge))
        image.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality)
        return out.tell()


def run_floor(paths: list[Path], max_edge: int, quality: int, workers: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(floor_one, paths, [max_edge] * len(paths), [quality] * len(paths)))
    return time.perf_counter() - start


def run_full_export(
    paths: list[Path], dest: Path, max_edge: int, quality: int, workers: int
) -> float:
    options = ExportOptions(
        purpose="web", destination=dest, max_edge=max_edge, quality=quality, workers=workers
    )
    start = time.perf_counter()
    report = run_export(items_for(paths), options)
    elapsed = time.perf_counter() - start
    if len(report.exported) != len(paths):
        sys.exit(f"export left out photos: {report.excluded}")
    return elapsed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="photos to export (default 200)")
    parser.add_argument("--max-edge", type=int, default=2048)
    parser.add_argument("--quality", type=int, default=85)
    parser.add_argument("--size", default="4000x3000", help="source size (default 12 MP)")
    parser.add_argument("--workers", type=int, default=min(MAX_WORKERS, os.cpu_count() or 1))
    args = parser.parse_args(argv)
    size = tuple(int(v) for v in args.size.lower().split("x"))
    assert len(size) == 2

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        folder = Path(tmp)
        (folder / "src").mkdir()
        t0 = time.perf_counter()
        paths = make_sources(folder / "src", args.n, (size[0], size[1]))
        mb = sum(p.stat().st_size for p in paths) / args.n / 1e6
        print(
            f"sources: {args.n} x {size[0]}x{size[1]} JPEG, {mb:.1f} MB each, "
            f"made in {time.perf_counter() - t0:.1f} s; {args.workers} worker threads"
        )
        floor = run_floor(paths, args.max_edge, args.quality, args.workers)
        export = run_full_export(paths, folder / "out", args.max_edge, args.quality, args.workers)

    print(f"export  : {args.n / export:6.2f} photos/s  ({export:.1f} s, web, {args.max_edge} px)")
    print(f"floor   : {args.n / floor:6.2f} photos/s  ({floor:.1f} s, open+draft+resize+save)")
    print(f"ratio   : export runs at {floor / export:.0%} of the floor's speed")


if __name__ == "__main__":
    main()
