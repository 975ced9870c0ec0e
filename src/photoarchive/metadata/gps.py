"""EXIF GPS rationals to signed decimal degrees.

Bad GPS is worse than none (a photo placed on the wrong continent misleads a
search by place), so anything doubtful is refused with a reason instead of being
guessed: a zero denominator, a missing hemisphere, an out-of-range value.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from numbers import Rational, Real


class InvalidGpsError(ValueError):
    """A GPS coordinate that cannot be trusted."""


def signed_degrees(
    values: Sequence[object], ref: str | None, *, positive: str, negative: str, limit: float
) -> float:
    """Degrees/minutes/seconds plus a hemisphere letter to signed decimal degrees."""
    hemisphere = (ref or "").strip().upper()[:1]
    if hemisphere not in (positive, negative):
        raise InvalidGpsError(f"no {positive}/{negative} reference")
    if not 1 <= len(values) <= 3:
        raise InvalidGpsError(f"{len(values)} values instead of degrees, minutes, seconds")
    degrees = sum((_number(value) / 60**power for power, value in enumerate(values)), start=0.0)
    if degrees > limit:
        raise InvalidGpsError(f"{degrees:.6f} is beyond {limit:g} degrees")
    return -degrees if hemisphere == negative else degrees


def _number(value: object) -> float:
    """One EXIF rational (or a plain number) as a non-negative float."""
    if isinstance(value, Rational):
        if value.denominator == 0:
            raise InvalidGpsError("a zero denominator")
        number = float(Fraction(value.numerator, value.denominator))
    elif isinstance(value, Real):
        number = float(value)
    else:
        raise InvalidGpsError(f"a value that is not a number ({value!r})")
    if number < 0:
        raise InvalidGpsError("a negative component")
    return number
