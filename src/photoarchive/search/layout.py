"""The index directory: generations of Whoosh indexes and a pointer to the live one.

    <library>/index/
        CURRENT         name of the live generation, replaced atomically
        WRITELOCK       held by whoever writes (upsert, delete, rebuild)
        gen-000007/     a Whoosh index, its doc stores, and meta.json

A rebuild writes a fresh generation beside the live one and swaps CURRENT only
when it is complete, so a cancel or a crash leaves the old index in use; old
generations are removed by the next writer.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager

from whoosh.util.filelock import FileLock

from photoarchive.faults import checkpoint
from photoarchive.search.errors import IndexBusy

CURRENT = "CURRENT"
LOCK = "WRITELOCK"
META = "meta.json"
_GEN_RE = re.compile(r"gen-(\d{6,})")


class LayoutError(Exception):
    """The directory does not hold a usable index; ``str()`` is the reason."""


def read_current(root: str) -> str:
    """Name of the live generation, or raise LayoutError saying what is wrong."""
    if not os.path.isdir(root):
        raise LayoutError("there is no search index yet")
    try:
        name = _read_pointer(os.path.join(root, CURRENT))
    except FileNotFoundError as exc:
        raise LayoutError("there is no search index yet") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LayoutError(f"its pointer file is unreadable ({exc})") from exc
    if not _GEN_RE.fullmatch(name) or not os.path.isdir(os.path.join(root, name)):
        raise LayoutError(f"it points to a missing or invalid generation {name[:40]!r}")
    return name


def _read_pointer(path: str) -> str:
    """Read CURRENT; on Windows a reader can meet it mid-replace, so retry briefly."""
    for _ in range(4):
        try:
            return _read_text(path)
        except PermissionError:
            time.sleep(0.01)
    return _read_text(path)


def _read_text(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read().strip()


def read_meta(gen_dir: str) -> dict[str, object]:
    try:
        with open(os.path.join(gen_dir, META), encoding="utf-8") as handle:
            meta = json.load(handle)
    except FileNotFoundError as exc:
        raise LayoutError("it has no description file (meta.json)") from exc
    except (OSError, ValueError) as exc:
        raise LayoutError(f"its description file is damaged ({exc})") from exc
    if not isinstance(meta, dict):
        raise LayoutError("its description file is damaged")
    return meta


def write_meta(gen_dir: str, meta: dict[str, object]) -> None:
    with open(os.path.join(gen_dir, META), "w", encoding="utf-8") as handle:
        json.dump(meta, handle)


def new_generation(root: str) -> str:
    """Create and return the name of an empty generation directory."""
    numbers = [int(m.group(1)) for m in map(_GEN_RE.fullmatch, os.listdir(root)) if m]
    name = f"gen-{max(numbers, default=0) + 1:06d}"
    os.mkdir(os.path.join(root, name))
    return name


def switch_to(root: str, name: str) -> None:
    """Make ``name`` the live generation in one atomic step."""
    temporary = os.path.join(root, CURRENT + ".tmp")
    checkpoint("index-current", temporary)
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(name)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, os.path.join(root, CURRENT))


def remove_other_generations(root: str, keep: str | None) -> None:
    """Best effort: a generation still open elsewhere (Windows) is left for later."""
    for entry in os.listdir(root):
        if _GEN_RE.fullmatch(entry) and entry != keep:
            shutil.rmtree(os.path.join(root, entry), ignore_errors=True)


@contextmanager
def write_lock(root: str, timeout: float) -> Iterator[None]:
    """Hold the index's write lock (an OS file lock, so a crash never leaves it held)."""
    os.makedirs(root, exist_ok=True)
    lock = FileLock(os.path.join(root, LOCK))
    started = time.monotonic()
    while not lock.acquire():
        waited = time.monotonic() - started
        if waited >= timeout:
            raise IndexBusy(waited)
        time.sleep(0.05)
    try:
        yield
    finally:
        lock.release()
