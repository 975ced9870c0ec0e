"""Tell organisations (祁东县启航学校, 珠晖区委宣传部) from people in a credit."""

from __future__ import annotations

from photoarchive.captions.lexicon import (
    CN_AGENCIES,
    EN_AGENCIES,
    EN_AGENCY_WORD_ENDINGS,
    EN_ORG_WORDS,
    ORG_MIN_LENGTH_SINGLE_SUFFIX,
    ORG_SUFFIXES,
)
from photoarchive.captions.model import ContributorKind

_KNOWN_ORGS = frozenset(CN_AGENCIES) | {s.casefold() for group in EN_AGENCIES for s in group}
EN_ORG_WORD_SET = frozenset(w.casefold() for w in EN_ORG_WORDS)  # last words, folded


def is_organization(name: str) -> bool:
    """True when ``name`` ends like an organisation or is a known agency.

    The rule is data (``lexicon.ORG_SUFFIXES``): a suffix must leave something
    in front of it, and a one-character suffix (局, 部, ...) needs a name of at
    least three characters.
    """
    name = name.strip()
    if not name:
        return False
    if name in _KNOWN_ORGS or name.casefold() in _KNOWN_ORGS:
        return True
    if name.isascii():  # The Washington Post, National Gallery of Australia
        head = name.split(" of ", 1)[0] if " of " in name else name
        last = head.split()[-1].casefold()
        return name.startswith("The ") or last in EN_ORG_WORD_SET or _agency_word(name)
    for suffix in ORG_SUFFIXES:
        if not name.endswith(suffix) or len(name) <= len(suffix):
            continue
        if len(suffix) > 1 or len(name) >= ORG_MIN_LENGTH_SINGLE_SUFFIX:
            return True
    return False


def _agency_word(name: str) -> bool:
    """Whitehotpix: one word whose ending (pix, news) is a picture house's, glued on."""
    word = name.casefold()
    return " " not in word and any(
        word.endswith(e) and len(word) > len(e) + 2 for e in EN_AGENCY_WORD_ENDINGS
    )


def contributor_kind(name: str) -> ContributorKind:
    return ContributorKind.ORGANIZATION if is_organization(name) else ContributorKind.PERSON
