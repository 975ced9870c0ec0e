"""The real command: build the demo, then `photoarchive gui --screenshot` in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from photoarchive.gui.main_window import DEFAULT_SIZE


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PHOTOARCHIVE_LIBRARY": "",
    }
    return subprocess.run(
        [sys.executable, "-m", "photoarchive", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_screenshot_of_the_demo_is_the_window_and_shows_the_photos(tmp_path):
    library, shot = tmp_path / "demo", tmp_path / "shot.png"
    built = _run(["--library", str(library), "demo", "--no-window"], tmp_path)
    assert built.returncode == 0, built.stderr
    assert "7 photos imported" in built.stderr
    again = _run(["--library", str(library), "demo", "--no-window"], tmp_path)
    assert again.returncode == 0 and "already built" in again.stderr

    done = _run(
        ["--library", str(library), "gui", "--screenshot", str(shot), "--select", "7"], tmp_path
    )
    assert done.returncode == 0, done.stderr
    with Image.open(shot) as image:
        assert image.size == (DEFAULT_SIZE.width(), DEFAULT_SIZE.height())
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 2000  # photos, not a blank window
        assert max(ImageStat.Stat(rgb).stddev) > 20
        # the grid's first cell shows the decoded thumbnail, not the grey placeholder
        cell = rgb.crop((260, 80, 440, 200))
        assert len(cell.getcolors(maxcolors=1 << 16) or []) > 50
    assert not (tmp_path / "config" / "photoarchive").exists()  # screenshots leave no settings

    missing = _run(
        [
            "--library",
            str(library),
            "gui",
            "--screenshot",
            str(tmp_path / "no.png"),
            "--select",
            "99",
        ],
        tmp_path,
    )
    assert missing.returncode == 2 and "no photo 99" in missing.stderr
    assert not (tmp_path / "no.png").exists()
