"""Kicker, title and byline at the top of a feature.

Layout, top down: an optional kicker (引题, often hard-wrapped, often ending in
——), the title, an optional subtitle starting with a dash, an optional byline.
The byline is the surest anchor: what stands before it is title and kicker.
Without one, the leading heading-like units are the header.
"""

from __future__ import annotations

from dataclasses import dataclass

from photoarchive.captions.bylines import Byline, parse_byline
from photoarchive.captions.markers import has_marker
from photoarchive.captions.structure import ends_with_credit, join_text, starts_with_dash

MAX_HEADER_UNITS = 6
MAX_HEADING_UNITS = 3  # kicker, title, subtitle
MAX_HEADING_CHARS = 60
MAX_HEADERISH_CHARS = 100
_NOT_HEADING_ENDINGS = "。.，,、；;：:"


@dataclass(frozen=True, slots=True)
class Header:
    """The header read off the top; ``consumed`` units belong to it."""

    title: str
    kicker: str | None
    byline: tuple[str, ...]
    consumed: int
    warnings: tuple[str, ...] = ()


def read_header(units: list[str]) -> Header:
    window = units[:MAX_HEADER_UNITS]
    bylines = [parse_byline(u) for u in window]
    span = _byline_span(window, bylines)
    if span is not None:
        first, last = span
        names = tuple(n for b in bylines[first : last + 1] if b for n in b.names)
        warnings = []
        if any(b and b.ambiguous for b in bylines[first : last + 1]):
            printed = " / ".join(window[first : last + 1])
            warnings.append(f"byline {printed!r}: the spacing of its names is ambiguous")
        return _with_title(window[:first], names, last + 1, warnings)
    count = 0
    while count < min(len(window), MAX_HEADING_UNITS) and _heading_like(window[count]):
        count += 1
        if count >= 2 and window[count - 2].rstrip().endswith(("——", "--")):
            break  # kicker——, then the title: what follows is the feature
    return _with_title(window[:count], (), count, [])


def _byline_span(window: list[str], bylines: list[Byline | None]) -> tuple[int, int] | None:
    """First run of byline-like units preceded only by header-ish units; its last unit(s)."""
    for i, byline in enumerate(bylines):
        if byline is None:
            if not _headerish(window[i]):
                return None
            continue
        if i == 0 and not byline.marked:
            continue  # a bare name-like first line is a title (春到 衡阳)
        last = i
        while last + 1 < len(bylines) and bylines[last + 1] is not None:
            last += 1
        first = last
        while first - 1 >= max(i, 1) and _marked(bylines[first - 1]) and _marked(bylines[last]):
            first -= 1
        if _weak(bylines[last]) and last + 1 < len(window) and _heading_like(window[last + 1]):
            return None
        return first, last
    return None


def _with_title(
    heads: list[str], byline: tuple[str, ...], consumed: int, warnings: list[str]
) -> Header:
    if not heads:
        warnings.append("no title found at the top of the text")
        return Header("", None, byline, consumed, tuple(warnings))
    title_at = len(heads) - 1
    title = heads[title_at]
    if starts_with_dash(title) and title_at > 0:  # a subtitle follows the title
        title_at -= 1
        title = heads[title_at] + title
    kicker = ""
    for piece in heads[:title_at]:
        kicker = join_text(kicker, piece)
    return Header(title, kicker or None, byline, consumed, tuple(warnings))


def _headerish(unit: str) -> bool:
    return (
        len(unit) <= MAX_HEADERISH_CHARS
        and not unit.endswith("。")
        and not has_marker(unit)
        and not ends_with_credit(unit)
    )


def _heading_like(unit: str) -> bool:
    return (
        _headerish(unit)
        and len(unit) <= MAX_HEADING_CHARS
        and "。" not in unit
        and unit[-1] not in _NOT_HEADING_ENDINGS
    )


def _marked(byline: Byline | None) -> bool:
    return byline is not None and byline.marked


def _weak(byline: Byline | None) -> bool:
    return byline is not None and not byline.marked and len(byline.names) == 1
