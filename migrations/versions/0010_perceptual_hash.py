"""A perceptual hash per photo, to find near-duplicates (re-sent, resized, re-saved copies).

Photos stored before this revision get theirs from their thumbnails the first time
similar photos are looked for (``Archive.similar``); the column starts empty.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 17:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("photo", sa.Column("phash", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("photo") as batch:
        batch.drop_column("phash")
