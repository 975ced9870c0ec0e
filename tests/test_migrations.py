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
            # the feature that printed it is its first publication (revision 0009)
            assert [(u.caption.feature_id, u.caption.position) for u in photo.publications] == [
                (photo.feature_id, photo.position)
            ]
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


def test_an_upgrade_keeps_every_row_that_refers_to_a_rebuilt_table(library_dir):
    """Regression: rebuilding `photo` (revision 0004) with foreign keys on cascaded the
    drop of the old table into photo_theme and licence, deleting every tag and licence."""
    from alembic import command

    from photoarchive.catalogue.db import alembic_config, make_engine

    library_dir.mkdir()
    path = library_dir / "catalogue.sqlite"
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.exec_driver_sql(
            "INSERT INTO photo (id, sha256, original_name, stored_path, format, width, height,"
            " bytes, caption, embedded_byline, embedded_keywords, created_at, updated_at)"
            " VALUES (1, 'ab', 'a.jpg', 'originals/ab/ab.jpg', 'JPEG', 1, 1, 1, '稻田', '[]',"
            " '[]', '2021-01-01', '2021-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO photo_theme (photo_id, theme_key, source, because, updated_at)"
            " VALUES (1, 'agriculture', 'accepted', '[]', '2021-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO licence (photo_id, kind, purposes, editorial_only, credit_required,"
            " source, updated_at) VALUES (1, 'staff', '[\"print\"]', 0, 0, 'manual',"
            " '2021-01-01')"
        )
    engine.dispose()
    lib = Library(library_dir)
    try:
        con = lib.catalogue.engine.raw_connection()
        try:
            assert con.execute("SELECT count(*) FROM photo_theme").fetchone() == (1,)
            assert con.execute("SELECT count(*) FROM licence").fetchone() == (1,)
            assert con.execute("PRAGMA foreign_keys").fetchone() == (1,)
        finally:
            con.close()
    finally:
        lib.close()


def test_a_populated_catalogue_gets_a_first_publication_for_every_photo(
    archive, sample_feature, library_dir
):
    """Revision 0009 on a catalogue as 0008 left it: each feature caption that a photo
    carries becomes that photo's first publication, and search still finds it."""
    from alembic import command

    from photoarchive.catalogue.db import alembic_config, make_engine
    from photoarchive.services.archive import Archive

    text, photos = sample_feature
    imported = archive.import_job(archive.plan_import(text, photos)).run().imported
    before = {pid: archive.photo(pid).publications for pid in imported}
    archive.close()
    engine = make_engine(library_dir / "catalogue.sqlite")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    engine.dispose()
    with Archive.open(library_dir) as upgraded:
        assert upgraded.library.catalogue.backup is not None
        after = {pid: upgraded.photo(pid).publications for pid in imported}
        assert after == before
        assert all(len(used) == 1 for used in after.values())
        assert upgraded.search.count("变压器") == 1
        assert upgraded.check().ok
