"""Licence rows <-> the plain :class:`~photoarchive.licensing.Licence`."""

from __future__ import annotations

from sqlalchemy.orm import Session

from photoarchive.catalogue.models import Licence as LicenceRow
from photoarchive.licensing import Licence, ordered_purposes


def to_licence(row: LicenceRow | None) -> Licence | None:
    if row is None:
        return None
    return Licence.from_dict(
        {
            "kind": row.kind,
            "holder": row.holder,
            "usage_terms": row.usage_terms,
            "purposes": row.purposes,
            "editorial_only": row.editorial_only,
            "credit_required": row.credit_required,
            "expires": row.expires,
        }
    )


def store_licence(session: Session, photo_id: int, licence: Licence, source: str) -> LicenceRow:
    """Insert or replace the licence of a photo."""
    row = session.get(LicenceRow, photo_id) or LicenceRow(photo_id=photo_id)
    row.kind = licence.kind.value
    row.holder = licence.holder
    row.usage_terms = licence.usage_terms
    row.purposes = ordered_purposes(licence.purposes)
    row.editorial_only = licence.editorial_only
    row.credit_required = licence.credit_required
    row.expires = licence.expires
    row.source = source
    session.add(row)
    return row
