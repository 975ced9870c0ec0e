"""Keep what a photo's EXIF, IPTC and XMP blocks say when they disagree.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 13:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "photo", sa.Column("metadata_disagreements", sa.JSON(none_as_null=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("photo") as batch:
        batch.drop_column("metadata_disagreements")
