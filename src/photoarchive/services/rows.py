"""Light, paged row queries for browsing a large catalogue (the GUI's grid and sidebar).

``photo_view`` builds a full view per photo (credit contributors, feature);
a contact sheet of 100,000 photos needs far less per cell and must fetch it a
page at a time. These queries return small frozen rows, page by key (``after_id``)
so a deep page costs the same as the first, and stay portable SQL (no SQLite-only
functions) for the shared-catalogue road map.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntFlag, StrEnum

from sqlalchemy import ColumnElement, Connection, Select, exists, func, or_, select

from photoarchive.catalogue.db import Catalogue
from photoarchive.catalogue.models import (
    Contributor,
    Credit,
    CreditContributor,
    Feature,
    FeatureCaption,
    Licence,
    Photo,
    PhotoTheme,
    Publication,
)
from photoarchive.catalogue.publications import printed_in
from photoarchive.catalogue.themes import TAGGED
from photoarchive.library import Library
from photoarchive.storage.files import PhotoStore

CAPTION_PREVIEW = 200  # characters of caption a grid cell can show
SIDEBAR_FEATURES = 50  # newest features listed; search (feature:…) reaches the rest


class RowFlag(IntFlag):
    """What a photo still needs; the sidebar's "Needs attention" groups."""

    NONE = 0
    NO_CREDIT = 1
    NO_CAPTION = 2
    UNTAGGED = 4
    NO_LICENCE = 8


class Attention(StrEnum):
    """A "Needs attention" group the grid can be filtered to."""

    NO_CREDIT = "no_credit"
    NO_CAPTION = "no_caption"
    UNTAGGED = "untagged"  # no confirmed theme (suggestions alone do not count)
    NO_LICENCE = "no_licence"
    UNMATCHED = "unmatched"  # photos of features that have captions without a photo
    CREDIT_CONFLICT = "credit_conflict"  # the file's credit fields disagree with its caption
    NO_CONFIDENT_THEME = "no_confident_theme"  # untagged, and no theme was confident enough
    METADATA_DISAGREES = "metadata_disagrees"  # the file's EXIF, IPTC and XMP say different things


@dataclass(frozen=True, slots=True)
class RowFilter:
    """Which photos the grid shows; every field narrows the set (None = any)."""

    feature_id: int | None = None
    contributor_id: int | None = None
    theme_key: str | None = None  # photos tagged with this theme (manual or accepted)
    attention: Attention | None = None


@dataclass(frozen=True, slots=True)
class PhotoRow:
    """What one grid cell shows; the inspector asks for the full photo separately."""

    id: int
    caption: str
    credit: str
    thumbnail: str  # absolute path of the thumbnail file (may not exist yet)
    feature_id: int | None
    position: int | None
    taken_at: str | None
    flags: RowFlag


@dataclass(frozen=True, slots=True)
class CountedItem:
    """A sidebar entry: something to filter by and how many photos it holds."""

    key: int | str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class SidebarCounts:
    total: int
    features: tuple[CountedItem, ...]  # the newest ones
    credits: tuple[CountedItem, ...]
    attention: tuple[CountedItem, ...]
    features_total: int = 0  # all features, however many are listed


def _no_credit() -> ColumnElement[bool]:
    return or_(Photo.credit_id.is_(None), Credit.role == "unknown")


def _unmatched_caption() -> ColumnElement[bool]:
    """True for a feature caption that no photo was stored with (no publication)."""
    return ~exists().where(Publication.caption_id == FeatureCaption.id)


def _tagged(theme_key: str | None = None) -> ColumnElement[bool]:
    """True for a photo with a confirmed theme (this one, or any)."""
    cond = exists().where(PhotoTheme.photo_id == Photo.id, PhotoTheme.source.in_(TAGGED))
    if theme_key is not None:
        cond = exists().where(
            PhotoTheme.photo_id == Photo.id,
            PhotoTheme.source.in_(TAGGED),
            PhotoTheme.theme_key == theme_key,
        )
    return cond


def _unsure_theme() -> ColumnElement[bool]:
    """A captioned photo no theme was confident for, that nobody has tagged since."""
    return Photo.no_confident_theme.is_(True) & ~_tagged()


def _licensed() -> ColumnElement[bool]:
    return exists().where(Licence.photo_id == Photo.id)


def _apply(stmt: Select, flt: RowFilter) -> Select:
    stmt = stmt.outerjoin(Credit, Credit.id == Photo.credit_id)
    if flt.feature_id is not None:
        stmt = stmt.where(printed_in(flt.feature_id))
    if flt.contributor_id is not None:
        stmt = stmt.where(
            exists().where(
                CreditContributor.credit_id == Photo.credit_id,
                CreditContributor.contributor_id == flt.contributor_id,
            )
        )
    if flt.theme_key is not None:
        stmt = stmt.where(_tagged(flt.theme_key))
    if flt.attention is Attention.UNTAGGED:
        stmt = stmt.where(~_tagged())
    elif flt.attention is Attention.NO_LICENCE:
        stmt = stmt.where(~_licensed())
    elif flt.attention is Attention.NO_CREDIT:
        stmt = stmt.where(_no_credit())
    elif flt.attention is Attention.NO_CAPTION:
        stmt = stmt.where(Photo.caption == "")
    elif flt.attention is Attention.CREDIT_CONFLICT:
        stmt = stmt.where(Photo.credit_conflict.is_not(None))
    elif flt.attention is Attention.NO_CONFIDENT_THEME:
        stmt = stmt.where(_unsure_theme())
    elif flt.attention is Attention.METADATA_DISAGREES:
        stmt = stmt.where(Photo.metadata_disagreements.is_not(None))
    elif flt.attention is Attention.UNMATCHED:
        stmt = stmt.where(
            Photo.feature_id.in_(select(FeatureCaption.feature_id).where(_unmatched_caption()))
        )
    return stmt


def _row_select() -> Select:
    return select(
        Photo.id,
        func.substr(Photo.caption, 1, CAPTION_PREVIEW),
        Credit.as_printed,
        Credit.role,
        Photo.sha256,
        Photo.feature_id,
        Photo.position,
        Photo.taken_at,
        _tagged(),
        _licensed(),
    )


def _to_row(store: PhotoStore, rec: Sequence) -> PhotoRow:
    pid, caption, credit, role, sha, feature_id, position, taken, tagged, licensed = rec
    flags = RowFlag.NONE
    if not tagged:
        flags |= RowFlag.UNTAGGED
    if not licensed:
        flags |= RowFlag.NO_LICENCE
    if credit is None or role == "unknown":
        flags |= RowFlag.NO_CREDIT
    if not caption:
        flags |= RowFlag.NO_CAPTION
    return PhotoRow(
        pid,
        caption or "",
        credit or "",
        str(store.thumbnail_path(sha)),
        feature_id,
        position,
        taken,
        flags,
    )


def photo_rows(
    catalogue: Catalogue,
    store: PhotoStore,
    flt: RowFilter = RowFilter(),
    *,
    after_id: int | None = None,
    limit: int = 200,
) -> list[PhotoRow]:
    """The next ``limit`` rows in import order (id), after ``after_id`` if given."""
    stmt = _apply(_row_select(), flt)
    if after_id is not None:
        stmt = stmt.where(Photo.id > after_id)
    stmt = stmt.order_by(Photo.id).limit(limit)
    with catalogue.engine.connect() as conn:
        return [_to_row(store, rec) for rec in conn.execute(stmt)]


def rows_by_ids(catalogue: Catalogue, store: PhotoStore, ids: Sequence[int]) -> list[PhotoRow]:
    """Rows for ``ids`` in the order given (a ranked search page); unknown ids are skipped."""
    if not ids:
        return []
    stmt = _apply(_row_select(), RowFilter()).where(Photo.id.in_(list(ids)))
    with catalogue.engine.connect() as conn:
        found = {rec[0]: _to_row(store, rec) for rec in conn.execute(stmt)}
    return [found[i] for i in ids if i in found]


def row_count(catalogue: Catalogue, flt: RowFilter = RowFilter()) -> int:
    stmt = _apply(select(func.count(Photo.id)), flt)
    with catalogue.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def _feature_counts(conn: Connection, limit: int) -> tuple[CountedItem, ...]:
    """The newest ``limit`` features with their photo counts (one indexed count each)."""
    photos = (
        select(func.count(func.distinct(Publication.photo_id)))
        .join(FeatureCaption, FeatureCaption.id == Publication.caption_id)
        .where(FeatureCaption.feature_id == Feature.id)
        .scalar_subquery()
    )
    stmt = select(Feature.id, Feature.title, photos).order_by(Feature.id.desc()).limit(limit)
    return tuple(CountedItem(fid, title, n) for fid, title, n in conn.execute(stmt))


def _credit_counts(conn: Connection) -> tuple[CountedItem, ...]:
    photos = func.count(func.distinct(Photo.id))
    stmt = (
        select(Contributor.id, Contributor.name, photos)
        .join(CreditContributor, CreditContributor.contributor_id == Contributor.id)
        .join(Photo, Photo.credit_id == CreditContributor.credit_id)
        .group_by(Contributor.id, Contributor.name)
        .order_by(photos.desc(), Contributor.name)
    )
    return tuple(CountedItem(cid, name, n) for cid, name, n in conn.execute(stmt))


def _attention_counts(conn: Connection) -> tuple[CountedItem, ...]:
    no_credit = (
        select(func.count(Photo.id))
        .outerjoin(Credit, Credit.id == Photo.credit_id)
        .where(_no_credit())
    )
    no_caption = select(func.count(Photo.id)).where(Photo.caption == "")
    untagged = select(func.count(Photo.id)).where(~_tagged())
    unlicensed = select(func.count(Photo.id)).where(~_licensed())
    unmatched = select(func.count(FeatureCaption.id)).where(_unmatched_caption())
    conflicting = select(func.count(Photo.id)).where(Photo.credit_conflict.is_not(None))
    unsure = select(func.count(Photo.id)).where(_unsure_theme())
    disagreeing = select(func.count(Photo.id)).where(Photo.metadata_disagreements.is_not(None))
    queries = (
        (Attention.NO_CREDIT, "No credit", no_credit),
        (Attention.NO_CAPTION, "No caption", no_caption),
        (Attention.NO_LICENCE, "No licence", unlicensed),
        (Attention.UNTAGGED, "Untagged", untagged),
        (Attention.UNMATCHED, "Unmatched captions", unmatched),
        (Attention.CREDIT_CONFLICT, "Credit disagrees with the file", conflicting),
        (Attention.NO_CONFIDENT_THEME, "No confident theme", unsure),
        (Attention.METADATA_DISAGREES, "Embedded metadata disagrees", disagreeing),
    )
    return tuple(
        CountedItem(key, label, int(conn.execute(stmt).scalar_one()))
        for key, label, stmt in queries
    )


def sidebar_counts(catalogue: Catalogue, *, features: int = SIDEBAR_FEATURES) -> SidebarCounts:
    """Everything the sidebar lists, in one connection (a few grouped queries)."""
    with catalogue.engine.connect() as conn:
        total = int(conn.execute(select(func.count(Photo.id))).scalar_one())
        n_features = int(conn.execute(select(func.count(Feature.id))).scalar_one())
        return SidebarCounts(
            total,
            _feature_counts(conn, features),
            _credit_counts(conn),
            _attention_counts(conn),
            n_features,
        )


def contributor_names(catalogue: Catalogue) -> list[str]:
    """Known contributor names, most credited first (the credit field's completion)."""
    with catalogue.engine.connect() as conn:
        return [item.label for item in _credit_counts(conn)]


class Browse:
    """The grid's and sidebar's reads (``archive.browse``): pages of rows, counts, names."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def rows(
        self, flt: RowFilter = RowFilter(), *, after_id: int | None = None, limit: int = 200
    ) -> list[PhotoRow]:
        return photo_rows(
            self.library.catalogue, self.library.store, flt, after_id=after_id, limit=limit
        )

    def rows_by_ids(self, ids: Sequence[int]) -> list[PhotoRow]:
        return rows_by_ids(self.library.catalogue, self.library.store, ids)

    def count(self, flt: RowFilter = RowFilter()) -> int:
        return row_count(self.library.catalogue, flt)

    def sidebar_counts(self) -> SidebarCounts:
        return sidebar_counts(self.library.catalogue)

    def contributor_names(self) -> list[str]:
        return contributor_names(self.library.catalogue)


__all__ = [
    "Attention",
    "Browse",
    "CountedItem",
    "PhotoRow",
    "RowFilter",
    "RowFlag",
    "SidebarCounts",
]
