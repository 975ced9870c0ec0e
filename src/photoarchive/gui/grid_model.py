"""The thumbnail grid's model: plain rows from the core, fetched a page at a time.

A catalogue of 100,000 photos must open at once, so the model starts empty and
lets the view pull pages through ``canFetchMore``/``fetchMore`` as it scrolls;
a page is one small keyed query. Thumbnails are asked for only when a cell is
painted, and the cells are refreshed in one batch when decodes arrive.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from photoarchive.gui.thumbnails import ThumbnailLoader
from photoarchive.services.rows import PhotoRow, RowFilter

if TYPE_CHECKING:
    from photoarchive.services.archive import Archive

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LOADING_ROLE = Qt.ItemDataRole.UserRole + 3  # True while the cell shows the placeholder


class RowSource(Protocol):
    """Where the grid's rows come from: a filter over the catalogue or a ranked id list."""

    def count(self) -> int: ...

    def page(self, loaded: int, last: PhotoRow | None, limit: int) -> list[PhotoRow]: ...


class FilterSource:
    """All photos matching a :class:`RowFilter`, in import order, paged by key."""

    def __init__(self, archive: Archive, flt: RowFilter | None = None) -> None:
        self.archive = archive
        self.filter = flt or RowFilter()

    def count(self) -> int:
        return int(self.archive.browse.count(self.filter))

    def page(self, loaded: int, last: PhotoRow | None, limit: int) -> list[PhotoRow]:
        after = last.id if last is not None else None
        return list(self.archive.browse.rows(self.filter, after_id=after, limit=limit))


class SearchSource:
    """The photos a search matches, best first; later pages are asked of the index."""

    def __init__(self, archive: Archive, query: str, first_page: Sequence[int], total: int) -> None:
        self.archive = archive
        self.query = query
        self.first_page = list(first_page)
        self.total = total

    def count(self) -> int:
        return self.total

    def page(self, loaded: int, last: PhotoRow | None, limit: int) -> list[PhotoRow]:
        ids = self.first_page[loaded : loaded + limit]
        if len(ids) < limit and loaded + len(ids) < self.total:
            more = self.archive.search.find(
                self.query, limit=limit - len(ids), offset=loaded + len(ids)
            )
            ids += [hit.photo_id for hit in more.hits]
        return list(self.archive.browse.rows_by_ids(ids))


class PhotoGridModel(QAbstractListModel):
    """Rows of :class:`PhotoRow`, fetched lazily; decoration comes from the loader."""

    rows_fetched = Signal(int)  # how many rows are now loaded

    def __init__(
        self,
        source: RowSource,
        thumbnails: ThumbnailLoader,
        *,
        page_size: int = 240,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.thumbnails = thumbnails
        self._source = source
        self._rows: list[PhotoRow] = []
        self._row_of: dict[int, int] = {}
        self._exhausted = False
        self._total: int | None = None
        self._waiting: dict[str, set[int]] = {}
        self._dirty: set[int] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(15)
        self._flush.timeout.connect(self._flush_dirty)
        self.fetched = 0  # rows read from the source since the last reset (tests, status)
        thumbnails.loaded.connect(self._on_thumbnail)

    # -- source -------------------------------------------------------------------------
    @property
    def source(self) -> RowSource:
        return self._source

    def set_source(self, source: RowSource) -> None:
        """Show another set of photos (a sidebar choice, a search)."""
        self.beginResetModel()
        self._source = source
        self._rows.clear()
        self._row_of.clear()
        self._waiting.clear()
        self._dirty.clear()
        self._exhausted = False
        self._total = None
        self.fetched = 0
        self.thumbnails.cancel_pending()
        self.endResetModel()

    def reload(self) -> None:
        """Read the same source again (after an import); the view fetches anew."""
        self.set_source(self._source)

    def total(self) -> int:
        """How many photos the source holds (one count query, cached until reset)."""
        if self._total is None:
            self._total = self._source.count()
        return self._total

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        last = self._rows[-1] if self._rows else None
        page = self._source.page(len(self._rows), last, self.page_size)
        if len(page) < self.page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        for offset, row in enumerate(page):
            self._row_of[row.id] = first + offset
        self._rows.extend(page)
        self.fetched += len(page)
        self.endInsertRows()
        self.rows_fetched.emit(len(self._rows))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.caption
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(index.row(), row)
        if role == LOADING_ROLE:
            return self.thumbnails.cached(row.thumbnail) is None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (row.caption, row.credit) if part)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- lookups ------------------------------------------------------------------------
    def row_at(self, row: int) -> PhotoRow:
        return self._rows[row]

    def row_of(self, photo_id: int) -> int | None:
        return self._row_of.get(photo_id)

    def fetch_until(self, photo_id: int, *, max_rows: int = 100_000) -> int | None:
        """Fetch pages until ``photo_id`` is loaded (``--select``); its row, or None."""
        while photo_id not in self._row_of and self.canFetchMore() and (len(self._rows) < max_rows):
            self.fetchMore()
        return self._row_of.get(photo_id)

    def replace_row(self, row: PhotoRow) -> None:
        """Show a changed photo (a caption edit) without reloading the page."""
        at = self._row_of.get(row.id)
        if at is None:
            return
        self._rows[at] = row
        index = self.index(at)
        self.dataChanged.emit(index, index)

    # -- thumbnails ---------------------------------------------------------------------
    def _pixmap(self, at: int, row: PhotoRow) -> object:
        pix = self.thumbnails.pixmap(row.thumbnail)
        if pix is None:
            self._waiting.setdefault(row.thumbnail, set()).add(at)
            return self.thumbnails.placeholder
        return pix

    def _on_thumbnail(self, path: str) -> None:
        rows = self._waiting.pop(path, None)
        if rows:
            self._dirty.update(rows)
            if not self._flush.isActive():
                self._flush.start()

    def _flush_dirty(self) -> None:
        if not self._dirty:
            return
        lo, hi = min(self._dirty), max(self._dirty)
        self._dirty.clear()
        hi = min(hi, len(self._rows) - 1)
        if lo <= hi:
            self.dataChanged.emit(self.index(lo), self.index(hi), [Qt.ItemDataRole.DecorationRole])
