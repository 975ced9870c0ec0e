"""Whether a licence lets a photo leave for a purpose, and if not, why.

The answer is a sentence for the export report rather than a bool, because
staff need to know what to fix (record a licence, renew it, pick a purpose).
"""

from __future__ import annotations

from datetime import date

from photoarchive.licensing.model import Licence, ordered_purposes, parse_purpose

NO_LICENCE = "no licence recorded: set one with `photoarchive license set PHOTO_ID --kind …`"


def evaluate(licence: Licence | None, purpose: str, today: date) -> str | None:
    """None when `purpose` is allowed on `today`, else the reason it is not.

    `licence.expires` is the last valid day: the photo may still leave on it.
    An unknown purpose raises :class:`~photoarchive.errors.InputError`.
    """
    wanted = parse_purpose(purpose)
    if licence is None:
        return NO_LICENCE
    if licence.expires is not None and today > licence.expires:
        return f"licence expired on {licence.expires.isoformat()}"
    if wanted not in licence.purposes:
        allowed = ordered_purposes(licence.purposes)
        if not allowed:
            return f"{licence.kind.value} licence allows no purpose"
        return f"{licence.kind.value} licence allows {', '.join(allowed)} only"
    return None
