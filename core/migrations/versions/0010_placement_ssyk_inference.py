"""placement: where the SSYK code comes from (given, inferred, confirmed), confidence, evidence

Revision ID: 0010
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ssyk_source", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("ssyk_confidence", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("ssyk_evidence", sa.String(length=300), nullable=True))
    # Codes stored before inference existed were all typed by someone.
    op.execute("UPDATE placement SET ssyk_source = 'given' WHERE ssyk_code IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_column("ssyk_evidence")
        batch_op.drop_column("ssyk_confidence")
        batch_op.drop_column("ssyk_source")
