"""certificates

Revision ID: 0004
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import core.db

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("internship_id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("holder_name", sa.String(length=200), nullable=False),
        sa.Column("employer_name", sa.String(length=200), nullable=False),
        sa.Column("workplace_name", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("issued_at", core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=60), nullable=False),
        sa.Column("revoked_at", core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.String(length=60), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("credential", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_certificate_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["internship_id"],
            ["internship.id"],
            name=op.f("fk_certificate_internship_id_internship"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["certificate.id"],
            name=op.f("fk_certificate_replaces_id_certificate"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("code", name=op.f("uq_certificate_code")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_internship_id"), ["internship_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_certificate_pdf_sha256"), ["pdf_sha256"], unique=False)
        batch_op.create_index(
            "uq_certificate_internship_issued",
            ["internship_id"],
            unique=True,
            sqlite_where=sa.text("status = 'issued'"),
            postgresql_where=sa.text("status = 'issued'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index("uq_certificate_internship_issued")
        batch_op.drop_index(batch_op.f("ix_certificate_pdf_sha256"))
        batch_op.drop_index(batch_op.f("ix_certificate_internship_id"))
    op.drop_table("certificate")
