"""SQLAlchemy 2 models of the catalogue, the archive's source of truth.

The schema itself is owned by Alembic (``migrations/``); these classes must
match the newest revision. Keep SQL portable: the road map moves the catalogue
to PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Index, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# Named constraints let Alembic's batch mode alter SQLite tables later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {list[str]: JSON}


class Feature(Base):
    """A published photo feature: its article text and the captions it printed."""

    __tablename__ = "feature"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    kicker: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[list[str]] = mapped_column(default=list)
    publication: Mapped[str | None] = mapped_column(String(200))
    published_on: Mapped[dt.date | None]
    body: Mapped[str] = mapped_column(Text, default="")
    paragraph_count: Mapped[int] = mapped_column(default=0)
    source_file: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    encoding: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    captions: Mapped[list[FeatureCaption]] = relationship(
        back_populates="feature", order_by="FeatureCaption.position", cascade="all, delete-orphan"
    )
    photos: Mapped[list[Photo]] = relationship(back_populates="feature", order_by="Photo.position")


class FeatureCaption(Base):
    """Every caption as parsed, kept even when no photo pairs with it."""

    __tablename__ = "feature_caption"
    __table_args__ = (UniqueConstraint("feature_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    feature_id: Mapped[int] = mapped_column(ForeignKey("feature.id", ondelete="CASCADE"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    credit_as_printed: Mapped[str] = mapped_column(Text, default="")
    credit_role: Mapped[str] = mapped_column(String(20), default="unknown")

    feature: Mapped[Feature] = relationship(back_populates="captions")


class Publication(Base):
    """A photo as one feature printed it: the caption (and credit) at its position there.

    A photo has as many as the features it ran in; its own caption stays the
    archive's current one, and the printed ones are kept here and searched.
    """

    __tablename__ = "publication"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True
    )
    caption_id: Mapped[int] = mapped_column(
        ForeignKey("feature_caption.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    caption: Mapped[FeatureCaption] = relationship(lazy="joined")


class Contributor(Base):
    """A person or organisation credited for photos, by normalised name."""

    __tablename__ = "contributor"
    __table_args__ = (UniqueConstraint("name", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="person")
    aliases: Mapped[list[str]] = mapped_column(default=list)


class Credit(Base):
    """A credit line as printed under one photo, and what it means."""

    __tablename__ = "credit"

    id: Mapped[int] = mapped_column(primary_key=True)
    as_printed: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(20), default="unknown")

    contributors: Mapped[list[CreditContributor]] = relationship(
        order_by="CreditContributor.position", cascade="all, delete-orphan"
    )


class CreditContributor(Base):
    """One named contributor of a credit, in printed order, with an affiliation."""

    __tablename__ = "credit_contributor"

    credit_id: Mapped[int] = mapped_column(
        ForeignKey("credit.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    contributor_id: Mapped[int] = mapped_column(ForeignKey("contributor.id"), index=True)
    affiliation: Mapped[str | None] = mapped_column(String(200))

    contributor: Mapped[Contributor] = relationship(lazy="joined")


class Photo(Base):
    """One stored photo: file facts, camera facts, caption and credit."""

    __tablename__ = "photo"
    __table_args__ = (
        Index("ix_photo_feature_position", "feature_id", "position"),
        # ids are never reused: history, manifests and undo refer to photos by id
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(Text)
    stored_path: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(20))
    width: Mapped[int]
    height: Mapped[int]
    bytes: Mapped[int]
    taken_at: Mapped[str | None] = mapped_column(String(40), index=True)
    make: Mapped[str | None] = mapped_column(String(200))
    model: Mapped[str | None] = mapped_column(String(200))
    orientation: Mapped[int | None]
    gps_lat: Mapped[float | None]
    gps_lon: Mapped[float | None]
    caption: Mapped[str] = mapped_column(Text, default="")
    embedded_caption: Mapped[str | None] = mapped_column(Text)
    embedded_headline: Mapped[str | None] = mapped_column(Text)
    embedded_credit: Mapped[str | None] = mapped_column(Text)
    embedded_byline: Mapped[list[str]] = mapped_column(default=list)
    embedded_keywords: Mapped[list[str]] = mapped_column(default=list)
    # Why the file's own credit fields (By-line, Credit) disagree with the credit at the
    # end of its embedded caption; both are kept, and the photo needs attention.
    credit_conflict: Mapped[str | None] = mapped_column(Text)
    # What the import noticed about the file: a name that was not UTF-8, damaged metadata.
    import_notes: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    # Fields whose EXIF, IPTC and XMP values differ: which block was read (MWG rules)
    # and what the others say (metadata.reconcile.Disagreement.as_dict). NULL if none.
    metadata_disagreements: Mapped[list[dict[str, Any]] | None] = mapped_column(
        JSON(none_as_null=True)
    )
    # No theme was confident enough to suggest for the caption: the archivist decides.
    no_confident_theme: Mapped[bool] = mapped_column(default=False, server_default="0")
    # Perceptual hashes of the thumbnail and its centre (32 hex digits): re-sent and
    # re-saved copies, crops and borders (storage.similarity).
    phash: Mapped[str | None] = mapped_column(String(32))
    credit_id: Mapped[int | None] = mapped_column(ForeignKey("credit.id"), index=True)
    feature_id: Mapped[int | None] = mapped_column(ForeignKey("feature.id"))
    position: Mapped[int | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    credit: Mapped[Credit | None] = relationship(lazy="joined")
    feature: Mapped[Feature | None] = relationship(back_populates="photos")
    publications: Mapped[list[Publication]] = relationship(
        order_by="Publication.created_at", cascade="all, delete-orphan"
    )


class EditHistory(Base):
    """Who changed what and when: every caption, credit, theme or licence change."""

    __tablename__ = "edit_history"
    __table_args__ = (Index("ix_edit_history_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int]
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class PendingFile(Base):
    """Journal of originals being stored, so a killed import can be rolled back.

    A row is written (and committed) before a file is moved into ``originals/``
    and deleted in the same transaction that inserts the photo row; a row left
    over after a crash names a file that no photo owns.
    """

    __tablename__ = "pending_file"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    stored_path: Mapped[str] = mapped_column(Text)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ThemeRecord(Base):
    """An archive's own theme, or its changes to a shipped one (labels, triggers, retired).

    Photos are tagged by theme *key*, which never changes, so relabelling or
    retiring a theme keeps every tag.
    """

    __tablename__ = "theme"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    label_en: Mapped[str | None] = mapped_column(String(200))
    label_zh: Mapped[str | None] = mapped_column(String(200))
    parent: Mapped[str | None] = mapped_column(String(60))
    iptc_code: Mapped[str | None] = mapped_column(String(40))
    triggers: Mapped[list[str]] = mapped_column(default=list)
    retired: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PhotoTheme(Base):
    """A theme on a photo and where it came from: manual, suggested, accepted or rejected."""

    __tablename__ = "photo_theme"
    __table_args__ = (Index("ix_photo_theme_theme_source", "theme_key", "source"),)

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True
    )
    theme_key: Mapped[str] = mapped_column(String(60), primary_key=True)
    source: Mapped[str] = mapped_column(String(20))
    score: Mapped[float | None]
    because: Mapped[list[str]] = mapped_column(default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Licence(Base):
    """What the paper may do with a photo; no row means no licence is known."""

    __tablename__ = "licence"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    holder: Mapped[str | None] = mapped_column(Text)
    usage_terms: Mapped[str | None] = mapped_column(Text)
    purposes: Mapped[list[str]] = mapped_column(default=list)
    editorial_only: Mapped[bool] = mapped_column(default=False)
    credit_required: Mapped[bool] = mapped_column(default=False)
    expires: Mapped[dt.date | None]
    source: Mapped[str] = mapped_column(String(20), default="manual")  # default | manual
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class IndexQueue(Base):
    """Photos changed in the catalogue whose search-index entries are not yet updated.

    Rows are written in the same transaction as the change (see
    ``catalogue.changes``) and removed once the index has them, so a process
    killed in between leaves a precise to-do list instead of a stale index.
    """

    __tablename__ = "index_queue"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_autoincrement": True}  # ids never reused

    id: Mapped[int] = mapped_column(primary_key=True)  # order of changes, never reused
    photo_id: Mapped[int] = mapped_column(index=True)
