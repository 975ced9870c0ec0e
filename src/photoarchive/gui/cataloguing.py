"""Themes and licence in the inspector, and theme decisions as undoable edits.

The window creates one :class:`Cataloguing` controller; it adds the themes and
licence panels to the inspector, shows them for the selected photo (from the
same photo view the inspector shows, so no extra queries) and turns each
accept, reject or remove into a command on the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from photoarchive.gui.edit_saver import PhotoEditor
from photoarchive.gui.inspector import Inspector
from photoarchive.gui.panels import LicencePanel, ThemesPanel, theme_label
from photoarchive.gui.undo import theme_command
from photoarchive.services.themes import ACCEPTED, REJECTED
from photoarchive.services.views import PhotoView


class Cataloguing(QObject):
    def __init__(
        self,
        inspector: Inspector,
        undo_stack: QUndoStack,
        editor: PhotoEditor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.editor = editor
        self.photo_id: int | None = None
        self.themes = ThemesPanel()
        self.themes.decided.connect(self.decide)
        self.themes.removed.connect(self.remove)
        inspector.add_panel(self.themes)
        self.licence = LicencePanel()
        inspector.add_panel(self.licence)

    def show(self, photo: PhotoView | None) -> None:
        """Show the themes and licence of ``photo`` (from ``Archive.photo()``)."""
        self.photo_id = None if photo is None else photo.id
        for panel in (self.themes, self.licence):
            panel.setVisible(photo is not None)
        if photo is not None:
            self.themes.show_themes(photo.themes, unsure=photo.no_confident_theme)
            self.licence.show_licence(photo.licence)

    def decide(self, key: str, accept: bool) -> None:
        """Accept or reject a suggested theme on the shown photo (undoable)."""
        self._change(key, ACCEPTED if accept else REJECTED)

    def remove(self, key: str) -> None:
        """Take a confirmed theme off the shown photo (undoable)."""
        self._change(key, None)

    def _change(self, key: str, source: str | None) -> None:
        theme = self.themes.theme(key)
        if self.photo_id is None or theme is None:
            return
        self.themes.set_pending(key)
        self.undo_stack.push(
            theme_command(
                self.editor.submit, self.photo_id, key, theme_label(theme), theme.source, source
            )
        )
