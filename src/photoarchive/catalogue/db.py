"""Opening the catalogue: engine settings, Alembic upgrade with a backup first.

SQLite runs in WAL mode so readers (search, the GUI) never wait on the import
writer, with foreign keys on and a busy timeout so a second writer waits its
turn instead of failing at once.
"""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from photoarchive.catalogue.changes import track_changes
from photoarchive.catalogue.recovery import intact
from photoarchive.errors import DiskFullError, LibraryError, ReadOnlyLibraryError, free_bytes
from photoarchive.faults import checkpoint
from photoarchive.oserrors import os_error
from photoarchive.paths import migrations_dir

BUSY_TIMEOUT_MS = 30_000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine for the SQLite file at ``path`` with the pragmas above.

    ``read_only``: the file is on a disk or share nobody may write to; SQLite
    opens it as immutable (no journal, no lock files beside it).
    """
    if read_only:
        url = f"sqlite:///file:{path}?mode=ro&immutable=1&uri=true"
        engine = create_engine(url, connect_args={"uri": True})
        event.listen(engine, "connect", _on_connect_read_only)
        return engine
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    return engine


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def read_only_error(root: Path) -> ReadOnlyLibraryError:
    return ReadOnlyLibraryError(
        f"The library {root} is read-only (a read-only disk or share): it can be listed, "
        "searched, shown and exported, not changed.",
        hint="To change it, copy the library folder to a disk you may write to, or ask for "
        "write access to the share.",
    )


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_file(path: Path, revision: str | None) -> Path:
    """Copy the catalogue with SQLite's online backup (consistent even in WAL mode).

    The copy is checked before it is trusted: a backup that a full disk cut
    short is removed and the upgrade refused, so no ".bak" that a later
    "restore the backup" would point to is ever an empty file.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{revision or 'none'}.{stamp}.bak")
    try:
        checkpoint("backup-write", target)
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        sound = intact(target)
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise _backup_failed(path, exc) from exc
    if not sound:
        target.unlink(missing_ok=True)
        raise LibraryError(
            f"The backup of {path} made before the upgrade did not pass its check; "
            "nothing was changed.",
            hint=f"Check the disk holding {path.parent}, then try again.",
        )
    return target


def _backup_failed(path: Path, exc: Exception) -> LibraryError:
    """Why the pre-upgrade backup could not be written, said as what to do about it."""
    size = f"the catalogue is {path.stat().st_size / 1e6:.1f} MB"
    if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
        exc = OSError(errno.ENOSPC, str(exc), str(path))
    known = os_error(exc, path.parent) if isinstance(exc, OSError) else None
    if known is None:
        return LibraryError(
            f"Could not back up {path} before upgrading it ({exc}); nothing was changed.",
            hint=f"Check the disk holding {path.parent} ({size}) and try again.",
        )
    return LibraryError(
        f"Could not back up {path} before upgrading it, so nothing was changed. {known.message}",
        hint=f"{known.hint} The backup needs as much room as the catalogue ({size}).",
    )


def _known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(engine: Engine, path: Path) -> Path | None:
    """Bring the schema to the newest revision; returns the backup made, if any."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    if current is not None and not _known_revision(current):
        raise LibraryError(
            f"The catalogue {path} was written by a newer photoarchive (schema {current}).",
            hint="Install the newer photoarchive to open this library.",
        )
    has_tables = bool(inspect(engine).get_table_names())
    if current is None and has_tables:
        raise LibraryError(
            f"{path} is not a photoarchive catalogue (it has tables but no schema version).",
            hint="Choose another library folder with --library.",
        )
    backup = backup_file(path, current) if has_tables else None
    cfg = alembic_config()
    with engine.connect() as conn:
        # Batch migrations rebuild SQLite tables (create, copy, drop, rename); with
        # foreign keys on, dropping the old table would cascade-delete every row
        # that refers to it. The pragma only takes effect outside a transaction.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()  # end SQLAlchemy's autobegun transaction (SQLite never began one)
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise LibraryError(
                    f"Upgrading {path} would leave {len(broken)} broken references; "
                    "nothing was changed.",
                    hint=f"Report this; the catalogue is untouched (a copy is at {backup}).",
                )
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()
    return backup


def _require_head(engine: Engine, path: Path) -> None:
    """A read-only catalogue cannot be upgraded: it must already be at this version."""
    current = current_revision(engine)
    if current != head_revision():
        raise LibraryError(
            f"The catalogue {path} is read-only and was written by another version of "
            f"photoarchive (schema {current}).",
            hint="Copy the library to a disk you may write to and open it there, or open it "
            "with the photoarchive that wrote it.",
        )


def damaged_catalogue(path: Path, exc: DatabaseError) -> LibraryError:
    """The error a user sees when SQLite cannot read or write the catalogue file.

    Only damage is called damage: a read-only file or a full disk is said as
    such, since "restore the backup" would replace a healthy catalogue.
    """
    detail = str(exc.orig)
    if isinstance(exc, OperationalError) and "locked" in detail:
        return LibraryError(
            f"The catalogue {path} is locked by another process.",
            hint="Wait for the other photoarchive to finish, then try again.",
        )
    if "readonly" in detail or "read-only" in detail:
        return read_only_error(path.parent)
    if "disk is full" in detail or ("disk I/O" in detail and free_bytes(path.parent) < 1_000_000):
        return DiskFullError(path.parent, needed=None)
    if "unable to open database file" in detail:
        return LibraryError(
            f"The catalogue {path} cannot be opened ({detail}).",
            hint="Check that the library folder exists and that you may read it.",
        )
    return LibraryError(
        f"The catalogue {path} is damaged or not a photoarchive catalogue ({exc.orig}).",
        hint="Restore it from a backup copy (catalogue.sqlite.*.bak beside it) "
        "or choose another library with --library.",
    )


class Catalogue:
    """The open catalogue: an engine and a session factory, schema at head."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.engine = make_engine(path, read_only=read_only)
        self.backup = None
        try:
            if read_only:
                _require_head(self.engine, path)
            else:
                self.backup = upgrade_to_head(self.engine, path)
        except DatabaseError as exc:
            raise damaged_catalogue(path, exc) from exc
        # From here on SQLite's refusals reach callers as library errors with advice,
        # so neither front end needs to know SQLAlchemy's exception types.
        event.listen(self.engine, "handle_error", self._library_error)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        track_changes(self._sessions)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        if self.read_only:
            raise read_only_error(self.path.parent)
        with self._sessions() as session, session.begin():
            yield session
            checkpoint("catalogue-commit", self.path)

    def reader(self) -> Session:
        """A session for reads only; the caller closes it."""
        return self._sessions()

    def _library_error(self, context: ExceptionContext) -> LibraryError | None:
        """A damaged, locked, full or read-only catalogue said as such (a broken rule is not)."""
        exc = context.sqlalchemy_exception
        if isinstance(exc, DatabaseError) and not isinstance(exc, IntegrityError):
            return damaged_catalogue(self.path, exc)
        return None

    def close(self) -> None:
        self.engine.dispose()
