"""Caption markers (``▲``, ``图①``, ``图1：``, ``上图：``) and other signs of a caption.

Markers point at a photo on the printed page; they are layout, not caption
text, so they are stripped. ``图为`` opening a sentence is not a marker (it
reads "the picture shows") but it does tell a caption from a body paragraph.
"""

from __future__ import annotations

import re

_SYMBOLS = "▲△▼▽►▶◀◄◆◇■□●○◎★☆↑↓←→"
_CIRCLED = "\u2460-\u2473\u2776-\u277f"  # ①-⑳, ❶-❿
_NUMERAL = rf"(?:[{_CIRCLED}]|\d{{1,2}}|[一二三四五六七八九十]{{1,3}})"
_SEPARATOR = r"(?:\s*[：:﹕、.．|｜]\s*|\s+)"
_MARKER = re.compile(
    rf"^(?:[{_SYMBOLS}]+\s*(?:(?:图|圖)?[{_CIRCLED}]{_SEPARATOR}?|(?:图|圖)?{_NUMERAL}{_SEPARATOR})?"
    rf"|[（(](?:图|圖){_NUMERAL}[）)]\s*"  # （图1）
    rf"|(?:图|圖)[{_CIRCLED}]{_SEPARATOR}?"  # 图① (unambiguous, separator optional)
    rf"|(?:图|圖)[：:﹕]\s*"  # 图：
    rf"|(?:图|圖){_NUMERAL}{_SEPARATOR}"  # 图1： / 图一 (needs a separator: 图一为… is prose)
    rf"|[上下左右中](?:图|圖){_SEPARATOR})"  # 上图：
)
_PICTURE_SHOWS = re.compile(
    rf"(?:^|(?<=[。！？!?\s]))(?:[上下左右中]?(?:图|圖){_NUMERAL}?)(?:为|為|中|示)"
)


_NUMBERED = re.compile(
    rf"^(?:[{_CIRCLED}]{_SEPARATOR}?"
    r"|【[^】]{1,24}】\s*"  # 【骄阳下的汉警】: the photo's own title
    # GLOBAL-POY/ Ivan Alvarado / Reuters: the wire's slug and its credit, before the caption
    r"|[A-Z]{2,}(?:-[A-Z0-9]{2,})+/\s*(?:[A-Z][\w'’.-]*\s+){1,3}/\s*[A-Z][A-Za-z]+\s+"
    r"|(?i:above|below|left|right|top|bottom|top left|top right|from left|main picture|inset)"
    r"\s*[:：]\s*)"  # above: (a pointer to the picture)
)


def strip_marker(text: str, *, caption: bool = False) -> tuple[str, bool]:
    """Remove a leading caption marker; the flag says whether there was one.

    A bare ①, a 【title】 or "above:" open body paragraphs too; only on what is
    known to be a caption (``caption=True``) are they taken as the photo's marks.
    """
    m = _MARKER.match(text) or (_NUMBERED.match(text) if caption else None)
    if m is None or m.end() == 0:
        return text, False
    return text[m.end() :].lstrip(), True


def has_marker(text: str) -> bool:
    return strip_marker(text)[1]


def shows_picture(text: str) -> bool:
    """True when a sentence of ``text`` opens with 图为 / 上图为 / 图中 (a caption's wording)."""
    return _PICTURE_SHOWS.search(text) is not None
