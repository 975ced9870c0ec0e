"""Date values in queries: a day, a month or a year, alone or as a range.

``2021-09-27``, ``2021-09``, ``2021``, ``2021/9/27``, ``2021年9月27日``; a range
joins two with ``..`` and either end may be left open (``..2021``, ``2021-09..``).
A month or year means all of it: ``..2021`` ends on 31 December 2021.
"""

from __future__ import annotations

import calendar
import datetime
import re

from photoarchive.errors import QuerySyntaxError

_DATE_RE = re.compile(
    r"(?P<y>\d{4})(?:[-/](?P<m>\d{1,2})(?:[-/](?P<d>\d{1,2}))?)?"
    r"|(?P<cy>\d{4})年(?:(?P<cm>\d{1,2})月(?:(?P<cd>\d{1,2})日)?)?"
)


def parse_date_range(field: str, value: str) -> tuple[datetime.date | None, datetime.date | None]:
    """Inclusive (start, end) for ``value``; raise QuerySyntaxError if malformed."""
    if value.count("..") > 1:
        raise _error(field, value)
    if ".." in value:
        low, high = value.split("..")
        if not low and not high:
            raise _error(field, value)
        start = _period(field, value, low)[0] if low else None
        end = _period(field, value, high)[1] if high else None
        if start and end and start > end:
            raise QuerySyntaxError(
                f"The range {field}:{value} ends before it starts.",
                hint="Put the earlier date first, e.g. 2021-09..2021-10.",
            )
        return start, end
    return _period(field, value, value)


def _period(field: str, value: str, text: str) -> tuple[datetime.date, datetime.date]:
    match = _DATE_RE.fullmatch(text)
    if match is None:
        raise _error(field, value)
    year = int(match["y"] or match["cy"])
    month_text = match["m"] or match["cm"]
    day_text = match["d"] or match["cd"]
    try:
        if month_text is None:
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        month = int(month_text)
        if day_text is None:
            last = calendar.monthrange(year, month)[1]
            return datetime.date(year, month, 1), datetime.date(year, month, last)
        day = datetime.date(year, month, int(day_text))
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise QuerySyntaxError(
            f"{field}:{value} is not a real date ({text}).", hint=_HINT.format(field=field)
        ) from exc
    return day, day


_HINT = (
    "Use a date such as {field}:2021-09-27, a month {field}:2021-09, a year {field}:2021, "
    "or a range such as {field}:2021-09..2021-10 or {field}:..2021."
)


def _error(field: str, value: str) -> QuerySyntaxError:
    return QuerySyntaxError(
        f"{field}:{value} is not a date or date range.", hint=_HINT.format(field=field)
    )
