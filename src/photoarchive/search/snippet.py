"""The few words of a caption shown under a hit, matches in bold.

Matches are found in normal form (so 周 围 and Farmers are marked like the
search found them) and mapped back to the caption as printed. The window starts
a little before the first match; "…" marks text cut at either end. The result is
HTML: caption text escaped, matches wrapped in ``<b>…</b>``.
"""

from __future__ import annotations

import html

from photoarchive.search.plan import Substring, Words
from photoarchive.search.text import continues, normalize_with_map, word_spans

WIDTH = 80  # characters of caption shown
LEAD = 20  # characters kept before the first match
ELLIPSIS = "…"


def snippet(caption: str, terms: list[Substring | Words]) -> str:
    spans = match_spans(caption, terms)
    first = spans[0][0] if spans else 0
    start = max(0, first - LEAD)
    end = min(len(caption), start + WIDTH)
    start = max(0, min(start, end - WIDTH))
    pieces: list[str] = [ELLIPSIS] if start > 0 else []
    cursor = start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start >= span_end:
            continue
        pieces.append(html.escape(caption[cursor:span_start]))
        pieces.append(f"<b>{html.escape(caption[span_start:span_end])}</b>")
        cursor = span_end
    pieces.append(html.escape(caption[cursor:end]))
    if end < len(caption):
        pieces.append(ELLIPSIS)
    return "".join(pieces)


def match_spans(caption: str, terms: list[Substring | Words]) -> list[tuple[int, int]]:
    """Merged, sorted (start, end) ranges of the caption as printed that match."""
    norm, origin = normalize_with_map(caption)
    found: list[tuple[int, int]] = []
    stems = {s for term in terms if isinstance(term, Words) for s in term.stems}
    if stems:
        found.extend((a, b) for a, b, stem in word_spans(norm) if stem in stems)
    for term in terms:
        if isinstance(term, Substring):
            size = len(term.needle)
            pos = norm.find(term.needle)
            while pos >= 0:
                before = norm[pos - 1] if pos else ""
                after = norm[pos + size : pos + size + 1]
                if not continues(term.edge_start, before) and not continues(term.edge_end, after):
                    found.append((pos, pos + size))
                pos = norm.find(term.needle, pos + 1)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(found):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return [(origin[a], origin[b - 1] + 1) for a, b in merged]
