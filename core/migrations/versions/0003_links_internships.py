"""capability links

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "capability_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("recipient_name", sa.String(length=200), nullable=True),
        sa.Column("recipient_email", sa.String(length=254), nullable=True),
        sa.Column("recipient_phone", sa.String(length=40), nullable=True),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("created_by", sa.String(length=60), nullable=False),
        sa.Column("created_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.String(length=60), nullable=True),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.Column("reminder_number", sa.Integer(), nullable=False),
        sa.Column("send_status", sa.String(length=10), nullable=False),
        sa.Column("send_attempts", sa.Integer(), nullable=False),
        sa.Column("send_error", sa.String(length=200), nullable=True),
        sa.Column("sent_at", core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("opened_at", core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("open_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"],
            ["capability_link.id"],
            name=op.f("fk_capability_link_replaced_by_id_capability_link"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capability_link")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_capability_link_token_hash")),
    )
    op.create_index("ix_capability_link_subject", "capability_link", ["purpose", "subject_id"])


def downgrade() -> None:
    op.drop_index("ix_capability_link_subject", table_name="capability_link")
    op.drop_table("capability_link")
