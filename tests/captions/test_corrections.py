"""An archivist's corrections to a parse: what a paragraph is, how glued names split."""

from __future__ import annotations

from photoarchive.captions import parse_feature
from photoarchive.captions.model import Corrections

TITLE = "衡阳：秋收时节"
BODY = "金秋时节，衡阳各地稻谷飘香，农民抢抓晴好天气收割晚稻，田间地头一派繁忙景象。" * 2
CAPTION = "衡阳县库宗桥镇华山村，农民在收割晚稻。本报记者 黄春涛谢冬梅摄"
SHORT = "田间地头一派繁忙。"


def _text(*units: str) -> str:
    return "\n\n".join(units)


def test_every_paragraph_has_an_index_that_a_correction_can_name() -> None:
    parsed = parse_feature(_text(TITLE, BODY, CAPTION))
    assert [d.taken_as for d in parsed.decisions] == ["header", "body", "caption"]


def test_a_body_paragraph_taken_as_a_caption_by_hand() -> None:
    text = _text(TITLE, BODY, SHORT, CAPTION)
    parsed = parse_feature(text)
    assert [c.text for c in parsed.captions] == ["衡阳县库宗桥镇华山村，农民在收割晚稻。"]
    index = [d.text for d in parsed.decisions].index(SHORT)
    assert parsed.decisions[index].taken_as in ("body", "heading")
    fixed = parse_feature(text, corrections=Corrections(taken_as={index: "caption"}))
    assert [c.text for c in fixed.captions] == [SHORT, "衡阳县库宗桥镇华山村，农民在收割晚稻。"]
    assert fixed.decisions[index].reason == "set by hand"
    assert SHORT not in fixed.paragraphs


def test_a_caption_taken_as_body_by_hand() -> None:
    text = _text(TITLE, BODY, CAPTION)
    fixed = parse_feature(text, corrections=Corrections(taken_as={2: "body"}))
    assert fixed.captions == ()
    assert CAPTION in fixed.paragraphs


def test_glued_names_are_split_as_guessed_and_as_corrected() -> None:
    parsed = parse_feature(_text(TITLE, BODY, CAPTION))
    credit = parsed.captions[0].credit
    assert [c.name for c in credit.contributors] == ["黄春涛", "谢冬梅"]
    assert [g.printed for g in credit.guesses] == ["黄春涛谢冬梅"]
    assert any("黄春涛谢冬梅" in w for w in parsed.warnings)
    fixed = parse_feature(
        _text(TITLE, BODY, CAPTION),
        corrections=Corrections(name_splits={"黄春涛谢冬梅": ("黄春", "涛谢冬梅")}),
    )
    credit = fixed.captions[0].credit
    assert [(c.name, c.affiliation) for c in credit.contributors] == [
        ("黄春", "本报记者"),
        ("涛谢冬梅", "本报记者"),
    ]
    assert credit.guesses == ()


def test_a_corrected_plan_pairs_again_in_order(tmp_path) -> None:
    from photoarchive.importer.plan import make_plan
    from tests.conftest import write_photos

    feature = tmp_path / "feature.txt"
    feature.write_text(_text(TITLE, BODY, SHORT, CAPTION), encoding="utf-8")
    write_photos(tmp_path / "photos", 2)
    plan = make_plan(feature, tmp_path / "photos")
    assert plan.pairing.mismatched
    index = [d.text for d in plan.feature.parsed.decisions].index(SHORT)
    fixed = plan.with_corrections(Corrections(taken_as={index: "caption"}))
    assert not fixed.pairing.mismatched
    assert [p.caption.text for p in fixed.pairs] == [
        SHORT,
        "衡阳县库宗桥镇华山村，农民在收割晚稻。",
    ]
    assert [p.path.name for p in fixed.pairs] == ["img1.jpg", "img2.jpg"]
