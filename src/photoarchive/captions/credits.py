"""Find the credit that closes a caption, whatever form the paper printed it in.

The reading itself is the grammar of :mod:`credit_grammar` over the forms of
:mod:`credit_forms`; this module is the public face: it takes wire
instructions (MANDATORY CREDIT, NO SALES) off the end first, so that they
become usage notes rather than caption text, and splits caption from credit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from photoarchive.captions.credit_grammar import MAX_CREDIT_CHARS, CreditMatch, find_credit
from photoarchive.captions.lexicon import EDITOR_WORDS, EN_USAGE_NOTES
from photoarchive.captions.model import NO_CREDIT, Contributor, Credit

__all__ = [
    "CreditMatch",
    "credit_tokens",
    "match_credit",
    "parse_credit",
    "split_caption_credit",
]

_NOTE = re.compile(
    '(?:^|(?<=[\\s.,;:)\\]-]))(?:{})(?:\\s+[A-Z0-9"][A-Z0-9 /"-]*)?[\\s.,;:-]*\\Z'.format(
        "|".join(re.escape(n) for n in sorted(EN_USAGE_NOTES, key=len, reverse=True))
    )
)
_TRAILING_SEPARATORS = " \t.,;:-–"
_OPENERS = "。.!?！？\n"  # what may stand before the first of two credit lines
_CLOSERS = (")", "）")  # what may end the first of two credits printed on one line
_COUNTRY_CODE = re.compile(r"\s*\((?P<code>[A-Z][A-Z .-]{1,30}[A-Z])\)\s*\Z")  # Reuters: (IRAN)
_TABLE_EDGE = re.compile(r"\s+[|｜][\s|｜]*\Z")  # a table cell's border copied with the text
_EDITOR_TAG = re.compile(  # (晓航/编制), （编辑：李四）: the web editor's, after the caption
    r"\s*[(（](?:[^()（）/]{{1,8}}/)?(?:{})(?:[\s:：/][^()（）]{{1,8}})?[)）]\s*\Z".format(
        "|".join(EDITOR_WORDS)
    )
)


def split_usage_notes(text: str) -> tuple[str, tuple[str, ...]]:
    """``… REUTERS/Jane Doe MANDATORY CREDIT. NO SALES`` -> the text and its notes, in order."""
    notes: list[str] = []
    rest = _TABLE_EDGE.sub("", text)
    while True:
        code = _COUNTRY_CODE.search(rest)
        if code and code.start() > 0 and not rest[: code.start()].rstrip().endswith(")"):
            notes.insert(0, f"({code.group('code')})")
            rest = rest[: code.start()].rstrip()
            continue
        m = _NOTE.search(rest, max(0, len(rest) - 200))
        if m is None or m.start() == 0:
            break
        notes.insert(0, m.group().strip(_TRAILING_SEPARATORS))
        rest = rest[: m.start()].rstrip(_TRAILING_SEPARATORS)
    return rest, tuple(notes)


def match_credit(text: str) -> CreditMatch | None:
    """The longest credit at the end of ``text`` (wire instructions set aside), or ``None``."""
    rest, notes = split_usage_notes(text)
    found = find_credit(rest) if notes or rest != text.rstrip() else None
    if found is None:
        found = find_credit(text)
        notes = ()
    if found is None:
        return None
    found = _with_credit_before(text, found)
    return replace(found, credit=replace(found.credit, usage_notes=notes)) if notes else found


def _with_credit_before(text: str, found: CreditMatch) -> CreditMatch:
    """新华社发（李云生 摄）/ 新华社记者 张曼怡 制图: a second credit on its own line is one credit.

    On one line, the first must close with its bracket (``新华社发(李云生 摄) 新华社记者…``).

    The picture and the graphic made of it are credited together; the last
    role printed is the credit's role.
    """
    before = text[: found.start]
    same_line = before.rstrip(" \t").endswith(_CLOSERS) and before[-1:].isspace()
    if not before.rstrip(" \t").endswith("\n") and not same_line:
        return found
    earlier = find_credit(before)
    if earlier is None or (earlier.start and text[: earlier.start].rstrip()[-1:] not in _OPENERS):
        return found
    joined = text[earlier.start :].strip()
    credit = replace(
        found.credit,
        as_printed=joined,
        contributors=_merged(earlier.credit.contributors, found.credit.contributors),
        guesses=earlier.credit.guesses + found.credit.guesses,
    )
    return replace(found, start=earlier.start, credit=credit, tokens=earlier.tokens + found.tokens)


def _merged(
    earlier: tuple[Contributor, ...], later: tuple[Contributor, ...]
) -> tuple[Contributor, ...]:
    """Both lines' contributors, less what the second line only repeats.

    Web pages print a wire credit twice, "(AP Photo/Butch Dill)" then "(Butch Dill /
    Associated Press)", or the agency alone again ("(Photo by X / AFP)" then "AFP"):
    a name already credited, or the agency a person was credited through, is no
    second contributor.
    """
    seen = {c.name.casefold() for c in earlier}
    seen |= {c.affiliation.casefold() for c in earlier if c.affiliation}
    return earlier + tuple(c for c in later if c.name.casefold() not in seen)


def parse_credit(text: str) -> Credit | None:
    """Read ``text`` as a credit and nothing else (``周 围 摄``), or ``None``."""
    text = text.strip()
    if not text or len(text) > MAX_CREDIT_CHARS + 80:
        return None
    found = match_credit(text)
    return found.credit if found is not None and found.start == 0 else None


def split_caption_credit(paragraph: str) -> tuple[str, Credit]:
    """Split a caption paragraph into its text and its credit (``NO_CREDIT`` if none)."""
    text = _EDITOR_TAG.sub("", _TABLE_EDGE.sub("", paragraph.strip()))
    found = match_credit(text)
    if found is None:
        return text, NO_CREDIT
    return text[: found.start].rstrip().rstrip("/／|｜").rstrip(), found.credit


def credit_tokens(credit: Credit) -> list[dict[str, str]]:
    """The tokens a credit was read from (kind and text), to show how it was understood."""
    found = match_credit(credit.as_printed) if credit.as_printed else None
    return found.explain() if found is not None else []
