"""One credit for a whole page or story: which captions take it."""

from __future__ import annotations

from photoarchive.captions.markers import strip_marker
from photoarchive.captions.model import NO_CREDIT, Credit
from photoarchive.captions.paragraph_model import (
    MIN_STORY_RUN,
    Decision,
    Kind,
    ends_as_sentence,
    short_line,
)
from photoarchive.captions.script import shadow as shadow_text


def same_below(decisions: list[Decision]) -> None:
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


def page_credits(decisions: list[Decision]) -> None:
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
        if d is not None and short_line(d):
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
            or (opening and len(run) >= 3 and not any(ends_as_sentence(decisions[k]) for k in run))
            or (
                uncaptioned
                and len(run) >= MIN_STORY_RUN
                and not any(ends_as_sentence(decisions[k]) for k in run)
            )
        ):
            runs.append(run)
        run = []
    for run in runs:
        for k in run:
            decisions[k].kind = Kind.CAPTION
            decisions[k].reason = "one of a run of short lines on a page with a page credit"
            decisions[k].caption_text = strip_marker(decisions[k].text, caption=True)[0]
