"""Mark photos whose caption gave no confident theme, to list them under Needs attention.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 06:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "photo",
        sa.Column("no_confident_theme", sa.Boolean(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    with op.batch_alter_table("photo") as batch:
        batch.drop_column("no_confident_theme")
