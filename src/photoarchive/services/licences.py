"""Licences, a part of the Archive facade (``archive.licences``).

Defaults come from the credit, by the rules in ``<library>/licence-rules.toml``
when the archive has its own, else the shipped ones; a licence set by hand is
never overwritten by a default.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from photoarchive.catalogue.credits import credit_to_parse
from photoarchive.catalogue.history import record_edit
from photoarchive.catalogue.licences import store_licence, to_licence
from photoarchive.catalogue.models import Licence as LicenceRow
from photoarchive.catalogue.models import Photo
from photoarchive.library import Library
from photoarchive.licensing import Licence, LicenceRules, default_licence, load_rules
from photoarchive.services.lookup import get_photo, require_photos
from photoarchive.services.views import LicenceView

RULES_FILE = "licence-rules.toml"


def apply_default_licences(session: Session, photos: list[Photo], rules: LicenceRules) -> None:
    """Give photos without a licence the default their credit implies (in ``session``).

    Called inside the transaction that stores or changes the photos, so it
    takes that transaction's session; front ends never call it.
    """
    for photo in photos:
        if session.get(LicenceRow, photo.id) is not None:
            continue
        licence = default_licence(credit_to_parse(photo.credit), rules)
        if licence is not None:
            store_licence(session, photo.id, licence, source="default")


def rederive_default_licence(session: Session, photo: Photo, rules: LicenceRules) -> None:
    """A new credit implies a new default licence; one set by hand is never touched."""
    row = session.get(LicenceRow, photo.id)
    if row is not None and row.source != "default":
        return
    if row is not None:
        session.delete(row)
        session.flush()
    apply_default_licences(session, [photo], rules)


class Licences:
    """Reading and setting photos' licences, by the archive's rules."""

    def __init__(self, library: Library) -> None:
        self.library = library

    @cached_property
    def rules(self) -> LicenceRules:
        own = self.rules_path()
        return load_rules(own if own.is_file() else None)

    def get(self, photo_id: int) -> Licence | None:
        with self.library.catalogue.reader() as session:
            get_photo(session, photo_id)
            return to_licence(session.get(LicenceRow, photo_id))

    def licence_view(self, photo_id: int) -> LicenceView | None:
        """The photo's licence and who set it (a rule or a person); None: none recorded."""
        with self.library.catalogue.reader() as session:
            get_photo(session, photo_id)
            row = session.get(LicenceRow, photo_id)
            licence = to_licence(row)
            return None if licence is None else LicenceView.of(licence, row.source)

    def view(self, photo_id: int) -> dict[str, Any]:
        """What ``license show --json`` prints: the photo id and its licence (or None)."""
        licence = self.licence_view(photo_id)
        return {"photo_id": photo_id, "licence": None if licence is None else licence.to_json()}

    def set(self, photo_ids: list[int], licence: Licence, *, actor: str = "user") -> None:
        """Record the same licence on several photos (an edit, kept in the history)."""
        with self.library.catalogue.session() as session:
            require_photos(session, photo_ids)
            for pid in photo_ids:
                old = to_licence(session.get(LicenceRow, pid))
                store_licence(session, pid, licence, source="manual")
                before = None if old is None else json.dumps(old.to_dict(), ensure_ascii=False)
                after = json.dumps(licence.to_dict(), ensure_ascii=False)
                record_edit(session, pid, "licence", before, after, actor=actor)

    def of_photos(self, photo_ids: list[int]) -> dict[int, Licence | None]:
        with self.library.catalogue.reader() as session:
            rows = session.scalars(select(LicenceRow).where(LicenceRow.photo_id.in_(photo_ids)))
            found = {row.photo_id: to_licence(row) for row in rows}
        return {pid: found.get(pid) for pid in photo_ids}

    def rules_path(self) -> Path:
        """The archive's own rules file (it need not exist; the shipped rules apply then)."""
        return self.library.root / RULES_FILE
