"""Bylines: ``李 苗 徐德荣 唐 曦 王卫全``, ``文/图 本报记者 张三``, ``By Jane Doe``.

Bylines are names of the writers; affiliations, prefixes (文/图) and suffixes
(报道) only prove that a line is a byline and are not kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from photoarchive.captions.credits import parse_credit
from photoarchive.captions.heads import parse_head_tokens
from photoarchive.captions.lexicon import BYLINE_PREFIXES, BYLINE_SUFFIXES
from photoarchive.captions.names import LATIN_NAME_LIST, split_latin_names

MAX_BYLINE_CHARS = 60
_COMPOUND_PREFIXES = [p for p in BYLINE_PREFIXES if len(p) > 1]
_PREFIX = re.compile(
    "^(?:(?:{})\\s*[/／:：|｜]?\\s*|(?:{})\\s*[/／:：|｜]\\s*)".format(
        "|".join(re.escape(p) for p in sorted(_COMPOUND_PREFIXES, key=len, reverse=True)),
        "|".join(re.escape(p) for p in BYLINE_PREFIXES if len(p) == 1),
    )
)
_SUFFIX = re.compile("\\s*(?:{})\\s*$".format("|".join(map(re.escape, BYLINE_SUFFIXES))))
_SPLIT = re.compile(r"[\s、，,]+")
_ENGLISH = re.compile(rf"(?i:by)\s+(?P<names>{LATIN_NAME_LIST})")


@dataclass(frozen=True, slots=True)
class Byline:
    """Names read from a byline; ``marked`` when an affiliation, prefix or suffix proves it."""

    names: tuple[str, ...]
    marked: bool
    ambiguous: bool = False


def parse_byline(text: str) -> Byline | None:
    """Read ``text`` as a byline, or ``None`` if it is anything else (a title, a sentence)."""
    line = text.strip()
    if not line or len(line) > MAX_BYLINE_CHARS or parse_credit(line) is not None:
        return None
    english = _ENGLISH.fullmatch(line)
    if english:
        return Byline(tuple(split_latin_names(english.group("names"))), marked=True)
    marked = False
    prefix = _PREFIX.match(line)
    if prefix and prefix.end() < len(line):
        line, marked = line[prefix.end() :], True
    suffix = _SUFFIX.search(line)
    if suffix and suffix.start() > 0:
        line, marked = line[: suffix.start()], True
    head = parse_head_tokens([t for t in _SPLIT.split(line) if t], allow_org=False)
    if head is None or head.released_by:
        return None
    marked = marked or any(c.affiliation for c in head.contributors)
    return Byline(tuple(c.name for c in head.contributors), marked, head.ambiguous)
