"""All-or-nothing output: a set is written beside its destination, then moved into place.

A failure or a cancel half-way must leave no partial set that someone might
send to print, and an existing folder or file must never be overwritten. So the
set is built in a hidden temporary folder or zip next to the destination (same
file system, so the final move is a rename) and only renamed at the end.

The stage is created with the modes any new folder or file gets (0o777 and 0o666
under the process umask), not mkdtemp's and mkstemp's owner-only 0o700 and 0o600:
a set on a shared newsroom drive must open for the colleagues it is made for.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from photoarchive.export.model import ExportError
from photoarchive.faults import checkpoint

_ATTEMPTS = 100  # unique stage names to try before giving up
_NEW_FILE = os.O_CREAT | os.O_EXCL | os.O_RDWR | getattr(os, "O_BINARY", 0)  # as mkstemp
_T = TypeVar("_T")


class Stage(Protocol):
    """Where the files of a set go until :meth:`commit` moves them into place."""

    def add(self, name: str, data: bytes, *, compress: bool = False) -> None: ...
    def commit(self) -> None: ...
    def discard(self) -> None: ...


def check_destination(destination: Path) -> None:
    """Refuse a destination that exists and is not an empty folder, before any work."""
    if destination.suffix.lower() == ".zip":
        if destination.exists() or destination.is_symlink():
            raise ExportError(
                f"{destination} already exists",
                hint="choose another file name, or remove the old file first",
            )
        return
    if destination.is_symlink() or (destination.exists() and not destination.is_dir()):
        raise ExportError(
            f"{destination} exists and is not a folder",
            hint="choose a new folder name, or a name ending in .zip",
        )
    if destination.is_dir() and any(destination.iterdir()):
        raise ExportError(
            f"the folder {destination} is not empty",
            hint="export into a new or empty folder, so nothing in it is overwritten",
        )


def open_stage(destination: Path) -> Stage:
    """A stage for a folder or, for a path ending in .zip, a zip file."""
    check_destination(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(destination)
    if destination.suffix.lower() == ".zip":
        return ZipStage(destination)
    return FolderStage(destination)


class FolderStage:
    """A hidden folder beside the destination, renamed to it on commit."""

    def __init__(self, destination: Path) -> None:
        self.destination = destination
        self.path, _ = _create_beside(destination, lambda path: os.mkdir(path, 0o777))

    def add(self, name: str, data: bytes, *, compress: bool = False) -> None:
        checkpoint("export-write", self.path / name)
        with open(self.path / name, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())

    def commit(self) -> None:
        check_destination(self.destination)  # it may have been created meanwhile
        if self.destination.is_dir():
            # An empty folder someone made for the set keeps the mode they gave it.
            os.chmod(self.path, stat.S_IMODE(self.destination.stat().st_mode))
            self.destination.rmdir()  # empty, checked just above
        os.rename(self.path, self.destination)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


class ZipStage:
    """A hidden zip file beside the destination, renamed to it on commit."""

    def __init__(self, destination: Path) -> None:
        self.destination = destination
        self.path, fd = _create_beside(destination, lambda path: os.open(path, _NEW_FILE, 0o666))
        self._file = os.fdopen(fd, "w+b")
        # The members get the mode the zip itself got: what the umask gives a new file.
        self._member_mode = stat.S_IFREG | stat.S_IMODE(os.fstat(fd).st_mode)
        self._zip = zipfile.ZipFile(self._file, "w")
        self._stamp = time.localtime()[:6]

    def add(self, name: str, data: bytes, *, compress: bool = False) -> None:
        checkpoint("export-write", self.path)
        info = zipfile.ZipInfo(name, date_time=self._stamp)
        # JPEGs do not shrink in a zip; storing them saves the time.
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.create_system = 3  # Unix, so unzip tools apply the mode below
        info.external_attr = self._member_mode << 16
        self._zip.writestr(info, data)

    def commit(self) -> None:
        self._zip.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        check_destination(self.destination)  # it may have been created meanwhile
        os.rename(self.path, self.destination)

    def discard(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._zip.close()
        with contextlib.suppress(OSError):  # a full disk fails the last flush too
            self._file.close()
        self.path.unlink(missing_ok=True)


STALE_SECONDS = 3600  # a stage for another destination this old belongs to a dead export


def remove_leftovers(destination: Path) -> list[Path]:
    """Remove the stages a failed or killed export left beside ``destination``.

    A stage for this same destination is a previous attempt at this very set;
    one for another name is removed once it is an hour old, so that an export
    running beside this one keeps its stage.
    """
    removed = []
    now = time.time()
    for path in destination.parent.glob(".*.partial"):
        own = path.name.startswith(f".{destination.name}.")
        try:
            old = now - path.lstat().st_mtime > STALE_SECONDS
        except OSError:
            continue
        if not (own or old):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _create_beside(destination: Path, create: Callable[[Path], _T]) -> tuple[Path, _T]:
    """A new hidden ``.NAME.XXXX.partial`` path beside `destination`, made by `create`.

    `create` must fail with FileExistsError when the path is taken (O_EXCL, mkdir);
    its result (a file descriptor, say) is returned with the path.
    """
    for _ in range(_ATTEMPTS):
        path = destination.parent / f".{destination.name}.{secrets.token_hex(4)}.partial"
        try:
            return path, create(path)
        except FileExistsError:
            continue
    raise ExportError(
        f"cannot create a temporary file beside {destination}",
        hint="remove old .partial files from that folder, then export again",
    )
