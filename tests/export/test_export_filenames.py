"""Exported file names: safe on every file system, unique in the set, Chinese kept."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from photoarchive.errors import InputError
from photoarchive.export import DEFAULT_TEMPLATE, ExportItem, assign_file_names, safe_component


def item(photo_id: int, **fields: object) -> ExportItem:
    base = {"taken_at": date(2024, 7, 23), "credit_line": "罗盟 摄", "creators": ("罗盟",)}
    base.update(fields)
    return ExportItem(photo_id, Path("/nonexistent.jpg"), **base)  # type: ignore[arg-type]


def names(*items: ExportItem, template: str = DEFAULT_TEMPLATE) -> list[str]:
    return assign_file_names(items, template, "web")


def assert_safe(name: str) -> None:
    assert "/" not in name and "\\" not in name
    assert ".." not in name
    assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in name)
    assert not name.startswith(".")
    assert name.endswith((".jpg", ".jpeg"))
    assert len(name.encode("utf-8")) <= 255


def test_default_template_keeps_chinese() -> None:
    assert names(item(12)) == ["2024-07-23_罗盟_12.jpg"]


def test_datetime_and_missing_date() -> None:
    dated = item(1, taken_at=datetime(2024, 7, 23, 10, 30))
    undated = item(2, taken_at=None)
    assert names(dated, undated) == ["2024-07-23_罗盟_1.jpg", "undated_罗盟_2.jpg"]


def test_credit_falls_back_to_credit_line_then_uncredited() -> None:
    by_line = item(1, creators=(), credit_line="祁东县启航学校 供图")
    nobody = item(2, creators=(), credit_line="")
    two = item(3, creators=("张三", "李四"))
    assert names(by_line, nobody, two) == [
        "2024-07-23_祁东县启航学校-供图_1.jpg",
        "2024-07-23_uncredited_2.jpg",
        "2024-07-23_张三-李四_3.jpg",
    ]


@pytest.mark.parametrize(
    "credit",
    [
        "../../etc/passwd",
        "..",
        "a/b\\c",
        "evil\x00name",
        "tab\there\nnewline",
        "\u202egpj.exe",
        "C:secret",
        '<>:"|?*',
    ],
)
def test_hostile_credits_cannot_escape_or_hide(credit: str) -> None:
    (name,) = names(item(7, creators=(credit,)))
    assert_safe(name)
    assert name.endswith("_7.jpg")
    assert "\u202e" not in name


def test_path_traversal_becomes_a_plain_name() -> None:
    (name,) = names(item(7, creators=("../../etc/passwd",)))
    assert name == "2024-07-23_etc_passwd_7.jpg"
    assert Path(name).name == name


def test_template_with_separators_and_dots_is_made_safe() -> None:
    (name,) = names(item(5), template="../{credit}/{id}")
    assert_safe(name)
    assert name == "罗盟_5.jpg"


def test_duplicates_get_numbered_suffixes_case_blind() -> None:
    janes = [item(i, creators=(c,)) for i, c in enumerate(("Jane", "JANE", "jane"), 1)]
    result = names(*janes, template="{credit}.jpg")
    assert result == ["Jane.jpg", "JANE-2.jpg", "jane-3.jpg"]


def test_duplicate_after_suffix_collision_keeps_counting() -> None:
    result = names(item(1), item(2), item(3), template="x.jpg")
    assert result == ["x.jpg", "x-2.jpg", "x-3.jpg"]
    assert len({n.casefold() for n in result}) == 3


def test_very_long_headline_is_cut_on_a_character_boundary() -> None:
    (name,) = names(item(9, headline="衡阳" * 200), template="{headline}_{id}.jpg")
    assert_safe(name)
    name.encode("utf-8").decode("utf-8")  # still valid UTF-8
    assert name.startswith("衡阳衡阳")


def test_windows_reserved_names_are_prefixed() -> None:
    assert names(item(1), template="CON.jpg") == ["_CON.jpg"]


def test_empty_result_falls_back_to_photo_id() -> None:
    assert names(item(4), template="...jpg") == ["photo-4.jpg"]


@pytest.mark.parametrize("template", ["{nope}.jpg", "{id", "{0}.jpg"])
def test_bad_templates_are_input_errors(template: str) -> None:
    with pytest.raises(InputError, match="template"):
        names(item(1), template=template)


def test_template_without_extension_gets_jpg_and_seq_and_purpose() -> None:
    assert names(item(1), item(2), template="{purpose}-{seq:03d}") == [
        "web-001.jpg",
        "web-002.jpg",
    ]


def test_safe_component_keeps_chinese_and_drops_controls() -> None:
    assert safe_component(" 周 围\u200b 摄\x07 ") == "周-围-摄"
