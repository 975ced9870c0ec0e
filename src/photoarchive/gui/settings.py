"""What the window remembers between runs, kept with QSettings.

Everything goes through one small class so tests can hand it a settings file
in a temporary folder and never touch the user's own settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "photoarchive"
APPLICATION = "photoarchive"


class Settings:
    """Typed access to the few things the GUI keeps (geometry, splitters, language)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    @classmethod
    def at(cls, path: Path) -> Settings:
        """Settings kept in an INI file of our choosing (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)
        self._store.setValue("window/splitter", splitter)
        self._store.sync()

    def language(self) -> str | None:
        """The language chosen in the menu, or None to follow the system locale."""
        value = self._store.value("ui/language")
        return str(value) if value else None

    def set_language(self, code: str | None) -> None:
        if code:
            self._store.setValue("ui/language", code)
        else:
            self._store.remove("ui/language")
        self._store.sync()

    def last_folder(self) -> str:
        return str(self._store.value("import/last_folder", "") or "")

    def set_last_folder(self, folder: str) -> None:
        self._store.setValue("import/last_folder", folder)

    def file_name(self) -> str:
        return self._store.fileName()
