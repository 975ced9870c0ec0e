"""A library on a read-only share opens for reading; a write says read-only, never "damaged".

The share is real: a read-only bind mount of the library folder (or, where the
tests do not run as root, a folder whose write permission was taken away).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from photoarchive.cli.main import main
from tests.conftest import run_json


def _read_only_view(source: Path, target: Path) -> Iterator[Path]:
    target.mkdir()
    if os.geteuid() != 0:
        for folder, _dirs, _files in os.walk(source):
            os.chmod(folder, 0o555)
        yield source
        for folder, _dirs, _files in os.walk(source):
            os.chmod(folder, 0o755)
        return
    mounted = subprocess.run(["mount", "--bind", str(source), str(target)], check=False)
    if mounted.returncode != 0:
        pytest.fail("could not bind-mount the library; the read-only tests need mount(8)")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(target)], check=True)
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=True)


@pytest.fixture
def share(capsys, tmp_path, sample_feature) -> Iterator[Path]:
    library = tmp_path / "library"
    text, photos = sample_feature
    code, _ = run_json(
        capsys, "--library", str(library), "import", str(text), "--photos", str(photos)
    )
    assert code == 0
    run_json(capsys, "--library", str(library), "search", "水稻")  # the index is up to date
    yield from _read_only_view(library, tmp_path / "share")


def test_list_search_show_and_export_work(capsys, share, tmp_path):
    lib = ["--library", str(share)]
    code, listing = run_json(capsys, *lib, "list")
    assert code == 0 and len(listing["photos"]) == 7
    code, found = run_json(capsys, *lib, "search", "水稻")
    assert code == 0 and found["total"] == 1
    code, photo = run_json(capsys, *lib, "show", str(found["hits"][0]["id"]))
    assert code == 0 and "水稻" in photo["caption"]
    dest = tmp_path / "out"
    code, done = run_json(
        capsys, *lib, "export", "--feature", "1", "--purpose", "web", "--to", str(dest)
    )
    assert code in (0, 1) and done["exported"]
    assert all((dest / row["file"]).is_file() for row in done["exported"])


@pytest.mark.parametrize(
    "argv",
    [
        ["caption", "1", "新的图说"],
        ["tag", "1", "agriculture"],
        ["credit", "1", "罗盟 摄"],
        ["delete", "1"],
    ],
)
def test_a_write_says_the_library_is_read_only(capsys, share, argv):
    assert main(["--library", str(share), *argv]) == 2
    err = capsys.readouterr().err
    assert "is read-only" in err and "damaged" not in err and "backup" not in err


def test_an_import_into_it_says_read_only(capsys, share, sample_feature):
    text, photos = sample_feature
    status = main(["--library", str(share), "import", str(text), "--photos", str(photos)])
    err = capsys.readouterr().err
    assert status == 2 and "is read-only" in err and "internal error" not in err
