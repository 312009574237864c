"""The internships' part of a youth's export and erasure: internships, follow-ups, assessments.

Erasure keeps what statistics need (periods, status, occupation, levels) and clears every
free text and every name: supervisors' comments can describe the youth.
"""

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.errors import Conflict
from core.personal_data import Rows, rows
from internships.models import Assessment, FollowUp, Internship
from youths.models import Youth

TABLES = frozenset({"internship", "follow_up", "assessment"})


def internship_ids(*, db_session: Session, youth: Youth) -> list[int]:
    """Returns the ids of the youth's internships."""
    return list(db_session.scalars(select(Internship.id).where(Internship.youth_id == youth.id)))


def check_erasable(*, db_session: Session, youth: Youth) -> None:
    """Raises Conflict while the youth has a planned or active internship."""
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


def export_youth(*, db_session: Session, youth: Youth) -> dict[str, Rows]:
    """Returns the youth's internships, follow-ups and assessments, table by table."""
    found = {"internship": rows(db_session, Internship.__table__, Internship.youth_id == youth.id)}
    ids = [int(r["id"]) for r in found["internship"]]
    found["follow_up"] = rows(db_session, FollowUp.__table__, FollowUp.internship_id.in_(ids))
    found["assessment"] = rows(db_session, Assessment.__table__, Assessment.internship_id.in_(ids))
    return found


def _clear_comments(ratings: dict[str, Any]) -> dict[str, Any]:
    return {
        key: {**r, "comment": ""} if isinstance(r, dict) else r
        for key, r in (ratings or {}).items()
    }


def erase_youth(*, db_session: Session, youth: Youth) -> list[int]:
    """Clears the free texts and names of the youth's internships; returns the assessment ids."""
    ids = internship_ids(db_session=db_session, youth=youth)
    if not ids:
        return []
    assessments = db_session.execute(
        select(Assessment.id, Assessment.ratings).where(Assessment.internship_id.in_(ids))
    ).all()
    for row in assessments:
        db_session.execute(
            update(Assessment)
            .where(Assessment.id == row.id)
            .values(ratings=_clear_comments(row.ratings), overall_comment="", tasks="",
                    supervisor_name=None, supervisor_role=None)
        )  # fmt: skip
    db_session.execute(update(FollowUp).where(FollowUp.internship_id.in_(ids)).values(note=""))
    db_session.execute(
        update(Internship)
        .where(Internship.id.in_(ids))
        .values(end_reason=None, supervisor_name="", supervisor_email=None,
                supervisor_phone=None, supervisor_role=None)
    )  # fmt: skip
    return [row.id for row in assessments]
