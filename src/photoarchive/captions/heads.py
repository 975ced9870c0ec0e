"""The name part of a Chinese credit or byline: ``本报记者 张三 通讯员 李四``.

A credit keyword (摄, 供图, ...) is preceded by a "head" of affiliations and
names. The caption text runs straight into it, so the head is read backwards
from the keyword and trimmed from the left until every token is a plausible
name or affiliation; whatever is trimmed stays in the caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from photoarchive.captions.lexicon import (
    CN_AGENCIES,
    HAN,
    NAME_DOTS,
    NOT_NAME_WORDS,
    OUTLET_SUFFIXES,
    STAFF_AFFILIATIONS,
)
from photoarchive.captions.model import Contributor, ContributorKind
from photoarchive.captions.names import is_chinese_person_name, pair_name_tokens
from photoarchive.captions.orgs import is_organization

MAX_HEAD_CHARS = 60
MAX_NAMES = 12
_HEAD_CHAR = re.compile(f"[{HAN}{NAME_DOTS}\\s/／：:、]")
_TOKEN = re.compile("[^\\s/／：:、]+")
_STAFF = tuple(sorted(STAFF_AFFILIATIONS, key=len, reverse=True))
_AGENCIES = "|".join(re.escape(a) for a in sorted(CN_AGENCIES, key=len, reverse=True))
_OUTLETS = "|".join(re.escape(s) for s in sorted(OUTLET_SUFFIXES, key=len, reverse=True))
_OUTLET_REPORTER = re.compile(
    f"(?P<outlet>{_AGENCIES}|[{HAN}]{{1,8}}?(?:{_OUTLETS}))(?:特约|见习|实习|首席|摄影)?(?:记者|通讯员)"
)
_AGENCY_RELEASE = re.compile(f"(?P<agency>{_AGENCIES})发")


@dataclass(frozen=True, slots=True)
class Head:
    """A parsed head: where it starts in the text, who it names, and any "新华社发"."""

    start: int
    contributors: tuple[Contributor, ...]
    released_by: str | None = None
    ambiguous: bool = False


def read_head(text: str, end: int, *, allow_org: bool) -> Head | None:
    """Read the longest valid head that ends at ``end`` in ``text``, or ``None``."""
    start = end
    while start > 0 and end - start < MAX_HEAD_CHARS and _HEAD_CHAR.match(text, start - 1):
        start -= 1
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    clean_edge = start == 0 or not (text[start - 1].isalnum() or end - start >= MAX_HEAD_CHARS)
    first = 0 if clean_edge else 1
    affiliated = [i for i, (_, tok) in enumerate(tokens) if i >= first and _opens_credit(tok)]
    if affiliated:
        first = affiliated[0]
    for k in range(first, len(tokens)):
        head = parse_head_tokens([tok for _, tok in tokens[k:]], allow_org=allow_org)
        if head is not None:
            return Head(tokens[k][0], head.contributors, head.released_by, head.ambiguous)
    return None


def parse_head_tokens(tokens: list[str], *, allow_org: bool) -> Head | None:
    """Turn tokens into contributors; ``None`` if any token is neither name nor affiliation."""
    if not tokens or len(tokens) > MAX_NAMES * 2:
        return None
    released_by = None
    release = _AGENCY_RELEASE.fullmatch(tokens[0])
    if release:
        released_by, tokens = release.group("agency"), tokens[1:]
        if not tokens:
            return None
    groups: list[tuple[str | None, list[str]]] = [(None, [])]
    for token in tokens:
        found = _affiliation(token)
        if found is None:
            groups[-1][1].append(token)
            continue
        affiliation, rest = found
        if groups[-1][0] is not None and not groups[-1][1]:
            return None  # two affiliations in a row name nobody
        groups.append((affiliation, [rest] if rest else []))
    if not groups[0][1]:
        groups.pop(0)
    contributors: list[Contributor] = []
    ambiguous = False
    for affiliation, names in groups:
        pairing = pair_name_tokens(names)
        ambiguous = ambiguous or pairing.ambiguous
        if not pairing.names:
            return None
        for name in pairing.names:
            contributor = _contributor(name, affiliation or released_by, allow_org=allow_org)
            if contributor is None:
                return None
            contributors.append(contributor)
    if not contributors or len(contributors) > MAX_NAMES:
        return None
    return Head(0, tuple(contributors), released_by, ambiguous)


def _opens_credit(token: str) -> bool:
    """Affiliations and "新华社发" start a credit: nothing before them belongs to it."""
    return _affiliation(token) is not None or bool(_AGENCY_RELEASE.fullmatch(token))


def _affiliation(token: str) -> tuple[str, str] | None:
    """Split a leading affiliation off a token: ``记者张三`` -> (记者, 张三)."""
    for staff in _STAFF:
        if token.startswith(staff):
            return staff, token[len(staff) :]
    reporter = _OUTLET_REPORTER.match(token)
    if reporter:
        return reporter.group("outlet"), token[reporter.end() :]
    return None


def _contributor(name: str, affiliation: str | None, *, allow_org: bool) -> Contributor | None:
    """A person (or, where ``allow_org``, an organisation) named by ``name``."""
    if any(word in name for word in NOT_NAME_WORDS):
        return None
    if allow_org and is_organization(name):
        return Contributor(name, ContributorKind.ORGANIZATION, affiliation)
    if is_chinese_person_name(name):
        return Contributor(name, ContributorKind.PERSON, affiliation)
    return None
