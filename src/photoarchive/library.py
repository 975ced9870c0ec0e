"""A library folder on disk: catalogue, stored files and the writer lock.

This is the core's handle on one archive; the services facade builds on it.
Opening a library upgrades its catalogue (after a backup) and, if no other
process is writing, rolls back whatever an interrupted writer left behind.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from photoarchive.catalogue.db import Catalogue, read_only_error
from photoarchive.catalogue.journal import recover
from photoarchive.catalogue.recovery import lost_catalogue
from photoarchive.errors import LibraryError
from photoarchive.storage.files import PhotoStore
from photoarchive.storage.lock import WriterLock

CATALOGUE_FILE = "catalogue.sqlite"
INDEX_DIR = "index"


class Library:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.read_only = (root / CATALOGUE_FILE).is_file() and not writable(root)
        if not self.read_only:
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(
                    f"Cannot create the library folder {root}: {exc.strerror or exc}.",
                    hint="Choose a writable folder with --library DIR.",
                ) from exc
        if not root.is_dir():
            raise LibraryError(f"{root} is not a folder.", hint="Choose a folder with --library.")
        lost = lost_catalogue(root)
        if lost is not None:
            raise lost
        self.store = PhotoStore(root, create=not self.read_only)
        self.catalogue = Catalogue(root / CATALOGUE_FILE, read_only=self.read_only)
        self.lock = WriterLock(root)
        self.recovered = 0 if self.read_only else self._recover_if_idle()

    def require_writable(self) -> None:
        """Raise the read-only error before a command that would change the library."""
        if self.read_only:
            raise read_only_error(self.root)

    @property
    def index_dir(self) -> Path:
        return self.root / INDEX_DIR

    def _recover_if_idle(self) -> int:
        if not self.lock.try_acquire():
            return 0  # another process is writing; its leftovers are not leftovers yet
        try:
            result = recover(self.catalogue, self.store)
            return result.rolled_back + result.staged_removed
        finally:
            self.lock.release()

    def close(self) -> None:
        if not self.read_only:
            self.lock.release()
        self.catalogue.close()


def writable(root: Path) -> bool:
    """True when a file can be created in ``root`` (a read-only share or disk says no)."""
    try:
        with tempfile.TemporaryFile(dir=root):
            return True
    except OSError:
        return False
