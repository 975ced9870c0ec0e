"""Importing through the dialog: preview before writing, mismatches, re-ordering, progress."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from photoarchive.gui.import_dialog import MISMATCH, PATH_ROLE, ImportDialog
from photoarchive.gui.workers import Runner
from photoarchive.importer.pairing import dropped_sources


@pytest.fixture
def dialog(qtbot, archive):
    dlg = ImportDialog(archive, Runner(synchronous=True))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _choose(dialog, text: Path | None, photos: Path) -> None:
    dialog.feature_edit.setText(str(text) if text else "")
    dialog.photos_edit.setText(str(photos))
    dialog.make_plan()  # what the debounce timer does after typing stops


def _paths(dialog) -> list[str]:
    return [
        Path(dialog.pairs.item(i).data(PATH_ROLE)).name
        for i in range(dialog.pairs.count())
        if dialog.pairs.item(i).data(PATH_ROLE)
    ]


def test_preview_pairs_every_caption_with_a_photo_before_writing(dialog, archive, sample_feature):
    text, photos = sample_feature
    _choose(dialog, text, photos)
    assert dialog.pairs.count() == 7
    first = dialog.pairs.item(0).text()
    assert first.startswith("1. img1.jpg") and "罗盟摄" in first
    assert "周 围 摄" in dialog.pairs.item(5).text()
    assert "7 captions, 7 photos" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert archive.photo_count() == 0  # nothing written by the preview


def test_import_runs_and_reports(qtbot, dialog, archive, sample_feature):
    text, photos = sample_feature
    _choose(dialog, text, photos)
    with qtbot.waitSignal(dialog.imported) as got:
        dialog.import_button.click()
    report = got.args[0]
    assert len(report.imported) == 7 and not report.failed
    assert archive.photo_count() == 7
    assert archive.photo(report.imported[3]).credit.as_printed == "易建军 摄"
    assert dialog.result() == ImportDialog.DialogCode.Accepted


def test_a_feature_imported_before_with_other_files_needs_a_choice(
    qtbot, dialog, archive, sample_feature
):
    from tests.conftest import write_photos

    text, photos = sample_feature
    archive.import_job(archive.plan_import(text, photos)).run()
    _choose(dialog, text, photos)  # the same files again: duplicates, nothing to decide
    assert not dialog.when_taken.isVisible() and dialog.import_button.isEnabled()
    others = write_photos(photos.parent / "others", 7, start_seed=500)
    _choose(dialog, text, others[0].parent)
    assert dialog.taken == [1, 2, 3, 4, 5, 6, 7]
    assert "other photos at positions 1, 2, 3, 4, 5, 6, 7" in dialog.summary.text()
    assert dialog.when_taken.isVisible() and not dialog.import_button.isEnabled()
    dialog.when_taken.setCurrentIndex(2)  # import nothing for those positions
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as got:
        dialog.import_button.click()
    assert got.args[0].imported == [] and len(got.args[0].skipped) == 7
    assert archive.photo_count() == 7


def test_a_mismatch_is_highlighted_and_needs_consent(dialog, archive, sample_feature):
    text, photos = sample_feature
    (photos / "img7.jpg").unlink()
    _choose(dialog, text, photos)
    assert dialog.pairs.count() == 7  # six pairs and the caption left over
    leftover = dialog.pairs.item(6)
    assert leftover.text().startswith("Caption 7 has no photo")
    assert leftover.background().color() == MISMATCH
    assert "do not pair up" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.allow_mismatch.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert archive.photo_count() == 6
    assert dialog.report.unmatched_captions == [7]


def test_dragging_a_photo_re_pairs_the_captions(qtbot, dialog, archive, sample_feature):
    text, photos = sample_feature
    _choose(dialog, text, photos)
    model = dialog.pairs.model()
    assert model.moveRow(QModelIndex(), 6, QModelIndex(), 0)  # img7 dropped on top
    # the captions stay in their order; the moved photo takes the first one
    qtbot.waitUntil(lambda: dialog.pairs.item(0).text().startswith("1. img7.jpg"))
    assert _paths(dialog) == ["img7.jpg", *[f"img{i}.jpg" for i in range(1, 7)]]
    assert "罗盟摄" in dialog.pairs.item(0).text()
    assert dialog.plan.pairs[0].path.name == "img7.jpg"
    dialog.import_button.click()
    by_file = {p.file: p for p in archive.photos()}
    assert by_file["img7.jpg"].feature.position == 1
    assert by_file["img1.jpg"].feature.position == 2


def test_bad_input_is_explained_and_nothing_is_written(dialog, archive, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    _choose(dialog, None, empty)
    assert "No photos" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert archive.photo_count() == 0


def test_import_on_the_pool_shows_progress_then_closes(qtbot, archive, sample_feature):
    dlg = ImportDialog(archive, Runner())
    qtbot.addWidget(dlg)
    dlg.show()
    steps = []
    text, photos = sample_feature
    dlg.feature_edit.setText(str(text))
    dlg.photos_edit.setText(str(photos))
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=10_000)  # debounced, on a worker
    with qtbot.waitSignal(dlg.imported, timeout=30_000):
        dlg.progress.valueChanged.connect(steps.append)
        dlg.import_button.click()
        assert not dlg.import_button.isEnabled()  # no second import while one runs
    assert steps and steps[-1] == 7
    assert archive.photo_count() == 7


def test_dropping_a_text_and_a_folder_fills_the_dialog(tmp_path, sample_feature):
    text, photos = sample_feature
    assert dropped_sources([photos, text]) == (text, photos)
    loose = tmp_path / "loose"
    loose.mkdir()
    shutil.copy(text, loose / "feature.txt")
    shutil.copy(photos / "img1.jpg", loose / "img1.jpg")
    assert dropped_sources([loose / "feature.txt"]) == (loose / "feature.txt", loose)
    assert dropped_sources([tmp_path / "nothing.doc"]) == (None, None)
    # the importer's own list of photo files decides: an iPhone's HEIC counts too
    phone = tmp_path / "phone"
    phone.mkdir()
    shutil.copy(text, phone / "feature.txt")
    (phone / "IMG_0001.HEIC").write_bytes(b"")
    assert dropped_sources([phone / "feature.txt"]) == (phone / "feature.txt", phone)


def test_cancel_stops_the_import_and_keeps_the_library_consistent(qtbot, archive, sample_feature):
    dlg = ImportDialog(archive, Runner())
    qtbot.addWidget(dlg)
    dlg.show()
    text, photos = sample_feature
    dlg.feature_edit.setText(str(text))
    dlg.photos_edit.setText(str(photos))
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=10_000)
    with qtbot.waitSignal(dlg.imported, timeout=30_000) as got:
        dlg.import_button.click()
        dlg.cancel_button.click()  # while importing, the button cancels
    report = got.args[0]
    assert report.cancelled
    assert dlg.isVisible() and dlg.summary.text().startswith("Cancelled")
    assert archive.photo_count() == len(report.imported) < 7
    assert archive.check().ok


def test_a_full_disk_is_said_as_the_cli_says_it(monkeypatch, dialog, archive, sample_feature):
    from photoarchive import faults

    text, photos = sample_feature
    _choose(dialog, text, photos)
    faults.reset()
    monkeypatch.setenv(faults.FAIL_ENV, "store-moved=ENOSPC")
    dialog.import_button.click()
    monkeypatch.delenv(faults.FAIL_ENV)
    faults.reset()
    shown = dialog.summary.text()
    assert "is full" in shown and "Unexpected error" not in shown and "Errno" not in shown
    assert archive.photo_count() == 0
