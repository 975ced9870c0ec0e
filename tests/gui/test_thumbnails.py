"""Thumbnails: decoded on a pool, cached, a placeholder meanwhile; cancelling is per loader."""

from __future__ import annotations

import threading

from PIL import Image
from PySide6.QtCore import QCoreApplication, QRunnable, QSize, QThreadPool

from photoarchive.gui.thumbnails import ThumbnailLoader, decode_scaled


class _Block(QRunnable):
    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self.gate = gate

    def run(self) -> None:
        self.gate.wait(10)


def _jpeg(path, size=(1200, 800), colour=(200, 120, 40)):
    Image.new("RGB", size, colour).save(path, "JPEG")
    return str(path)


def test_a_thumbnail_arrives_scaled_and_is_then_cached(qtbot, tmp_path):
    loader = ThumbnailLoader(QSize(200, 150))
    path = _jpeg(tmp_path / "a.jpg")
    assert loader.pixmap(path) is None  # queued; the cell shows the placeholder
    with qtbot.waitSignal(loader.loaded) as got:
        pass
    assert got.args == [path]
    pix = loader.pixmap(path)
    assert (pix.width(), pix.height()) == (200, 133)  # fits the box, keeps 3:2
    assert loader.decoded == 1
    assert loader.pixmap(path) is pix and loader.decoded == 1  # from the cache
    assert loader.idle


def test_a_missing_or_broken_file_gets_the_broken_picture(qtbot, tmp_path):
    loader = ThumbnailLoader(QSize(64, 64))
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a jpeg")
    for path in (str(tmp_path / "missing.jpg"), str(broken)):
        with qtbot.waitSignal(loader.loaded):
            loader.request(path)
        assert loader.cached(path) is loader.broken


def test_cancelling_takes_back_only_this_loaders_queued_decodes(qtbot, tmp_path):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    gate = threading.Event()
    pool.start(_Block(gate))  # the one thread is busy: everything else queues
    grid = ThumbnailLoader(QSize(64, 64), pool=pool)
    preview = ThumbnailLoader(QSize(256, 256), pool=pool)
    shown = [_jpeg(tmp_path / f"{i}.jpg", colour=(i * 40, 90, 90)) for i in range(3)]
    for path in shown:
        grid.request(path)
    preview.request(shown[0])
    grid.cancel_pending()
    assert grid.idle and not preview.idle
    gate.set()
    with qtbot.waitSignal(preview.loaded):
        pass
    pool.waitForDone(5000)
    QCoreApplication.processEvents()  # deliver anything the pool finished
    assert preview.cached(shown[0]) is not None
    assert all(grid.cached(p) is None for p in shown) and grid.decoded == 0


def test_decode_scaled_never_enlarges(tmp_path):
    small = _jpeg(tmp_path / "small.jpg", size=(100, 50))
    image = decode_scaled(small, QSize(400, 400))
    assert (image.width(), image.height()) == (100, 50)
    assert decode_scaled(str(tmp_path / "nope.jpg"), QSize(10, 10)).isNull()
