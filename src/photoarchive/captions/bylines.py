"""Bylines: ``李 苗 徐德荣 唐 曦 王卫全``, ``文/图 本报记者 张三``, ``By Jane Doe``.

Bylines are names of the writers; affiliations, prefixes (文/图) and suffixes
(报道) only prove that a line is a byline and are not kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from photoarchive.captions.credit_grammar import name_runs
from photoarchive.captions.credit_tokens import kinds, tokenize
from photoarchive.captions.credits import parse_credit
from photoarchive.captions.lexicon import BYLINE_PREFIXES, BYLINE_SUFFIXES
from photoarchive.captions.names import LATIN_NAME_LIST, is_latin, split_latin_names
from photoarchive.captions.people import read_people
from photoarchive.captions.script import shadow

MAX_BYLINE_CHARS = 60
_COMPOUND_PREFIXES = [p for p in BYLINE_PREFIXES if len(p) > 1]
_PREFIX = re.compile(
    "^(?:(?:{})\\s*[/／:：|｜]?\\s*|(?:{})\\s*[/／:：|｜]\\s*)".format(
        "|".join(re.escape(p) for p in sorted(_COMPOUND_PREFIXES, key=len, reverse=True)),
        "|".join(re.escape(p) for p in BYLINE_PREFIXES if len(p) == 1),
    )
)
_SUFFIX = re.compile("\\s*(?:{})\\s*$".format("|".join(map(re.escape, BYLINE_SUFFIXES))))
_ROLE_AT_END = re.compile("(?:摄|攝|供图|供圖|提供|制图|製圖)\\s*[)）]?$")
_NAMES_ONLY = re.compile("(?:[AM][/:]?)?N+(?:[AM][/:]?N+)*")
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
    if not line or len(line) > MAX_BYLINE_CHARS:
        return None
    if parse_credit(line) is not None and _ROLE_AT_END.search(line):
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
    byline = _names(line.replace("，", " ").replace(",", " "), marked)
    if byline is not None and not byline.marked and parse_credit(line) is not None:
        return None  # 罗盟摄 closes a caption; 文/图 张三 or 本报记者 张三 at the top is a byline
    return byline


def _names(line: str, marked: bool) -> Byline | None:
    """Only names and affiliations: ``本报记者 张三 通讯员 李四``."""
    tokens = tokenize(line, shadow(line), 0)
    if not tokens or not _NAMES_ONLY.fullmatch(kinds(tokens)):
        return None
    if any(is_latin(t.value) for t in tokens if t.kind == "N"):
        return None  # an English byline says "By"
    names: list[str] = []
    ambiguous = False
    for affiliation, chunks in name_runs(tokens):
        people = read_people(
            chunks, affiliation, vouched=affiliation is not None, allow_org=False, glued=False
        )
        if people is None:
            return None
        names.extend(c.name for c in people.contributors)
        ambiguous = ambiguous or bool(people.guesses)
        marked = marked or affiliation is not None
    return Byline(tuple(names), marked, ambiguous)
