"""The signals a paragraph carries by itself: a credit at its end, a marker, 图为, furniture."""

from __future__ import annotations

import re

from photoarchive.captions.credits import parse_credit, split_caption_credit
from photoarchive.captions.markers import shows_picture, strip_marker
from photoarchive.captions.model import NO_CREDIT, Credit, CreditRole
from photoarchive.captions.paragraph_model import (
    MAX_STORY_LINE_WIDTH,
    MIN_ALT_REPEATS,
    ROLE_WORD,
    SENTENCE_END,
    Decision,
    Kind,
    ends_as_sentence,
    heading_like,
    narrative,
    page_wide,
)
from photoarchive.captions.structure import display_width
from photoarchive.captions.webtext import furniture_reason

_BRACKETED = re.compile(r"[(（]([^()（）]{6,})[)）]")
_WRITER = re.compile("(?:^|[\\s/(（])文(?:[\\s/)）]|$)")


def first_look(unit: str) -> Decision:
    """Signals a unit carries by itself."""
    reason = furniture_reason(unit)
    if reason:
        return Decision(unit, Kind.IGNORED, reason)
    bare, marked = strip_marker(unit)
    alone = parse_credit(bare)
    if alone is not None and page_wide(alone):
        return Decision(unit, Kind.PAGE_CREDIT, "says it credits the whole page", alone)
    if alone is not None and _WRITER.search(bare):
        return Decision(unit, Kind.PAGE_CREDIT, "names the writer too: the article's credit", alone)
    if alone is not None:
        return Decision(unit, Kind.CREDIT, "a credit alone", alone)
    text, credit = split_caption_credit(bare)
    if credit is not NO_CREDIT and text and page_wide(credit):
        decision = first_look(text)
        decision.page_credit = credit
        decision.reason += f"; ends in the page's credit ({credit.as_printed})"
        return decision
    weak = credit is not NO_CREDIT and not ROLE_WORD.search(credit.as_printed)
    if weak and text and text.rstrip()[-1] not in SENTENCE_END:
        credit = NO_CREDIT  # 大众日报客户端记者 马章安 under a title: a byline, not a caption
    if credit is not NO_CREDIT and text:
        text = strip_marker(text, caption=True)[0]
        return Decision(unit, Kind.CAPTION, f"ends in a credit ({credit.as_printed})", credit, text)
    inner = _BRACKETED.fullmatch(unit.strip())
    if inner and "。" in inner.group(1) and display_width(unit) <= 2 * MAX_STORY_LINE_WIDTH:
        return Decision(
            unit, Kind.CAPTION, "a caption printed in brackets", NO_CREDIT, inner.group(1)
        )
    if marked and unit.lstrip().startswith("►"):
        return Decision(unit, Kind.IGNORED, "a link to another story")
    if marked:
        return Decision(unit, Kind.CAPTION, "starts with a caption marker", NO_CREDIT, bare)
    if shows_picture(unit) and display_width(unit) <= 2 * MAX_STORY_LINE_WIDTH:
        return Decision(unit, Kind.CAPTION, "says 图为 (the picture shows)", NO_CREDIT, unit)
    if heading_like(unit):
        return Decision(unit, Kind.HEADING, "short, with no sentence ending")
    return Decision(unit, Kind.BODY, "a paragraph with no caption signal")


def forced_decision(unit: str, kind: Kind) -> Decision:
    """A unit taken as ``kind`` because the archivist said so."""
    bare = strip_marker(unit)[0]
    decision = Decision(unit, kind, "set by hand", fixed=True)
    if kind is Kind.CAPTION:
        text, credit = split_caption_credit(bare)
        decision.caption_text, decision.credit = (text, credit) if text else (bare, NO_CREDIT)
    elif kind in (Kind.CREDIT, Kind.PAGE_CREDIT):
        decision.credit = parse_credit(bare) or Credit(bare, CreditRole.UNKNOWN)
    return decision


def repeated_alt_texts(decisions: list[Decision]) -> None:
    """A line printed three times or more is an image's alt text, copied with the page;
    the paragraph under each copy is that image's caption."""
    seen: dict[str, int] = {}
    for d in decisions:
        seen[d.text] = seen.get(d.text, 0) + 1
    repeated = {text for text, n in seen.items() if n >= MIN_ALT_REPEATS and len(text) >= 4}
    for i, d in enumerate(decisions):
        if d.text not in repeated or ends_as_sentence(d) or d.kind not in (Kind.BODY, Kind.HEADING):
            continue
        d.kind, d.reason = Kind.IGNORED, "printed again and again: an image's alt text"
        below = decisions[i + 1] if i + 1 < len(decisions) else None
        if below is not None and below.kind is Kind.BODY and not narrative(below):
            below.kind, below.reason = Kind.CAPTION, "under an image's alt text"
            below.caption_text = below.text
