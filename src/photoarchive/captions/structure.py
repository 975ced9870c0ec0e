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
RAGGED_WIDTH = 4  # display columns: more difference than this is no hard wrap
_NEWLINES = re.compile(r"\r\n|[\r\x85\u2028\u2029\f\v]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_OPEN_ENDINGS = "，、,"
_DASHES = "—–-－"
# Print never starts a wrapped line with these (kinsoku): a line that does is a copy's artefact.
_LINE_START_BANNED = frozenset("，、,。.；;")


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
    """Join the hard-wrapped lines of one block; every other line break ends a unit.

    Print wraps lines at one width, so a block of three or more lines whose
    widths (but the last) differ is a list, one item a line (a photo story's
    captions), and only a line that stops at a comma runs on into the next.
    """
    widest = max(display_width(line) for line in block)
    widths = [display_width(line) for line in block[:-1]]
    ragged = len(widths) >= 2 and max(widths) - min(widths) > RAGGED_WIDTH
    units = [block[0]]
    for previous, line in itertools.pairwise(block):
        wrapped = display_width(previous) >= FULL_LINE_SHARE * widest
        if ragged:
            wrapped = previous.rstrip()[-1:] in _OPEN_ENDINGS
        if wrapped and continues(previous, line):
            units[-1] = join_text(units[-1], line)
        else:
            units.append(line)
    return units


def text_units(text: str) -> list[str]:
    """All units of a text, in order, with paragraphs split across a blank line rejoined.

    Only the last line of a block can run on into the next block: lines of one
    ragged block are items of a list and stay apart.
    """
    return [unit for _, unit in spaced_units(text)]


def spaced_units(text: str) -> list[tuple[str, str]]:
    """The units of :func:`text_units`, each after the gap printed before it ("\n" or "\n\n").

    A caption of several paragraphs keeps them as printed, blank lines and all.
    """
    units: list[tuple[str, str]] = []
    for block in split_blocks(split_lines(text)):
        pieces = block_units(block)
        if units and _runs_on(units[-1][1], pieces[0]):
            units[-1] = (units[-1][0], join_text(units[-1][1], pieces.pop(0)))
        units.extend(("\n\n" if n == 0 else "\n", piece) for n, piece in enumerate(pieces))
    return units


def _runs_on(text: str, following: str) -> bool:
    return (
        not _heading(text)
        and parse_byline(text) is None
        and continues(text, following)
        and parse_credit(following) is None
    )


def continues(text: str, following: str) -> bool:
    """True when ``text`` stops mid-sentence and ``following`` can carry it on."""
    return (
        ends_open(text)
        and following[:1] not in _LINE_START_BANNED
        and not ends_with_credit(text)
        and not has_marker(following)
        and parse_byline(following) is None
        and parse_credit(following) is None
    )


MAX_HEADING_WIDTH = 44
_CLAUSE_MARKS = "，,、；;。"


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
