"""The main window: sidebar, contact sheet and inspector around one Archive.

The window lays the parts out and wires them to the facade; the parts
themselves (grid model, sidebar, inspector, dialogs) never call each other.
Reads and writes that touch the whole catalogue or the search index (counts,
the index check, every edit) run on the worker; the window lays out answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from photoarchive.errors import PhotoarchiveError
from photoarchive.gui.actions import WindowActions
from photoarchive.gui.cataloguing import Cataloguing
from photoarchive.gui.edit_controller import EditController
from photoarchive.gui.edit_saver import PhotoEditor
from photoarchive.gui.error_text import known_error_text
from photoarchive.gui.export_dialog import ExportDialog, export_choice
from photoarchive.gui.grid_model import FilterSource, PhotoGridModel, RowSource
from photoarchive.gui.grid_view import THUMB_BOX, PhotoGrid
from photoarchive.gui.i18n import Translations
from photoarchive.gui.import_dialog import ImportDialog
from photoarchive.gui.index_check import IndexCheck
from photoarchive.gui.inspector import PREVIEW_SIZE, Inspector
from photoarchive.gui.quicklook import QuickLook
from photoarchive.gui.search_bar import SearchBar
from photoarchive.gui.settings import Settings
from photoarchive.gui.sidebar import Choice, Sidebar
from photoarchive.gui.status import StatusBar
from photoarchive.gui.thumbnails import ThumbnailLoader
from photoarchive.gui.workers import Runner
from photoarchive.importer.pairing import dropped_sources
from photoarchive.importer.report import ImportReport
from photoarchive.services.rows import Attention, RowFilter, SidebarCounts

if TYPE_CHECKING:
    from photoarchive.export import ExportReport
    from photoarchive.services.archive import Archive

Counts = tuple[SidebarCounts, list[dict[str, Any]], list[str]]  # sidebar, themes, names

DEFAULT_SIZE = QSize(1440, 900)


class MainWindow(QMainWindow):
    library_changed = Signal()  # after an import or an edit that changes counts

    def __init__(
        self,
        archive: Archive,
        runner: Runner,
        settings: Settings,
        *,
        translations: Translations | None = None,
        remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.settings = settings
        self.translations = translations
        self.remember = remember
        self.undo_stack = QUndoStack(self)
        self.editor = PhotoEditor(archive, runner, self)  # saves edits on the worker
        self.editor.settled.connect(self.library_changed)
        self.thumbnails = ThumbnailLoader(THUMB_BOX, parent=self)
        self.previews = ThumbnailLoader(PREVIEW_SIZE, capacity=40, parent=self)
        self.model = PhotoGridModel(FilterSource(archive), self.thumbnails, parent=self)
        self.counts_loaded = False
        self._build()
        self.commands = WindowActions(self)
        self.retranslate()
        self._restore()
        self._set_source(self.model.source)  # first page and the first photo, at once
        self.setAcceptDrops(True)
        self.library_changed.connect(self.refresh_counts)
        self.refresh_counts()
        self.index_check = IndexCheck(
            archive.search, runner, self.search, self.status.job, self._on_background_error, self
        )
        self.index_check.start()
        self.runner.run_task(archive.themes.classifier)  # loaded once, on a worker, before use

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("mainWindow")
        self.sidebar = Sidebar()
        self.sidebar.chosen.connect(self.show_choice)
        self.grid = PhotoGrid()
        self.grid.setModel(self.model)
        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.grid.selectionModel().selectionChanged.connect(self._on_selection)
        self.grid.edit_caption.connect(lambda: self.inspector.edit_caption())
        self.grid.preview_toggled.connect(self.quick_look)
        self.model.rows_fetched.connect(lambda _n: self.show_counts())
        self.model.modelReset.connect(lambda: self.show_counts())
        self.inspector = Inspector(self.previews)
        self.cataloguing = Cataloguing(self.inspector, self.undo_stack, self.editor, self)
        self.editing = EditController(
            self.inspector,
            self.undo_stack,
            self.editor,
            self.model,
            self.cataloguing,
            self.archive,
            self,
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.sidebar, 0), (self.grid, 1), (self.inspector, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.sidebar.setMinimumWidth(180)
        self.inspector.setMinimumWidth(300)
        self.splitter.setSizes([240, 820, 380])
        self.setCentralWidget(self.splitter)
        self.search = SearchBar(self.archive, self.runner, self)
        self.search.results.connect(self._show_search)
        self.search.failed.connect(lambda message: self.status.showMessage(message, 10000))
        self.search.cleared.connect(lambda: self.show_choice(self.sidebar.current))
        self.status = StatusBar(self)
        self.setStatusBar(self.status)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("photoarchive — {library}").format(library=self.archive.root.name)
        )
        self.commands.retranslate()
        self.show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the grid shows ------------------------------------------------------------
    def show_choice(self, choice: Choice) -> None:
        """Show what the sidebar chose (all, a feature, a credit, an attention group)."""
        if choice.kind == "feature":
            source: RowSource = FilterSource(self.archive, RowFilter(feature_id=int(choice.key)))
        elif choice.kind == "credit":
            source = FilterSource(self.archive, RowFilter(contributor_id=int(choice.key)))
        elif choice.kind == "theme":
            source = FilterSource(self.archive, RowFilter(theme_key=str(choice.key)))
        elif choice.kind == "attention":
            source = FilterSource(self.archive, RowFilter(attention=Attention(choice.key)))
        else:
            source = FilterSource(self.archive)
        if self.search.query:
            self.search.clear(quiet=True)
        self._set_source(source)

    def _show_search(self, source: RowSource) -> None:
        self._set_source(source)

    def _set_source(self, source: RowSource) -> None:
        self.model.set_source(source)
        if self.model.canFetchMore():
            self.model.fetchMore()
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0))
        else:
            self.inspector.show_photo(None)
            self.cataloguing.show(None)
        self.show_counts()

    def select_photo(self, photo_id: int) -> bool:
        """Select ``photo_id`` in the grid, fetching pages until it is loaded."""
        row = self.model.fetch_until(photo_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index, PhotoGrid.ScrollHint.PositionAtCenter)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.inspector.show_photo(None)
            self.cataloguing.show(None)
            return
        row = self.model.row_at(current.row())
        try:
            photo = self.archive.photo(row.id)
            history = self.archive.history(row.id)
        except PhotoarchiveError as exc:
            self.status.showMessage(str(exc), 8000)
            return
        self.inspector.show_photo(photo, preview=row.thumbnail, history=history)
        self.cataloguing.show(photo)

    def quick_look(self) -> None:
        """Space: the current photo large, decoded from the original on a worker."""
        index = self.grid.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        try:
            original = str(self.archive.original_path(row.id))
        except PhotoarchiveError as exc:
            self.status.showMessage(str(exc), 8000)
            return
        self.quick = QuickLook(
            self.runner, original, self.previews.cached(row.thumbnail), row.caption[:60], self
        )
        self.quick.open()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_counts()

    def show_counts(self) -> None:
        """Tell the status bar what the grid shows: a choice or a search, loaded, selected."""
        searched = self.search.total is not None
        self.status.show_counts(
            self.archive.root,
            total=self.model.total(),
            loaded=self.model.rowCount(),
            selected=len(self.grid.selectionModel().selectedIndexes()),
            query=self.search.query if searched else None,
            hints=self.search.hints if searched else (),
        )

    # -- counts -------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        """Recount the sidebar and the credit names on a worker (grouped queries)."""
        browse, themes = self.archive.browse, self.archive.themes
        self.runner.run_task(
            lambda: (browse.sidebar_counts(), themes.all(), browse.contributor_names()),
            on_result=self._on_counts,
            on_error=self._on_background_error,
        )

    def _on_counts(self, counts: Counts) -> None:
        sidebar, themes, names = counts
        self.counts_loaded = True
        self.sidebar.set_counts(sidebar, themes)
        self.inspector.set_contributors(names)
        self.show_counts()

    def _on_background_error(self, exc: BaseException) -> None:
        self.status.showMessage(known_error_text(exc, self.archive.root) or str(exc), 10000)

    # -- export -------------------------------------------------------------------------
    def open_export(self) -> None:
        """Ctrl+E: export the selected photos, else the feature, theme or search shown."""
        selected = sorted({i.row() for i in self.grid.selectionModel().selectedIndexes()})
        choice = export_choice(
            [self.model.row_at(r).id for r in selected],
            self.model.source,
            self.model.total(),
            self.sidebar.current.label,
        )
        if choice is None:
            self.status.showMessage(
                self.tr(
                    "Select the photos to export first (or show a feature, a theme or a search)."
                ),
                8000,
            )
            return
        dialog = ExportDialog(
            self.archive, self.runner, choice, self, start_folder=self.settings.last_folder()
        )
        dialog.exported.connect(self._exported)
        dialog.finished.connect(lambda _result: self._remember_folder(dialog.last_folder))
        dialog.open()
        self.export_dialog = dialog

    def _remember_folder(self, folder: str) -> None:
        """The next import or export opens its file chooser where the last one was."""
        if folder:
            self.settings.set_last_folder(folder)

    def _exported(self, report: ExportReport) -> None:
        message = self.tr("{n} photos exported to {path}").format(
            n=len(report.exported), path=report.destination
        )
        if report.excluded:
            message += " · " + self.tr("{n} left out").format(n=len(report.excluded))
        self.status.showMessage(message, 20000)

    # -- import -------------------------------------------------------------------------
    def open_import(self, feature: Path | None = None, photos: Path | None = None) -> None:
        dialog = ImportDialog(
            self.archive,
            self.runner,
            self,
            feature=feature,
            photos=photos,
            start_folder=self.settings.last_folder(),
        )
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _result: self._remember_folder(dialog.last_folder))
        if feature is not None or photos is not None:
            dialog.make_plan()
        dialog.open()
        self.import_dialog = dialog

    def _imported(self, report: ImportReport) -> None:
        self.model.reload()
        self._set_source(self.model.source)
        self.library_changed.emit()
        parts = [self.tr("{n} photos imported").format(n=len(report.imported))]
        if report.duplicates:
            parts.append(self.tr("{n} already in the library").format(n=len(report.duplicates)))
        if report.failed:
            parts.append(self.tr("{n} could not be read").format(n=len(report.failed)))
        self.status.showMessage(" · ".join(parts), 15000)
        if report.failed:
            details = "\n".join(f"{name}: {reason}" for name, reason in report.failed)
            QMessageBox.warning(self, self.tr("Some photos were not imported"), details)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        feature, photos = dropped_sources(paths)
        if feature is None and photos is None:
            self.status.showMessage(
                self.tr("Drop a feature text (.txt) and a photo folder to import them."), 8000
            )
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_import(feature, photos))

    # -- language, about, closing -------------------------------------------------------
    def set_language(self, code: str | None) -> None:
        """Switch language now (None: follow the system) and remember the choice."""
        from photoarchive.gui.i18n import system_language

        if self.translations is not None:
            self.translations.install(code or system_language())
        self.settings.set_language(code)
        self.commands.check_language(code)

    def show_about(self) -> None:
        from photoarchive import __version__

        QMessageBox.about(
            self,
            self.tr("About photoarchive"),
            self.tr(
                "photoarchive {version}\nAn archive for news photos and their captions.\n"
                "Library: {library}"
            ).format(version=__version__, library=self.archive.root),
        )

    def _restore(self) -> None:
        geometry, state = self.settings.geometry(), self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE)
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(), self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.inspector.commit_edits()  # saved on the edit lane, which the app waits for
        if self.remember:
            self.save_layout()
        self.thumbnails.cancel_pending()
        super().closeEvent(event)
