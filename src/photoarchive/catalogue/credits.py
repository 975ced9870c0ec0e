"""Turning a parsed credit into catalogue rows, reusing known contributors."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from photoarchive.captions import model as cap
from photoarchive.catalogue.models import Contributor, Credit, CreditContributor


def get_or_create_contributor(session: Session, name: str, kind: str) -> Contributor:
    found = session.scalars(
        select(Contributor).where(Contributor.name == name, Contributor.kind == kind)
    ).first()
    if found is None:
        found = Contributor(name=name, kind=kind, aliases=[])
        session.add(found)
        session.flush()
    return found


def credit_row(session: Session, credit: cap.Credit) -> Credit:
    """A new :class:`Credit` row (one per photo) with its contributors linked."""
    row = Credit(as_printed=credit.as_printed, role=str(credit.role))
    for position, person in enumerate(credit.contributors, start=1):
        contributor = get_or_create_contributor(session, person.name, str(person.kind))
        row.contributors.append(
            CreditContributor(
                position=position, contributor=contributor, affiliation=person.affiliation
            )
        )
    session.add(row)
    return row


def credit_to_parse(row: Credit | None) -> cap.Credit | None:
    """The plain-data form of a stored credit (for licensing rules, exports, views)."""
    if row is None:
        return None
    return cap.Credit(
        as_printed=row.as_printed,
        role=cap.CreditRole(row.role),
        contributors=tuple(
            cap.Contributor(
                name=link.contributor.name,
                kind=cap.ContributorKind(link.contributor.kind),
                affiliation=link.affiliation,
            )
            for link in row.contributors
        ),
    )
