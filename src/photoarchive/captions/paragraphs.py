"""Decide, paragraph by paragraph, what a feature text's units are, and say why.

Each unit is classified on its own signals (:mod:`paragraph_signals`: it ends
in a credit, it carries a marker, it says 图为, it is a credit alone, it is page
furniture, it is short and title-like) and its neighbours' (:mod:`caption_blocks`:
a credit on the next line, a run of short lines; :mod:`page_credits`: one credit
for the page), so a caption is found wherever the page put it: before the body,
between its paragraphs or after it. A new layout is one more signal, not
another walk over the text.
"""

from __future__ import annotations

from photoarchive.captions.caption_blocks import (
    attach_credit_lines,
    between_captions,
    dated_first_paragraphs,
    short_story_runs,
)
from photoarchive.captions.page_credits import page_credits, same_below
from photoarchive.captions.paragraph_model import Decision, Kind, heading_like, page_wide
from photoarchive.captions.paragraph_signals import (
    first_look,
    forced_decision,
    repeated_alt_texts,
)

__all__ = ["Decision", "Kind", "classify", "heading_like", "page_wide"]


def classify(units: list[str], forced: dict[int, Kind] | None = None) -> list[Decision]:
    """One decision per unit, in order; ``forced`` kinds are the archivist's and stay."""
    decisions = [first_look(u) for u in units]
    repeated_alt_texts(decisions)
    for i, kind in (forced or {}).items():
        if 0 <= i < len(decisions):
            decisions[i] = forced_decision(units[i], kind)
    attach_credit_lines(decisions)
    short_story_runs(decisions)
    dated_first_paragraphs(decisions)
    between_captions(decisions)
    page_credits(decisions)
    same_below(decisions)
    return decisions
