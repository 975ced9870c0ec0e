"""Quick look: Space in the grid shows the photo large; Space or Escape closes it.

The original is decoded at screen size on a worker (``QImageReader`` scales
JPEGs while decoding), with the thumbnail shown meanwhile, so even a 50-MP
original never stalls the window.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from photoarchive.gui.thumbnails import decode_scaled
from photoarchive.gui.workers import Runner


class QuickLook(QDialog):
    def __init__(
        self,
        runner: Runner,
        original: str,
        thumbnail: QPixmap | None,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("quickLook")
        self.setStyleSheet("QDialog#quickLook { background: #111; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.picture)
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry().size() if screen else QSize(1600, 1000)
        self.box = QSize(int(area.width() * 0.85), int(area.height() * 0.85))
        self.resize(self.box)
        self.loaded = False
        if thumbnail is not None:
            self._show(thumbnail)
        runner.run_task(lambda: decode_scaled(original, self.box), on_result=self._on_image)

    def _on_image(self, image: QImage) -> None:
        if not image.isNull():
            self.loaded = True
            self._show(QPixmap.fromImage(image))

    def _show(self, pixmap: QPixmap) -> None:
        self.picture.setPixmap(
            pixmap.scaled(
                self.box,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Escape):
            self.accept()
            return
        super().keyPressEvent(event)
