"""A photo already in the archive meets the feature it was published in.

Archivists often import the photo folder first and the article text later. The
second import must not throw the captions away as "duplicates": a photo that
belongs to no feature yet is attached to its position, and the printed caption
and credit win over the embedded ones (which stay on the photo), as they do for
a new photo. Every change is recorded in the edit history.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from photoarchive.captions.model import Caption
from photoarchive.catalogue.credits import credit_row
from photoarchive.catalogue.history import record_edit
from photoarchive.catalogue.models import Photo, utcnow
from photoarchive.catalogue.publications import add_publication

ACTOR = "import"


def link_to_feature(
    session: Session, photo_id: int, feature_id: int, caption: Caption, caption_id: int | None
) -> Photo | None:
    """Attach a feature-less photo to ``feature_id`` at the caption's position.

    Returns the photo when it was linked, None when it already belongs to a
    feature (then the caller records one more publication of it).
    """
    photo = session.get(Photo, photo_id)
    if photo is None or photo.feature_id is not None:
        return None

    def record(field: str, old: str | None, new: str | None) -> None:
        record_edit(session, photo_id, field, old, new, actor=ACTOR)

    record("feature", None, f"{feature_id}#{caption.position}")
    photo.feature_id, photo.position = feature_id, caption.position
    if caption_id is not None:
        add_publication(session, photo, caption_id)
    if photo.caption != caption.text:
        record("caption", photo.caption, caption.text)
        photo.caption = caption.text
    old_credit = photo.credit
    printed = caption.credit
    if printed.as_printed or printed.contributors or old_credit is None:
        record("credit", old_credit.as_printed if old_credit else None, printed.as_printed)
        photo.credit = credit_row(session, printed)
        if old_credit is not None:
            session.flush()
            session.delete(old_credit)
    photo.updated_at = utcnow()
    return photo
