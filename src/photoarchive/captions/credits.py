"""Find the credit that closes a caption, whatever form the paper printed it in.

The rules live in :mod:`credits_zh` and :mod:`credits_en`; this module adds
brackets (``（X 摄）``, ``(AP Photo/Jane Doe)``, ``新华社发（X 摄）``) and picks,
among the rules that match, the one whose credit starts earliest (the longest
credit), so ``新华社发（X 摄）`` wins over the bare ``（X 摄）`` inside it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from photoarchive.captions.credits_en import EN_RULES
from photoarchive.captions.credits_zh import ZH_RULES
from photoarchive.captions.lexicon import CN_AGENCIES
from photoarchive.captions.model import NO_CREDIT, Credit, CreditRole
from photoarchive.captions.rules import MAX_CREDIT_CHARS, CreditMatch, CreditRule, at_boundary

_OPEN, _CLOSE = "（(", "）)"
_SENTENCE_END = "。！？!?.；;…”」』"
_AGENCIES = "|".join(re.escape(a) for a in sorted(CN_AGENCIES, key=len, reverse=True))
_RELEASED_BEFORE = re.compile(f"(?P<agency>{_AGENCIES})发\\s*\\Z")

PLAIN_RULES: tuple[CreditRule, ...] = ZH_RULES + EN_RULES


def _find_bracketed(text: str) -> CreditMatch | None:
    """A credit wrapped in brackets, optionally after ``新华社发``.

    ``（3月17日摄）`` and ``（无人机照片）`` are brackets whose content no rule
    accepts, so they stay in the caption. ``（资料图片）`` counts only after the
    end of a sentence: glued to a word it is a remark inside the sentence.
    """
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in _CLOSE:
        return None
    opening = _matching_open(stripped)
    if opening is None:
        return None
    inner = _match_whole(stripped[opening + 1 : -1])
    if inner is None:
        return None
    credit = inner.credit
    if credit.role is CreditRole.FILE and not _after_sentence(stripped, opening):
        return None
    start = opening
    released = _RELEASED_BEFORE.search(stripped, max(0, opening - 12), opening)
    if released and at_boundary(stripped, released.start()):
        agency = released.group("agency")
        start = released.start()
        people = tuple(replace(c, affiliation=c.affiliation or agency) for c in credit.contributors)
        credit = Credit(credit.as_printed, CreditRole.AGENCY, people)
    return CreditMatch(start, replace(credit, as_printed=stripped[start:]), "bracketed")


BRACKETED = CreditRule("bracketed", _find_bracketed)
RULES: tuple[CreditRule, ...] = (BRACKETED, *PLAIN_RULES)


def match_credit(text: str) -> CreditMatch | None:
    """The longest credit at the end of ``text`` and the rule that read it, or ``None``."""
    best: CreditMatch | None = None
    for rule in RULES:
        found = rule.find(text)
        if found is not None and (best is None or found.start < best.start):
            best = found
    return best


def parse_credit(text: str) -> Credit | None:
    """Read ``text`` as a credit and nothing else (``周 围 摄``), or ``None``."""
    found = _match_whole(text)
    return found.credit if found else None


def split_caption_credit(paragraph: str) -> tuple[str, Credit]:
    """Split a caption paragraph into its text and its credit (``NO_CREDIT`` if none)."""
    text = paragraph.strip()
    found = match_credit(text)
    if found is None:
        return text, NO_CREDIT
    return text[: found.start].rstrip(), found.credit


def _match_whole(text: str) -> CreditMatch | None:
    text = text.strip()
    if not text or len(text) > MAX_CREDIT_CHARS:
        return None
    found = match_credit(text)
    return found if found is not None and found.start == 0 else None


def _matching_open(text: str) -> int | None:
    """Index of the bracket opening the one that closes ``text``, within credit range."""
    depth = 0
    for i in range(len(text) - 1, max(-1, len(text) - 1 - MAX_CREDIT_CHARS), -1):
        if text[i] in _CLOSE:
            depth += 1
        elif text[i] in _OPEN:
            depth -= 1
            if depth == 0:
                return i
    return None


def _after_sentence(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or before[-1] in _SENTENCE_END or before != text[:index]
