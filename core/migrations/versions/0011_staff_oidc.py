"""single sign-on: started sign-ins and the ID tokens of signed-in sessions

Revision ID: 0011
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # staff_user.oidc_subject (unique) already exists since 0001.
    op.create_table(
        "oidc_sign_in",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pre_hash", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=100), nullable=False),
        sa.Column("nonce", sa.String(length=100), nullable=False),
        sa.Column("code_verifier", sa.String(length=128), nullable=False),
        sa.Column("next_url", sa.String(length=500), nullable=False),
        sa.Column("created_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oidc_sign_in")),
    )
    with op.batch_alter_table("oidc_sign_in", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_oidc_sign_in_pre_hash"), ["pre_hash"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_oidc_sign_in_created_at"), ["created_at"], unique=False
        )
    op.create_table(
        "oidc_session_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_hash", sa.String(length=64), nullable=False),
        sa.Column("id_token", sa.Text(), nullable=False),
        sa.Column("created_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oidc_session_token")),
        sa.UniqueConstraint("session_hash", name=op.f("uq_oidc_session_token_session_hash")),
    )


def downgrade() -> None:
    op.drop_table("oidc_session_token")
    with op.batch_alter_table("oidc_sign_in", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_oidc_sign_in_created_at"))
        batch_op.drop_index(batch_op.f("ix_oidc_sign_in_pre_hash"))
    op.drop_table("oidc_sign_in")
