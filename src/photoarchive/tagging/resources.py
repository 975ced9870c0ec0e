"""Where photoarchive's shipped data files live.

resources/ sits at the top of the source tree and is copied into the wheel as
photoarchive/resources, so the same lookup must work from a checkout and from an install.
Kept in one small function so it can move to a shared paths module unchanged.
"""

from __future__ import annotations

from pathlib import Path

from photoarchive.errors import PhotoarchiveError


def resources_dir(anchor: Path | None = None) -> Path:
    """Return the resources folder: inside the installed package first, else the source tree.

    ``anchor`` is a file inside ``photoarchive/<subpackage>/``; it defaults to this module and
    exists so tests can point the lookup at a fake installed layout.
    """
    here = (anchor or Path(__file__)).resolve()
    package_root = here.parents[1]  # .../photoarchive
    candidates = [package_root / "resources"]
    if len(here.parents) > 3:
        candidates.append(here.parents[3] / "resources")  # <repo>/src/photoarchive/x/y.py
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise PhotoarchiveError(
        f"photoarchive's resources folder is missing (looked in {looked}).",
        hint="Reinstall photoarchive; the resources ship inside the package.",
    )
