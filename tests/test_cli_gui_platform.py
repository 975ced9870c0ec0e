"""The window command on a machine without a screen: a message, never a Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")


def run(library, *args: str) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, "-m", "photoarchive", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_no_display_is_explained(tmp_path):
    result = run(tmp_path / "lib", "gui")
    assert result.returncode == 2
    assert "no display" in result.stderr and "--screenshot" in result.stderr


def test_a_screenshot_needs_no_display(tmp_path):
    shot = tmp_path / "window.png"
    result = run(tmp_path / "lib", "gui", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
