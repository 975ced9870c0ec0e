"""A full disk is an ordinary error that names the disk and the room needed; nothing half-written.

The disks are real: small tmpfs mounts (the tests run as root, as CI does).
"""

from __future__ import annotations

import io
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoarchive.cli.main import main
from photoarchive.export.staging import remove_leftovers
from tests.conftest import run_json

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small disk needs root")


def _noise_jpeg(seed: int, size: tuple[int, int] = (1600, 1200)) -> bytes:
    pixels = np.random.RandomState(seed).randint(0, 255, (*size[::-1], 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "JPEG", quality=95)
    return out.getvalue()


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A 4 MB disk of its own."""
    target = tmp_path / "disk"
    target.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(target)], check=True)
    try:
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=True)


def test_an_import_the_disk_has_no_room_for_is_refused_before_writing(capsys, small_disk, tmp_path):
    photos = tmp_path / "photos"
    photos.mkdir()
    for i in range(1, 4):
        (photos / f"img{i}.jpg").write_bytes(_noise_jpeg(i))
    library = small_disk / "library"
    status = main(["--library", str(library), "import", "--photos", str(photos)])
    err = capsys.readouterr().err
    assert status == 2
    assert f"The disk holding {library} is full" in err and "this needs about" in err
    assert "internal error" not in err
    assert not list(library.glob("originals/*/*"))


def test_a_full_export_destination_leaves_nothing_behind(capsys, small_disk, tmp_path):
    photos = tmp_path / "photos"
    photos.mkdir()
    for i in range(1, 5):
        (photos / f"img{i}.jpg").write_bytes(_noise_jpeg(i))
    library = tmp_path / "library"
    code, doc = run_json(capsys, "--library", str(library), "import", "--photos", str(photos))
    assert code == 0
    ids = ",".join(str(p["id"]) for p in doc["photos"])
    run_json(
        capsys,
        "--library",
        str(library),
        "license",
        "set",
        *ids.split(","),
        "--kind",
        "staff",
        "--holder",
        "本报",
        "--purposes",
        "all",
    )
    dest = small_disk / "set.zip"
    status = main(
        ["--library", str(library), "export", "--ids", ids, "--purpose", "web", "--to", str(dest)]
    )
    err = capsys.readouterr().err
    assert status == 2, err
    assert "is full" in err and "Nothing half-written was kept" in err
    assert list(small_disk.iterdir()) == []  # no set, no .partial


def test_the_next_export_removes_what_a_killed_one_left(tmp_path):
    dest = tmp_path / "set"
    killed = tmp_path / ".set.1a2b3c4d.partial"
    killed.mkdir()
    (killed / "0001.jpg").write_bytes(b"half")
    other = tmp_path / ".other.9f9f9f9f.partial"
    other.write_bytes(b"an export running beside this one")
    assert remove_leftovers(dest) == [killed]
    assert not killed.exists() and other.exists()
