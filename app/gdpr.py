"""A youth's whole export (art. 15/20), erasure (art. 17) and retention (art. 5).

Each domain exports and erases its own tables; this module calls them in order and adds what
belongs to no single domain: the audit trail, and a safety net. Any table with a youth_id or
internship_id column that no domain handles is exported, and its rows are deleted on erasure,
so a new table can never keep personal data after erasure (app.registry imports every model,
so Base.metadata holds every table once the app or the CLI has started).
"""

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from certificates import gdpr as certificates_gdpr
from core import audit
from core.db import Base, checkpoint_after_commit, utcnow
from core.errors import Conflict
from core.personal_data import Rows, ids, rows
from internships import gdpr as internships_gdpr
from links import gdpr as links_gdpr
from links.models import LinkPurpose
from matcher import gdpr as matcher_gdpr
from youths import gdpr as youths_gdpr
from youths.models import Youth

HANDLED_TABLES = (
    youths_gdpr.TABLES | internships_gdpr.TABLES | matcher_gdpr.TABLES | links_gdpr.TABLES
    | certificates_gdpr.TABLES
)  # fmt: skip


def _unhandled(db_session: Session, youth_id: int, internship_ids: list[int]) -> dict[str, Rows]:
    found: dict[str, Rows] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in HANDLED_TABLES:
            continue
        if "youth_id" in table.c:
            found[table.name] = rows(db_session, table, table.c.youth_id == youth_id)
        elif "internship_id" in table.c:
            found[table.name] = rows(db_session, table, table.c.internship_id.in_(internship_ids))
    return found


def related_rows(db_session: Session, youth: Youth) -> dict[str, Rows]:
    """Every stored row about one youth, table by table (secrets such as token hashes left out)."""
    out = youths_gdpr.export_youth(db_session=db_session, youth=youth)
    out |= internships_gdpr.export_youth(db_session=db_session, youth=youth)
    internship_ids = ids(out["internship"])
    out |= certificates_gdpr.export_youth(db_session=db_session, internship_ids=internship_ids)
    out |= matcher_gdpr.export_youth(db_session=db_session, youth=youth)
    out |= _unhandled(db_session, youth.id, internship_ids)
    subjects = {LinkPurpose.youth_review.value: [youth.id],
                LinkPurpose.assessment.value: ids(out["assessment"])}  # fmt: skip
    out |= links_gdpr.export_youth(db_session=db_session, subjects=subjects)
    return out


def audit_trail(db_session: Session, youth: Youth, found: dict[str, Rows]) -> list[dict[str, Any]]:
    """The audit events about a youth and about their internships, assessments, links, certificates."""
    subjects = {("youth", str(youth.id))}
    for table in ("internship", "assessment", "capability_link", "certificate"):
        subjects |= {(table, str(r["id"])) for r in found.get(table, [])}
    events = audit.events_about(db_session, subjects=subjects)
    # List views record the ids they showed; those count as reads of this youth too.
    events += audit.listings_showing(db_session, action="youth.list", item_id=youth.id,
                                     since=youth.created_at)  # fmt: skip
    events.sort(key=lambda e: e.id)
    return [
        {"at": e.at.isoformat(), "actor": e.actor, "action": e.action,
         "subject_type": e.subject_type, "subject_id": e.subject_id, "detail": e.detail}
        for e in events
    ]  # fmt: skip


def export_youth(*, db_session: Session, youth: Youth) -> dict[str, Any]:
    """Returns everything stored about one youth, with their audit trail, as plain JSON data."""
    found = related_rows(db_session, youth)
    return {
        "format": "praktikmatch-youth-export/1",
        "exported_at": utcnow().isoformat(),
        "youth_ref": youth.ref,
        "data": found,
        "audit_trail": audit_trail(db_session, youth, found),
    }


def erase_youth(*, db_session: Session, youth: Youth, actor: str, reason: str) -> dict[str, int]:
    """Removes a youth's personal data, keeps anonymised statistics, revokes their links."""
    internships_gdpr.check_erasable(db_session=db_session, youth=youth)
    internship_ids = internships_gdpr.internship_ids(db_session=db_session, youth=youth)
    counts = {"links_revoked": 0, "certificates_cleared": 0, "rows_deleted": 0}
    assessment_ids = internships_gdpr.erase_youth(db_session=db_session, youth=youth)
    subjects = {LinkPurpose.youth_review.value: [youth.id],
                LinkPurpose.assessment.value: assessment_ids}  # fmt: skip
    counts["links_revoked"] = links_gdpr.erase_youth(
        db_session=db_session, subjects=subjects, actor=actor
    )
    counts["certificates_cleared"] = certificates_gdpr.erase_youth(
        db_session=db_session, internship_ids=internship_ids
    )
    matcher_gdpr.erase_youth(db_session=db_session, youth=youth)
    for table in Base.metadata.sorted_tables:
        if table.name not in HANDLED_TABLES and "youth_id" in table.c:
            counts["rows_deleted"] += db_session.execute(
                table.delete().where(table.c.youth_id == youth.id)
            ).rowcount
    counts["rows_deleted"] += youths_gdpr.erase_youth(db_session=db_session, youth=youth)
    audit.record(
        db_session, actor=actor, action="youth.erase", subject_type="youth", subject_id=youth.id,
        detail={"reason": reason, **counts},
    )  # fmt: skip
    db_session.flush()
    # SQLite zeroes what was deleted (secure_delete); the checkpoint then moves the zeroed pages
    # into the main file and empties the WAL, which still holds the values as first written.
    checkpoint_after_commit(db_session)
    return counts


def apply_retention(
    *, db_session: Session, months: int, today: date | None = None, dry_run: bool = False
) -> tuple[list[int], list[tuple[int, str]]]:
    """Erases every youth due for retention; returns the erased ids and the ones skipped (why)."""
    erased: list[int] = []
    skipped: list[tuple[int, str]] = []
    due = youths_gdpr.due_for_retention(db_session=db_session, months=months, today=today)
    for youth in due:
        if dry_run:
            erased.append(youth.id)
            continue
        try:
            with db_session.begin_nested():
                erase_youth(
                    db_session=db_session, youth=youth, actor="retention",
                    reason=f"retention: discharged more than {months} months ago",
                )  # fmt: skip
            erased.append(youth.id)
        except Conflict as exc:
            skipped.append((youth.id, exc.message))
    return erased, skipped
