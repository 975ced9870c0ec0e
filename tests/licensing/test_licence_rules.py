"""Default licences from each credit form, through the bundled and custom rules files."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoarchive.captions.model import NO_CREDIT, Contributor, ContributorKind, Credit, CreditRole
from photoarchive.licensing import (
    ALL_PURPOSES,
    LicenceKind,
    LicenceRules,
    LicenceRulesError,
    Purpose,
    default_licence,
    load_rules,
)

PERSON = ContributorKind.PERSON
ORG = ContributorKind.ORGANIZATION


@pytest.fixture(scope="module")
def rules() -> LicenceRules:
    return load_rules()


Person = tuple[str, str | None, ContributorKind]  # name, affiliation, kind


def credit(printed: str, role: CreditRole, *people: Person) -> Credit:
    contributors = tuple(Contributor(n, kind=k, affiliation=a) for n, a, k in people)
    return Credit(as_printed=printed, role=role, contributors=contributors)


def test_bundled_rules_load(rules: LicenceRules) -> None:
    assert rules.source is not None and rules.source.name == "rules.toml"
    assert {r.licence.kind for r in rules.rules} >= {
        LicenceKind.STAFF,
        LicenceKind.HANDOUT,
        LicenceKind.AGENCY,
    }


@pytest.mark.parametrize("affiliation", ["本报记者", "记者", "本报 记者"])
def test_staff_photographer_gets_staff_for_all_purposes(
    rules: LicenceRules, affiliation: str
) -> None:
    c = credit(f"{affiliation} 罗盟 摄", CreditRole.PHOTOGRAPHER, ("罗盟", affiliation, PERSON))
    licence = default_licence(c, rules)
    assert licence is not None
    assert licence.kind == LicenceKind.STAFF
    assert licence.purposes == ALL_PURPOSES
    assert licence.expires is None


def test_handout_gets_editorial_print_and_web_with_credit(rules: LicenceRules) -> None:
    c = credit("祁东县启航学校供图", CreditRole.HANDOUT, ("祁东县启航学校", None, ORG))
    licence = default_licence(c, rules)
    assert licence is not None
    assert licence.kind == LicenceKind.HANDOUT
    assert licence.purposes == {Purpose.PRINT, Purpose.WEB}
    assert licence.editorial_only and licence.credit_required
    assert licence.holder == "祁东县启航学校"


@pytest.mark.parametrize(
    ("c", "holder"),
    [
        (
            credit("新华社记者 张三 摄", CreditRole.PHOTOGRAPHER, ("张三", "新华社记者", PERSON)),
            "新华社",
        ),
        (credit("张三/新华社", CreditRole.AGENCY, ("张三", "新华社", PERSON)), "新华社"),
        (credit("(AP Photo/Jane Doe)", CreditRole.AGENCY, ("Jane Doe", "AP", PERSON)), "AP"),
        (credit("REUTERS/John Roe", CreditRole.AGENCY, ("John Roe", "REUTERS", PERSON)), "Reuters"),
        (credit("新华社发", CreditRole.UNKNOWN, ("新华社", None, ORG)), "新华社"),
    ],
)
def test_news_agency_by_affiliation_or_organisation(
    rules: LicenceRules, c: Credit, holder: str
) -> None:
    licence = default_licence(c, rules)
    assert licence is not None
    assert licence.kind == LicenceKind.AGENCY
    assert licence.holder == holder
    assert licence.purposes == {Purpose.PRINT, Purpose.WEB}


def test_agency_role_with_an_unlisted_agency_uses_its_printed_name(rules: LicenceRules) -> None:
    c = credit("李四/某某通讯社", CreditRole.AGENCY, ("李四", "某某通讯社", PERSON))
    licence = default_licence(c, rules)
    assert licence is not None
    assert licence.kind == LicenceKind.AGENCY
    assert licence.holder == "某某通讯社"


def test_agency_name_must_be_a_whole_word(rules: LicenceRules) -> None:
    c = credit("Jane Doe/APPLE DAILY", CreditRole.PHOTOGRAPHER, ("Jane Doe", "APPLE DAILY", PERSON))
    assert default_licence(c, rules) is None


@pytest.mark.parametrize("c", [None, NO_CREDIT])
def test_no_credit_gives_no_licence(rules: LicenceRules, c: Credit | None) -> None:
    assert default_licence(c, rules) is None


def test_bare_photographer_credit_gets_no_licence_by_default(rules: LicenceRules) -> None:
    c = credit("罗盟摄", CreditRole.PHOTOGRAPHER, ("罗盟", None, PERSON))
    assert default_licence(c, rules) is None


def test_correspondent_is_not_staff(rules: LicenceRules) -> None:
    c = credit("通讯员 王五 摄", CreditRole.PHOTOGRAPHER, ("王五", "通讯员", PERSON))
    assert default_licence(c, rules) is None


CUSTOM = """
[[rules]]
name = "agency"
agency = true
kind = "agency"
holder = "{agency}"
purposes = ["print", "web"]
usage_terms = "agency default"

[[rules]]
name = "our paper"
affiliations = ["衡阳日报记者"]
kind = "staff"
holder = "衡阳日报"
purposes = ["print", "web", "social"]

[[rules]]
name = "everyone else"
roles = ["photographer"]
kind = "other"
holder = "{contributors}"
purposes = ["print"]

[agencies."新华社"]
match = ["新华社"]
purposes = ["print", "web", "syndication"]
usage_terms = "新华社供稿合同"

[agencies.AP]
match = ["AP"]
"""


def write_rules(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_custom_rules_file_is_applied_in_order(tmp_path: Path) -> None:
    rules = load_rules(write_rules(tmp_path, CUSTOM))
    ours = credit("衡阳日报记者 罗盟 摄", CreditRole.PHOTOGRAPHER, ("罗盟", "衡阳日报记者", PERSON))
    staff = default_licence(ours, rules)
    assert staff is not None and staff.kind == LicenceKind.STAFF
    assert staff.holder == "衡阳日报"
    assert staff.purposes == {Purpose.PRINT, Purpose.WEB, Purpose.SOCIAL}
    pair = credit(
        "张三 李四 摄", CreditRole.PHOTOGRAPHER, ("张三", None, PERSON), ("李四", None, PERSON)
    )
    other = default_licence(pair, rules)
    assert other is not None and other.kind == LicenceKind.OTHER
    assert other.holder == "张三、李四"


def test_agency_contract_overrides_purposes_and_terms(tmp_path: Path) -> None:
    rules = load_rules(write_rules(tmp_path, CUSTOM))
    xinhua = default_licence(
        credit("张三/新华社", CreditRole.AGENCY, ("张三", "新华社", PERSON)), rules
    )
    assert xinhua is not None
    assert xinhua.purposes == {Purpose.PRINT, Purpose.WEB, Purpose.SYNDICATION}
    assert xinhua.usage_terms == "新华社供稿合同"
    ap_credit = credit("(AP Photo/Jane Doe)", CreditRole.AGENCY, ("Jane Doe", "AP", PERSON))
    ap = default_licence(ap_credit, rules)
    assert ap is not None
    assert ap.purposes == {Purpose.PRINT, Purpose.WEB}
    assert ap.usage_terms == "agency default"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[rules]]\nname = 'x'\nkind = 'staff'\n", "has no condition"),
        ("[[rules]]\nroles = ['handout']\n", "has no licence kind"),
        ("[[rules]]\nroles = ['handout']\nkind = 'free'\n", "unknown licence kind"),
        ("[[rules]]\nroles = ['boss']\nkind = 'staff'\n", "unknown credit role"),
        ("[[rules]]\nroles = ['handout']\nkind = 'staff'\npurposes = ['tv']\n", "unknown purpose"),
        ("[[rules]]\nroles = ['handout']\nkind = 'staff'\npurpose = ['web']\n", "unknown setting"),
        ("[agencies.AP]\nmatches = ['AP']\n", "unknown setting"),
        ("[[rules]\n", "not valid TOML"),
    ],
)
def test_bad_rules_files_are_refused_with_the_file_named(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write_rules(tmp_path, text)
    with pytest.raises(LicenceRulesError, match=message) as info:
        load_rules(path)
    assert str(path) in str(info.value)


def test_missing_rules_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LicenceRulesError, match="cannot read licence rules"):
        load_rules(tmp_path / "absent.toml")
