"""Feature layouts other than the sample: captions first, no kicker, no byline, ..."""

from __future__ import annotations

from photoarchive.captions import NO_CREDIT, CreditRole, parse_feature

TITLE = "衡阳：落实“三高四新” 推进“三强一化”"
P1 = "又是一年金秋季，雁城大地硕果丰。"
P2 = "9月27日，衡阳市第十二次党代会开幕。五年来，衡阳市团结带领全市人民落实战略。"
P3 = "一切华章，皆为序曲。"
C1 = "衡阳市大力开展杂交水稻的试验示范工作。图为衡阳县库宗桥镇华山村粮食丰收场景。"
C2 = "图为南岳衡山祝融峰。"
C3 = "衡阳市衡州大道数字经济走廊全长20余公里，沿线布局45个产业园区。"


def _texts(parsed) -> list[tuple[int, str, str]]:
    return [(c.position, c.text, c.credit.as_printed) for c in parsed.captions]


def test_captions_before_the_body_with_markers() -> None:
    text = "\n\n".join(
        [
            TITLE,
            "本报记者 李苗",
            f"▲{C1} 易建军 摄",
            f"图② {C2}（新华社记者 张三 摄）",
            f"上图：{C3}",
            P1,
            P2,
        ]
    )
    parsed = parse_feature(text)
    assert (parsed.title, parsed.kicker, parsed.byline) == (TITLE, None, ("李苗",))
    assert _texts(parsed) == [
        (1, C1, "易建军 摄"),
        (2, C2, "（新华社记者 张三 摄）"),
        (3, C3, ""),
    ]
    assert parsed.captions[1].credit.contributors[0].affiliation == "新华社"
    assert parsed.captions[2].credit is NO_CREDIT
    assert parsed.paragraphs == (P1, P2)
    assert parsed.warnings == ("caption 3 has no credit",)


def test_no_kicker_no_byline_trailing_captions() -> None:
    text = "\n\n".join([TITLE, P1, P2, P3, f"{C1} 易建军 摄", f"{C2} 罗 铭 摄"])
    parsed = parse_feature(text)
    assert (parsed.title, parsed.kicker, parsed.byline) == (TITLE, None, ())
    assert parsed.paragraphs == (P1, P2, P3)
    assert _texts(parsed) == [(1, C1, "易建军 摄"), (2, C2, "罗 铭 摄")]


def test_uncredited_caption_between_credited_ones_is_a_caption() -> None:
    text = "\n\n".join([TITLE, P1, P2, f"{C1} 易建军 摄", C3, f"{C2} 罗 铭 摄"])
    parsed = parse_feature(text)
    assert parsed.paragraphs == (P1, P2)
    assert _texts(parsed) == [(1, C1, "易建军 摄"), (2, C3, ""), (3, C2, "罗 铭 摄")]
    assert parsed.captions[1].credit.role is CreditRole.UNKNOWN
    assert parsed.warnings == ("caption 2 has no credit",)


def test_credit_on_its_own_line_or_paragraph() -> None:
    text = f"{TITLE}\n\n{P1}\n\n{C1}\n易建军 摄\n\n{C2}\n\n罗 铭 摄\n"
    parsed = parse_feature(text)
    assert parsed.paragraphs == (P1,)
    assert _texts(parsed) == [(1, C1, "易建军 摄"), (2, C2, "罗 铭 摄")]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    text = "\n".join([TITLE, "李 苗 徐德荣", P1, P2, P3, f"{C1} 易建军 摄", f"{C2} 罗盟摄"])
    parsed = parse_feature(text)
    assert (parsed.title, parsed.byline) == (TITLE, ("李苗", "徐德荣"))
    assert parsed.paragraphs == (P1, P2, P3)
    assert [c.credit.as_printed for c in parsed.captions] == ["易建军 摄", "罗盟摄"]


def test_hard_wrapped_body_paragraphs() -> None:
    wrapped = "\n".join(P2[i : i + 12] for i in range(0, len(P2), 12))
    text = f"{TITLE}\n\n{wrapped}\n\n{P3}"
    parsed = parse_feature(text)
    assert parsed.paragraphs == (P2, P3)


def test_english_feature() -> None:
    caption = "Farmers harvest rice in Hengyang, Hunan province."
    text = "\n\n".join(
        [
            "Harvest time in Hengyang",
            "By Jane Doe and John Roe",
            "The rice harvest began this week.",
            "Yields are up.",
            f"{caption} (AP Photo/Jane Doe)",
            "The Zhurong peak of Mount Heng. REUTERS/John Roe",
        ]
    )
    parsed = parse_feature(text)
    assert parsed.title == "Harvest time in Hengyang"
    assert parsed.byline == ("Jane Doe", "John Roe")
    assert parsed.paragraphs == ("The rice harvest began this week.", "Yields are up.")
    assert [(c.text, str(c.credit.role)) for c in parsed.captions] == [
        (caption, "agency"),
        ("The Zhurong peak of Mount Heng.", "agency"),
    ]


def test_body_only_has_no_captions() -> None:
    parsed = parse_feature("\n\n".join([TITLE, P1, P2]))
    assert parsed.captions == ()
    assert parsed.paragraphs == (P1, P2)


def test_empty_and_blank_texts_parse_to_nothing_with_a_warning() -> None:
    for text in ("", "   \n\n\u3000\n"):
        parsed = parse_feature(text)
        assert (parsed.title, parsed.paragraphs, parsed.captions) == ("", (), ())
        assert parsed.warnings


def test_lone_credit_after_the_header_is_a_page_credit_and_reported() -> None:
    parsed = parse_feature("\n\n".join([TITLE, "本报记者 张三 摄", P1]))
    assert parsed.title == TITLE
    assert parsed.paragraphs == (P1,)
    assert parsed.captions == ()
    assert parsed.warnings == (
        "'本报记者 张三 摄' is a credit for the whole page: captions without their own take it",
    )
    assert [d.taken_as for d in parsed.decisions] == ["header", "page credit", "body"]
