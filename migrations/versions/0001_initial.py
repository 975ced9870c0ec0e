"""Initial catalogue: features, captions, photos, credits, contributors, history.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 04:15:51.975590
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contributor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributor")),
        sa.UniqueConstraint("name", "kind", name=op.f("uq_contributor_name_kind")),
    )
    op.create_table(
        "credit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("as_printed", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit")),
    )
    op.create_table(
        "edit_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edit_history")),
    )
    with op.batch_alter_table("edit_history", schema=None) as batch_op:
        batch_op.create_index("ix_edit_history_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "feature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kicker", sa.Text(), nullable=True),
        sa.Column("byline", sa.JSON(), nullable=False),
        sa.Column("publication", sa.String(length=200), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("paragraph_count", sa.Integer(), nullable=False),
        sa.Column("source_file", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("encoding", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feature")),
        sa.UniqueConstraint("text_sha256", name=op.f("uq_feature_text_sha256")),
    )
    op.create_table(
        "pending_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("stored_path", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_pending_file")),
    )
    op.create_table(
        "credit_contributor",
        sa.Column("credit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("contributor_id", sa.Integer(), nullable=False),
        sa.Column("affiliation", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["contributor_id"],
            ["contributor.id"],
            name=op.f("fk_credit_contributor_contributor_id_contributor"),
        ),
        sa.ForeignKeyConstraint(
            ["credit_id"],
            ["credit.id"],
            name=op.f("fk_credit_contributor_credit_id_credit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("credit_id", "position", name=op.f("pk_credit_contributor")),
    )
    with op.batch_alter_table("credit_contributor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credit_contributor_contributor_id"), ["contributor_id"], unique=False
        )

    op.create_table(
        "feature_caption",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feature_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("credit_as_printed", sa.Text(), nullable=False),
        sa.Column("credit_role", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["feature_id"],
            ["feature.id"],
            name=op.f("fk_feature_caption_feature_id_feature"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feature_caption")),
        sa.UniqueConstraint(
            "feature_id", "position", name=op.f("uq_feature_caption_feature_id_position")
        ),
    )
    op.create_table(
        "photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("stored_path", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.String(length=40), nullable=True),
        sa.Column("make", sa.String(length=200), nullable=True),
        sa.Column("model", sa.String(length=200), nullable=True),
        sa.Column("orientation", sa.Integer(), nullable=True),
        sa.Column("gps_lat", sa.Double(), nullable=True),
        sa.Column("gps_lon", sa.Double(), nullable=True),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("embedded_caption", sa.Text(), nullable=True),
        sa.Column("embedded_headline", sa.Text(), nullable=True),
        sa.Column("embedded_credit", sa.Text(), nullable=True),
        sa.Column("embedded_byline", sa.JSON(), nullable=False),
        sa.Column("embedded_keywords", sa.JSON(), nullable=False),
        sa.Column("credit_id", sa.Integer(), nullable=True),
        sa.Column("feature_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credit_id"], ["credit.id"], name=op.f("fk_photo_credit_id_credit")
        ),
        sa.ForeignKeyConstraint(
            ["feature_id"], ["feature.id"], name=op.f("fk_photo_feature_id_feature")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
        sa.UniqueConstraint("sha256", name=op.f("uq_photo_sha256")),
    )
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_credit_id"), ["credit_id"], unique=False)
        batch_op.create_index("ix_photo_feature_position", ["feature_id", "position"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_taken_at"), ["taken_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_taken_at"))
        batch_op.drop_index("ix_photo_feature_position")
        batch_op.drop_index(batch_op.f("ix_photo_credit_id"))

    op.drop_table("photo")
    op.drop_table("feature_caption")
    with op.batch_alter_table("credit_contributor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credit_contributor_contributor_id"))

    op.drop_table("credit_contributor")
    op.drop_table("pending_file")
    op.drop_table("feature")
    with op.batch_alter_table("edit_history", schema=None) as batch_op:
        batch_op.drop_index("ix_edit_history_entity")

    op.drop_table("edit_history")
    op.drop_table("credit")
    op.drop_table("contributor")
