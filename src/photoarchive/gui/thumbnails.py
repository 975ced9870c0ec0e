"""Thumbnails for the grid: decoded on a thread pool, cached, a placeholder meanwhile.

Decoding a JPEG is the slowest thing a contact sheet does, so it never runs on
the UI thread: ``QImageReader`` decodes at reduced scale on a worker (QImage is
safe off the GUI thread, QPixmap is not), and the GUI thread turns the image
into a pixmap and keeps it in a bounded LRU cache.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QPoint, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPen, QPixmap


class _Delivery(QObject):
    ready = Signal(str, QImage)


class _Decode(QRunnable):
    def __init__(self, path: str, size: QSize, delivery: _Delivery) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the loader keeps it, so a queued one can be taken back
        self._path = path
        self._size = size
        self._delivery = delivery

    def run(self) -> None:
        self._delivery.ready.emit(self._path, decode_scaled(self._path, self._size))


def decode_scaled(path: str, box: QSize) -> QImage:
    """Decode ``path`` to fit ``box``, letting the JPEG decoder scale while decoding."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and (full.width() > box.width() or full.height() > box.height()):
        reader.setScaledSize(full.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return image  # a null image when the file is missing or unreadable


def placeholder_pixmap(size: QSize, *, broken: bool = False) -> QPixmap:
    """A quiet frame shown until the real thumbnail arrives (or a cross if it cannot)."""
    pix = QPixmap(size)
    pix.fill(QColor("#e4e6ea"))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#b8bdc6"))
    pen.setWidth(2)
    painter.setPen(pen)
    w, h = size.width(), size.height()
    if broken:
        painter.drawLine(w // 3, h // 3, 2 * w // 3, 2 * h // 3)
        painter.drawLine(2 * w // 3, h // 3, w // 3, 2 * h // 3)
    else:  # a simple landscape glyph: a sun over a hill
        painter.drawEllipse(w // 2 - w // 7, h // 2 - h // 5, w // 12, w // 12)
        painter.drawPolyline(
            [
                QPoint(w // 4, 2 * h // 3),
                QPoint(w // 2 - w // 16, h // 2),
                QPoint(w // 2 + w // 12, 2 * h // 3 - h // 12),
                QPoint(3 * w // 4, 2 * h // 3),
            ]
        )
    painter.end()
    return pix


class ThumbnailLoader(QObject):
    """Hands out cached pixmaps and decodes missing ones on a pool.

    ``pixmap(path)`` never blocks: it returns the cached pixmap or ``None`` after
    queueing a decode; ``loaded(path)`` fires on the GUI thread when it is ready.
    """

    loaded = Signal(str)

    def __init__(
        self,
        size: QSize,
        *,
        pool: QThreadPool | None = None,
        capacity: int = 2000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.size = size
        self.capacity = capacity
        self._pool = pool if pool is not None else _default_pool()
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: dict[str, _Decode] = {}
        self._order = 0
        self._delivery = _Delivery()
        self._delivery.ready.connect(self._on_ready)
        self.placeholder = placeholder_pixmap(size)
        self.broken = placeholder_pixmap(size, broken=True)
        self.decoded = 0

    def pixmap(self, path: str) -> QPixmap | None:
        cached = self._cache.get(path)
        if cached is not None:
            self._cache.move_to_end(path)
            return cached
        self.request(path)
        return None

    def cached(self, path: str) -> QPixmap | None:
        """The cached pixmap, without queueing a decode."""
        return self._cache.get(path)

    def request(self, path: str) -> None:
        if path in self._pending or path in self._cache:
            return
        decode = _Decode(path, self.size, self._delivery)
        self._pending[path] = decode
        self._order += 1  # newest first: after a fast scroll, what is on screen now wins
        self._pool.start(decode, self._order)

    def cancel_pending(self) -> None:
        """Take back this loader's decodes that have not started (the grid shows others)."""
        for path, decode in list(self._pending.items()):
            if self._pool.tryTake(decode):
                del self._pending[path]

    @property
    def idle(self) -> bool:
        return not self._pending

    @Slot(str, QImage)
    def _on_ready(self, path: str, image: QImage) -> None:
        if path not in self._pending:
            return  # cancelled meanwhile; a later request decodes it again
        del self._pending[path]
        self.decoded += 1
        self._cache[path] = self.broken if image.isNull() else QPixmap.fromImage(image)
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        self.loaded.emit(path)


_POOL: QThreadPool | None = None


def _default_pool() -> QThreadPool:
    """A pool of its own, so decoding never queues behind an import."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL
