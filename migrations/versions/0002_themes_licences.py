"""Themes (archive-defined), photo-theme links with their source, and licences.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 04:20:12.609758
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "theme",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=True),
        sa.Column("label_zh", sa.String(length=200), nullable=True),
        sa.Column("parent", sa.String(length=60), nullable=True),
        sa.Column("iptc_code", sa.String(length=40), nullable=True),
        sa.Column("triggers", sa.JSON(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_theme")),
    )
    op.create_table(
        "licence",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("holder", sa.Text(), nullable=True),
        sa.Column("usage_terms", sa.Text(), nullable=True),
        sa.Column("purposes", sa.JSON(), nullable=False),
        sa.Column("editorial_only", sa.Boolean(), nullable=False),
        sa.Column("credit_required", sa.Boolean(), nullable=False),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photo.id"], name=op.f("fk_licence_photo_id_photo"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("photo_id", name=op.f("pk_licence")),
    )
    op.create_table(
        "photo_theme",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("theme_key", sa.String(length=60), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Double(), nullable=True),
        sa.Column("because", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"],
            ["photo.id"],
            name=op.f("fk_photo_theme_photo_id_photo"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("photo_id", "theme_key", name=op.f("pk_photo_theme")),
    )
    with op.batch_alter_table("photo_theme", schema=None) as batch_op:
        batch_op.create_index("ix_photo_theme_theme_source", ["theme_key", "source"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photo_theme", schema=None) as batch_op:
        batch_op.drop_index("ix_photo_theme_theme_source")

    op.drop_table("photo_theme")
    op.drop_table("licence")
    op.drop_table("theme")
