"""Searching from the window: typing narrows the grid; a bad query explains itself."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def _type(widget, text: str) -> None:
    """Chinese arrives through the input method as a committed string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _ids(window) -> list[int]:
    model = window.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(r).id for r in range(model.rowCount())]


def test_typing_a_word_leaves_the_photos_whose_caption_has_it(qtbot, window):
    assert window.search.isEnabled()  # the index was checked when the window opened
    window.search.setFocus()
    _type(window.search, "水稻")
    qtbot.waitUntil(lambda: _ids(window) == [4], timeout=5000)  # after the debounce
    assert window.inspector.photo.id == 4
    assert window.status.counts.text().startswith("1 found for “水稻”")
    window.search.clear()
    assert len(_ids(window)) == 7


def test_a_name_or_a_field_query_finds_the_credited_photo(qtbot, window):
    window.search.setText("credit:罗铭")
    window.search.run_now()
    assert _ids(window) == [7]
    window.search.setText("衡阳")
    window.search.run_now()
    assert sorted(_ids(window)) == [1, 2, 3, 4, 5, 6, 7]


def test_ctrl_f_focuses_the_search_field(qtbot, window):
    window.grid.setFocus()
    window.commands.find.trigger()
    assert window.search.hasFocus()


def test_a_bad_query_is_explained_and_keeps_the_grid(qtbot, window):
    before = _ids(window)
    window.search.setText('"杂交水稻')
    window.search.run_now()
    assert "never closed" in window.status.currentMessage()
    assert window.search.property("invalid") == "true"
    assert _ids(window) == before
    window.search.setText("水稻")
    window.search.run_now()
    assert window.search.property("invalid") == "false"
    assert _ids(window) == [4]


def test_caption_edits_are_found_at_once(qtbot, window):
    window.select_photo(2)
    window.editing.edit_caption(2, window.archive.photo(2).caption, "图为龙舟赛现场。")
    window.search.setText("龙舟")
    window.search.run_now()
    assert _ids(window) == [2]


def test_a_search_that_cannot_match_says_why_in_the_status_bar(qtbot, window):
    window.search.setText("水稻*")
    window.search.run_now()
    qtbot.waitUntil(lambda: window.search.total == 0, timeout=5000)
    window.show_counts()
    assert "search 水稻 instead" in window.status.counts.text()
