"""The look: Fusion with a calm light palette and a few rules for the panels.

Kept apart from the widgets so the layout code stays about layout.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

STYLESHEET = """
QMainWindow { background: #eceef1; }
QToolBar#mainToolbar { background: #f7f8fa; border: none; border-bottom: 1px solid #d5d8de;
    padding: 4px 8px; spacing: 6px; }
QToolBar#mainToolbar QToolButton { padding: 4px 10px; border-radius: 4px; }
QToolBar#mainToolbar QToolButton:hover { background: #e3e7ee; }
QLineEdit#search { padding: 4px 8px; border: 1px solid #c5cad3; border-radius: 13px;
    background: white; min-height: 18px; }
QLineEdit#search:focus { border: 1px solid #2f6fde; }
QLineEdit#search[invalid="true"] { border: 1px solid #c62828; background: #fff5f5; }
QLineEdit#search:disabled { background: #eef0f3; color: #9ca3af; border-color: #d5d8de; }
QTreeView#sidebar { background: #f3f4f6; border: none; border-right: 1px solid #d5d8de;
    padding-top: 6px; }
QTreeView#sidebar { outline: 0; }
QTreeView#sidebar::item { padding: 3px 2px; border: none; }
QTreeView#sidebar::item:selected { background: #d7e3fb; color: #10213f; }
QListView { background: #fbfbfc; border: none; outline: 0; }
QScrollArea { background: #f7f8fa; border-left: 1px solid #d5d8de; }
QWidget#inspector { background: #f7f8fa; }
QLabel#heading { color: #6b7280; font-size: 8pt; font-weight: bold; margin-top: 6px; }
QLabel#fieldName { color: #6b7280; }
QLabel#featureLine { color: #374151; }
QLabel#history { color: #6b7280; font-size: 8pt; }
QLabel#preview { background: #e9ebef; border-radius: 4px; }
QPlainTextEdit#caption { background: white; border: 1px solid #d0d4db; border-radius: 4px;
    padding: 4px; }
QPlainTextEdit#caption:focus { border: 1px solid #2f6fde; }
QFrame#themesPanel QToolButton { min-width: 22px; border-radius: 4px; color: #374151; }
QFrame#themesPanel QToolButton#accept:hover { background: #d8f0dc; color: #166534; }
QFrame#themesPanel QToolButton#reject:hover, QFrame#themesPanel QToolButton#remove:hover {
    background: #fbe0de; color: #991b1b; }
QStatusBar { background: #f7f8fa; border-top: 1px solid #d5d8de; color: #4b5563; }
QSplitter::handle { background: #d5d8de; }
QSplitter::handle:horizontal { width: 1px; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#eceef1"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f6f8"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2937"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2937"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b7280"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fde"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f3f4f6"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2937"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
