"""Catalogue side of themes: custom theme rows and photo-theme links."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from photoarchive.catalogue.history import record_edit
from photoarchive.catalogue.models import Photo, PhotoTheme, ThemeRecord, utcnow
from photoarchive.tagging import Theme, Vocabulary

MANUAL, SUGGESTED, ACCEPTED, REJECTED = "manual", "suggested", "accepted", "rejected"
TAGGED = (MANUAL, ACCEPTED)  # what counts as "the photo has this theme"


def custom_themes(session: Session, shipped: Vocabulary) -> list[Theme]:
    """The archive's own themes and its changes to shipped ones, as vocabulary entries.

    A row only stores what the archive changed; everything it leaves empty
    keeps the shipped value (relabelling 工业 keeps the English "Industry").
    """
    out = []
    for row in session.scalars(select(ThemeRecord).order_by(ThemeRecord.key)):
        base = shipped.resolve(row.key) if row.key in shipped else None
        label_en = row.label_en or (base.label_en if base else row.key)
        out.append(
            Theme(
                key=row.key,
                label_en=label_en,
                label_zh=row.label_zh or (base.label_zh if base else label_en),
                parent=row.parent or (base.parent if base else None),
                iptc_code=row.iptc_code or (base.iptc_code if base else None),
                triggers_zh=tuple(w for w in row.triggers if not w.isascii()),
                triggers_en=tuple(w for w in row.triggers if w.isascii()),
                retired=row.retired,
            )
        )
    return out


def set_link(
    session: Session,
    photo_id: int,
    key: str,
    source: str,
    *,
    actor: str,
    score: float | None = None,
    because: Iterable[str] = (),
    record: bool = True,
) -> None:
    """Create or change one photo-theme link, recording the change in the history."""
    link = session.get(PhotoTheme, (photo_id, key))
    old = link.source if link is not None else None
    if old == source:
        return
    if link is None:
        link = PhotoTheme(
            photo_id=photo_id, theme_key=key, source=source, score=score, because=list(because)
        )
        session.add(link)
    else:
        link.source = source
        if score is not None:
            link.score = score
    _touch(session, photo_id)
    if record:
        record_edit(session, photo_id, f"theme:{key}", old, source, actor=actor)


def remove_link(session: Session, photo_id: int, key: str, *, actor: str) -> bool:
    link = session.get(PhotoTheme, (photo_id, key))
    if link is None:
        return False
    record_edit(session, photo_id, f"theme:{key}", link.source, None, actor=actor)
    session.delete(link)
    _touch(session, photo_id)
    return True


def _touch(session: Session, photo_id: int) -> None:
    """A theme change changes what the photo is found by: bump its version stamp."""
    photo = session.get(Photo, photo_id)
    if photo is not None:
        photo.updated_at = utcnow()
