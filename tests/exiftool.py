"""exiftool as the independent reader of exported files.

Tests that need it call :func:`require_exiftool`: it skips where exiftool is
missing, except under CI=true, where a missing exiftool fails the build so the
check can never silently drop out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest


def require_exiftool() -> str:
    path = shutil.which("exiftool")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("exiftool is missing but CI=true: install libimage-exiftool-perl")
        pytest.skip("exiftool is not installed (Debian: libimage-exiftool-perl)")
    return path


def read_tags(exiftool: str, *files: Path) -> list[dict[str, Any]]:
    """All tags, grouped by family 1 (-G1), numbers raw (-n), one dict per file.

    No -charset option: a file's own 1:90 declaration must make its IIM readable.
    """
    result = subprocess.run(
        [exiftool, "-j", "-G1", "-a", "-n", *map(str, files)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return json.loads(result.stdout.decode("utf-8"))
