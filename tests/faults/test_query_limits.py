"""Queries no person writes, but a script or a stuck key does: a clear error, never a crash."""

from __future__ import annotations

import pytest

from photoarchive.cli.main import main
from photoarchive.errors import QuerySyntaxError
from photoarchive.search.query import MAX_NESTING, Not, Text, parse


def test_brackets_nested_too_deep_are_a_syntax_error() -> None:
    with pytest.raises(QuerySyntaxError) as err:
        parse("(" * 250 + "水稻" + ")" * 250)
    assert f"more than {MAX_NESTING} deep" in err.value.message


def test_brackets_nested_as_deep_as_allowed_still_parse() -> None:
    assert parse("(" * MAX_NESTING + "水稻" + ")" * MAX_NESTING) == parse("水稻")


def test_thousands_of_nots_fold_into_one() -> None:
    assert parse("NOT " * 3000 + "水稻") == parse("水稻")
    assert isinstance(parse("NOT " * 3001 + "水稻"), Not)
    assert parse("---水稻") == Not(parse("水稻")) and isinstance(parse("水稻"), Text)


def test_the_cli_says_what_is_wrong_and_exits_2(capsys, library_dir) -> None:
    status = main(["--library", str(library_dir), "search", "(" * 250 + "水稻" + ")" * 250])
    assert status == 2
    assert "nested more than" in capsys.readouterr().err
    assert main(["--library", str(library_dir), "search", "NOT " * 3000 + "水稻"]) == 0
