"""Import speed against its floor, measured in the same run.

(a) the floor: a tight single-core loop of sha256 + exifread + draft-decoded
    thumbnail + save, over the same files;
(b) a full ``import`` of those files into a fresh library.
Prints images/s for both and the ratio b / (a × cores used).

    .venv/bin/python benchmarks/bench_import.py --n 200
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import tempfile
import time
from pathlib import Path

import exifread
from PIL import Image

from photoarchive.importer.session import default_workers
from photoarchive.services.archive import Archive
from photoarchive.storage.thumbnails import make_thumbnail


def make_photos(folder: Path, n: int, size: tuple[int, int]) -> list[Path]:
    """N distinct 12-MP camera-like JPEGs with EXIF (noise so they compress like photos)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = Image.effect_noise(size, 40).convert("RGB")
    base = Image.merge(
        "RGB", [base.getchannel(0), base.getchannel(0).rotate(90, expand=False), base.getchannel(0)]
    )
    paths = []
    for i in range(n):
        im = base.copy()
        im.paste((i * 37 % 256, i * 91 % 256, i * 53 % 256), (0, 0, 64, 64))
        exif = Image.Exif()
        exif[0x010F] = "Canon"
        exif[0x0110] = "EOS R5"
        exif.get_ifd(0x8769)[0x9003] = f"2021:09:27 10:{i // 60 % 60:02d}:{i % 60:02d}"
        path = folder / f"img{i + 1}.jpg"
        im.save(path, "JPEG", quality=90, exif=exif)
        paths.append(path)
    return paths


def floor(paths: list[Path], out: Path, *, store_original: bool = False) -> float:
    """One core, no framework: the work every import must do for each photo.

    With ``store_original`` the loop also writes a durable copy of the photo
    (write + fsync), which an archive cannot skip but the plain floor leaves out.
    """
    out.mkdir(exist_ok=True)
    start = time.perf_counter()
    for path in paths:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        exifread.process_file(io.BytesIO(data), details=False)
        (out / f"{digest}.jpg").write_bytes(make_thumbnail(data))
        if store_original:
            with open(out / f"{digest}.orig", "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
    return time.perf_counter() - start


def full_import(paths: list[Path], library: Path, workers: int) -> float:
    with Archive.open(library) as archive:
        plan = archive.plan_import(None, paths[0].parent)
        start = time.perf_counter()
        report = archive.import_job(plan, workers=workers).run()
        elapsed = time.perf_counter() - start
    assert len(report.imported) == len(paths), report
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--width", type=int, default=4000)
    ap.add_argument("--height", type=int, default=3000)
    ap.add_argument("--workers", type=int, default=default_workers())
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        t0 = time.perf_counter()
        paths = make_photos(work / "photos", args.n, (args.width, args.height))
        mb = sum(p.stat().st_size for p in paths) / 1e6
        print(
            f"made {args.n} photos of {args.width}x{args.height} ({mb:.0f} MB) "
            f"in {time.perf_counter() - t0:.1f}s; cores: {os.cpu_count()}, "
            f"workers: {args.workers}"
        )
        a = floor(paths, work / "floor")
        a2 = floor(paths, work / "floor-stored", store_original=True)
        b = full_import(paths, work / "library", args.workers)
        fa, fa2, fb = args.n / a, args.n / a2, args.n / b
        print(f"(a)  floor, 1 core               : {fa:6.1f} images/s ({a:.1f}s)")
        print(f"(a') floor + durable original copy: {fa2:6.1f} images/s ({a2:.1f}s)")
        print(f"(b)  full import, {args.workers} workers       : {fb:6.1f} images/s ({b:.1f}s)")
        w = args.workers
        print(f"ratio b / (a x {w})  = {fb / (fa * w):.2f} (goal >= 0.80)")
        print(f"ratio b / (a' x {w}) = {fb / (fa2 * w):.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
