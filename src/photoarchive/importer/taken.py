"""Positions a feature imported again already has photos for: the archivist decides.

Importing the same article text with other files would put a second photo on
each position. That is sometimes right (a better scan, another frame) and
often a mistake, so the import asks first: positions whose planned file is not
the stored photo itself count as taken, found by hashing the planned files
(the same content imported again is a plain duplicate, not a conflict).
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from photoarchive.catalogue.models import Feature, Photo
from photoarchive.errors import InputError
from photoarchive.importer.plan import ImportPlan

CHUNK = 1 << 20


class WhenTaken(StrEnum):
    """What to do with a planned photo whose position the feature already fills."""

    ASK = "ask"  # refuse, saying which positions and what the choices are
    ADD = "add"  # keep both photos on the position
    SKIP = "skip"  # import nothing for those positions


def taken_positions(session: Session, plan: ImportPlan) -> list[int]:
    """Positions of ``plan`` its (already stored) feature fills with another photo."""
    if plan.feature is None:
        return []
    feature_id = session.scalar(
        select(Feature.id).where(Feature.text_sha256 == plan.feature.text_sha256)
    )
    if feature_id is None:
        return []
    filled: dict[int, set[str]] = {}
    stmt = select(Photo.position, Photo.sha256).where(Photo.feature_id == feature_id)
    for position, sha in session.execute(stmt):
        filled.setdefault(position, set()).add(sha)
    taken = set()
    for pair in plan.pairs:
        position = pair.caption.position if pair.caption is not None else None
        if position in filled and _sha256(pair.path) not in filled[position]:
            taken.add(position)
    return sorted(taken)


def refuse_taken(feature_title: str, positions: list[int]) -> InputError:
    return InputError(
        f"The feature “{feature_title}” is already in the library with photos at "
        f"positions {positions}; the files given for them are other photos. Nothing was "
        "imported.",
        hint="Say what they are: --when-taken add keeps both photos on each position, "
        "--when-taken skip imports nothing for those positions.",
    )


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while block := handle.read(CHUNK):
                digest.update(block)
    except OSError:
        return None  # the import reports the unreadable file on its own
    return digest.hexdigest()
