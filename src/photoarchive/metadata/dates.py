"""Dates taken, from the three places a photo can record them, as ISO 8601 text.

EXIF writes ``2008:05:30 15:56:01`` with the UTC offset in a separate tag, XMP
writes ISO 8601 already, IIM splits ``CCYYMMDD`` and ``HHMMSS±HHMM`` over two
datasets. All three become ``2008-05-30T15:56:01`` (``+08:00`` appended when the
file knows its offset). A date with no time of day is not a time taken: None.
"""

from __future__ import annotations

import re
from datetime import datetime

_EXIF = re.compile(r"(\d{4})[:\-/](\d{2})[:\-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"[+-]\d{2}:\d{2}")
_XMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}:\d{2})?)?"
)
_IIM_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_IIM_TIME = re.compile(r"(\d{2})(\d{2})(\d{2})(?:([+-]\d{2})(\d{2}))?")


class InvalidDateError(ValueError):
    """A date field holds something that is not a real date and time."""


def exif_datetime(value: str | None, offset: str | None = None) -> str | None:
    """``DateTimeOriginal`` (+ ``OffsetTimeOriginal``) as ISO 8601; None if unset."""
    if value is None or _is_unset(value):
        return None
    match = _EXIF.fullmatch(value.strip())
    if match is None:
        raise InvalidDateError(f"unreadable date {value.strip()!r}")
    iso = _iso(*match.groups())
    offset = (offset or "").strip()
    return iso + offset if _EXIF_OFFSET.fullmatch(offset) else iso


def xmp_datetime(value: str | None) -> str | None:
    """An XMP date (``exif:DateTimeOriginal``, ``photoshop:DateCreated``) as ISO 8601."""
    if value is None or not value.strip():
        return None
    match = _XMP.fullmatch(value.strip())
    if match is None:
        raise InvalidDateError(f"unreadable date {value.strip()!r}")
    year, month, day, hour, minute, second, zone = match.groups()
    if hour is None:
        return None
    iso = _iso(year, month, day, hour, minute, second or "00")
    if zone == "Z":
        return iso + "+00:00"
    return iso + (zone or "")


def iim_datetime(date: str | None, time: str | None) -> str | None:
    """IIM 2:55 Date Created + 2:60 Time Created as ISO 8601; None without a time."""
    if not date or not time or _is_unset(date):
        return None
    date_match = _IIM_DATE.fullmatch(date.strip())
    time_match = _IIM_TIME.fullmatch(time.strip())
    if date_match is None or time_match is None:
        raise InvalidDateError(f"unreadable date {date.strip()!r} {time.strip()!r}")
    hour, minute, second, zone_hours, zone_minutes = time_match.groups()
    iso = _iso(*date_match.groups(), hour, minute, second)
    return iso + (f"{zone_hours}:{zone_minutes}" if zone_hours else "")


def _is_unset(value: str) -> bool:
    """EXIF's "unknown" forms: blanks or zeros in place of digits."""
    return set(value.strip()) <= set("0: -")


def _iso(year: str, month: str, day: str, hour: str, minute: str, second: str) -> str:
    try:
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError as exc:
        raise InvalidDateError(f"impossible date {year}-{month}-{day} {hour}:{minute}") from exc
    return moment.isoformat()
