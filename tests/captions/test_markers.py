"""Caption markers that point at a photo on the page and are not caption text."""

from __future__ import annotations

import pytest

from photoarchive.captions.markers import shows_picture, strip_marker


@pytest.mark.parametrize(
    "marked",
    [
        "▲衡阳智造谷项目局部图。",
        "▲ 衡阳智造谷项目局部图。",
        "△衡阳智造谷项目局部图。",
        "图①衡阳智造谷项目局部图。",
        "图① 衡阳智造谷项目局部图。",
        "图1：衡阳智造谷项目局部图。",
        "图1 衡阳智造谷项目局部图。",
        "图一、衡阳智造谷项目局部图。",
        "上图：衡阳智造谷项目局部图。",
        "下图 衡阳智造谷项目局部图。",
        "（图2）衡阳智造谷项目局部图。",
        "▲图3 衡阳智造谷项目局部图。",
        "▲① 衡阳智造谷项目局部图。",
    ],
)
def test_markers_are_stripped(marked: str) -> None:
    assert strip_marker(marked) == ("衡阳智造谷项目局部图。", True)


@pytest.mark.parametrize(
    "prose",
    [
        "图为衡阳智造谷项目局部图。",  # "the picture shows": a sentence, not a marker
        "上图为衡阳智造谷项目局部图。",
        "图1为衡阳智造谷项目局部图。",
        "图书馆里座无虚席。",
        "（1）坚持创新首位战略。",  # a numbered list item of the body
        "①坚持创新首位战略。",
        "2020年，衡阳市……",
    ],
)
def test_prose_is_left_alone(prose: str) -> None:
    assert strip_marker(prose) == (prose, False)


def test_a_number_after_a_triangle_is_text_unless_separated() -> None:
    assert strip_marker("▲2020年的衡阳") == ("2020年的衡阳", True)


@pytest.mark.parametrize(
    ("text", "shows"),
    [
        ("图为衡阳智造谷项目局部图。", True),
        ("衡阳市大力开展试验。图为华山村粮食丰收场景。", True),
        ("上图为南岳。", True),
        ("图中右一为袁隆平。", True),
        ("衡阳市试图为群众办实事。", False),
        ("这是地图为我们指明的方向。", False),
    ],
)
def test_shows_picture(text: str, shows: bool) -> None:
    assert shows_picture(text) is shows


def test_a_title_in_lenticular_brackets_is_stripped_only_from_a_caption() -> None:
    from photoarchive.captions import parse_caption

    caption = parse_caption("【骄阳下的汉警】8月13日，民警骑着平衡车巡逻。 记者 史伟 摄")
    assert caption.text == "8月13日，民警骑着平衡车巡逻。"
    assert not strip_marker("【编者按】本报今起推出系列报道。")[1]


def test_an_english_pointer_is_stripped_from_a_caption() -> None:
    from photoarchive.captions import parse_caption

    caption = parse_caption("above: Rebekah Brooks leaves court in London. Jason Alden/Bloomberg")
    assert caption.text == "Rebekah Brooks leaves court in London."
    assert caption.credit.contributors[0].name == "Jason Alden"
