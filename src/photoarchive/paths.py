"""Where photoarchive finds its bundled data and its default library.

``resources/`` and ``migrations/`` live at the top of the source tree and are
shipped inside the wheel as ``photoarchive/resources`` and
``photoarchive/migrations``; these helpers find whichever copy exists so an
editable checkout and an installed wheel behave the same.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parents[1]  # src/photoarchive -> repository root

LIBRARY_ENV = "PHOTOARCHIVE_LIBRARY"


def _bundled(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _SOURCE_ROOT / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"photoarchive is installed without its {name}/ folder")


def resources_dir() -> Path:
    """The folder of shipped data files (theme vocabulary, licence rules, demo feature)."""
    return _bundled("resources")


def migrations_dir() -> Path:
    """The Alembic script folder that upgrades catalogues."""
    return _bundled("migrations")


def default_library_dir() -> Path:
    """``$PHOTOARCHIVE_LIBRARY`` if set, else the platform's user data folder."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path("photoarchive", appauthor=False) / "library"
