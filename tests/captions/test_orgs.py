"""Organisation detection: a data-driven list of endings, not a chain of ifs."""

from __future__ import annotations

import pytest

from photoarchive.captions import ContributorKind, contributor_kind, is_organization
from photoarchive.captions.lexicon import ORG_SUFFIXES


@pytest.mark.parametrize(
    "name",
    [
        "祁东县启航学校",
        "珠晖区委宣传部",
        "衡阳钢管集团",
        "湖南华菱湘潭钢铁有限公司",
        "衡阳市中心医院",
        "南华大学",
        "衡阳市文化旅游广电体育局",
        "湖南省交通运输厅",
        "衡阳市人民政府办公室",
        "衡阳市摄影家协会",
        "湖南省博物馆",
        "衡阳市科学技术研究院",
        "南岳区委",
        "祁东县委",
        "教育部",
        "新华社",
        "Acme Corp",
        "Museum of Modern Art Archives",
        "REUTERS",
        "National Gallery of Australia",  # the organisation word stands before "of"
        "University of Hong Kong",
        "Christchurch city council",
    ],
)
def test_organisations(name: str) -> None:
    assert is_organization(name)
    assert contributor_kind(name) is ContributorKind.ORGANIZATION


@pytest.mark.parametrize(
    "name", ["罗盟", "曹正平", "周围", "王部", "受访者", "Jane Doe", "", "学校", "Joan of Arc"]
)
def test_people_and_bare_suffixes_are_not_organisations(name: str) -> None:
    assert not is_organization(name)


def test_every_listed_suffix_makes_an_organisation() -> None:
    for suffix in ORG_SUFFIXES:
        assert is_organization("衡阳市" + suffix), suffix
