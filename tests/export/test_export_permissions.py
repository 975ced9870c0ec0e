"""A finished set opens for colleagues: the process umask decides its modes, not mkdtemp's 0700."""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from photoarchive.export import ExportItem, ExportOptions, run_export
from tests.export.export_samples import TODAY

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")

MakeItem = Callable[..., ExportItem]


@pytest.fixture(params=[0o022, 0o007], ids=["umask-022", "umask-007"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """The umask the export runs under (022 is the usual one, 007 a shared group's)."""
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def options(destination: Path) -> ExportOptions:
    return ExportOptions(purpose="web", destination=destination, today=TODAY, workers=2)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_folder_and_its_files_get_the_umask_modes(
    tmp_path: Path, make_item: MakeItem, umask: int
) -> None:
    dest = tmp_path / "out" / "set"
    report = run_export([make_item(1), make_item(2)], options(dest))
    assert report.destination == dest
    assert mode(dest) == 0o777 & ~umask
    files = sorted(dest.iterdir())
    assert len(files) == 5  # two photos and the three papers
    assert {p.name: mode(p) for p in files} == {p.name: 0o666 & ~umask for p in files}


def test_a_zip_and_its_members_get_the_umask_modes(
    tmp_path: Path, make_item: MakeItem, umask: int
) -> None:
    dest = tmp_path / "set.zip"
    run_export([make_item(1), make_item(2)], options(dest))
    assert mode(dest) == 0o666 & ~umask
    with zipfile.ZipFile(dest) as archive:
        infos = archive.infolist()
    assert len(infos) == 5
    for info in infos:
        unix_mode = info.external_attr >> 16
        assert stat.S_ISREG(unix_mode), info.filename
        assert stat.S_IMODE(unix_mode) == 0o666 & ~umask, info.filename


def test_an_existing_empty_folder_keeps_its_own_mode(
    tmp_path: Path, make_item: MakeItem, umask: int
) -> None:
    dest = tmp_path / "set"
    dest.mkdir()
    dest.chmod(0o750)  # the desk's choice, different from both umasks' 0o755 and 0o770
    report = run_export([make_item(1)], options(dest))
    assert mode(dest) == 0o750
    assert mode(dest / report.exported[0]["file"]) == 0o666 & ~umask
