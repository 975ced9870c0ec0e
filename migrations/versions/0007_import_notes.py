"""Keep what an import noticed about each file (a guessed name, damaged metadata).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 06:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "photo", sa.Column("import_notes", sa.JSON(), nullable=False, server_default="[]")
    )


def downgrade() -> None:
    with op.batch_alter_table("photo") as batch:
        batch.drop_column("import_notes")
