"""Who a credit names: runs of name tokens turned into people and organisations.

Chinese papers print names padded (``周 围``), spaced (``李 苗 徐德荣``) or glued
with no separator at all (``黄春涛谢冬梅``). Padding pairs single characters;
a glued run is split where a surname starts, and such a split is only a guess,
so it is reported with the names. A name must start with a known surname
unless an affiliation (记者, 通讯员) vouches for it: that is what keeps the words
of a caption from being read as a photographer.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from photoarchive.captions.lexicon import (
    HAN,
    HANDOUT_DESCRIPTORS,
    NAME_DOTS,
    NOT_IN_NAMES,
    NOT_NAME_WORDS,
)
from photoarchive.captions.model import Contributor, ContributorKind, NameGuess
from photoarchive.captions.names import is_latin, pair_name_tokens
from photoarchive.captions.orgs import is_organization
from photoarchive.captions.script import shadow
from photoarchive.captions.surnames import surname_length

MAX_GLUED_NAMES = 3
# Words printed where a photographer's name goes that name nobody.
NOT_PEOPLE = frozenset({"stringer", "str", "staff", "staff photographer", "pool", "handout"})
_HAN_NAME = re.compile(f"[{HAN}]{{2,4}}")
_DOTTED_NAME = re.compile(f"[{HAN}]+(?:[{NAME_DOTS}][{HAN}]+)+")
_LATIN_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_ACRONYM = re.compile(r"[A-Z]{2,5}")


@dataclass(frozen=True, slots=True)
class People:
    """Contributors read from one run of names, and the guesses made reading them."""

    contributors: tuple[Contributor, ...]
    guesses: tuple[NameGuess, ...] = ()


def read_people(
    chunks: list[str],
    affiliation: str | None,
    *,
    vouched: bool,
    allow_org: bool,
    glued: bool = True,
) -> People | None:
    """The contributors that ``chunks`` (name tokens as printed) name, or ``None``.

    ``glued``: a run of characters too long for one name may be split where
    surnames start (credits print 黄春涛谢冬梅; bylines are always spaced).
    """
    if chunks and all(is_latin(c) for c in chunks):
        return _latin_people(chunks, affiliation)
    pairing = pair_name_tokens(chunks)
    contributors: list[Contributor] = []
    guesses: list[NameGuess] = []
    if pairing.ambiguous:
        why = "the spacing of its names is ambiguous"
        guesses.append(NameGuess(" ".join(chunks), pairing.names, why))
    for printed in pairing.names:
        if allow_org and shadow(printed) in HANDOUT_DESCRIPTORS:
            continue  # 受访者供图: given by the interviewee, who is not named
        found = _one(printed, affiliation, vouched=vouched, allow_org=allow_org)
        if found is not None:
            contributors.append(found)
            continue
        split = split_glued_names(printed) if glued else None
        if split is None:
            return None
        contributors.extend(Contributor(n, ContributorKind.PERSON, affiliation) for n in split)
        guesses.append(NameGuess(printed, split, "split where surnames start, a guess"))
    if not contributors and not all(shadow(p) in HANDOUT_DESCRIPTORS for p in pairing.names):
        return None
    return People(tuple(contributors), tuple(guesses))


LONG_HOLDER = 10  # Han characters: no run of glued personal names is this long
_HAN_RUN = re.compile(f"[{HAN}]+")


def _one(
    printed: str, affiliation: str | None, *, vouched: bool, allow_org: bool
) -> Contributor | None:
    simple = shadow(printed)
    if any(word in simple for word in NOT_NAME_WORDS):
        return None
    if (allow_org or vouched) and is_organization(simple):
        return Contributor(printed, ContributorKind.ORGANIZATION, affiliation)
    if allow_org and len(simple) >= LONG_HOLDER and _HAN_RUN.fullmatch(simple):
        # 湖南省衡阳市衡阳县人民政府新闻办公室宣传科供图: longer than three glued names
        return Contributor(printed, ContributorKind.ORGANIZATION, affiliation)
    if is_person_name(simple, vouched=vouched):
        return Contributor(printed, ContributorKind.PERSON, affiliation)
    return None


def is_person_name(simple: str, *, vouched: bool = False) -> bool:
    """A Chinese personal name (in simplified script): surname first, 2-4 characters."""
    if NOT_IN_NAMES.intersection(simple):
        return False
    if _DOTTED_NAME.fullmatch(simple):
        return True
    if not _HAN_NAME.fullmatch(simple):
        return False
    surname = surname_length(simple)
    if len(simple) == 4 and surname != 2 and not vouched:
        return False  # four characters: two glued names more often than one
    return vouched or surname > 0


def split_glued_names(printed: str) -> tuple[str, ...] | None:
    """``黄春涛谢冬梅`` -> (黄春涛, 谢冬梅), cut where surnames start; ``None`` if none fits."""
    simple = shadow(printed)
    if NOT_IN_NAMES.intersection(simple) or not re.fullmatch(f"[{HAN}]{{4,9}}", simple):
        return None
    best: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
    for start in range(len(simple)):
        if start not in best:
            continue
        surname = surname_length(simple[start:])
        if not surname:
            continue
        score, cuts = best[start]
        for given in (2, 1):  # three-character names are the common case
            end = start + surname + given
            if end > len(simple):
                continue
            candidate = (score + (2.0 if given == 2 else 1.2), (*cuts, end))
            if end not in best or candidate[0] > best[end][0]:
                best[end] = candidate
    if len(simple) not in best:
        return None
    cuts = best[len(simple)][1]
    if not 2 <= len(cuts) <= MAX_GLUED_NAMES:
        return None
    bounds = (0, *cuts)
    return tuple(printed[a:b] for a, b in itertools.pairwise(bounds))


def _latin_people(chunks: list[str], affiliation: str | None) -> People | None:
    names = [n for chunk in chunks for n in _LATIN_SPLIT.split(chunk) if n.strip()]
    if not names:
        return None
    names = [n for n in names if n.strip().casefold() not in NOT_PEOPLE]
    if not names:
        return People(())  # REUTERS/Stringer: the agency alone
    contributors = []
    for name in names:
        if _ACRONYM.fullmatch(name.strip()):  # REUTERS/KCNA: an agency, kept as printed
            contributors.append(
                Contributor(name.strip(), ContributorKind.ORGANIZATION, affiliation)
            )
            continue
        printed = " ".join(name.split())
        normal = latin_name_case(printed)
        if not is_organization(normal):
            contributors.append(Contributor(normal, ContributorKind.PERSON, affiliation))
            continue
        # US Navy: an organisation's acronym is kept, unless the whole name is in capitals
        kept = normal if printed.isupper() else printed
        contributors.append(Contributor(kept, ContributorKind.ORGANIZATION, affiliation))
    return People(tuple(contributors))


def latin_name_case(name: str) -> str:
    """Surnames printed in capitals in title case (ARCHAMBAULT -> Archambault); initials kept."""
    return " ".join(_word_case(w) for w in name.split(" "))


def _word_case(word: str) -> str:
    if _INITIALS.fullmatch(word):
        return word
    return "-".join(
        _cap(part) if part.isupper() and len(part) > 1 else part for part in word.split("-")
    )


def _cap(part: str) -> str:
    if "'" in part or "’" in part:
        quote = "'" if "'" in part else "’"
        return quote.join(p.capitalize() for p in part.split(quote))
    return part.capitalize()
