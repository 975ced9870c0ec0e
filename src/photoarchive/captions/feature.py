"""Parse a whole feature text: header, body paragraphs and photo captions.

Stages, each a small function: cut the text into units, read the header,
put lone credits back on their captions, rejoin split paragraphs, then take
the captions from the front (markers, one per paragraph) and from the back
(paragraphs that end in a credit); what is left is the body.
"""

from __future__ import annotations

from photoarchive.captions.credits import parse_credit, split_caption_credit
from photoarchive.captions.header import read_header
from photoarchive.captions.markers import has_marker, shows_picture, strip_marker
from photoarchive.captions.model import NO_CREDIT, Caption, ParsedFeature
from photoarchive.captions.structure import (
    attach_lone_credits,
    join_continuations,
    text_units,
)


def parse_feature(text: str, *, encoding: str = "utf-8") -> ParsedFeature:
    """Read title, kicker, byline, body paragraphs and captions out of ``text``.

    Never raises on odd input: what cannot be recognised ends up in the body
    and is explained in ``warnings``.
    """
    units = text_units(text)
    header = read_header(units)
    warnings = list(header.warnings)
    rest, lone = attach_lone_credits(units[header.consumed :])
    warnings.extend(f"credit {c!r} stands alone, not after a caption" for c in lone)
    rest = join_continuations(rest)
    lead = _leading_caption_count(rest)
    tail_start = _trailing_caption_start(rest, lead)
    captions = tuple(
        _caption(position, unit)
        for position, unit in enumerate(rest[:lead] + rest[tail_start:], start=1)
    )
    warnings.extend(
        f"caption {c.position} has no credit" for c in captions if c.credit is NO_CREDIT
    )
    return ParsedFeature(
        title=header.title,
        kicker=header.kicker,
        byline=header.byline,
        paragraphs=tuple(rest[lead:tail_start]),
        captions=captions,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _leading_caption_count(units: list[str]) -> int:
    """Captions printed before the body: marked (▲, 图①) or credited, one per paragraph."""
    count = 0
    for unit in units:
        if not (has_marker(unit) or _credited_caption(unit)):
            break
        count += 1
    return count


def _trailing_caption_start(units: list[str], floor: int) -> int:
    """Index where the captions after the body begin.

    Walking back from the end, a paragraph is a caption if it ends in a credit,
    carries a marker or says 图为…; one without any of these is still a
    caption when the paragraph before it ends in a credit (a caption whose
    credit was not printed sits between credited ones, not in the body).
    """
    start = len(units)
    while start > floor:
        unit = units[start - 1]
        between_captions = start - 2 >= floor and _credited_caption(units[start - 2])
        if not (_signals_caption(unit) or between_captions):
            break
        start -= 1
    return start


def _signals_caption(unit: str) -> bool:
    return _credited_caption(unit) or has_marker(unit) or shows_picture(unit)


def _credited_caption(unit: str) -> bool:
    """Text followed by a credit; a credit alone (nothing to caption) does not count."""
    text, credit = split_caption_credit(strip_marker(unit)[0])
    return credit is not NO_CREDIT and bool(text)


def parse_caption(text: str, position: int = 1) -> Caption:
    """One caption as printed on its own (an agency picture's text, a corpus item).

    Its credit may stand on the line after it; a caption of several
    paragraphs keeps them, one per line.
    """
    units = join_continuations(text_units(text))
    while len(units) > 1 and parse_credit(units[-1]) is not None and units[-2]:
        credit = units.pop()
        units[-1] = f"{units[-1]} {credit}"
    first, _ = strip_marker(units[0]) if units else ("", False)
    body = "\n".join([first, *units[1:]]) if units else ""
    caption_text, credit = split_caption_credit(body)
    return Caption(position=position, text=caption_text, credit=credit)


def _caption(position: int, unit: str) -> Caption:
    text, _ = strip_marker(unit)
    caption_text, credit = split_caption_credit(text)
    return Caption(position=position, text=caption_text, credit=credit)
