"""Index queue: photos changed in the catalogue and not yet in the search index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 04:32:50.710908
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "index_queue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_index_queue")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("index_queue", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_index_queue_photo_id"), ["photo_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("index_queue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_index_queue_photo_id"))

    op.drop_table("index_queue")
