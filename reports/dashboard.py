"""What the start page lists for a signed-in member of staff, scoped to the youths they may see."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from accounts.auth import Principal
from core.db import utcnow
from employers.models import Employer, Placement, Workplace
from internships.models import Internship, InternshipStatus
from youths import service as youths_service
from youths.models import Youth, YouthStatus

SOON_DAYS = 14
LIST_LIMIT = 25


@dataclass
class InternshipLine:
    internship_id: int
    youth_ref: str
    youth_name: str
    title: str
    employer: str
    start_date: date
    end_date: date
    status: str
    note: str = ""


@dataclass
class Dashboard:
    my_youths: list[Youth] = field(default_factory=list)
    soon: list[InternshipLine] = field(default_factory=list)
    waiting_assessments: list[InternshipLine] = field(default_factory=list)
    ready_certificates: list[InternshipLine] = field(default_factory=list)
    link_problems: list[InternshipLine] = field(default_factory=list)


def youth_name(youth: Youth) -> str:
    """First name and initial: enough for staff to recognise, short for lists."""
    name = " ".join(p for p in (youth.first_name, (youth.last_name or "")[:1]) if p)
    return name or youth.ref


def _internships(
    db_session: Session, principal: Principal, *conditions: Any, newest_first: bool = False
) -> list[Any]:
    visible = youths_service.visible_youths(principal).subquery()
    stmt = (
        select(Internship, Youth, Placement.title, Employer.name)
        .join(visible, visible.c.id == Internship.youth_id)
        .join(Youth, Youth.id == Internship.youth_id)
        .join(Placement, Placement.id == Internship.placement_id)
        .join(Workplace, Workplace.id == Placement.workplace_id)
        .join(Employer, Employer.id == Workplace.employer_id)
        .where(*conditions)
        .order_by(
            *(
                (Internship.end_date.desc(), Internship.id.desc())
                if newest_first
                else (Internship.start_date, Internship.id)
            )
        )
        .limit(LIST_LIMIT)
    )
    return list(db_session.execute(stmt).tuples())


def _line(row: Any, note: str = "") -> InternshipLine:
    internship, youth, title, employer = row
    return InternshipLine(
        internship_id=internship.id, youth_ref=youth.ref, youth_name=youth_name(youth),
        title=title, employer=employer, start_date=internship.start_date,
        end_date=internship.end_date, status=internship.status, note=note,
    )  # fmt: skip


def build(*, db_session: Session, principal: Principal, today: date | None = None) -> Dashboard:
    """Collects the start page's lists for this person."""
    today = today or date.today()
    board = Dashboard()
    mine = youths_service.visible_youths(principal).where(
        Youth.status == YouthStatus.enrolled.value
    )
    if principal.kind == "user":
        own = mine.where(or_(Youth.recruiter_id == principal.id, Youth.coach_id == principal.id))
        board.my_youths = list(db_session.scalars(own.order_by(Youth.ref).limit(LIST_LIMIT)))
    if not board.my_youths:
        board.my_youths = list(db_session.scalars(mine.order_by(Youth.ref).limit(LIST_LIMIT)))
    horizon = today + timedelta(days=SOON_DAYS)
    starting = and_(
        Internship.status == InternshipStatus.planned.value,
        Internship.start_date.between(today, horizon),
    )
    ending = and_(
        Internship.status == InternshipStatus.active.value,
        Internship.end_date.between(today, horizon),
    )
    for row in _internships(db_session, principal, or_(starting, ending)):
        note = "börjar" if row[0].status == InternshipStatus.planned.value else "slutar"
        board.soon.append(_line(row, note))
    _add_documents(db_session, principal, board)
    return board


def _add_documents(db_session: Session, principal: Principal, board: Dashboard) -> None:
    try:
        from certificates import service as certificates_service
        from internships.models import Assessment
        from links.models import CapabilityLink, LinkPurpose
    except ImportError:  # the links and certificates packages are not installed yet
        return
    now = utcnow()
    open_links = (
        select(Assessment.internship_id)
        .join(CapabilityLink, CapabilityLink.subject_id == Assessment.id)
        .where(
            CapabilityLink.purpose == LinkPurpose.assessment.value,
            CapabilityLink.revoked_at.is_(None),
            CapabilityLink.expires_at > now,
            Assessment.status != "submitted",
        )
    )
    for row in _internships(db_session, principal, Internship.id.in_(open_links)):
        board.waiting_assessments.append(_line(row))
    ready = certificates_service.ready_internship_ids(db_session=db_session)
    # Newest first: after years of use, old internships whose certificate nobody asked for
    # would otherwise fill the list and hide the ones that just ended.
    for row in _internships(db_session, principal, Internship.id.in_(ready), newest_first=True):
        board.ready_certificates.append(_line(row))
    problems = (
        select(Assessment.internship_id)
        .join(CapabilityLink, CapabilityLink.subject_id == Assessment.id)
        .where(
            CapabilityLink.purpose == LinkPurpose.assessment.value,
            CapabilityLink.revoked_at.is_(None),
            CapabilityLink.replaced_by_id.is_(None),
            Assessment.status != "submitted",
            or_(
                CapabilityLink.send_status.in_(("bounced", "failed")),
                CapabilityLink.expires_at <= now,
            ),
        )
    )
    for row in _internships(db_session, principal, Internship.id.in_(problems)):
        board.link_problems.append(_line(row))
