"""The import dialog: choose a feature text and a photo folder, check the pairing, import.

Nothing is written until Import is pressed: the dialog shows the facade's
:class:`~photoarchive.importer.plan.ImportPlan` (each photo beside the caption it
will get), highlights what does not pair, lets the archivist drag photos into
the right order (``plan.with_order``) and, on the Paragraphs tab, correct how
the text was read (``plan.with_corrections``), then runs the import job on a
worker with a progress bar and Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from photoarchive.gui.job_dialog import JobDialog
from photoarchive.gui.pairing_list import MISMATCH, PATH_ROLE, PairingList
from photoarchive.gui.parse_review import ParseReview
from photoarchive.gui.workers import Runner
from photoarchive.importer.plan import ImportPlan
from photoarchive.importer.report import ImportReport
from photoarchive.importer.taken import WhenTaken

if TYPE_CHECKING:
    from photoarchive.services.archive import Archive

__all__ = ["MISMATCH", "PATH_ROLE", "ImportDialog"]  # the first two belong to the pairing list


class ImportDialog(JobDialog):
    """Preview and run one import; emits ``imported`` with the report (a cancelled one too)."""

    imported = Signal(object)  # ImportReport

    def __init__(
        self,
        archive: Archive,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        feature: Path | None = None,
        photos: Path | None = None,
        start_folder: str = "",
    ) -> None:
        super().__init__(archive, runner, parent, start_folder=start_folder)
        self.plan: ImportPlan | None = None
        self.taken: list[int] = []  # positions the feature, imported before, already fills
        self.report: ImportReport | None = None
        self._replan = QTimer(self, singleShot=True, interval=250)
        self._replan.timeout.connect(self.make_plan)
        self._build()
        self.retranslate()
        self.resize(860, 660)
        if feature is not None:
            self.feature_edit.setText(str(feature))
        if photos is not None:
            self.photos_edit.setText(str(photos))
        self._update_buttons()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.feature_label, self.photos_label = QLabel(), QLabel()
        self.feature_edit, self.photos_edit = QLineEdit(), QLineEdit()
        self.feature_browse, self.photos_browse = QPushButton(), QPushButton()
        for row, (label, edit, browse) in enumerate(
            (
                (self.feature_label, self.feature_edit, self.feature_browse),
                (self.photos_label, self.photos_edit, self.photos_browse),
            )
        ):
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(browse, row, 2)
            edit.textChanged.connect(self._replan.start)
        self.feature_browse.clicked.connect(self._choose_feature)
        self.photos_browse.clicked.connect(self._choose_photos)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        self.pairs = PairingList()
        self.pairs.reordered.connect(self.set_order)
        self.review = ParseReview(self.archive.credit_tokens)
        self.review.replanned.connect(self._on_corrected)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.pairs, "")
        self.tabs.addTab(self.review, "")
        layout.addWidget(self.tabs, 1)
        self.allow_mismatch = QCheckBox()
        self.allow_mismatch.toggled.connect(self._update_buttons)
        layout.addWidget(self.allow_mismatch)
        self.when_taken = QComboBox()  # shown when the feature's positions already have photos
        for choice in (None, WhenTaken.ADD, WhenTaken.SKIP):
            self.when_taken.addItem("", choice)
        self.when_taken.currentIndexChanged.connect(self._update_buttons)
        layout.addWidget(self.when_taken)
        self._add_job_controls(layout, self.start_import)
        self.import_button, self.cancel_button = self.start_button, self.close_button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a feature"))
        self.feature_label.setText(self.tr("Feature text:"))
        self.photos_label.setText(self.tr("Photo folder:"))
        self.feature_edit.setPlaceholderText(
            self.tr("the published article as a .txt file (optional)")
        )
        self.photos_edit.setPlaceholderText(self.tr("the folder with the feature's photos"))
        self.feature_browse.setText(self.tr("Choose…"))
        self.photos_browse.setText(self.tr("Choose…"))
        self.allow_mismatch.setText(
            self.tr("Import what pairs and keep the unmatched captions on the feature")
        )
        self.import_button.setText(self.tr("Import"))
        for index, text in enumerate(
            (
                self.tr("Say what the new files for those positions are…"),
                self.tr("Other photos for the same places: keep both"),
                self.tr("Import nothing for those positions"),
            )
        ):
            self.when_taken.setItemText(index, text)
        self._show_plan()  # and the Close/Cancel button, through _update_buttons

    # -- choosing files -----------------------------------------------------------------
    def _choose_feature(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the feature text"), self.last_folder, self.tr("Text (*.txt)")
        )
        if path:
            self.feature_edit.setText(path)
            self.last_folder = str(Path(path).parent)

    def _choose_photos(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the photo folder"), self.last_folder
        )
        if path:
            self.photos_edit.setText(path)
            self.last_folder = path

    def _paths(self) -> tuple[Path | None, Path | None]:
        feature, photos = self.feature_edit.text().strip(), self.photos_edit.text().strip()
        return (Path(feature) if feature else None, Path(photos) if photos else None)

    # -- planning -----------------------------------------------------------------------
    def make_plan(self) -> None:
        """Parse and pair on a worker; nothing is written."""
        self._replan.stop()
        feature, photos = self._paths()
        self.plan = None
        self.taken = []
        if photos is None:
            self._show_plan()
            return
        self.summary.setText(self.tr("Reading…"))
        archive = self.archive

        def plan_and_taken() -> tuple[ImportPlan, list[int]]:
            plan = archive.plan_import(feature, photos)
            return plan, archive.taken_positions(plan)

        self.runner.run_task(plan_and_taken, on_result=self._on_plan, on_error=self._on_plan_error)

    def _on_plan(self, planned: tuple[ImportPlan, list[int]]) -> None:
        plan, self.taken = planned
        self.when_taken.setCurrentIndex(0)
        self.plan = plan
        self.review.start(plan)
        self._show_plan()

    def _on_plan_error(self, exc: BaseException) -> None:
        self.plan = None
        self.review.start(None)
        self._show_plan()
        self.show_error(exc)

    def _on_corrected(self, plan: ImportPlan) -> None:
        """The text read again with the archivist's corrections; the photos keep their order."""
        if self.plan is not None:
            current = self.plan.pairing
            plan = plan.with_order([p.path for p in current.pairs] + [*current.unmatched_photos])
        self.plan = plan
        self._show_plan()

    def set_order(self, photos: list[Path]) -> None:
        """Re-pair with photos in this order (what a drag in the list does)."""
        if self.plan is not None:
            self.plan = self.plan.with_order(photos)
            self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        self.pairs.show_plan(plan)
        self.review.show_plan(plan)
        self._retitle_tabs()
        if plan is None:
            if not self.running:
                self.summary.setText(
                    self.tr(
                        "Choose the photo folder (and the feature text, "
                        "if there is one) to see how they pair."
                    )
                )
            self._update_buttons()
            return
        self.summary.setText(self._summary_text(plan))
        self._update_buttons()

    def _retitle_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Photos and captions"))
        guesses = self.review.guesses_to_check()
        self.tabs.setTabText(
            1,
            self.tr("Paragraphs ({n} to check)").format(n=guesses)
            if guesses
            else self.tr("Paragraphs"),
        )
        has_text = self.plan is not None and self.plan.feature is not None
        self.tabs.setTabEnabled(1, has_text)
        if not has_text:
            self.tabs.setCurrentIndex(0)

    def _summary_text(self, plan: ImportPlan) -> str:
        photos = len(plan.pairs) + len(plan.pairing.unmatched_photos)
        if plan.feature is None:
            return self.tr("{n} photos, no feature text: captions come from the files.").format(
                n=photos
            )
        parsed = plan.feature.parsed
        head = self.tr("“{title}”: {captions} captions, {photos} photos.").format(
            title=parsed.title, captions=len(parsed.captions), photos=photos
        )
        if self.taken:
            head += " " + self.tr(
                "The library has this feature already, with other photos at positions "
                "{positions}: say below what the new files for them are."
            ).format(positions=", ".join(map(str, self.taken)))
        if plan.pairing.mismatched:
            return (
                head
                + " "
                + self.tr(
                    "They do not pair up (highlighted). Drag the photos "
                    "into the right order, or import what pairs."
                )
            )
        return head + " " + self.tr("Every photo has its caption. Drag to change the order.")

    # -- importing ----------------------------------------------------------------------
    def _mismatched(self) -> bool:
        plan = self.plan
        return plan is not None and plan.feature is not None and plan.pairing.mismatched

    def _ready(self) -> bool:
        plan = self.plan
        return (
            plan is not None
            and bool(plan.pairs)
            and (not self._mismatched() or self.allow_mismatch.isChecked())
            and (not self.taken or self.when_taken.currentData() is not None)
        )

    def _inputs(self) -> tuple[QWidget, ...]:
        return (
            self.feature_edit,
            self.photos_edit,
            self.feature_browse,
            self.photos_browse,
            self.pairs,
            self.review,
            self.allow_mismatch,
            self.when_taken,
        )

    def _update_buttons(self) -> None:
        self.allow_mismatch.setVisible(self._mismatched())
        self.when_taken.setVisible(bool(self.taken))
        super()._update_buttons()

    def start_import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        allow = self.allow_mismatch.isChecked()
        when = self.when_taken.currentData() or WhenTaken.ASK
        self.run_job(
            lambda: self.archive.import_job(plan, allow_mismatch=allow, when_taken=when),
            total=len(plan.pairs),
        )

    def _job_succeeded(self, report: ImportReport) -> None:
        self.report = report
        self.imported.emit(report)
        if not report.cancelled:
            self.accept()
            return
        self.show_message(
            self.tr(
                "Cancelled: {n} photos were imported before the stop; the library is consistent."
            ).format(n=len(report.imported))
        )

    def _cancelling_text(self) -> str:
        return self.tr("Cancelling after the current photo…")
