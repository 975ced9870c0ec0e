"""Starting the desktop app: the QApplication, language, style and the main window.

``run_gui`` is what ``photoarchive gui`` and ``photoarchive demo`` call; with
``screenshot`` it waits until the visible thumbnails are painted, saves the
window to a PNG and quits (the README's picture and a smoke test).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from photoarchive.gui.i18n import Translations, system_language
from photoarchive.gui.main_window import MainWindow
from photoarchive.gui.screenshot import Screenshot
from photoarchive.gui.settings import APPLICATION, ORGANIZATION, Settings
from photoarchive.gui.style import apply_style
from photoarchive.gui.workers import Runner
from photoarchive.services.lookup import no_such_photo

if TYPE_CHECKING:
    from photoarchive.services.archive import Archive


def application() -> QApplication:
    """The one QApplication (created on first use), named so QSettings finds its file."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("photoarchive")
    apply_style(app)
    return app


def open_window(
    archive: Archive,
    *,
    settings: Settings | None = None,
    language: str | None = None,
    remember: bool = True,
    runner: Runner | None = None,
) -> MainWindow:
    """Build the main window on ``archive`` with the chosen (or remembered) language."""
    app = application()
    settings = settings or Settings()
    translations = Translations(app)
    translations.install(language or settings.language() or system_language())
    window = MainWindow(
        archive, runner or Runner(), settings, translations=translations, remember=remember
    )
    return window


def run_gui(
    archive: Archive,
    *,
    screenshot: Path | None = None,
    search: str | None = None,
    select: int | None = None,
    language: str | None = None,
) -> int:
    """Show the window and run the event loop; returns the exit status."""
    app = application()
    if screenshot is not None:
        scratch = tempfile.TemporaryDirectory(prefix="photoarchive-shot-")
        settings = Settings.at(Path(scratch.name) / "settings.ini")  # never the user's
        window = open_window(archive, settings=settings, language=language, remember=False)
    else:
        window = open_window(archive, language=language)
    window.show()
    if select is not None and not window.select_photo(select):
        window.close()
        window.runner.wait(10_000)  # background reads finish before the app goes away
        raise no_such_photo([select])
    if search:
        window.search.setText(search)
        window.search.run_now()  # at once, or as soon as the index has been checked
    if screenshot is None:
        status = app.exec()
        window.runner.wait(5000)
        return int(status)
    shot = Screenshot(window, screenshot, app.quit)
    shot.start()
    app.exec()
    window.runner.wait(5000)
    return shot.status
