"""Chinese credit forms: each printed form is a rule with its own test."""

from __future__ import annotations

import pytest

from photoarchive.captions import (
    Contributor,
    ContributorKind,
    Credit,
    CreditRole,
    match_credit,
    parse_credit,
    split_caption_credit,
)

PERSON = ContributorKind.PERSON
ORG = ContributorKind.ORGANIZATION


def person(name: str, affiliation: str | None = None) -> Contributor:
    return Contributor(name, PERSON, affiliation)


def org(name: str, affiliation: str | None = None) -> Contributor:
    return Contributor(name, ORG, affiliation)


def photo(printed: str, *people: Contributor) -> Credit:
    return Credit(printed, CreditRole.PHOTOGRAPHER, people)


def check(printed: str, credit: Credit, rule: str) -> None:
    assert parse_credit(printed) == credit
    found = match_credit(printed)
    assert found is not None and found.rule == rule and found.start == 0


def test_name_glued_to_she() -> None:
    check("罗盟摄", photo("罗盟摄", person("罗盟")), "zh-photographer")


def test_name_space_she() -> None:
    check("曹正平 摄", photo("曹正平 摄", person("曹正平")), "zh-photographer")


def test_two_character_name_printed_with_inner_space_is_joined() -> None:
    check("周 围 摄", photo("周 围 摄", person("周围")), "zh-photographer")
    check("罗　铭　摄", photo("罗　铭　摄", person("罗铭")), "zh-photographer")


def test_three_character_name_stays_as_printed() -> None:
    check("易建军 摄", photo("易建军 摄", person("易建军")), "zh-photographer")


def test_traditional_she() -> None:
    check("羅盟攝", photo("羅盟攝", person("羅盟")), "zh-photographer")


def test_reporter() -> None:
    check("记者 张三 摄", photo("记者 张三 摄", person("张三", "记者")), "zh-photographer")
    check("记者张三摄", photo("记者张三摄", person("张三", "记者")), "zh-photographer")


def test_reporter_with_slash() -> None:
    check("记者/张三 摄", photo("记者/张三 摄", person("张三", "记者")), "zh-photographer")


def test_correspondent_with_slash() -> None:
    check("通讯员/李四 摄", photo("通讯员/李四 摄", person("李四", "通讯员")), "zh-photographer")


def test_staff_reporter() -> None:
    check(
        "本报记者 张三 摄", photo("本报记者 张三 摄", person("张三", "本报记者")), "zh-photographer"
    )


def test_xinhua_reporter_is_affiliated_to_xinhua() -> None:
    check(
        "新华社记者 李 响 摄",
        photo("新华社记者 李 响 摄", person("李响", "新华社")),
        "zh-photographer",
    )


def test_other_outlet_reporter() -> None:
    check(
        "湖南日报记者 王五 摄",
        photo("湖南日报记者 王五 摄", person("王五", "湖南日报")),
        "zh-photographer",
    )


def test_several_names_before_one_she_keep_their_order() -> None:
    check("张三 李四 摄", photo("张三 李四 摄", person("张三"), person("李四")), "zh-photographer")
    check(
        "张 三 李 四 摄", photo("张 三 李 四 摄", person("张三"), person("李四")), "zh-photographer"
    )


def test_several_names_share_one_affiliation() -> None:
    check(
        "本报记者 张三 王五 摄",
        photo("本报记者 张三 王五 摄", person("张三", "本报记者"), person("王五", "本报记者")),
        "zh-photographer",
    )


def test_affiliations_switch_between_names() -> None:
    check(
        "本报记者 张三 通讯员 李四 摄",
        photo("本报记者 张三 通讯员 李四 摄", person("张三", "本报记者"), person("李四", "通讯员")),
        "zh-photographer",
    )


@pytest.mark.parametrize("printed", ["（张三 摄）", "(张三 摄)", "（张三摄）"])
def test_bracketed_full_and_half_width(printed: str) -> None:
    check(printed, photo(printed, person("张三")), "zh-photographer")


def test_bracketed_staff_reporter() -> None:
    printed = "（新华社记者 张三 摄）"
    check(printed, photo(printed, person("张三", "新华社")), "zh-photographer")


def test_xinhua_release_with_bracketed_photographer() -> None:
    printed = "新华社发（张三 摄）"
    credit = Credit(printed, CreditRole.AGENCY, (person("张三", "新华社"),))
    check(printed, credit, "zh-agency-release-photographer")


def test_xinhua_release_with_plain_photographer() -> None:
    printed = "新华社发 张三 摄"
    credit = Credit(printed, CreditRole.AGENCY, (person("张三", "新华社"),))
    check(printed, credit, "zh-agency-release-photographer")


def test_xinhua_release_alone() -> None:
    check("新华社发", Credit("新华社发", CreditRole.AGENCY, (org("新华社"),)), "zh-agency-release")


def test_name_slash_agency() -> None:
    printed = "张三/新华社"
    check(
        printed,
        Credit(printed, CreditRole.AGENCY, (person("张三", "新华社"),)),
        "name-slash-agency",
    )


def test_handout_from_an_organisation() -> None:
    printed = "祁东县启航学校供图"
    check(printed, Credit(printed, CreditRole.HANDOUT, (org("祁东县启航学校"),)), "zh-handout")
    printed = "珠晖区委宣传部 供图"
    check(printed, Credit(printed, CreditRole.HANDOUT, (org("珠晖区委宣传部"),)), "zh-handout")


def test_handout_from_a_person() -> None:
    printed = "王 伟 供图"
    check(printed, Credit(printed, CreditRole.HANDOUT, (person("王伟"),)), "zh-handout")
    printed = "受访者供图"  # the interviewee, not named: nobody to list
    check(printed, Credit(printed, CreditRole.HANDOUT, ()), "zh-handout")


def test_handout_spelled_out() -> None:
    printed = "图片由祁东县启航学校提供"
    check(
        printed, Credit(printed, CreditRole.HANDOUT, (org("祁东县启航学校"),)), "zh-handout-phrase"
    )


def test_graphic() -> None:
    check("张三 制图", Credit("张三 制图", CreditRole.GRAPHIC, (person("张三"),)), "zh-graphic")
    printed = "本报记者 李四 绘图"
    credit = Credit(printed, CreditRole.GRAPHIC, (person("李四", "本报记者"),))
    check(printed, credit, "zh-graphic")


def test_file_picture() -> None:
    check("资料图片", Credit("资料图片", CreditRole.FILE), "file")
    check("本报资料图片", Credit("本报资料图片", CreditRole.FILE), "file")
    check("新华社资料图片", Credit("新华社资料图片", CreditRole.FILE, (org("新华社"),)), "file")
    check("（资料图片）", Credit("（资料图片）", CreditRole.FILE), "file")


def test_a_photo_credit_and_a_graphic_credit_on_two_lines_are_one_credit() -> None:
    text, credit = split_caption_credit(
        "3月20日是春分节气。\n新华社发(李云生 摄)\n新华社记者 张曼怡 制图"
    )
    assert text == "3月20日是春分节气。"
    assert credit.role is CreditRole.GRAPHIC
    assert [(c.name, c.affiliation) for c in credit.contributors] == [
        ("李云生", "新华社"),
        ("张曼怡", "新华社"),
    ]


def test_a_credit_alone_on_the_line_above_is_not_taken_from_a_sentence() -> None:
    text, credit = split_caption_credit("他说，这是罗盟摄\n易建军 摄")
    assert text == "他说，这是罗盟摄"
    assert [c.name for c in credit.contributors] == ["易建军"]
