"""English credit forms, one rule each.

``(AP Photo/Jane Doe)``, ``REUTERS/Jane Doe``, ``Li Ming/Xinhua`` (agency),
``Photo: Jane Doe/Agency`` and ``Photo by Jane Doe`` (photographer),
``Courtesy of X`` (handout), ``File photo`` (file). Brackets are unwrapped by
:mod:`photoarchive.captions.credits`.
"""

from __future__ import annotations

import re

from photoarchive.captions.lexicon import EN_AGENCIES
from photoarchive.captions.model import Contributor, Credit, CreditRole
from photoarchive.captions.names import LATIN_NAME_LIST, normalize_name, split_latin_names
from photoarchive.captions.orgs import contributor_kind
from photoarchive.captions.rules import CreditMatch, CreditRule, tail_offset

_CANONICAL = {spelling.casefold(): group[0] for group in EN_AGENCIES for spelling in group}
_AGENCY = "(?i:{})".format(
    "|".join(re.escape(s) for s in sorted(_CANONICAL, key=len, reverse=True))
)
_NAMES = rf"(?P<names>{LATIN_NAME_LIST})"
_START = r"(?<![\w'’./-])"
_FILE_SUFFIX = re.compile(r",\s*(?i:file)\s*\Z")


def canonical_agency(name: str) -> str:
    """``Reuters`` and ``REUTERS`` are one agency; unknown names are kept as printed."""
    return _CANONICAL.get(name.strip().casefold(), normalize_name(name))


def _people(names: str, affiliation: str | None) -> tuple[Contributor, ...]:
    return tuple(Contributor(n, contributor_kind(n), affiliation) for n in split_latin_names(names))


def _regex_rule(name: str, pattern: str, role: CreditRole) -> CreditRule:
    """A rule whose whole shape is one regular expression with ``names`` and ``agency`` groups."""
    regex = re.compile(_START + pattern + r"\s*\Z")

    def find(text: str) -> CreditMatch | None:
        offset = tail_offset(text)
        body = text
        file_suffix = _FILE_SUFFIX.search(text, offset)
        if file_suffix:  # (AP Photo/Jane Doe, File)
            body = text[: file_suffix.start()]
        m = regex.search(body, offset)
        if m is None:
            return None
        groups = m.groupdict()
        agency = canonical_agency(groups["agency"]) if groups.get("agency") else None
        contributors = _people(groups["names"], agency) if groups.get("names") else ()
        credit = Credit(text[m.start() :].strip(), role, contributors)
        return CreditMatch(m.start(), credit, name)

    return CreditRule(name, find)


AP_STYLE = _regex_rule(
    "en-agency-photo", rf"(?P<agency>{_AGENCY})\s+(?i:photo)\s*/\s*{_NAMES}", CreditRole.AGENCY
)
AGENCY_SLASH_NAME = _regex_rule(
    "en-agency-slash-name", rf"(?P<agency>{_AGENCY})\s*/\s*{_NAMES}", CreditRole.AGENCY
)
NAME_SLASH_AGENCY = _regex_rule(
    "en-name-slash-agency", rf"{_NAMES}\s*/\s*(?P<agency>{_AGENCY})", CreditRole.AGENCY
)
PHOTO_BY = _regex_rule(
    "en-photo-by",
    rf"(?i:photo(?:graph)?s?)(?:\s*:|\s+(?i:by))\s*{_NAMES}"
    r"(?:\s*/\s*(?P<agency>[A-Za-z][\w&'’. -]{0,40}[\w.]))?",
    CreditRole.PHOTOGRAPHER,
)
COURTESY = _regex_rule(
    "en-courtesy", rf"(?i:(?:photos?\s+)?courtesy(?:\s+of)?)\s+{_NAMES}", CreditRole.HANDOUT
)
FILE_PHOTO = _regex_rule("en-file", r"(?i:file\s+(?:photo|picture|image))", CreditRole.FILE)

EN_RULES: tuple[CreditRule, ...] = (
    AP_STYLE,
    AGENCY_SLASH_NAME,
    NAME_SLASH_AGENCY,
    PHOTO_BY,
    COURTESY,
    FILE_PHOTO,
)
