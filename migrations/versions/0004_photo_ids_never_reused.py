"""Photo ids are never reused after a delete (SQLite AUTOINCREMENT).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 05:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other databases never reuse sequence values
    with op.batch_alter_table(
        "photo", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ):
        pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("photo", recreate="always"):
        pass
