"""The certificates' part of a youth's export and erasure."""

from sqlalchemy import update
from sqlalchemy.orm import Session

from certificates.models import Certificate
from core.personal_data import Rows, rows

TABLES = frozenset({"certificate"})


def export_youth(*, db_session: Session, internship_ids: list[int]) -> dict[str, Rows]:
    """Returns the certificates of the youth's internships (no secrets)."""
    where = Certificate.internship_id.in_(internship_ids)
    return {"certificate": rows(db_session, Certificate.__table__, where)}


def erase_youth(*, db_session: Session, internship_ids: list[int]) -> int:
    """Turns the youth's certificates into tombstones; returns how many."""
    if not internship_ids:
        return 0
    # An issued certificate is immutable in the ORM; erasure is the one sanctioned exception.
    # The tombstone keeps its code, period, employer and PDF hash, so a PDF the youth still
    # holds can be checked byte for byte, but no longer names them.
    table = Certificate.__table__  # Core, not the ORM, which refuses to change an issued one
    result = db_session.execute(
        update(table)
        .where(table.c.internship_id.in_(internship_ids))
        .values(holder_name="", credential="", pdf=b"", revoke_reason=None)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
