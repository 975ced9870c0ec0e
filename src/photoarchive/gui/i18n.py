"""Languages: English (the source strings) and Simplified Chinese (resources/i18n).

The language follows the system locale unless one was chosen in the menu;
switching installs new translators and Qt sends every widget a LanguageChange
event, which each widget answers by setting its texts again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from photoarchive.paths import resources_dir

LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
SOURCE_LANGUAGE = "en"
CATALOG = "photoarchive"

_current = SOURCE_LANGUAGE


def current_language() -> str:
    """The language the window shows now (theme labels follow it)."""
    return _current


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def system_language() -> str:
    """The supported language closest to the system locale (Chinese variants -> zh_CN)."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return SOURCE_LANGUAGE


class Translations:
    """The translators currently installed on the application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def install(self, language: str) -> bool:
        """Switch to ``language``; False (and English) when its catalogue is missing."""
        global _current
        ok = self._install(language)
        _current = self.language
        # deliver the LanguageChange events now, so the switch is immediate
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return ok

    def _install(self, language: str) -> bool:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = SOURCE_LANGUAGE
        if language == SOURCE_LANGUAGE or language not in LANGUAGES:
            return language == SOURCE_LANGUAGE
        ours = QTranslator(self._app)
        if not ours.load(f"{CATALOG}_{language}", str(translations_dir())):
            return False
        self._app.installTranslator(ours)
        self._installed.append(ours)
        qt_base = QTranslator(self._app)  # Qt's own dialogs and context menus
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{language}", qt_dir):
            self._app.installTranslator(qt_base)
            self._installed.append(qt_base)
        self.language = language
        return True
