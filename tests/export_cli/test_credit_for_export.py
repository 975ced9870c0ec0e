"""What the catalogue's credit becomes in an exported file: credit line, creators, source."""

from __future__ import annotations

import pytest

from photoarchive.captions import parse_credit
from photoarchive.catalogue.models import Feature
from photoarchive.licensing import ALL_PURPOSES, Licence, LicenceKind
from photoarchive.services.exports import creators, credit_line, source_of

STAFF = Licence(kind=LicenceKind.STAFF, holder="衡阳日报", purposes=ALL_PURPOSES)
AGENCY = Licence(kind=LicenceKind.AGENCY, holder="新华社", purposes=ALL_PURPOSES)


@pytest.mark.parametrize(
    ("printed", "line"),
    [
        ("罗盟摄", "罗盟 摄"),
        ("曹正平 摄", "曹正平 摄"),
        ("周 围 摄", "周围 摄"),  # the name loses its inner space
        ("祁东县启航学校供图", "祁东县启航学校 供图"),
        ("图片由祁东县启航学校提供", "祁东县启航学校 供图"),
        ("本报记者 张三 王五 摄", "张三 王五 摄"),
        ("张三 制图", "张三 制图"),
        # forms without a role word to rebuild keep their printed text
        ("张三/新华社", "张三/新华社"),
        ("新华社发", "新华社发"),
        ("资料图片", "资料图片"),
        ("(AP Photo/Jane Doe)", "(AP Photo/Jane Doe)"),
        ("Photo:  Jane Doe/Reuters", "Photo: Jane Doe/Reuters"),
    ],
)
def test_credit_line_as_printed_under_a_photo(printed: str, line: str) -> None:
    assert credit_line(parse_credit(printed)) == line


def test_no_credit_gives_empty_fields() -> None:
    assert credit_line(None) == ""
    assert creators(None) == ()
    assert source_of(None, None, None) == ""


def test_creators_are_the_normalised_names_in_order() -> None:
    assert creators(parse_credit("本报记者 张三 王五 摄")) == ("张三", "王五")
    assert creators(parse_credit("周 围 摄")) == ("周围",)
    assert creators(parse_credit("祁东县启航学校供图")) == ("祁东县启航学校",)


def test_source_is_the_agency_the_organisation_or_the_paper() -> None:
    feature = Feature(title="衡阳", publication="湖南日报")
    assert source_of(parse_credit("新华社记者 李明 摄"), feature, AGENCY) == "新华社"
    assert source_of(parse_credit("张三/新华社"), feature, None) == "新华社"
    assert source_of(parse_credit("新华社发"), feature, None) == "新华社"
    assert source_of(parse_credit("祁东县启航学校供图"), feature, None) == "祁东县启航学校"
    assert source_of(parse_credit("罗盟摄"), feature, STAFF) == "湖南日报"
    assert source_of(parse_credit("罗盟摄"), None, STAFF) == "衡阳日报"  # the staff holder
    assert source_of(parse_credit("罗盟摄"), None, None) == ""
