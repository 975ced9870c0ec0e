"""Recording that a feature printed a photo, once per feature caption.

An import calls this for every photo it pairs with a caption: a new photo, a
stored photo meeting its feature for the first time, and a stored photo that
ran before and runs again in another feature. Nothing printed is dropped.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, ScalarSelect, exists, select
from sqlalchemy.orm import Session

from photoarchive.catalogue.models import FeatureCaption, Photo, Publication


def caption_ids(session: Session, feature_id: int) -> dict[int, int]:
    """The feature's caption rows by position."""
    stmt = select(FeatureCaption.position, FeatureCaption.id).where(
        FeatureCaption.feature_id == feature_id
    )
    return {position: cid for position, cid in session.execute(stmt)}


def add_publication(session: Session, photo: Photo, caption_id: int) -> bool:
    """Record that ``photo`` ran with the caption ``caption_id``; False if already recorded."""
    if any(p.caption_id == caption_id for p in photo.publications):
        return False
    photo.publications.append(Publication(caption_id=caption_id))
    return True


def printed_in(feature_id: int) -> ColumnElement[bool]:
    """True for a photo the feature printed (first there, or again from another feature)."""
    return exists().where(
        Publication.photo_id == Photo.id,
        Publication.caption_id == FeatureCaption.id,
        FeatureCaption.feature_id == feature_id,
    )


def position_in(feature_id: int) -> ScalarSelect[int]:
    """A photo's position in the feature that printed it: a feature's own order."""
    return (
        select(FeatureCaption.position)
        .join(Publication, Publication.caption_id == FeatureCaption.id)
        .where(Publication.photo_id == Photo.id, FeatureCaption.feature_id == feature_id)
        .limit(1)
        .scalar_subquery()
    )
