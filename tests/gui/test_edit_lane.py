"""Edits save on the worker: the window shows them when saved, in order, and says when not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from photoarchive.gui.app import open_window
from photoarchive.gui.workers import Runner

NEW = "图为衡阳县库宗桥镇华山村的稻田。"


@pytest.fixture
def pooled(qtbot, imported, settings):
    """The window on the real thread pool, as the app runs it."""
    window = open_window(imported, settings=settings, language="en", runner=Runner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.counts_loaded and window.search.ready, timeout=10_000)
    yield window
    window.runner.wait(10_000)


def test_a_caption_save_runs_on_the_worker_and_its_undo_lands_after_it(qtbot, pooled):
    archive = pooled.archive
    pooled.select_photo(4)
    old = archive.photo(4).caption
    pooled.editing.edit_caption(4, old, NEW)
    assert pooled.editor.pending == 1  # the UI thread did not wait for the save
    assert pooled.model.row_at(pooled.model.row_of(4)).caption != NEW  # shown once saved
    pooled.undo_stack.undo()  # at once, before the save has been reported
    qtbot.waitUntil(lambda: pooled.editor.pending == 0, timeout=10_000)
    assert archive.photo(4).caption == old
    assert [(h["old"], h["new"]) for h in archive.history(4)] == [(old, NEW), (NEW, old)]
    assert pooled.inspector.caption.toPlainText() == old
    qtbot.waitUntil(lambda: not pooled.runner.busy, timeout=10_000)  # the recount after it


def test_a_save_that_fails_says_so_and_leaves_nothing_to_undo(qtbot, window):
    window.select_photo(4)
    window.archive.delete_photos([4], actor="elsewhere")  # gone behind the window's back
    window.editing.edit_caption(4, "", NEW)
    assert window.undo_stack.count() == 0
    warning = window.editing.warning
    assert isinstance(warning, QMessageBox) and warning.isVisible()
    assert "no photo 4" in warning.text()
    window.inspector.credit.setText("罗盟 摄")
    window.inspector.credit.commit()
    assert window.undo_stack.count() == 0


def test_a_failed_save_reported_later_is_dropped_from_the_stack(qtbot, pooled):
    pooled.select_photo(4)
    pooled.archive.delete_photos([4], actor="elsewhere")
    pooled.editing.edit_caption(4, "", NEW)
    assert pooled.undo_stack.count() == 1  # pushed at once; the save has not run yet
    qtbot.waitUntil(lambda: pooled.editor.pending == 0, timeout=10_000)
    assert pooled.undo_stack.count() == 0 and not pooled.undo_stack.canUndo()
    assert pooled.editing.warning.isVisible()
