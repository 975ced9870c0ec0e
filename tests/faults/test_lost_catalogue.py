"""A catalogue of zero bytes beside the originals is damage, never a new library."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from photoarchive.catalogue.db import backup_file
from photoarchive.catalogue.recovery import LostCatalogueError, intact
from photoarchive.cli.main import main
from photoarchive.library import Library
from tests.conftest import run_json


@pytest.fixture
def imported(capsys, library_dir, sample_feature) -> Path:
    text, photos = sample_feature
    run_json(capsys, "--library", str(library_dir), "import", str(text), "--photos", str(photos))
    return library_dir


def _empty_catalogue(library: Path) -> None:
    (library / "catalogue.sqlite").write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (library / f"catalogue.sqlite{suffix}").unlink(missing_ok=True)


def test_a_zero_byte_catalogue_is_refused_as_damaged(capsys, imported):
    _empty_catalogue(imported)
    with pytest.raises(LostCatalogueError):
        Library(imported)
    assert main(["--library", str(imported), "list"]) == 2
    err = capsys.readouterr().err
    assert "is empty (0 bytes), but the library holds 7 original photo(s)" in err
    assert "check --repair" in err
    assert main(["--library", str(imported), "import", "--photos", str(imported)]) == 2


def test_a_missing_catalogue_is_refused_too(capsys, imported):
    (imported / "catalogue.sqlite").unlink()
    assert main(["--library", str(imported), "list"]) == 2
    assert "is missing" in capsys.readouterr().err


def test_repair_without_a_backup_rebuilds_from_the_originals(capsys, imported):
    _empty_catalogue(imported)
    code, doc = run_json(capsys, "--library", str(imported), "check", "--repair")
    assert code == 0
    assert doc["restored_from"] is None and len(doc["rebuilt"]) == 7
    assert Path(doc["moved_aside"]).name.startswith("catalogue.sqlite.damaged-")
    assert any("edit history" in item for item in doc["not_recovered"])
    _, listing = run_json(capsys, "--library", str(imported), "list")
    assert len(listing["photos"]) == 7


def test_repair_restores_the_newest_intact_backup_first(capsys, imported):
    backup = backup_file(imported / "catalogue.sqlite", "0007")
    empty_backup = imported / "catalogue.sqlite.0006.20990101-000000.bak"
    empty_backup.write_bytes(b"")  # newer but cut short: never restored
    _empty_catalogue(imported)
    code, doc = run_json(capsys, "--library", str(imported), "check", "--repair")
    assert code == 0
    assert doc["restored_from"] == str(backup) and doc["rebuilt"] == []
    _, features = run_json(capsys, "--library", str(imported), "features")
    assert features["features"][0]["title"]  # the feature text came back with the backup


def test_a_backup_is_checked_before_it_is_trusted(tmp_path):
    source = tmp_path / "catalogue.sqlite"
    shutil.copy(Path(__file__).parent.parent / "data" / "images" / "expected.json", source)
    assert not intact(source)  # not a database at all
    assert not intact(tmp_path / "none.bak")
