"""Decide, paragraph by paragraph, what a feature text's units are, and say why.

Each unit is classified on its own signals (it ends in a credit, it carries a
marker, it says 图为, it is a credit alone, it is page furniture, it is short
and title-like) and its neighbours' (a credit on the next line, a run of short
lines before a page credit), so a caption is found wherever the page put it:
before the body, between its paragraphs or after it. A new layout is one more
signal here, not another walk over the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from photoarchive.captions.credits import parse_credit, split_caption_credit
from photoarchive.captions.markers import has_marker, shows_picture, strip_marker
from photoarchive.captions.model import NO_CREDIT, Credit, CreditRole
from photoarchive.captions.script import shadow as shadow_text
from photoarchive.captions.structure import display_width
from photoarchive.captions.webtext import furniture_reason

MAX_HEADING_WIDTH = 44
MAX_STORY_LINE_WIDTH = 160
MAX_SHORT_CAPTION_WIDTH = 80
MAX_CAPTION_BLOCK = 4
MIN_ALT_REPEATS = 3
MIN_STORY_RUN = 5  # this many short lines in a row are a photo story (组图), credit or not
_SENTENCE_END = "。！？!?.…”」』）)"
_ROLE_WORD = re.compile("摄|攝|图|圖|供|提供|发|發|Photo|PHOTO|/")
_BRACKETED = re.compile(r"[(（]([^()（）]{6,})[)）]")
_WRITER = re.compile("(?:^|[\\s/(（])文(?:[\\s/)）]|$)")
_PAGE_WIDE = re.compile(
    "^[(（]?(?:本版|本组|本組|本栏|本欄|本期|文/图|文／图|文/圖|图文|圖文|文·图)"
)


class Kind(StrEnum):
    CAPTION = "caption"
    CAPTION_PART = "caption (continued)"
    CREDIT = "credit line"
    PAGE_CREDIT = "page credit"
    HEADING = "heading"
    BODY = "body"
    IGNORED = "ignored"


@dataclass
class Decision:
    """What one unit was taken as, and the signal or rule that decided it."""

    text: str
    kind: Kind
    reason: str
    credit: Credit = NO_CREDIT  # for a caption: its own credit, once known
    caption_text: str = ""  # for a caption: its text without marker and credit
    fixed: bool = False  # set by the archivist: no rule changes it
    page_credit: Credit | None = None  # 本版照片均为 刘静 摄 closing a paragraph
    closes: int = 0  # for a credit line: how many paragraphs its caption has


def classify(units: list[str], forced: dict[int, Kind] | None = None) -> list[Decision]:
    """One decision per unit, in order; ``forced`` kinds are the archivist's and stay."""
    decisions = [_first_look(u) for u in units]
    _repeated_alt_texts(decisions)
    for i, kind in (forced or {}).items():
        if 0 <= i < len(decisions):
            decisions[i] = _forced(units[i], kind)
    _attach_credit_lines(decisions)
    _short_story_runs(decisions)
    _dated_first_paragraphs(decisions)
    _between_captions(decisions)
    _page_credits(decisions)
    _same_below(decisions)
    return decisions


def _first_look(unit: str) -> Decision:
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
        decision = _first_look(text)
        decision.page_credit = credit
        decision.reason += f"; ends in the page's credit ({credit.as_printed})"
        return decision
    weak = credit is not NO_CREDIT and not _ROLE_WORD.search(credit.as_printed)
    if weak and text and text.rstrip()[-1] not in _SENTENCE_END:
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


def _repeated_alt_texts(decisions: list[Decision]) -> None:
    """A line printed three times or more is an image's alt text, copied with the page;
    the paragraph under each copy is that image's caption."""
    seen: dict[str, int] = {}
    for d in decisions:
        seen[d.text] = seen.get(d.text, 0) + 1
    repeated = {text for text, n in seen.items() if n >= MIN_ALT_REPEATS and len(text) >= 4}
    for i, d in enumerate(decisions):
        if d.text not in repeated or _sentence(d) or d.kind not in (Kind.BODY, Kind.HEADING):
            continue
        d.kind, d.reason = Kind.IGNORED, "printed again and again: an image's alt text"
        below = decisions[i + 1] if i + 1 < len(decisions) else None
        if below is not None and below.kind is Kind.BODY and not _narrative(below):
            below.kind, below.reason = Kind.CAPTION, "under an image's alt text"
            below.caption_text = below.text


def _forced(unit: str, kind: Kind) -> Decision:
    """A unit taken as ``kind`` because the archivist said so."""
    bare = strip_marker(unit)[0]
    decision = Decision(unit, kind, "set by hand", fixed=True)
    if kind is Kind.CAPTION:
        text, credit = split_caption_credit(bare)
        decision.caption_text, decision.credit = (text, credit) if text else (bare, NO_CREDIT)
    elif kind in (Kind.CREDIT, Kind.PAGE_CREDIT):
        decision.credit = parse_credit(bare) or Credit(bare, CreditRole.UNKNOWN)
    return decision


def _attach_credit_lines(decisions: list[Decision]) -> None:
    """A credit on a line of its own closes the caption above it.

    The caption is the paragraph above, or the paragraphs back to a heading
    (a photo's own title, as 镜观中国 prints them), or a short photo news item
    of one or two paragraphs under the title.
    """
    for i, d in enumerate(decisions):
        if d.kind is not Kind.CREDIT or i == 0:
            continue
        block = _block_above(decisions, i)
        if not block:
            continue
        first = block[0]
        texts = [strip_marker(decisions[j].text, caption=True)[0] for j in block]
        decisions[first].kind = Kind.CAPTION
        decisions[first].reason = f"followed by the credit line {d.text!r}"
        decisions[first].caption_text = "\n".join(texts)
        decisions[first].credit = d.credit
        for j in block[1:]:
            decisions[j].kind = Kind.CAPTION_PART
            decisions[j].reason = "part of the caption above"
        d.reason = "the credit of the caption above"
        _share_with_marked_run(decisions, first, d)
        d.closes = len(block)


def _share_with_marked_run(decisions: list[Decision], first: int, line: Decision) -> None:
    """图① … / 图② … / 侯利军 薛汇宇 摄: one credit line under marked captions credits them all."""
    if not has_marker(decisions[first].text):
        return
    j = first - 1
    while j >= 0 and decisions[j].kind is Kind.CAPTION and decisions[j].credit is NO_CREDIT:
        if not has_marker(decisions[j].text):
            break
        decisions[j].credit = line.credit
        decisions[j].reason += f"; shares the credit line {line.text!r}"
        j -= 1


def _block_above(decisions: list[Decision], i: int) -> list[int]:
    """Indexes of the uncredited paragraphs that a credit line at ``i`` closes."""
    above = decisions[i - 1] if i else None
    if above is not None and above.kind is Kind.HEADING and not above.fixed:
        return [i - 1]  # ④交警冒雨指挥交通 / 郑报豫览摄影师 高福生 摄: a short caption
    weak = not _ROLE_WORD.search(decisions[i].text)
    if (
        weak
        and above is not None
        and above.kind is Kind.BODY
        and display_width(above.text) > MAX_SHORT_CAPTION_WIDTH
    ):
        return []  # 郑报全媒体记者 李新华 under a paragraph: the writer, not a photo
    headed = _headed_block(decisions, i)
    if headed:
        return headed
    block: list[int] = []
    j = i - 1
    while j >= 0 and len(block) < MAX_CAPTION_BLOCK:
        d = decisions[j]
        if d.kind is Kind.IGNORED:
            j -= 1
            continue
        if d.kind in (Kind.CREDIT, Kind.PAGE_CREDIT, Kind.HEADING, Kind.CAPTION_PART):
            break
        if d.fixed and d.kind is Kind.BODY:
            break
        if block and (_narrative(d) or _narrative(decisions[block[0]])):
            break  # a long paragraph of the story is no part of a caption
        if d.kind is Kind.CAPTION and d.credit is not NO_CREDIT:
            break
        block.insert(0, j)
        if d.kind is Kind.CAPTION:  # a marked caption opens its block
            break
        j -= 1
    bounded = j < 0 or decisions[j].kind is not Kind.BODY
    if not block:
        return []
    only = decisions[block[0]]
    long_body = only.kind is Kind.BODY and display_width(only.text) > MAX_SHORT_CAPTION_WIDTH
    if len(block) == 1 and long_body and _orphan_captions(decisions):
        return []  # body, then the page's credit for the captions printed without one
    headed = j >= 0 and decisions[j].kind is Kind.HEADING
    if headed or (bounded and len(block) <= 2):
        return block
    return block[-1:]


def _headed_block(decisions: list[Decision], i: int) -> list[int]:
    """The paragraphs between a photo's own heading and its credit line, however long."""
    block: list[int] = []
    j = i - 1
    while j >= 0 and len(block) < MAX_CAPTION_BLOCK:
        d = decisions[j]
        if d.kind is Kind.HEADING and block:
            return block
        if d.fixed or not (
            d.kind is Kind.BODY or (d.kind is Kind.CAPTION and d.credit is NO_CREDIT)
        ):
            return []
        block.insert(0, j)
        j -= 1
    return []


def _narrative(d: Decision) -> bool:
    """A paragraph too long for a caption: the story itself."""
    return d.kind is Kind.BODY and display_width(d.text) > 2 * MAX_STORY_LINE_WIDTH


def _orphan_captions(decisions: list[Decision]) -> bool:
    """Captions printed with no credit of their own, not even on the next line."""
    for i, d in enumerate(decisions):
        if d.kind is not Kind.CAPTION or d.credit is not NO_CREDIT:
            continue
        following = next((x for x in decisions[i + 1 :] if x.kind is not Kind.IGNORED), None)
        if following is None or following.kind is not Kind.CREDIT:
            return True
    return False


def _short_story_runs(decisions: list[Decision]) -> None:
    """A run of short lines ending in a credit line is a photo story's captions.

    ``部队行军途中。`` / ``官兵在休息时间踢足球。`` / ``新京报记者 陶冉 摄影报道``: each line
    is a caption, and the credit line below them is the page's credit.
    """
    for i, d in enumerate(decisions):
        if d.kind is not Kind.CREDIT or d.closes > 1:
            continue
        run = []
        j = i - 1
        while j >= 0 and decisions[j].kind in (Kind.BODY, Kind.CAPTION):
            if decisions[j].fixed:
                break
            own = decisions[j].credit
            if decisions[j].kind is Kind.CAPTION and own is not NO_CREDIT and own is not d.credit:
                break
            if display_width(decisions[j].text) > MAX_STORY_LINE_WIDTH:
                break
            run.insert(0, j)
            j -= 1
        marked = [k for k in run if has_marker(decisions[k].text)]
        if marked:  # 秋意渐浓… / 图①为… / 图②为…: the lead is shared, not a caption
            run = [k for k in run if k >= marked[0]]
        if len(run) < 3 or d.fixed:
            continue
        for k in run:
            decisions[k].kind = Kind.CAPTION
            decisions[k].reason = "one of a run of short lines above a page credit"
            decisions[k].caption_text = strip_marker(decisions[k].text)[0]
            decisions[k].credit = NO_CREDIT
        d.kind = Kind.PAGE_CREDIT
        d.reason = "a credit line under a run of captions: the page's credit"


_WIRE_DATE = re.compile(
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.$"
)


def _dated_first_paragraphs(decisions: list[Decision]) -> None:
    """Wire captions open with what, where and when (… Shaanxi Province, Aug. 14, 2022.);
    the paragraph that follows with the credit is the same caption's context."""
    for i in range(1, len(decisions)):
        above, d = decisions[i - 1], decisions[i]
        own = d.kind is Kind.CAPTION and d.credit is not NO_CREDIT and d.reason.startswith("ends")
        if not own or above.kind is not Kind.BODY or above.fixed or d.fixed:
            continue
        if _WIRE_DATE.search(above.text.rstrip()) and not _WIRE_DATE.search(d.caption_text):
            above.kind, above.credit = Kind.CAPTION, d.credit
            above.caption_text = f"{above.text}\n{d.caption_text}"
            above.reason = (
                "a dated first paragraph; the next one closes the caption with its credit"
            )
            d.kind, d.reason = Kind.CAPTION_PART, "part of the caption above"


def _between_captions(decisions: list[Decision]) -> None:
    """A short paragraph between two captions is a caption whose credit was not printed."""
    kinds = [d.kind for d in decisions]
    for i in range(1, len(decisions) - 1):
        d = decisions[i]
        if d.fixed or d.kind is not Kind.BODY or _narrative(d):
            continue
        before = _neighbour(kinds, i, -1)
        after = _neighbour(kinds, i, 1)
        if display_width(d.text) > max(MAX_SHORT_CAPTION_WIDTH, 1.5 * _widest_caption(decisions)):
            continue  # far longer than the captions round it: a paragraph of the story
        if before is Kind.CAPTION and after in (Kind.CAPTION, None):
            d.kind = Kind.CAPTION
            d.reason = "a short paragraph between captions"
            d.caption_text = strip_marker(d.text)[0]


def _widest_caption(decisions: list[Decision]) -> int:
    return max(
        (display_width(d.caption_text) for d in decisions if d.kind is Kind.CAPTION), default=0
    )


def _neighbour(kinds: list[Kind], i: int, step: int) -> Kind | None:
    j = i + step
    while 0 <= j < len(kinds) and kinds[j] in (Kind.IGNORED, Kind.CAPTION_PART, Kind.CREDIT):
        j += step
    return kinds[j] if 0 <= j < len(kinds) else None


def _same_below(decisions: list[Decision]) -> None:
    """（圖/…,下同）: "the same below", the credit of the captions that follow without one."""
    credit: Credit | None = None
    for d in decisions:
        if d.kind is not Kind.CAPTION:
            continue
        if d.credit is not NO_CREDIT:
            credit = d.credit if "下同" in shadow_text(d.credit.as_printed) else None
        elif credit is not None:
            d.credit = credit
            d.reason += f"; {credit.as_printed!r} said the same below"


def _page_credits(decisions: list[Decision]) -> None:
    """A credit line that closes no caption credits every caption printed without one.

    Where a page credit stands, a run of three or more short lines is that
    page's photo story even without a credit line under it.
    """
    page = [d for d in decisions if d.kind in (Kind.CREDIT, Kind.PAGE_CREDIT)]
    page = [d for d in page if d.reason != "the credit of the caption above"]
    for d in page:
        d.kind = Kind.PAGE_CREDIT
        if d.reason == "a credit alone":
            d.reason = "a credit line that closes no caption: the page's credit"
    credits = [d.credit for d in page] + [d.page_credit for d in decisions if d.page_credit]
    _short_runs(decisions, minimum=2)
    if not credits:
        return
    credit = credits[-1]
    for d in decisions:
        if d.kind is Kind.CAPTION and d.credit is NO_CREDIT:
            d.credit = credit
            d.reason += f"; takes the page credit {credit.as_printed!r}"


def _short_runs(decisions: list[Decision], *, minimum: int) -> None:
    """Short lines right above a page credit, or opening the feature, are its captions."""
    runs: list[list[int]] = []
    run: list[int] = []
    uncaptioned = not any(d.kind is Kind.CAPTION for d in decisions)
    for i, d in enumerate([*decisions, None]):
        if d is not None and _short_line(d):
            run.append(i)
            continue
        closed_by_credit = d is not None and d.kind is Kind.PAGE_CREDIT
        before = decisions[run[0] - 1] if run and run[0] > 0 else None
        closed_by_credit = closed_by_credit or (
            before is not None
            and (before.kind is Kind.PAGE_CREDIT or before.page_credit is not None)
        )
        opening = (
            bool(run)
            and all(x.kind is Kind.IGNORED for x in decisions[: run[0]])
            and d is not None
            and d.kind is Kind.BODY
        )
        if (
            (closed_by_credit and len(run) >= minimum)
            or (opening and len(run) >= 3 and not any(_sentence(decisions[k]) for k in run))
            or (
                uncaptioned
                and len(run) >= MIN_STORY_RUN
                and not any(_sentence(decisions[k]) for k in run)
            )
        ):
            runs.append(run)
        run = []
    for run in runs:
        for k in run:
            decisions[k].kind = Kind.CAPTION
            decisions[k].reason = "one of a run of short lines on a page with a page credit"
            decisions[k].caption_text = strip_marker(decisions[k].text, caption=True)[0]


def _sentence(d: Decision) -> bool:
    """Ends as a sentence does: a body paragraph, not a list item or a heading."""
    return d.text.rstrip()[-1:] in "。！？!?."


def _short_line(d: Decision) -> bool:
    return (
        d.kind in (Kind.BODY, Kind.HEADING)
        and not d.fixed
        and display_width(d.text) <= MAX_SHORT_CAPTION_WIDTH
    )


def page_wide(credit: Credit) -> bool:
    """本版照片均为 刘静 摄, 文/图 记者 周东伦: a credit for the whole page or article."""
    return bool(_PAGE_WIDE.match(credit.as_printed))


def heading_like(unit: str) -> bool:
    """Short, and stops without a sentence ending: a title or a photo's heading."""
    stripped = unit.strip()
    return bool(stripped) and (
        display_width(stripped) <= MAX_HEADING_WIDTH
        and stripped[-1] not in _SENTENCE_END + "，,、；;：:"
        and "。" not in stripped
    )
