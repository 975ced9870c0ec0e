"""Chinese credit forms, one rule each.

``罗盟摄`` / ``曹正平 摄`` / ``周 围 摄`` / ``本报记者 张三 王五 摄`` (photographer),
``祁东县启航学校供图`` (handout), ``图片由X提供`` (handout), ``张三 制图``
(graphic), ``X/新华社`` and ``新华社发`` (agency), ``资料图片`` (file).
Bracketed forms (``（X 摄）``, ``新华社发（X 摄）``) are handled in
:mod:`photoarchive.captions.credits`, which unwraps the brackets and asks these rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from photoarchive.captions.heads import parse_head_tokens, read_head
from photoarchive.captions.lexicon import CN_AGENCIES, HAN
from photoarchive.captions.model import Contributor, ContributorKind, Credit, CreditRole
from photoarchive.captions.orgs import is_organization
from photoarchive.captions.rules import CreditMatch, CreditRule, at_boundary, tail_offset

_AGENCIES = "|".join(re.escape(a) for a in sorted(CN_AGENCIES, key=len, reverse=True))
_HAN_CHAR = re.compile(f"[{HAN}]")
MAX_OWNER_CHARS = 20


def _keyword_rule(name: str, keywords: str, role: CreditRole, *, allow_org: bool) -> CreditRule:
    """``<head> <keyword>`` where the head names people (and organisations if allowed)."""
    pattern = re.compile(f"(?:{keywords})\\s*\\Z")

    def find(text: str) -> CreditMatch | None:
        m = pattern.search(text, tail_offset(text))
        if m is None:
            return None
        head = read_head(text, m.start(), allow_org=allow_org)
        if head is None:
            return None
        final_role = CreditRole.AGENCY if head.released_by else role
        credit = Credit(text[head.start :].strip(), final_role, head.contributors)
        return CreditMatch(head.start, credit, name)

    return CreditRule(name, find)


PHOTOGRAPHER = _keyword_rule("zh-photographer", "摄|攝", CreditRole.PHOTOGRAPHER, allow_org=False)
HANDOUT = _keyword_rule("zh-handout", "供图|供圖", CreditRole.HANDOUT, allow_org=True)
GRAPHIC = _keyword_rule(
    "zh-graphic", "制图|製圖|制圖|绘图|繪圖", CreditRole.GRAPHIC, allow_org=True
)

_PROVIDED = re.compile("(?:图片|照片|圖片|图|圖)?由(?P<who>[^由]{2,40}?)提供\\s*\\Z")


def _find_provided(text: str) -> CreditMatch | None:
    """``图片由祁东县启航学校提供``: a handout spelled out as a phrase."""
    m = _PROVIDED.search(text, tail_offset(text))
    if m is None or not at_boundary(text, m.start()):
        return None
    head = parse_head_tokens(m.group("who").split(), allow_org=True)
    if head is None:
        return None
    credit = Credit(m.group().strip(), CreditRole.HANDOUT, head.contributors)
    return CreditMatch(m.start(), credit, "zh-provided")


PROVIDED = CreditRule("zh-provided", _find_provided)

_AGENCY_SLASH = re.compile(f"[/／]\\s*(?P<agency>{_AGENCIES})\\s*\\Z")


def _find_agency_slash(text: str) -> CreditMatch | None:
    """``张三/新华社``: an agency photo, the photographer affiliated to the agency."""
    m = _AGENCY_SLASH.search(text, tail_offset(text))
    if m is None:
        return None
    head = read_head(text, m.start(), allow_org=False)
    if head is None:
        return None
    agency = m.group("agency")
    people = tuple(replace(c, affiliation=c.affiliation or agency) for c in head.contributors)
    credit = Credit(text[head.start :].strip(), CreditRole.AGENCY, people)
    return CreditMatch(head.start, credit, "zh-agency-slash")


AGENCY_SLASH = CreditRule("zh-agency-slash", _find_agency_slash)

_AGENCY_RELEASE = re.compile(f"(?P<agency>{_AGENCIES})发\\s*\\Z")


def _find_agency_release(text: str) -> CreditMatch | None:
    """``新华社发``: distributed by an agency, no photographer named."""
    m = _AGENCY_RELEASE.search(text, tail_offset(text))
    if m is None or not at_boundary(text, m.start()):
        return None
    agency = Contributor(m.group("agency"), ContributorKind.ORGANIZATION)
    credit = Credit(m.group().strip(), CreditRole.AGENCY, (agency,))
    return CreditMatch(m.start(), credit, "zh-agency-release")


AGENCY_RELEASE = CreditRule("zh-agency-release", _find_agency_release)

_FILE = re.compile("(?:资料图片|资料照片|资料图|資料圖片|資料照片|档案照片|檔案照片)\\s*\\Z")


def _find_file(text: str) -> CreditMatch | None:
    """``资料图片`` / ``新华社资料图片``: an archive picture (glued to a word, it is prose)."""
    m = _FILE.search(text, tail_offset(text))
    if m is None:
        return None
    start = m.start()
    while start > 0 and m.start() - start <= MAX_OWNER_CHARS and _HAN_CHAR.match(text, start - 1):
        start -= 1
    if not at_boundary(text, start):
        return None
    owner = text[start : m.start()]
    contributors: tuple[Contributor, ...] = ()
    if owner and owner != "本报":
        if not is_organization(owner):
            return None  # 衡山的资料图片: part of a sentence
        contributors = (Contributor(owner, ContributorKind.ORGANIZATION),)
    credit = Credit(text[start:].strip(), CreditRole.FILE, contributors)
    return CreditMatch(start, credit, "zh-file")


FILE = CreditRule("zh-file", _find_file)

ZH_RULES: tuple[CreditRule, ...] = (
    PHOTOGRAPHER,
    HANDOUT,
    GRAPHIC,
    PROVIDED,
    AGENCY_SLASH,
    AGENCY_RELEASE,
    FILE,
)
