"""Parse a whole feature text: header, body paragraphs and photo captions.

Stages, each a small function: take web and e-paper furniture off the text,
cut it into units, read the header, then classify every remaining unit on
its own signals (:mod:`paragraphs`); captions are the units taken as such, in
reading order, and every decision is kept with its reason for the dry run.
"""

from __future__ import annotations

import re
from dataclasses import replace

from photoarchive.captions.credit_grammar import MAX_CREDIT_CHARS
from photoarchive.captions.credits import match_credit, parse_credit, split_caption_credit
from photoarchive.captions.glued_captions import split_glued_captions
from photoarchive.captions.header import read_header
from photoarchive.captions.markers import strip_marker
from photoarchive.captions.model import (
    NO_CREDIT,
    Caption,
    Corrections,
    Credit,
    ParsedFeature,
    UnitDecision,
)
from photoarchive.captions.names import is_latin
from photoarchive.captions.paragraphs import Decision, Kind, classify, heading_like
from photoarchive.captions.structure import spaced_units, text_units
from photoarchive.captions.webtext import furniture_reason, strip_markup


def parse_feature(
    text: str, *, encoding: str = "utf-8", corrections: Corrections | None = None
) -> ParsedFeature:
    """Read title, kicker, byline, body paragraphs and captions out of ``text``.

    Never raises on odd input: what cannot be recognised ends up in the body
    and is explained in ``warnings``. ``corrections`` are an archivist's: what
    a paragraph (by its index in ``decisions``) is, and how a run of glued
    names splits.
    """
    corrections = corrections or Corrections()
    plain = strip_markup(text)
    units = _drop_repeats(split_glued_captions(text_units(plain)))
    lead = 0
    while lead < len(units) and furniture_reason(units[lead]):
        lead += 1
    skipped = len(units[lead:]) - len(_without_page_title(units[lead:]))
    start = lead + skipped
    first_forced = min((i for i in corrections.taken_as if i >= start), default=len(units))
    header = read_header(units[start:first_forced])
    top = start + header.consumed
    forced = {i - top: Kind(k) for i, k in corrections.taken_as.items() if i >= top}
    rest = units[top:]
    decisions = classify(rest, forced)
    captions = tuple(
        Caption(
            position=n,
            text=_spaced_as_printed(d.caption_text, plain),
            credit=_split_names(d.credit, corrections),
        )
        for n, d in enumerate((d for d in decisions if d.kind is Kind.CAPTION), start=1)
    )
    warnings = list(header.warnings)
    warnings.extend(
        f"{d.text!r} is a credit for the whole page: captions without their own take it"
        for d in decisions
        if d.kind is Kind.PAGE_CREDIT
    )
    warnings.extend(
        f"caption {c.position} has no credit" for c in captions if c.credit is NO_CREDIT
    )
    warnings.extend(f"caption {c.position}: {g}" for c in captions for g in c.credit.guesses)
    return ParsedFeature(
        title=header.title,
        kicker=header.kicker,
        byline=header.byline,
        paragraphs=tuple(d.text for d in decisions if d.kind in (Kind.BODY, Kind.HEADING)),
        captions=captions,
        encoding=encoding,
        warnings=tuple(warnings),
        decisions=_explained(units[:top], start, decisions),
    )


def _spaced_as_printed(caption: str, plain: str) -> str:
    """An English caption of several paragraphs with the gaps between them as printed.

    Units lose their blank lines and indents; where every paragraph stands in
    the text as it is, the span from the first to the last is the caption.
    Chinese pages indent every paragraph and web copies space them all out:
    layout, so a Chinese caption keeps one paragraph a line.
    """
    if "\n" not in caption or not is_latin(caption):
        return caption
    parts = [re.escape(p) for p in caption.split("\n")]
    found = re.search(r"[^\S\n]*\n\s*".join(parts), plain)
    return found.group() if found else caption


def _split_names(credit: Credit, corrections: Corrections) -> Credit:
    """Apply the archivist's split of glued names (黄春涛谢冬梅 -> 黄春涛, 谢冬梅)."""
    people = list(credit.contributors)
    kept = []
    for guess in credit.guesses:
        names = corrections.name_splits.get(guess.printed)
        if names is None:
            kept.append(guess)
            continue
        at = next((i for i, c in enumerate(people) if c.name == guess.names[0]), None)
        if at is None:
            continue
        template = people[at]
        people[at : at + len(guess.names)] = [replace(template, name=n) for n in names]
    if len(kept) == len(credit.guesses):
        return credit
    return replace(credit, contributors=tuple(people), guesses=tuple(kept))


def _drop_repeats(units: list[str]) -> list[str]:
    """A block printed twice (web pages repeat titles, captions, whole stories) counts once.

    Dropped: a title-like line seen before, and a run of two or more units
    that copies an earlier run in the same order. Two photos may share one
    caption and a paragraph may say the same thing twice, so a single
    repeated sentence stays.
    """
    drop = [False] * len(units)
    for i in range(1, len(units)):
        if heading_like(units[i]) and units[i] in units[:i]:
            drop[i] = True
            continue
        for j in range(i):
            m = 0
            while i + m < len(units) and j + m < i and units[j + m] == units[i + m]:
                m += 1
            if m >= 2:
                for k in range(i, i + m):
                    drop[k] = True
                break
    return [u for u, d in zip(units, drop, strict=True) if not d]


def _without_page_title(units: list[str]) -> list[str]:
    """``镜观中国·…-新华网`` above ``镜观中国·…``: the browser's page title is not the headline."""
    for k in range(1, min(6, len(units))):
        if units[0] != units[k] and units[0].startswith(units[k]) and len(units[k]) >= 4:
            return units[1:]
    return units


def _explained(top: list[str], lead: int, decisions: list[Decision]) -> tuple[UnitDecision, ...]:
    head = [UnitDecision(u, "ignored", "page furniture before the title") for u in top[:lead]]
    head += [UnitDecision(u, "header", "title, kicker or byline") for u in top[lead:]]
    return tuple(head) + tuple(UnitDecision(d.text, str(d.kind), d.reason) for d in decisions)


def parse_caption(text: str, position: int = 1) -> Caption:
    """One caption as printed on its own (an agency picture's text, a corpus item).

    Its credit may stand on the line after it; a caption of several
    paragraphs keeps them, one per line.
    """
    spaced = spaced_units(strip_markup(text))
    gaps, units = [g for g, _ in spaced], [u for _, u in spaced]
    if len(units) > 1 and not _credited(units[-1]):
        units[0] = _without_label(units[0])
        if parse_credit(units[0]) is not None:
            units.append(units.pop(0))  # AP photo by Gerald Herbert / the caption: credit first
            gaps = [*gaps[1:], "\n"]
    while len(units) > 1 and parse_credit(strip_marker(units[-1])[0]) is not None:
        credit = strip_marker(units.pop())[0]
        gaps.pop()
        units[-1] = f"{units[-1]}\n{credit}"
    first, _ = strip_marker(units[0], caption=True) if units else ("", False)
    if not is_latin(text):
        gaps = ["\n"] * len(gaps)  # Chinese: one paragraph a line, see _spaced_as_printed
    body = first + "".join(gap + unit for gap, unit in zip(gaps[1:], units[1:], strict=True))
    caption_text, credit = split_caption_credit(body)
    return Caption(position=position, text=caption_text, credit=credit)


MAX_LABEL_CHARS = 40


def _without_label(unit: str) -> str:
    """``. Bogota, Colombia. Reuters/X`` above a caption: the credit, less its place label.

    The label is a few capitalised words closed by a full stop; a sentence
    (lowercase words) is the caption's own first paragraph and stays.
    """
    if not is_latin(unit) or len(unit) > MAX_LABEL_CHARS + MAX_CREDIT_CHARS:
        return unit
    found = match_credit(unit)
    if found is None or found.start == 0:
        return unit
    label = unit[: found.start].strip()
    words = label.replace(",", " ").split()
    if len(label) > MAX_LABEL_CHARS or not label.endswith(".") or not words:
        return unit
    return unit[found.start :] if all(w[:1].isupper() for w in words if w != ".") else unit


def _credited(unit: str) -> bool:
    return split_caption_credit(strip_marker(unit)[0])[1] is not NO_CREDIT
