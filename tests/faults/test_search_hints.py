"""A search that cannot match says why, instead of a silent zero."""

from __future__ import annotations

import pytest

from tests.conftest import run_json


@pytest.fixture
def library(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    run_json(capsys, "--library", str(library_dir), "import", str(text), "--photos", str(photos))
    return ["--library", str(library_dir)]


def test_a_wildcard_is_explained(capsys, library):
    _, view = run_json(capsys, *library, "search", "水稻*")
    assert view["total"] == 0
    assert "search 水稻 instead" in view["hints"][0]


def test_an_unknown_theme_is_named(capsys, library):
    _, view = run_json(capsys, *library, "search", "theme:nosuch")
    assert view["total"] == 0 and "no theme 'nosuch'" in view["hints"][0]
    _, known = run_json(capsys, *library, "search", "theme:工业")
    assert known["hints"] == []  # a real theme with no tagged photos is an answer, not a mistake


def test_an_invisible_character_is_no_part_of_the_search(capsys, library):
    _, plain = run_json(capsys, *library, "search", "水稻")
    _, pasted = run_json(capsys, *library, "search", "水稻\u200b")
    assert plain["total"] > 0 and pasted["total"] == plain["total"]


def test_the_plain_output_prints_the_hint(capsys, library):
    from photoarchive.cli.main import main

    assert main([*library, "search", "水稻*"]) == 0
    assert "Hint: '水稻*' is searched as written" in capsys.readouterr().err
