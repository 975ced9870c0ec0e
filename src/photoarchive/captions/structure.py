"""From raw text to paragraph units: blank lines, hard wraps and split paragraphs.

Print layouts hard-wrap lines mid-sentence (the kicker of the sample) and
copy-paste can split a paragraph across a blank line (…专注发展不 / 摇的执着…).
The one rule behind both: a line that stops mid-sentence continues in the next.
Within a blank-line-separated block a line is only a hard wrap if it is (about)
as wide as the block's widest line, so a short title never swallows the next line.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from photoarchive.captions.bylines import parse_byline
from photoarchive.captions.credits import parse_credit, split_caption_credit
from photoarchive.captions.markers import has_marker
from photoarchive.captions.model import NO_CREDIT

FULL_LINE_SHARE = 0.75
_NEWLINES = re.compile(r"\r\n|[\r\x85\u2028\u2029\f\v]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_OPEN_ENDINGS = "，、,"
_DASHES = "—–-－"


def split_lines(text: str) -> list[str]:
    """Lines with newlines normalised and invisible characters dropped; inner spacing as printed."""
    text = _INVISIBLE.sub("", _NEWLINES.sub("\n", text))
    return [line.strip() for line in text.split("\n")]


def split_blocks(lines: list[str]) -> list[list[str]]:
    """Groups of consecutive non-blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def block_units(block: list[str]) -> list[str]:
    """Join the hard-wrapped lines of one block; every other line break ends a unit."""
    widest = max(display_width(line) for line in block)
    units = [block[0]]
    for previous, line in itertools.pairwise(block):
        wrapped = display_width(previous) >= FULL_LINE_SHARE * widest
        if wrapped and continues(previous, line):
            units[-1] = join_text(units[-1], line)
        else:
            units.append(line)
    return units


def text_units(text: str) -> list[str]:
    """All units of a text, in order."""
    return [unit for block in split_blocks(split_lines(text)) for unit in block_units(block)]


def continues(text: str, following: str) -> bool:
    """True when ``text`` stops mid-sentence and ``following`` can carry it on."""
    return (
        ends_open(text)
        and not ends_with_credit(text)
        and not has_marker(following)
        and parse_byline(following) is None
        and parse_credit(following) is None
    )


MAX_HEADING_WIDTH = 44
_CLAUSE_MARKS = "，,、；;。"


def join_continuations(units: list[str]) -> list[str]:
    """Rejoin paragraphs split across blank lines (…发展不 / 摇的执着…).

    A short line that stops without punctuation is a heading (a photo's own
    title, a section head), not half a paragraph: it is never joined.
    """
    joined: list[str] = []
    for unit in units:
        if (
            joined
            and not _heading(joined[-1])
            and continues(joined[-1], unit)
            and parse_credit(unit) is None
        ):
            joined[-1] = join_text(joined[-1], unit)
        else:
            joined.append(unit)
    return joined


def _heading(text: str) -> bool:
    """Short and without a clause mark: a title, not the first half of a sentence."""
    return display_width(text) <= MAX_HEADING_WIDTH and not any(c in text for c in _CLAUSE_MARKS)


def ends_open(text: str) -> bool:
    """Mid-sentence ending: a letter, a digit, a Han character or a comma."""
    stripped = text.rstrip()
    return bool(stripped) and (stripped[-1].isalnum() or stripped[-1] in _OPEN_ENDINGS)


def ends_with_credit(text: str) -> bool:
    return split_caption_credit(text)[1] is not NO_CREDIT


def starts_with_dash(text: str) -> bool:
    return text[:1] in _DASHES


def join_text(first: str, second: str) -> str:
    """Join two pieces of one sentence: no space between Chinese, one between Latin words."""
    if not first or not second:
        return first + second
    if _is_wide(first[-1]) or _is_wide(second[0]):
        return first + second
    return f"{first} {second}"


def display_width(text: str) -> int:
    return sum(2 if _is_wide(ch) else 1 for ch in text)


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"
