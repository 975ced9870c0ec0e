"""Splitting a caption paragraph into caption text and credit."""

from __future__ import annotations

import pytest

from photoarchive.captions import NO_CREDIT, CreditRole, split_caption_credit


@pytest.mark.parametrize(
    ("paragraph", "text", "printed"),
    [
        (
            "图为衡阳县库宗桥镇华山村粮食丰收场景。 易建军 摄",
            "图为衡阳县库宗桥镇华山村粮食丰收场景。",
            "易建军 摄",
        ),
        ("图为南岳衡山祝融峰。罗盟摄", "图为南岳衡山祝融峰。", "罗盟摄"),
        (
            "图为南岳衡山祝融峰。\u3000周\u3000围\u3000摄",
            "图为南岳衡山祝融峰。",
            "周\u3000围\u3000摄",
        ),
        (
            "图为南岳衡山祝融峰（新华社记者 张三 摄）",
            "图为南岳衡山祝融峰",
            "（新华社记者 张三 摄）",
        ),
        ("图为南岳衡山祝融峰。新华社发（张三 摄）", "图为南岳衡山祝融峰。", "新华社发（张三 摄）"),
        ("  图为衡山。 罗盟摄  ", "图为衡山。", "罗盟摄"),
    ],
)
def test_split(paragraph: str, text: str, printed: str) -> None:
    got_text, credit = split_caption_credit(paragraph)
    assert got_text == text
    assert credit.as_printed == printed


def test_only_the_text_before_the_credit_is_cut() -> None:
    # 图为衡阳智造谷项目 is not a name (too long), so the credit starts at 罗盟
    text, credit = split_caption_credit("图为衡阳智造谷项目 罗盟摄")
    assert text == "图为衡阳智造谷项目"
    assert [c.name for c in credit.contributors] == ["罗盟"]


def test_text_before_an_affiliation_is_caption_text() -> None:
    text, credit = split_caption_credit("图为现场 本报记者 张三 摄")
    assert text == "图为现场"
    assert [(c.name, c.affiliation) for c in credit.contributors] == [("张三", "本报记者")]


def test_no_credit_gives_the_unknown_role_never_a_guess() -> None:
    text, credit = split_caption_credit("图为南岳衡山祝融峰。")
    assert text == "图为南岳衡山祝融峰。"
    assert credit is NO_CREDIT
    assert credit.role is CreditRole.UNKNOWN and credit.as_printed == ""


def test_a_credit_alone_leaves_empty_text() -> None:
    assert split_caption_credit("罗盟摄")[0] == ""


def test_empty_paragraph() -> None:
    assert split_caption_credit("") == ("", NO_CREDIT)
