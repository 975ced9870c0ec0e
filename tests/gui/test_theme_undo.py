"""Theme decisions in the inspector go on the undo stack like caption edits."""

from __future__ import annotations

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def _sources(archive, photo_id: int) -> dict[str, str]:
    return {t.key: t.source for t in archive.themes.of_photo(photo_id)}


def test_accepting_then_ctrl_z_makes_it_a_suggestion_again(qtbot, window):
    archive = window.archive
    window.select_photo(4)
    panel = window.cataloguing.themes
    panel.buttons("agriculture")["accept"].click()
    assert _sources(archive, 4)["agriculture"] == "accepted"
    assert window.undo_stack.undoText() == "Accept theme Agriculture on photo 4"
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
    assert _sources(archive, 4)["agriculture"] == "suggested"
    assert set(panel.buttons("agriculture")) == {"accept", "reject"}  # offered again
    because = next(t.because for t in archive.themes.of_photo(4) if t.key == "agriculture")
    assert because[:2] == ("粮食丰收", "杂交水稻")  # the words that suggested it survive the undo
    changes = [
        (h["old"], h["new"], h["actor"])
        for h in archive.history(4)
        if h["field"] == "theme:agriculture"
    ]
    assert changes == [("suggested", "accepted", "gui"), ("accepted", "suggested", "gui (undo)")]
    window.undo_stack.redo()
    assert _sources(archive, 4)["agriculture"] == "accepted"


def test_rejecting_and_removing_are_undone_too(window):
    archive = window.archive
    window.select_photo(4)
    panel = window.cataloguing.themes
    panel.buttons("technology")["reject"].click()
    panel.buttons("agriculture")["accept"].click()
    panel.buttons("agriculture")["remove"].click()
    assert "agriculture" not in _sources(archive, 4)
    assert window.undo_stack.undoText() == "Remove theme Agriculture from photo 4"
    window.undo_stack.undo()
    assert _sources(archive, 4)["agriculture"] == "accepted"
    assert "remove" in panel.buttons("agriculture")
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _sources(archive, 4) == {"agriculture": "suggested", "technology": "suggested"}


def test_a_clicked_decision_cannot_be_clicked_twice_while_it_saves(qtbot, imported, settings):
    """On the real pool the buttons wait for the saved answer before they are offered again."""
    from photoarchive.gui.app import open_window
    from photoarchive.gui.workers import Runner

    window = open_window(imported, settings=settings, language="en", runner=Runner())
    qtbot.addWidget(window)
    window.select_photo(4)
    accept = window.cataloguing.themes.buttons("agriculture")["accept"]
    accept.click()
    assert not accept.isEnabled()  # the answer arrives through the event loop, not yet
    assert window.editor.pending == 1
    qtbot.waitUntil(lambda: window.editor.pending == 0, timeout=10_000)
    assert _sources(imported, 4)["agriculture"] == "accepted"
    assert "accept" not in window.cataloguing.themes.buttons("agriculture")
    window.runner.wait(10_000)
