"""What the import and the export dialog share: a job's progress, its Cancel, its failure.

Both are driven the same way here, on real archives and real files: the import of
the sample feature into an empty library, the export of that feature once imported.
A job meant to be caught running is queued behind a gate on the runner's own job
pool, so "while it runs" is certain, not a race against a fast machine.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, Qt

from photoarchive import faults
from photoarchive.gui.export_dialog import ExportChoice, ExportDialog
from photoarchive.gui.i18n import Translations
from photoarchive.gui.import_dialog import ImportDialog
from photoarchive.gui.job_dialog import ERROR_COLOUR, JobDialog
from photoarchive.gui.workers import Runner
from photoarchive.services.archive import Archive
from photoarchive.services.exports import ExportSelection

KINDS = ["import", "export"]


@dataclass
class Case:
    """One dialog ready to start, and how to tell whether its job wrote anything."""

    dialog: JobDialog
    written: Callable[[], bool]  # anything at all left behind by the job
    consistent: Callable[[], bool]  # the library passes check as the next session opens it
    write_point: str  # the fault checkpoint its job passes when it writes


def _checks(library: Path) -> bool:
    """``photoarchive check`` run now: a stopped import's journal is settled on opening."""
    with Archive.open(library) as again:
        return again.check().ok


def _import_case(qtbot, request, runner: Runner) -> Case:
    archive = request.getfixturevalue("archive")
    text, photos = request.getfixturevalue("sample_feature")
    dialog = ImportDialog(archive, runner, feature=text, photos=photos)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.make_plan()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.import_button.isEnabled()
    return Case(
        dialog,
        written=lambda: archive.photo_count() > 0,
        consistent=lambda: _checks(archive.root),
        write_point="store-moved",
    )


def _export_case(qtbot, request, runner: Runner) -> Case:
    archive = request.getfixturevalue("imported")
    tmp_path: Path = request.getfixturevalue("tmp_path")
    feature = ExportSelection(feature_id=1)  # the sample feature, the library's first
    dialog = ExportDialog(archive, runner, ExportChoice(feature, "the 7 photos of the feature"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("web"))
    dialog.make_preview()
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview.purpose == "web", timeout=10_000
    )
    out = tmp_path / "exports"
    out.mkdir()
    dialog.destination.setText(str(out / "web"))
    assert dialog.export_button.isEnabled()
    return Case(
        dialog,
        written=lambda: any(out.iterdir()),  # neither the folder nor a staged set beside it
        consistent=lambda: _checks(archive.root),
        write_point="export-write",
    )


def _case(kind: str, qtbot, request, runner: Runner) -> Case:
    return (_import_case if kind == "import" else _export_case)(qtbot, request, runner)


class _Gate(QRunnable):
    """Holds the runner's only job thread until opened: a job started behind it waits."""

    def __init__(self) -> None:
        super().__init__()
        self.opened = threading.Event()
        self.setAutoDelete(False)

    def run(self) -> None:
        self.opened.wait(30)


@pytest.fixture
def held() -> Iterator[tuple[Runner, threading.Event]]:
    runner = Runner()
    runner.jobs.setMaxThreadCount(1)
    gate = _Gate()
    runner.jobs.start(gate)
    yield runner, gate.opened
    gate.opened.set()
    runner.wait(30_000)


def _inputs(dialog: JobDialog) -> list[bool]:
    return [widget.isEnabled() for widget in dialog._inputs()]


@pytest.mark.parametrize("how", ["window close", "Escape", "Cancel button"])
@pytest.mark.parametrize("kind", KINDS)
def test_closing_while_the_job_runs_cancels_it_and_leaves_nothing_half_done(
    qtbot, request, held, kind, how
):
    runner, gate = held
    case = _case(kind, qtbot, request, runner)
    dialog = case.dialog
    dialog.start_button.click()
    assert dialog.running and dialog.progress.isVisible()
    assert not dialog.start_button.isEnabled() and not any(_inputs(dialog))
    assert dialog.close_button.text() == "Cancel"
    if how == "window close":
        dialog.close()
    elif how == "Escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        dialog.close_button.click()
    assert dialog.isVisible() and dialog.running  # it waits for the job to stop
    assert dialog.summary.text() == dialog._cancelling_text()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.isVisible() and dialog.summary.text().startswith("Cancelled")
    assert ERROR_COLOUR not in dialog.summary.text()  # asked for, so not an error
    assert not dialog.progress.isVisible() and dialog.close_button.text() == "Close"
    assert dialog.start_button.isEnabled() and all(_inputs(dialog))
    assert not case.written() and case.consistent()
    dialog.close()  # now closing closes
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("code", "said", "not_said"),
    [("ENOSPC", "is full", "Unexpected error"), ("EIO", "Unexpected error: ", "is full")],
)
@pytest.mark.parametrize("kind", KINDS)
def test_a_failure_is_said_the_same_way_in_both(
    qtbot, request, monkeypatch, kind, code, said, not_said
):
    case = _case(kind, qtbot, request, Runner(synchronous=True))
    dialog = case.dialog
    faults.reset()
    monkeypatch.setenv(faults.FAIL_ENV, f"{case.write_point}={code}")
    dialog.start_button.click()
    monkeypatch.delenv(faults.FAIL_ENV)
    faults.reset()
    shown = dialog.summary.text()
    assert shown.startswith(f"<span style='color:{ERROR_COLOUR}'>") and said in shown
    assert not_said not in shown
    assert dialog.isVisible() and not dialog.running and not dialog.progress.isVisible()
    assert dialog.close_button.text() == "Close"
    assert dialog.start_button.isEnabled() and all(_inputs(dialog))  # free to try again
    assert not case.written() and case.consistent()


@pytest.mark.parametrize("kind", KINDS)
def test_the_bar_counts_the_job_and_names_what_it_is_doing(qtbot, request, kind):
    case = _case(kind, qtbot, request, Runner(synchronous=True))
    dialog = case.dialog
    steps: list[tuple[int, int, str]] = []
    dialog.progress.valueChanged.connect(
        lambda value: steps.append((value, dialog.progress.maximum(), dialog.progress.format()))
    )
    finished = dialog.imported if kind == "import" else dialog.exported
    with qtbot.waitSignal(finished):
        dialog.start_button.click()
    value, maximum, text = steps[-1]
    assert value == maximum > 1
    assert text.startswith("%v / %m  ") and text.endswith(".jpg")  # the last photo's file
    assert dialog.result() == JobDialog.DialogCode.Accepted and not dialog.progress.isVisible()


@pytest.mark.parametrize("kind", KINDS)
def test_a_job_refused_before_it_starts_is_explained_and_nothing_runs(qtbot, request, kind):
    case = _case(kind, qtbot, request, Runner(synchronous=True))
    dialog = case.dialog
    if kind == "import":  # a photo gone: the counts differ and the job refuses to start
        (Path(dialog.photos_edit.text()) / "img7.jpg").unlink()
        dialog.make_plan()
        assert not dialog.import_button.isEnabled()  # the button waits for consent
        dialog.start_import()  # as the window's own callers may start it
        expected = "7 captions but 6 photos"
    else:  # a folder that is not empty
        target = Path(dialog.destination.text())
        target.mkdir()
        (target / "keep.txt").write_text("theirs", encoding="utf-8")
        dialog.export_button.click()
        expected = "is not empty"
    shown = dialog.summary.text()
    assert ERROR_COLOUR in shown and expected in shown
    assert not dialog.running and not dialog.progress.isVisible()
    assert dialog.isVisible() and dialog.close_button.text() == "Close"
    if kind == "import":
        assert not case.written() and case.consistent()
    else:
        assert [p.name for p in target.iterdir()] == ["keep.txt"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_shared_buttons_and_errors_speak_chinese(qapp, qtbot, request, kind):
    case = _case(kind, qtbot, request, Runner(synchronous=True))
    dialog = case.dialog
    translations = Translations(qapp)
    try:
        assert translations.install("zh_CN")
        assert dialog.close_button.text() == "关闭"
        dialog.show_error(RuntimeError("boom"))
        assert "意外错误：boom" in dialog.summary.text()
    finally:
        translations.install("en")
    assert dialog.close_button.text() == "Close"
