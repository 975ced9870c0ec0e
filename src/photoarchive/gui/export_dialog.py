"""The export dialog: purpose, size and destination; who is left out and why, then export.

Before anything is written the dialog asks the facade for a preview
(``exports.preview``), so staff see which photos their licence keeps out of
this purpose before they start. The export itself is a job on a worker with a
progress bar and Cancel; a cancelled export leaves nothing at the destination.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photoarchive.errors import Cancelled
from photoarchive.export import ExportOptions, ExportReport
from photoarchive.gui.grid_model import FilterSource, SearchSource
from photoarchive.gui.job_dialog import JobDialog
from photoarchive.gui.workers import Runner
from photoarchive.licensing.model import Purpose

if TYPE_CHECKING:
    from photoarchive.services.archive import Archive
    from photoarchive.services.exports import ExportPreview, ExportSelection

EXCLUDED = QColor("#fde2e1")
DEFAULT_EDGE = {"print": 0, "web": 2048, "social": 1600, "syndication": 0}  # 0: full size


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What to export, as the facade takes it, and how to name it to the user."""

    selection: ExportSelection | list[int]
    description: str


def export_choice(
    selected_ids: list[int], source: object, total: int, label: str
) -> ExportChoice | None:
    """What to export: several selected photos; else the whole feature, theme or search
    the grid shows; else the one selected photo; None when nothing is chosen."""
    from photoarchive.services.exports import ExportSelection

    whole: ExportChoice | None = None
    if isinstance(source, SearchSource):
        text = QCoreApplication.translate("ExportDialog", "the {n} photos found for “{query}”")
        whole = ExportChoice(
            ExportSelection(query=source.query), text.format(n=total, query=source.query)
        )
    elif isinstance(source, FilterSource) and source.filter.feature_id is not None:
        text = QCoreApplication.translate("ExportDialog", "the {n} photos of “{title}”")
        whole = ExportChoice(
            ExportSelection(feature_id=source.filter.feature_id), text.format(n=total, title=label)
        )
    elif isinstance(source, FilterSource) and source.filter.theme_key:
        text = QCoreApplication.translate("ExportDialog", "the {n} photos tagged {theme}")
        whole = ExportChoice(
            ExportSelection(theme=source.filter.theme_key), text.format(n=total, theme=label)
        )
    if len(selected_ids) > 1 or (whole is None and selected_ids):
        text = QCoreApplication.translate("ExportDialog", "the {n} selected photos")
        return ExportChoice(list(selected_ids), text.format(n=len(selected_ids)))
    return whole


class ExportDialog(JobDialog):
    """Preview and run one export; emits ``exported`` with the report."""

    exported = Signal(object)  # ExportReport

    def __init__(
        self,
        archive: Archive,
        runner: Runner,
        choice: ExportChoice,
        parent: QWidget | None = None,
        *,
        start_folder: str = "",
    ) -> None:
        super().__init__(archive, runner, parent, start_folder=start_folder)
        self.choice = choice
        self.preview: ExportPreview | None = None
        self.report: ExportReport | None = None
        self._refresh = QTimer(self, singleShot=True, interval=200)
        self._refresh.timeout.connect(self.make_preview)
        self._build()
        self.retranslate()
        self.resize(720, 560)
        self._on_purpose()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.what = QLabel()
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        form = QFormLayout()
        self.purpose = QComboBox()
        for purpose in Purpose:
            self.purpose.addItem("", purpose.value)
        self.purpose.currentIndexChanged.connect(self._on_purpose)
        self.edge = QSpinBox()
        self.edge.setRange(0, 20000)
        self.edge.setSingleStep(256)
        self.edge.setSuffix(" px")
        self.keep_gps = QCheckBox()
        self.destination = QLineEdit()
        self.destination.textChanged.connect(self._update_buttons)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_destination)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(self.browse)
        self.purpose_label, self.edge_label = QLabel(), QLabel()
        self.gps_label, self.destination_label = QLabel(), QLabel()
        form.addRow(self.purpose_label, self.purpose)
        form.addRow(self.edge_label, self.edge)
        form.addRow(self.gps_label, self.keep_gps)
        form.addRow(self.destination_label, where)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.items = QListWidget()
        self.items.setAlternatingRowColors(True)
        layout.addWidget(self.items, 1)
        self._add_job_controls(layout, self.start_export)
        self.export_button = self.start_button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export photos"))
        self.what.setText(self.tr("Export {what}.").format(what=self.choice.description))
        names = {
            "print": self.tr("Print"),
            "web": self.tr("Web"),
            "social": self.tr("Social media"),
            "syndication": self.tr("Syndication"),
        }
        for i in range(self.purpose.count()):
            self.purpose.setItemText(i, names.get(self.purpose.itemData(i), ""))
        self.purpose_label.setText(self.tr("Purpose:"))
        self.edge_label.setText(self.tr("Long edge:"))
        self.edge.setSpecialValueText(self.tr("full size"))
        self.gps_label.setText(self.tr("GPS:"))
        self.keep_gps.setText(
            self.tr("Keep the location (it is removed by default to protect sources)")
        )
        self.destination_label.setText(self.tr("Save to:"))
        self.destination.setPlaceholderText(
            self.tr("a new or empty folder, or a file ending in .zip")
        )
        self.browse.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self._show_preview()  # and the Close/Cancel button, through _update_buttons

    # -- inputs -------------------------------------------------------------------------
    @property
    def purpose_value(self) -> str:
        return str(self.purpose.currentData())

    def _on_purpose(self) -> None:
        self.edge.setValue(DEFAULT_EDGE.get(self.purpose_value, 0))
        self._refresh.start()

    def _choose_destination(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to export"), self.last_folder
        )
        if path:
            self.last_folder = path
            self.destination.setText(str(Path(path) / f"export-{self.purpose_value}"))

    def options(self) -> ExportOptions:
        edge = self.edge.value()
        return ExportOptions(
            purpose=self.purpose_value,
            destination=Path(self.destination.text().strip()),
            max_edge=edge or None,
            keep_gps=self.keep_gps.isChecked(),
        )

    # -- preview ------------------------------------------------------------------------
    def make_preview(self) -> None:
        """Ask (on a worker) which photos this purpose lets out and which it keeps back."""
        self._refresh.stop()
        purpose, selection = self.purpose_value, self.choice.selection
        self.summary.setText(self.tr("Checking licences…"))
        self.runner.run_task(
            lambda: self.archive.exports.preview(selection, purpose),
            on_result=self._on_preview,
            on_error=self.show_error,
        )

    def _on_preview(self, preview: ExportPreview) -> None:
        if preview.purpose != self.purpose_value:
            return  # the purpose changed meanwhile; its own preview is on the way
        self.preview = preview
        self._show_preview()

    def _show_preview(self) -> None:
        self.items.clear()
        preview = self.preview
        if preview is None:
            self._update_buttons()
            return
        for row in preview.excluded:
            item = QListWidgetItem(
                self.tr("Left out: photo {id}: {reason}").format(
                    id=row["photo_id"], reason=row["reason"]
                )
            )
            item.setBackground(EXCLUDED)
            self.items.addItem(item)
        for row in preview.included:
            self.items.addItem(QListWidgetItem(f"{row['file']}   {row['credit'] or ''}"))
        text = self.tr("{n} photos will be exported, {m} left out.").format(
            n=len(preview.included), m=len(preview.excluded)
        )
        if preview.warnings:
            text += " " + " ".join(preview.warnings)
        self.summary.setText(text)
        self._update_buttons()

    # -- export -------------------------------------------------------------------------
    def _ready(self) -> bool:
        return (
            self.preview is not None
            and bool(self.preview.included)
            and bool(self.destination.text().strip())
        )

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.purpose, self.edge, self.keep_gps, self.destination, self.browse)

    def start_export(self) -> None:
        selection, options = self.choice.selection, self.options()
        self.run_job(lambda: self.archive.exports.job(selection, options))

    def _job_succeeded(self, report: ExportReport) -> None:
        self.report = report
        self.exported.emit(report)
        self.accept()

    def _cancelling_text(self) -> str:
        return self.tr("Cancelling; nothing will be left at the destination…")

    def _cancelled_text(self, exc: Cancelled) -> str:
        return self.tr("Cancelled: nothing was written to the destination.")
