"""What a paragraph of a feature text can be taken as, and the measures the rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from photoarchive.captions.model import NO_CREDIT, Credit
from photoarchive.captions.structure import display_width

MAX_HEADING_WIDTH = 44
MAX_STORY_LINE_WIDTH = 160
MAX_SHORT_CAPTION_WIDTH = 80
MAX_CAPTION_BLOCK = 4
MIN_ALT_REPEATS = 3
MIN_STORY_RUN = 5  # this many short lines in a row are a photo story (组图), credit or not
SENTENCE_END = "。！？!?.…”」』）)"
ROLE_WORD = re.compile("摄|攝|图|圖|供|提供|发|發|Photo|PHOTO|/")
PAGE_WIDE = re.compile(
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


def narrative(d: Decision) -> bool:
    """A paragraph too long for a caption: the story itself."""
    return d.kind is Kind.BODY and display_width(d.text) > 2 * MAX_STORY_LINE_WIDTH


def ends_as_sentence(d: Decision) -> bool:
    """Ends as a sentence does: a body paragraph, not a list item or a heading."""
    return d.text.rstrip()[-1:] in "。！？!?."


def short_line(d: Decision) -> bool:
    return (
        d.kind in (Kind.BODY, Kind.HEADING)
        and not d.fixed
        and display_width(d.text) <= MAX_SHORT_CAPTION_WIDTH
    )


def page_wide(credit: Credit) -> bool:
    """本版照片均为 刘静 摄, 文/图 记者 周东伦: a credit for the whole page or article."""
    return bool(PAGE_WIDE.match(credit.as_printed))


def heading_like(unit: str) -> bool:
    """Short, and stops without a sentence ending: a title or a photo's heading."""
    stripped = unit.strip()
    return bool(stripped) and (
        display_width(stripped) <= MAX_HEADING_WIDTH
        and stripped[-1] not in SENTENCE_END + "，,、；;：:"
        and "。" not in stripped
    )
