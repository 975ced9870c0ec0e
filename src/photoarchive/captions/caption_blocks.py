"""Captions found through their neighbours: a credit line closes the paragraphs above it.

Back to the photo's own heading (镜观中国), over a run of short lines (a photo
story), or sharing one line among marked captions (图① / 图②); a dated first
paragraph opens a wire caption; a short paragraph between captions is one.
"""

from __future__ import annotations

import re

from photoarchive.captions.markers import has_marker, strip_marker
from photoarchive.captions.model import NO_CREDIT
from photoarchive.captions.paragraph_model import (
    MAX_CAPTION_BLOCK,
    MAX_SHORT_CAPTION_WIDTH,
    MAX_STORY_LINE_WIDTH,
    ROLE_WORD,
    Decision,
    Kind,
    narrative,
)
from photoarchive.captions.structure import display_width


def attach_credit_lines(decisions: list[Decision]) -> None:
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
    weak = not ROLE_WORD.search(decisions[i].text)
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
        if block and (narrative(d) or narrative(decisions[block[0]])):
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
    opener = decisions[block[0]]
    if opener.kind is Kind.CAPTION and any(
        decisions[k].kind is Kind.BODY
        and display_width(decisions[k].text) > MAX_SHORT_CAPTION_WIDTH
        for k in block[1:]
    ):
        return []  # (caption) / a paragraph of the story / the credit: the page's credit
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


def _orphan_captions(decisions: list[Decision]) -> bool:
    """Captions printed with no credit of their own, not even on the next line."""
    for i, d in enumerate(decisions):
        if d.kind is not Kind.CAPTION or d.credit is not NO_CREDIT:
            continue
        following = next((x for x in decisions[i + 1 :] if x.kind is not Kind.IGNORED), None)
        if following is None or following.kind is not Kind.CREDIT:
            return True
    return False


def short_story_runs(decisions: list[Decision]) -> None:
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


def dated_first_paragraphs(decisions: list[Decision]) -> None:
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


def between_captions(decisions: list[Decision]) -> None:
    """A short paragraph between two captions is a caption whose credit was not printed."""
    kinds = [d.kind for d in decisions]
    for i in range(1, len(decisions) - 1):
        d = decisions[i]
        if d.fixed or d.kind is not Kind.BODY or narrative(d):
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
