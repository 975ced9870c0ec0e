"""Finding the photos a command names, or saying plainly which ones are not there.

Every service that takes photo ids asks here, so the message (and its hint) is
the same whichever command or window asked.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from photoarchive.catalogue.models import Photo
from photoarchive.errors import NotFoundError

_HINT = "List the photos with `photoarchive list`."


def no_such_photo(photo_ids: Iterable[int]) -> NotFoundError:
    """The error for ids that name no photo in this library."""
    ids = ", ".join(map(str, photo_ids))
    return NotFoundError(f"There is no photo {ids} in this library.", hint=_HINT)


def get_photo(session: Session, photo_id: int) -> Photo:
    """The photo ``photo_id``, or :class:`NotFoundError`."""
    photo = session.get(Photo, photo_id)
    if photo is None:
        raise no_such_photo([photo_id])
    return photo


def require_photos(session: Session, photo_ids: Iterable[int]) -> None:
    """Raise :class:`NotFoundError` naming every id that is not a photo here."""
    wanted = list(photo_ids)
    found = set(session.scalars(select(Photo.id).where(Photo.id.in_(wanted))))
    missing = [pid for pid in wanted if pid not in found]
    if missing:
        raise no_such_photo(missing)
