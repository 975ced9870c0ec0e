"""A real import process killed with SIGKILL at each step of a write.

Afterwards the library opens, ``check`` finds nothing wrong (no row without its
file, no stray staged or orphaned file), and the same import run again
completes it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write_photos

KILL_POINTS = ["feature-written", "staged", "journalled", "moved:3", "committed"]


def cli(library: Path, *args: str, kill_at: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PHOTOARCHIVE_KILL_AT"}
    if kill_at:
        env["PHOTOARCHIVE_KILL_AT"] = kill_at
    return subprocess.run(
        [sys.executable, "-m", "photoarchive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("kill_at", KILL_POINTS)
def test_killed_import_leaves_a_consistent_library_and_can_be_finished(
    tmp_path, sample_feature, kill_at
):
    text, photos = sample_feature
    write_photos(photos.parent / "more", 0)
    library = tmp_path / "lib"
    killed = cli(
        library, "import", str(text), "--photos", str(photos), "--workers", "1", kill_at=kill_at
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr

    check = cli(library, "check", "--json")
    report = json.loads(check.stdout)
    assert report["ok"], report
    assert check.returncode == 0

    again = cli(library, "import", str(text), "--photos", str(photos), "--json")
    assert again.returncode == 0, again.stderr
    listing = json.loads(cli(library, "list", "--json").stdout)["photos"]
    assert sorted(p["feature"]["position"] for p in listing) == list(range(1, 8))
    assert len({p["sha256"] for p in listing}) == 7
    for p in listing:
        assert (library / p["path"]).is_file()
    stored = sorted((library / "originals").glob("*/*"))
    assert len(stored) == 7
    assert not any((library / "tmp").iterdir())
    final = json.loads(cli(library, "check", "--json").stdout)
    assert final["ok"], final
    # what an import gives every photo survives the kill too
    handout = next(p for p in listing if p["feature"]["position"] == 2)
    shown = json.loads(cli(library, "show", str(handout["id"]), "--json").stdout)
    assert shown["licence"]["kind"] == "handout"
    assert shown["themes"], "suggestions are stored with the photo"
    hits = json.loads(cli(library, "search", "水稻", "--json").stdout)
    assert hits["total"] == 1
