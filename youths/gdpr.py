"""GDPR rules for a youth: consent gating, export (art. 15/20), erasure (art. 17), retention (art. 5).

Erasure keeps anonymised statistics (gender, team, outcome, card-sort keys, internship counts
and periods) and removes everything that names, describes or reaches the person.
"""

import secrets
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import set_committed_value

from core import audit
from core.db import Base, checkpoint_after_commit, utcnow
from core.errors import Conflict
from core.registry import load_models
from youths import service as youths_service
from youths.models import (
    Consent,
    FollowUp,
    Internship,
    ProposedWorkplace,
    Youth,
    YouthStatus,
)

SHARING_SCOPE = "share_with_employers"
ERASED_REF_PREFIX = "raderad-"
# Tables whose rows about a youth erasure handles one by one; any other table with a youth_id
# column has its rows deleted, so a new table can never keep personal data after erasure.
HANDLED_TABLES = frozenset(
    {"youth", "card_sort", "consent", "proposed_workplace", "internship", "follow_up",
     "assessment", "certificate", "capability_link", "suggestion_feedback"}
)  # fmt: skip
SECRET_SUFFIXES = ("_hash",)


def _load_consents(youth: Youth) -> None:
    if "consents" in youth.__dict__:
        return
    session = object_session(youth)
    rows = [] if session is None else list(
        session.scalars(select(Consent).where(Consent.youth_id == youth.id).order_by(Consent.id))
    )  # fmt: skip
    set_committed_value(youth, "consents", rows)


def require_sharing_consent(youth: Youth, *, today: date | None = None) -> None:
    """Raises Conflict unless the youth, and a guardian while under 18, consent to sharing."""
    _load_consents(youth)
    if youths_service.sharing_allowed(youth, today=today):
        return
    given = {
        c.given_by for c in youth.consents if c.scope == SHARING_SCOPE and not c.withdrawn_date
    }
    missing_sv, missing_en = [], []
    if "youth" not in given:
        missing_sv.append("ungdomens samtycke")
        missing_en.append("the youth's consent")
    age = youths_service.age_in(youth.birth_year, (today or date.today()).year)
    if "guardian" not in given and (age is None or age < 18):
        missing_sv.append("vårdnadshavarens samtycke (under 18 år)")
        missing_en.append("a guardian's consent (under 18)")
    raise Conflict(
        f"Samtycke saknas: {' och '.join(missing_sv)} till att dela uppgifter med arbetsgivare. "
        f"Registrera samtycket först. / Consent missing: {' and '.join(missing_en)} to share "
        "information with employers. Record the consent first.",
        field="consent",
    )


# ---- export -----------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"bytes": len(value)}
    return value


def _table(name: str) -> Table | None:
    load_models()
    return Base.metadata.tables.get(name)


def _rows(db_session: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    columns = [c for c in table.columns if not c.name.endswith(SECRET_SUFFIXES)]
    result = db_session.execute(select(*columns).where(where).order_by(*table.primary_key.columns))
    return [{k: _plain(v) for k, v in row._mapping.items()} for row in result]


def _ids(rows: list[dict[str, Any]]) -> list[int]:
    return [int(r["id"]) for r in rows]


def related_rows(db_session: Session, youth: Youth) -> dict[str, list[dict[str, Any]]]:
    """Every stored row about one youth, table by table (secrets such as token hashes left out)."""
    load_models()
    out: dict[str, list[dict[str, Any]]] = {}
    youth_table = Base.metadata.tables["youth"]
    out["youth"] = _rows(db_session, youth_table, youth_table.c.id == youth.id)
    internships = Base.metadata.tables["internship"]
    out["internship"] = _rows(db_session, internships, internships.c.youth_id == youth.id)
    internship_ids = _ids(out["internship"])
    for table in Base.metadata.sorted_tables:
        if table.name in ("youth", "internship", "capability_link"):
            continue
        if "youth_id" in table.c:
            out[table.name] = _rows(db_session, table, table.c.youth_id == youth.id)
        elif "internship_id" in table.c:
            out[table.name] = _rows(db_session, table, table.c.internship_id.in_(internship_ids))
    links = _table("capability_link")
    if links is not None:
        assessment_ids = _ids(out.get("assessment", []))
        out["capability_link"] = _rows(
            db_session,
            links,
            ((links.c.purpose == "youth_review") & (links.c.subject_id == youth.id))
            | ((links.c.purpose == "assessment") & links.c.subject_id.in_(assessment_ids)),
        )
    return out


def audit_trail(db_session: Session, youth: Youth, rows: dict[str, list[dict[str, Any]]]) -> list:
    """The audit events about a youth and about their internships, assessments, links, certificates."""
    subjects = {("youth", str(youth.id))}
    for table in ("internship", "assessment", "capability_link", "certificate"):
        subjects |= {(table, str(r["id"])) for r in rows.get(table, [])}
    events = []
    for subject_type in {s for s, _ in subjects}:
        ids = [i for s, i in subjects if s == subject_type]
        stmt = select(audit.AuditEvent).where(
            audit.AuditEvent.subject_type == subject_type, audit.AuditEvent.subject_id.in_(ids)
        )
        events.extend(db_session.scalars(stmt))
    # List views record the ids they showed; those count as reads of this youth too.
    listed = select(audit.AuditEvent).where(
        audit.AuditEvent.action == "youth.list", audit.AuditEvent.at >= youth.created_at
    )
    events.extend(e for e in db_session.scalars(listed) if youth.id in e.detail.get("ids", []))
    events.sort(key=lambda e: e.id)
    return [
        {"at": e.at.isoformat(), "actor": e.actor, "action": e.action,
         "subject_type": e.subject_type, "subject_id": e.subject_id, "detail": e.detail}
        for e in events
    ]  # fmt: skip


def export_youth(*, db_session: Session, youth: Youth) -> dict[str, Any]:
    """Returns everything stored about one youth, with their audit trail, as plain JSON data."""
    rows = related_rows(db_session, youth)
    return {
        "format": "praktikmatch-youth-export/1",
        "exported_at": utcnow().isoformat(),
        "youth_ref": youth.ref,
        "data": rows,
        "audit_trail": audit_trail(db_session, youth, rows),
    }


# ---- erasure ----------------------------------------------------------------------------


def _month(value: date | None) -> date | None:
    return value.replace(day=1) if value else None


def _clear_assessment_text(ratings: dict[str, Any]) -> dict[str, Any]:
    return {
        key: {**r, "comment": ""} if isinstance(r, dict) else r
        for key, r in (ratings or {}).items()
    }


def erase_youth(*, db_session: Session, youth: Youth, actor: str, reason: str) -> dict[str, int]:
    """Removes a youth's personal data, keeps anonymised statistics, revokes their links."""
    load_models()
    internship_ids = list(
        db_session.scalars(select(Internship.id).where(Internship.youth_id == youth.id))
    )
    ongoing = db_session.scalar(
        select(Internship.id).where(
            Internship.youth_id == youth.id, Internship.status.in_(("planned", "active"))
        )
    )
    if ongoing is not None:
        raise Conflict(
            "Ungdomen har en pågående eller planerad praktik: avsluta den först. / "
            "The youth has a planned or active internship: end it first.",
            field="internship",
        )
    counts = {"links_revoked": 0, "certificates_cleared": 0, "rows_deleted": 0}
    assessment_ids = _erase_assessments(db_session, internship_ids)
    counts["links_revoked"] = _revoke_links(db_session, youth.id, assessment_ids, actor)
    counts["certificates_cleared"] = _clear_certificates(db_session, internship_ids)
    feedback = _table("suggestion_feedback")
    if feedback is not None:
        db_session.execute(
            update(feedback).where(feedback.c.youth_id == youth.id).values(comment="")
        )
    if internship_ids:
        db_session.execute(
            update(FollowUp).where(FollowUp.internship_id.in_(internship_ids)).values(note="")
        )
        db_session.execute(
            update(Internship)
            .where(Internship.id.in_(internship_ids))
            .values(end_reason=None, supervisor_name="", supervisor_email=None,
                    supervisor_phone=None, supervisor_role=None)
        )  # fmt: skip
    for model in (ProposedWorkplace, Consent):
        result = db_session.execute(delete(model).where(model.youth_id == youth.id))
        counts["rows_deleted"] += int(result.rowcount or 0)
    for table in Base.metadata.sorted_tables:
        if table.name not in HANDLED_TABLES and "youth_id" in table.c:
            counts["rows_deleted"] += db_session.execute(
                table.delete().where(table.c.youth_id == youth.id)
            ).rowcount
    youth.ref = ERASED_REF_PREFIX + secrets.token_hex(6)
    youth.first_name = youth.last_name = youth.email = youth.phone = youth.district = None
    youth.birth_year = None
    youth.interests = ""
    youth.recruiter_id = youth.coach_id = None
    youth.enrolled_date = _month(youth.enrolled_date)
    youth.discharged_date = _month(youth.discharged_date)
    youth.erased_at = utcnow()
    audit.record(
        db_session, actor=actor, action="youth.erase", subject_type="youth", subject_id=youth.id,
        detail={"reason": reason, **counts},
    )  # fmt: skip
    db_session.flush()
    # SQLite zeroes what was deleted (secure_delete); the checkpoint then moves the zeroed pages
    # into the main file and empties the WAL, which still holds the values as first written.
    checkpoint_after_commit(db_session)
    return counts


def _erase_assessments(db_session: Session, internship_ids: list[int]) -> list[int]:
    table = _table("assessment")
    if table is None or not internship_ids:
        return []
    rows = db_session.execute(
        select(table.c.id, table.c.ratings).where(table.c.internship_id.in_(internship_ids))
    ).all()
    for row in rows:
        db_session.execute(
            update(table)
            .where(table.c.id == row.id)
            .values(ratings=_clear_assessment_text(row.ratings), overall_comment="", tasks="",
                    supervisor_name=None, supervisor_role=None)
        )  # fmt: skip
    return [row.id for row in rows]


def _revoke_links(db_session: Session, youth_id: int, assessment_ids: list[int], actor: str) -> int:
    if _table("capability_link") is None:
        return 0
    from core import links
    from core.link_models import CapabilityLink

    stmt = select(CapabilityLink).where(
        ((CapabilityLink.purpose == "youth_review") & (CapabilityLink.subject_id == youth_id))
        | ((CapabilityLink.purpose == "assessment") & CapabilityLink.subject_id.in_(assessment_ids))
    )
    revoked = 0
    for link in db_session.scalars(stmt):
        revoked += link.revoked_at is None
        links.revoke(db_session=db_session, link=link, actor=actor)
        link.recipient_name = link.recipient_email = link.recipient_phone = None
        link.send_error = None  # a mail server's refusal may quote the address
    return revoked


def _clear_certificates(db_session: Session, internship_ids: list[int]) -> int:
    table = _table("certificate")
    if table is None or not internship_ids:
        return 0
    # An issued certificate is immutable in the ORM; erasure is the one sanctioned exception.
    # The tombstone keeps its code, period, employer and PDF hash, so a PDF the youth still
    # holds can be checked byte for byte, but no longer names them.
    result = db_session.execute(
        update(table)
        .where(table.c.internship_id.in_(internship_ids))
        .values(holder_name="", credential="", pdf=b"", revoke_reason=None)
    )
    return int(result.rowcount or 0)


# ---- retention --------------------------------------------------------------------------


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + (day.month - 1) - months, 12)
    month += 1
    last_day = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30,
                31, 30, 31, 31, 30, 31, 30, 31][month - 1]  # fmt: skip
    return date(year, month, min(day.day, last_day))


def due_for_retention(
    *, db_session: Session, months: int, today: date | None = None
) -> list[Youth]:
    """Youths discharged more than `months` months ago whose data is not yet erased."""
    cutoff = _months_before(today or date.today(), months)
    stmt = (
        select(Youth)
        .where(
            Youth.erased_at.is_(None),
            Youth.status == YouthStatus.discharged.value,
            Youth.discharged_date.is_not(None),
            Youth.discharged_date < cutoff,
        )
        .order_by(Youth.id)
    )
    return list(db_session.scalars(stmt))


def apply_retention(
    *, db_session: Session, months: int, today: date | None = None, dry_run: bool = False
) -> tuple[list[int], list[tuple[int, str]]]:
    """Erases every youth due for retention; returns the erased ids and the ones skipped (why)."""
    erased: list[int] = []
    skipped: list[tuple[int, str]] = []
    for youth in due_for_retention(db_session=db_session, months=months, today=today):
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
