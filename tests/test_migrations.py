"""Catalogues made by older versions open, are backed up, and upgrade to head."""

from __future__ import annotations

import shutil
import sqlite3

from sqlalchemy import inspect, select

from photoarchive.catalogue.db import head_revision
from photoarchive.catalogue.models import Photo
from photoarchive.library import Library
from tests.conftest import DATA

FIXTURE = DATA / "catalogues" / "revision_0001.sqlite"


def test_first_revision_catalogue_upgrades_to_head_with_a_backup(library_dir):
    assert head_revision() != "0001", "this test needs a second revision to exist"
    library_dir.mkdir()
    shutil.copy(FIXTURE, library_dir / "catalogue.sqlite")
    lib = Library(library_dir)
    try:
        backup = lib.catalogue.backup
        assert backup is not None and backup.is_file()
        old = sqlite3.connect(backup)
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        old.close()
        tables = set(inspect(lib.catalogue.engine).get_table_names())
        assert {"theme", "photo_theme", "licence"} <= tables
        with lib.catalogue.reader() as session:
            photo = session.scalars(select(Photo)).one()
            assert photo.caption.endswith("粮食丰收场景。")
            assert photo.credit.contributors[0].contributor.name == "易建军"
            assert photo.feature.byline == ["李苗", "徐德荣"]
    finally:
        lib.close()
    reopened = Library(library_dir)
    try:
        assert reopened.catalogue.backup is None  # already at head: no second backup
    finally:
        reopened.close()


def test_photo_ids_are_never_reused_after_a_delete(archive, tmp_path):
    from tests.conftest import write_photos

    write_photos(tmp_path / "a", 3)
    first = archive.import_job(archive.plan_import(None, tmp_path / "a")).run().imported
    archive.delete_photos([first[-1]])
    write_photos(tmp_path / "b", 1, start_seed=100)
    again = archive.import_job(archive.plan_import(None, tmp_path / "b")).run().imported
    assert again[0] > first[-1]
    assert [h["field"] for h in archive.history(again[0])] == []
