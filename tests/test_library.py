"""Opening libraries: layout, schema, pragmas, and errors a user can act on."""

from __future__ import annotations

import sqlite3

import pytest

from photoarchive.catalogue.db import head_revision
from photoarchive.errors import LibraryError
from photoarchive.library import Library


def test_new_library_has_the_documented_layout(library_dir):
    lib = Library(library_dir)
    try:
        for name in ("catalogue.sqlite", "originals", "thumbs"):
            assert (library_dir / name).exists()
        con = sqlite3.connect(library_dir / "catalogue.sqlite")
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert (
            con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
        con.close()
        with lib.catalogue.session() as session:
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        lib.close()


def test_a_file_that_is_not_a_catalogue_gives_a_clear_error(library_dir):
    library_dir.mkdir()
    (library_dir / "catalogue.sqlite").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(LibraryError) as err:
        Library(library_dir)
    assert "damaged or not a photoarchive catalogue" in str(err.value)
    assert "backup" in str(err.value)


def test_a_catalogue_from_a_newer_version_is_refused(library_dir):
    Library(library_dir).close()
    con = sqlite3.connect(library_dir / "catalogue.sqlite")
    con.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    con.commit()
    con.close()
    with pytest.raises(LibraryError) as err:
        Library(library_dir)
    assert "newer photoarchive" in str(err.value)


def test_library_path_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(LibraryError):
        Library(target)


def test_a_catalogue_damaged_while_open_is_said_as_damage(capsys, library_dir):
    """SQLite's refusal after opening reaches every front end as a library error."""
    from sqlalchemy import text

    lib = Library(library_dir)
    try:
        catalogue = library_dir / "catalogue.sqlite"
        with lib.catalogue.engine.connect() as conn:  # every page in the file, none in the WAL
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        lib.catalogue.engine.dispose()
        with catalogue.open("r+b") as handle:
            handle.write(b"this is not a database any more" * 4)
        lib.catalogue.engine.dispose()  # the next query opens the file afresh
        with (
            pytest.raises(LibraryError, match="is damaged") as caught,
            lib.catalogue.reader() as session,
        ):
            session.execute(text("SELECT count(*) FROM photo"))
        assert "backup" in caught.value.hint
    finally:
        lib.close()


def test_a_broken_rule_is_not_called_damage(library_dir):
    """A unique or foreign-key violation is the caller's bug, never "restore a backup"."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    lib = Library(library_dir)
    try:
        with pytest.raises(IntegrityError), lib.catalogue.session() as session:
            session.execute(text("INSERT INTO photo_theme (photo_id) VALUES (999)"))
    finally:
        lib.close()
