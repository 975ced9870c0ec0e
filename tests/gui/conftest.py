"""GUI fixtures: settings in a temporary folder, a library with the sample feature imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from photoarchive.services.archive import Archive


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does may reach the user's own settings."""
    folder = tmp_path / "settings"
    folder.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the row tests need no Qt
        return folder
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def settings(tmp_path: Path):
    from photoarchive.gui.settings import Settings

    return Settings.at(tmp_path / "settings" / "photoarchive.ini")


@pytest.fixture
def imported(archive: Archive, sample_feature: tuple[Path, Path]) -> Archive:
    """The sample feature (seven captions) imported with seven generated photos."""
    text, photos = sample_feature
    report = archive.import_job(archive.plan_import(text, photos)).run()
    assert len(report.imported) == 7
    return archive


@pytest.fixture
def window(qtbot, imported: Archive, settings) -> Iterator[object]:
    from photoarchive.gui.app import open_window
    from photoarchive.gui.workers import Runner

    win = open_window(imported, settings=settings, language="en", runner=Runner(synchronous=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.runner.wait(5000)
