"""The grid model over a large catalogue: it answers at once and loads only what is seen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QPixmap

from photoarchive.gui.grid_model import ID_ROLE, ROW_ROLE, FilterSource, PhotoGridModel
from photoarchive.gui.grid_view import PhotoGrid
from photoarchive.gui.thumbnails import ThumbnailLoader
from photoarchive.services.rows import RowFilter
from tests.gui.synthetic import fill_catalogue

PHOTOS = 20_000


class CountingSource(FilterSource):
    """The real source, counting the rows it reads from the catalogue."""

    def __init__(self, archive, flt=None) -> None:
        super().__init__(archive, flt)
        self.rows_read = 0
        self.pages = 0

    def page(self, loaded, last, limit):
        found = super().page(loaded, last, limit)
        self.rows_read += len(found)
        self.pages += 1
        return found


@pytest.fixture(scope="module")
def big_library(tmp_path_factory):
    from photoarchive.services.archive import Archive

    root = tmp_path_factory.mktemp("big") / "library"
    archive = Archive.open(root)
    fill_catalogue(archive.library, PHOTOS, thumbnails=60)
    yield archive
    archive.close()


@pytest.fixture
def loader(qtbot):
    return ThumbnailLoader(QSize(200, 150))


def test_model_answers_without_loading_the_catalogue(qtbot, big_library, loader):
    source = CountingSource(big_library)
    model = PhotoGridModel(source, loader, page_size=200)
    assert model.rowCount() == 0 and model.canFetchMore()
    assert model.total() == PHOTOS
    model.fetchMore()
    assert model.rowCount() == 200
    assert source.rows_read == 200
    assert model.data(model.index(0), Qt.ItemDataRole.DisplayRole).startswith("9月1日")
    assert model.data(model.index(199), ID_ROLE) == 200
    assert model.data(model.index(5), ROW_ROLE).credit.endswith("摄")
    assert model.rowCount(model.index(0)) == 0  # a list: rows have no children
    assert model.data(model.index(200), Qt.ItemDataRole.DisplayRole) is None


def test_a_view_on_the_model_fetches_only_the_first_pages(qtbot, big_library, loader):
    source = CountingSource(big_library)
    model = PhotoGridModel(source, loader, page_size=200)
    view = PhotoGrid()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert model.rowCount() <= 400
    assert source.rows_read == model.rowCount()
    visible = view.visible_rows()
    assert visible and visible[0] == 0 and len(visible) < 60
    # the visible cells ask for thumbnails, which arrive from the pool
    qtbot.waitUntil(
        lambda: all(loader.cached(model.row_at(r).thumbnail) is not None for r in visible),
        timeout=10_000,
    )
    pix = model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(pix, QPixmap) and pix.cacheKey() != loader.placeholder.cacheKey()
    assert loader.decoded <= len(visible) + 400  # nothing beyond what was asked


def test_selecting_a_deep_photo_fetches_pages_up_to_it_only(big_library, loader):
    source = CountingSource(big_library)
    model = PhotoGridModel(source, loader, page_size=500)
    row = model.fetch_until(12_345)
    assert row == 12_344
    assert source.rows_read == 12_500  # whole pages, none past the one holding the photo
    assert model.canFetchMore()


def test_the_last_page_ends_fetching(big_library, loader):
    model = PhotoGridModel(
        CountingSource(big_library, RowFilter(feature_id=7)), loader, page_size=4
    )
    while model.canFetchMore():
        model.fetchMore()
    assert [model.row_at(r).id for r in range(model.rowCount())] == list(range(61, 71))
    assert model.total() == 10


def test_a_new_source_resets_the_rows(qtbot, big_library, loader):
    model = PhotoGridModel(FilterSource(big_library), loader, page_size=100)
    model.fetchMore()
    with qtbot.waitSignal(model.modelReset):
        model.set_source(FilterSource(big_library, RowFilter(feature_id=2)))
    assert model.rowCount() == 0 and model.fetched == 0
    model.fetchMore()
    assert model.rowCount() == 10 and not model.canFetchMore()
    assert model.canFetchMore(model.index(0)) is False
    assert model.rowCount(QModelIndex()) == 10
