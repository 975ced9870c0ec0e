"""A photo's publications: every feature that printed it, with the caption it printed.

Every photo that belongs to a feature gets that feature's caption at its position as
its first publication, so nothing printed so far is lost by the new model.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publication",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("caption_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photo.id"], name="fk_publication_photo_id_photo", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["caption_id"],
            ["feature_caption.id"],
            name="fk_publication_caption_id_feature_caption",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("photo_id", "caption_id", name="pk_publication"),
    )
    op.create_index("ix_publication_caption_id", "publication", ["caption_id"])
    op.execute(
        """
        INSERT INTO publication (photo_id, caption_id, created_at)
        SELECT photo.id, feature_caption.id, photo.created_at
        FROM photo JOIN feature_caption
          ON feature_caption.feature_id = photo.feature_id
         AND feature_caption.position = photo.position
        """
    )


def downgrade() -> None:
    op.drop_index("ix_publication_caption_id", table_name="publication")
    op.drop_table("publication")
