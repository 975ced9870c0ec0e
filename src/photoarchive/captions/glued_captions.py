"""Captions copied from a web page with their line breaks lost: one line, several captions.

A gallery page pasted as text can run every caption into one line, each
closed by its credit and the next one after a space (``…工地。记者刘学圣／摄影
中颱杨柳…``), sometimes with the last body paragraph in front. Where two or
more credits close pieces of one unit like that, each piece is a unit of its
own, and a body sentence before the first caption (after "。 ") is cut off too.
Only Han text is cut this way: English prose has a space at every word.
"""

from __future__ import annotations

import re
from itertools import pairwise

from photoarchive.captions.credits import match_credit
from photoarchive.captions.lexicon import HAN

MIN_GLUED_CREDITS = 2
# A space between a credit's last character and the next caption's first Han character.
_GAP = re.compile(f"(?<=[{HAN})）\\]】])[ \\t\u3000]+(?=[{HAN}（(【“「])")
_SENTENCE_GAP = re.compile(f"(?<=[。！？!?])[ \\t\u3000]+(?=[{HAN}“「])")


def split_glued_captions(units: list[str]) -> list[str]:
    """``units`` with every run of glued, credited captions cut into one unit each."""
    result: list[str] = []
    for unit in units:
        result.extend(_pieces(unit))
    return result


def _pieces(unit: str) -> list[str]:
    cuts = [m.start() for m in _GAP.finditer(unit) if _credited_before(unit[: m.start()])]
    if not cuts:
        return [unit]
    spans: list[list[int]] = []
    for a, b in pairwise([0, *cuts, len(unit)]):
        if spans and not _credited_before(unit[a:b]):
            spans[-1][1] = b  # 刘静 摄: the gap inside a credit cuts nothing
        else:
            spans.append([a, b])
    pieces = [unit[a:b].strip() for a, b in spans]
    if len(pieces) < MIN_GLUED_CREDITS or not all(map(_credited_before, pieces)):
        return [unit]
    head = _SENTENCE_GAP.split(pieces[0])
    if len(head) > 1:
        pieces[0:1] = [" ".join(head[:-1]).strip(), head[-1].strip()]
    return pieces


def _credited_before(text: str) -> bool:
    """``text`` ends with a credit that names someone (not a file or source note)."""
    found = match_credit(text)
    return found is not None and found.start > 0 and bool(found.credit.contributors)
