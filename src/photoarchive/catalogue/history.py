"""The edit history: one row per change to a photo, written in the change's own transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from photoarchive.catalogue.models import EditHistory


def record_edit(
    session: Session,
    photo_id: int,
    field: str,
    old: str | None,
    new: str | None,
    *,
    actor: str,
) -> None:
    """Note that ``actor`` changed ``field`` of photo ``photo_id`` from ``old`` to ``new``."""
    session.add(
        EditHistory(
            actor=actor,
            entity="photo",
            entity_id=photo_id,
            field=field,
            old_value=old,
            new_value=new,
        )
    )
