"""The status bar on its own: told what the grid shows, it says so (in English and Chinese)."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoarchive.gui.i18n import Translations
from photoarchive.gui.status import StatusBar

LIBRARY = Path("/srv/archive/library")


@pytest.fixture
def status(qtbot) -> StatusBar:
    bar = StatusBar()
    qtbot.addWidget(bar)
    return bar


def test_a_choice_fully_loaded_shows_its_photos_and_the_library(status):
    status.show_counts(LIBRARY, total=7, loaded=7)
    assert status.counts.text() == "7 photos"
    assert status.library.text() == f"Library: {LIBRARY}"


def test_a_large_choice_says_how_much_is_loaded_and_selected(status):
    status.show_counts(LIBRARY, total=20_000, loaded=400, selected=3)
    assert status.counts.text() == "20,000 photos  ·  400 loaded  ·  3 selected"


def test_one_selected_photo_is_not_counted(status):
    status.show_counts(LIBRARY, total=7, loaded=7, selected=1)
    assert status.counts.text() == "7 photos"


def test_a_search_says_what_it_found_and_for_what(status):
    status.show_counts(LIBRARY, total=1, loaded=1, query="水稻", hints=["unused"])
    assert status.counts.text() == "1 found for “水稻”"  # hints only when nothing matched
    status.show_counts(LIBRARY, total=1_200, loaded=200, selected=2, query="衡阳")
    assert status.counts.text() == "1,200 found for “衡阳”  ·  200 loaded  ·  2 selected"


def test_a_search_that_found_nothing_gives_its_first_hint(status):
    hints = ["search 水稻 instead", "another hint"]
    status.show_counts(LIBRARY, total=0, loaded=0, query="水稻*", hints=hints)
    assert status.counts.text() == "0 found for “水稻*”  ·  search 水稻 instead"


def test_the_counts_speak_chinese(qapp, status):
    translations = Translations(qapp)
    assert translations.install("zh_CN")
    try:
        status.show_counts(LIBRARY, total=7, loaded=5, selected=2)
        assert status.counts.text() == "共 7 张图片  ·  已载入 5 张  ·  已选 2 张"
        status.show_counts(LIBRARY, total=1, loaded=1, query="水稻")
        assert status.counts.text() == "找到 1 张“水稻”相关图片"
        assert status.library.text() == f"图库：{LIBRARY}"
    finally:
        translations.install("en")
