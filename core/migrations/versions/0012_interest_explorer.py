"""interest explorer: answers per card and dated interest profiles

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "explorer_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("youth_id", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.String(length=40), nullable=False),
        sa.Column("answer", sa.String(length=10), nullable=False),
        sa.Column("answered_by", sa.String(length=60), nullable=False),
        sa.Column("answered_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["youth_id"],
            ["youth.id"],
            name=op.f("fk_explorer_answer_youth_id_youth"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_explorer_answer")),
        sa.UniqueConstraint("youth_id", "card_id", name=op.f("uq_explorer_answer_youth_id")),
    )
    with op.batch_alter_table("explorer_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_explorer_answer_youth_id"), ["youth_id"], unique=False)
    op.create_table(
        "interest_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("youth_id", sa.Integer(), nullable=False),
        sa.Column("riasec", sa.JSON(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("computed_by", sa.String(length=60), nullable=False),
        sa.Column("created_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["youth_id"],
            ["youth.id"],
            name=op.f("fk_interest_profile_youth_id_youth"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interest_profile")),
    )
    with op.batch_alter_table("interest_profile", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interest_profile_youth_id"), ["youth_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("interest_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interest_profile_youth_id"))
    op.drop_table("interest_profile")
    with op.batch_alter_table("explorer_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_explorer_answer_youth_id"))
    op.drop_table("explorer_answer")
