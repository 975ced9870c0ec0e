"""Personal names as printed in Chinese papers, and how to normalise them.

Papers pad two-character names with a space so they line up with
three-character ones (``周 围``, ``罗 铭``); the space is typography, not part
of the name. Latin names keep single spaces between their words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from photoarchive.captions.lexicon import HAN, NAME_DOTS

_HAN_CHAR = re.compile(f"[{HAN}]")
_SPACE_BETWEEN_HAN = re.compile(f"(?<=[{HAN}{NAME_DOTS}])\\s+(?=[{HAN}{NAME_DOTS}])")
_WHITESPACE = re.compile(r"\s+")
_CHINESE_NAME = re.compile(f"[{HAN}]{{2,4}}|[{HAN}]+(?:[{NAME_DOTS}][{HAN}]+)+")
_LATIN_WORD = r"[A-Z](?:\.|[A-Za-z'’-]{0,30}[A-Za-z])"
_PARTICLE = r"(?:van|von|de|der|den|da|di|del|la|le|du|bin|al|el)"
# One Latin name (Jane Doe, J. Doe, Ludwig van Beethoven) and a list of them
# (Jane Doe and John Roe, A, B & C), as regular-expression source.
LATIN_NAME = rf"{_LATIN_WORD}(?:\s(?:{_LATIN_WORD}|{_PARTICLE})){{0,4}}"
_LIST_SEPARATOR = r"\s*(?:,|&|\band\b)\s*"
LATIN_NAME_LIST = rf"{LATIN_NAME}(?:{_LIST_SEPARATOR}{LATIN_NAME}){{0,5}}"
_SPLIT_LATIN = re.compile(_LIST_SEPARATOR)


class NamePairing(NamedTuple):
    """Names read from space-separated tokens; ``ambiguous`` flags an odd lone character."""

    names: tuple[str, ...]
    ambiguous: bool


def is_han(ch: str) -> bool:
    return bool(_HAN_CHAR.fullmatch(ch))


def normalize_name(s: str) -> str:
    """``周 围`` -> ``周围``; ``Jane   Doe`` -> ``Jane Doe``."""
    collapsed = _WHITESPACE.sub(" ", s.strip())
    return _SPACE_BETWEEN_HAN.sub("", collapsed)


def pair_name_tokens(tokens: list[str] | tuple[str, ...]) -> NamePairing:
    """Join runs of single Han characters two by two: ``李 苗 徐德荣`` -> 李苗, 徐德荣.

    A run of odd length cannot be paired cleanly; its last character joins the
    name next to it (preferring the following one, as a surname comes first)
    and the result is flagged ambiguous so callers can warn.
    """
    names: list[str] = []
    ambiguous = False
    carry = ""  # a lone character waiting for the name that follows it
    i = 0
    while i < len(tokens):
        if not _is_single_han(tokens[i]):
            names.append(carry + tokens[i])
            carry = ""
            i += 1
            continue
        j = i
        while j < len(tokens) and _is_single_han(tokens[j]):
            j += 1
        run = tokens[i:j]
        names.extend(a + b for a, b in zip(run[0::2], run[1::2], strict=False))
        if len(run) % 2:
            ambiguous = True
            if j < len(tokens):
                carry = run[-1]
            elif names:
                names[-1] += run[-1]
            else:
                names.append(run[-1])
        i = j
    return NamePairing(tuple(names), ambiguous)


def split_latin_names(names: str) -> list[str]:
    """``Jane Doe and John Roe`` -> [Jane Doe, John Roe], normalised."""
    return [normalize_name(n) for n in _SPLIT_LATIN.split(names) if n.strip()]


def _is_single_han(token: str) -> bool:
    return len(token) == 1 and is_han(token)


def is_latin(text: str) -> bool:
    """Written in Latin letters (Fatih Gönül, Jane Doe): no Han character in it."""
    return not _HAN_CHAR.search(text)
