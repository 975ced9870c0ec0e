"""The window's commands: menus, toolbar and keyboard shortcuts in one place.

Actions only trigger the window's methods; they hold no state of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPointF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolBar, QToolButton, QWidget

from photoarchive.gui.i18n import LANGUAGES

if TYPE_CHECKING:
    from photoarchive.gui.main_window import MainWindow


def curved_arrow_icon(*, mirrored: bool) -> QIcon:
    """An undo arrow (a redo arrow when mirrored): Fusion ships no such icon."""
    pix = QPixmap(36, 36)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:
        painter.translate(36, 0)
        painter.scale(-1, 1)
    pen = QPen(QColor("#374151"), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    path = QPainterPath(QPointF(9, 14))
    path.cubicTo(QPointF(16, 6), QPointF(31, 8), QPointF(30, 20))
    path.cubicTo(QPointF(29, 27), QPointF(22, 30), QPointF(16, 29))
    painter.drawPath(path)
    painter.setBrush(QColor("#374151"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon([QPointF(4, 10), QPointF(13, 7), QPointF(11, 18)])
    painter.end()
    return QIcon(pix)


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        icon = window.style().standardIcon
        self.import_ = self._action("Ctrl+I", window.open_import)
        self.import_.setIcon(icon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.export = self._action("Ctrl+E", window.open_export)
        self.export.setIcon(icon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.quit = self._action(QKeySequence.StandardKey.Quit, window.close)
        stack = window.undo_stack
        self.undo = self._action("Ctrl+Z", stack.undo, enabled=False)
        self.undo.setIcon(curved_arrow_icon(mirrored=False))
        self.redo = self._action("Ctrl+Shift+Z", stack.redo, enabled=False)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(curved_arrow_icon(mirrored=True))
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.indexChanged.connect(self._undo_texts)
        self.find = self._action("Ctrl+F", window.search.focus)
        self.edit_caption = self._action("F2", window.inspector.edit_caption)
        self.about = self._action(None, window.show_about)
        self._build_menus()
        self.toolbar = self._build_toolbar()

    def _action(
        self, keys: QKeySequence.StandardKey | str | None, slot: object, *, enabled: bool = True
    ) -> QAction:
        action = QAction(self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setEnabled(enabled)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        self.file_menu, self.edit_menu = bar.addMenu(""), bar.addMenu("")
        self.view_menu, self.help_menu = bar.addMenu(""), bar.addMenu("")
        self.file_menu.addActions([self.import_, self.export])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu.addActions([self.undo, self.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find, self.edit_caption])
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.languages: dict[str, QAction] = {}
        for code, name in (("", ""), *LANGUAGES.items()):
            action = QAction(name, self.window, checkable=True)
            action.triggered.connect(
                lambda _checked=False, c=code: self.window.set_language(c or None)
            )
            group.addAction(action)
            self.language_menu.addAction(action)
            self.languages[code] = action
        self.check_language(self.window.settings.language())
        self.help_menu.addAction(self.about)

    def _build_toolbar(self) -> QToolBar:
        toolbar = self.window.addToolBar("main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.import_, self.export])
        toolbar.addSeparator()
        for action in (self.undo, self.redo):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            toolbar.addWidget(button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.window.search)
        return toolbar

    def check_language(self, code: str | None) -> None:
        self.languages.get(code or "", self.languages[""]).setChecked(True)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.import_.setText(self.tr("&Import feature…"))
        self.import_.setToolTip(self.tr("Import a feature text and its photos (Ctrl+I)"))
        self.export.setText(self.tr("&Export…"))
        self.export.setToolTip(self.tr("Export licensed photos with their captions (Ctrl+E)"))
        self.quit.setText(self.tr("&Quit"))
        self.find.setText(self.tr("&Find…"))
        self.edit_caption.setText(self.tr("Edit &caption"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.languages[""].setText(self.tr("System default"))
        self.about.setText(self.tr("&About photoarchive"))
        self._undo_texts()

    def _undo_texts(self, _index: int = 0) -> None:
        """ "Undo Edit caption of photo 4": say what Ctrl+Z will take back."""
        stack = self.window.undo_stack
        if not shiboken6.isValid(stack):
            return  # the stack empties itself while the window is being destroyed
        undo, redo = stack.undoText(), stack.redoText()
        self.undo.setText(self.tr("&Undo {what}").format(what=undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo {what}").format(what=redo) if redo else self.tr("&Redo"))
        self.undo.setToolTip(self.undo.text().replace("&", "") + " (Ctrl+Z)")
        self.redo.setToolTip(self.redo.text().replace("&", "") + " (Ctrl+Shift+Z)")
