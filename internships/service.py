"""Internship rules: start with capacity enforcement, lifecycle, follow-ups, personal links."""

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from accounts.auth import Principal
from core import audit
from core.errors import Conflict, InvalidInput, NotFound
from employers import repository as employers_repository
from employers.models import Placement
from internships import assessments
from internships.models import SEAT_HOLDING, Assessment, FollowUp, Internship, InternshipStatus
from internships.schemas import (
    AssessmentSummary,
    FollowUpCreate,
    FollowUpRead,
    InternshipCreate,
    InternshipRead,
    InternshipUpdate,
    LinkRead,
)
from links import service as links
from links.models import CapabilityLink, LinkPurpose
from youths import gdpr
from youths import service as youths_service
from youths.models import Youth, YouthStatus

S = InternshipStatus
TRANSITIONS: dict[str, frozenset[str]] = {
    S.planned: frozenset({S.active, S.ended_early}),
    S.active: frozenset({S.completed, S.ended_early}),
    S.completed: frozenset(),
    S.ended_early: frozenset(),
}
SUPERVISOR_FIELDS = ("supervisor_name", "supervisor_email", "supervisor_phone", "supervisor_role")


def _visible(principal: Principal | None) -> Select[Internship]:
    youth_ids = youths_service.visible_youths(principal).with_only_columns(Youth.id)
    return select(Internship).where(Internship.youth_id.in_(youth_ids))


def get_internship(
    *, db_session: Session, internship_id: int, principal: Principal | None
) -> Internship:
    """Returns an internship whose youth the caller may see, or raises NotFound."""
    internship = db_session.scalar(_visible(principal).where(Internship.id == internship_id))
    if internship is None:
        raise NotFound(f"no internship with id {internship_id}")
    return internship


def list_internships(
    *,
    db_session: Session,
    principal: Principal,
    status: str | None,
    youth_ref: str | None,
    limit: int,
    placement_ref: str | None = None,
    offset: int,
) -> tuple[list[Internship], int]:
    """Returns a page of the internships the caller may see, newest first, and the total."""
    stmt = _visible(principal)
    if status:
        stmt = stmt.where(Internship.status == status)
    if youth_ref:
        stmt = stmt.where(Internship.youth_id.in_(select(Youth.id).where(Youth.ref == youth_ref)))
    if placement_ref:
        stmt = stmt.where(
            Internship.placement_id.in_(select(Placement.id).where(Placement.ref == placement_ref))
        )
    total = db_session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = db_session.scalars(stmt.order_by(Internship.id.desc()).limit(limit).offset(offset))
    return list(rows), total


def _counter_stereotypical(ssyk: str | None, sni: str | None, gender: str | None) -> bool | None:
    """True/False when SCB has statistics for the occupation and the gender is female or male."""
    try:
        from matcher import stereotypes
    except ImportError:
        return None
    try:
        table = stereotypes.default_table()
        if gender not in ("female", "male") or table.share_name(ssyk) is None:
            return None
        return bool(table.verdict(ssyk, sni, gender).counter)
    except (AttributeError, OSError, ValueError):
        return None


def _lock_placement(db_session: Session, ref: str) -> Placement:
    # FOR UPDATE serialises concurrent starts on PostgreSQL; SQLite ignores it, but there every
    # writing transaction already holds the database lock (BEGIN IMMEDIATE in core.db).
    placement = db_session.scalar(
        select(Placement)
        .where(Placement.ref == ref)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if placement is None:
        raise NotFound(f"no placement with ref {ref!r}", field="placement")
    return placement


def seats_taken(db_session: Session, placement_id: int) -> int:
    """Returns how many planned or active internships hold a seat at a placement."""
    return employers_repository.seats_taken(db_session, [placement_id]).get(placement_id, 0)


def _require_sharing_consent(youth: Youth) -> None:

    gdpr.require_sharing_consent(youth)


def require_consent_for_internship(*, db_session: Session, internship: Internship) -> None:
    """Raises Conflict unless recorded consent lets staff share the youth's data with employers."""
    youth = db_session.get(Youth, internship.youth_id)
    if youth is None:
        raise NotFound(f"no youth for internship {internship.id}")
    _require_sharing_consent(youth)


def require_consent_for_link(*, db_session: Session, link: CapabilityLink) -> None:
    """Raises Conflict when a supervisor's link would reach an employer without consent."""
    if link.purpose != LinkPurpose.assessment:
        return
    assessment = db_session.get(Assessment, link.subject_id)
    internship = db_session.get(Internship, assessment.internship_id) if assessment else None
    if internship is not None:
        require_consent_for_internship(db_session=db_session, internship=internship)


def start_internship(
    *, db_session: Session, data: InternshipCreate, principal: Principal
) -> Internship:
    """Starts an internship; refuses when the placement has no free seat, even under concurrency."""
    youth = youths_service.get_youth(db_session=db_session, ref=data.youth, principal=principal)
    if youth.status != YouthStatus.enrolled:
        raise Conflict(f"youth {youth.ref} is discharged; enrol them again first", field="youth")
    _require_sharing_consent(youth)
    placement = _lock_placement(db_session, data.placement)
    if not placement.is_open:
        raise Conflict(f"placement {placement.ref} is closed", field="placement")
    age = youths_service.age_in(youth.birth_year, data.start_date.year)
    if placement.min_age and age is not None and age < placement.min_age:
        raise InvalidInput(
            f"placement {placement.ref} needs age {placement.min_age}; the youth is {age}",
            field="youth",
        )
    already = db_session.scalar(
        select(Internship.id).where(
            Internship.youth_id == youth.id,
            Internship.placement_id == placement.id,
            Internship.status.in_(SEAT_HOLDING),
        )
    )
    if already is not None:
        raise Conflict(f"the youth already has internship {already} at this placement")
    taken = seats_taken(db_session, placement.id)
    if taken >= placement.capacity:
        raise Conflict(
            f"placement {placement.ref} is full: {taken} of {placement.capacity} seats are taken",
            field="placement",
        )
    supervisor = {f: getattr(data, f) or getattr(placement, f, None) for f in SUPERVISOR_FIELDS}
    if not supervisor["supervisor_name"]:
        raise InvalidInput(
            "name the supervisor (the placement has none on file)", field="supervisor_name"
        )
    internship = Internship(
        youth_id=youth.id,
        placement_id=placement.id,
        status=data.status,
        start_date=data.start_date,
        end_date=data.end_date,
        contact_user_id=data.contact_user_id
        or (principal.id if principal.kind == "user" else None),
        ssyk_code=placement.ssyk_code,
        counter_stereotypical=_counter_stereotypical(
            placement.ssyk_code, placement.sni_section, youth.gender
        ),
        created_by=principal.actor,
        **supervisor,
    )
    db_session.add(internship)
    db_session.flush()
    audit.record(
        db_session, actor=principal.actor, action="internship.create", subject_type="internship",
        subject_id=internship.id, detail={"youth_id": youth.id, "placement_id": placement.id},
    )  # fmt: skip
    return internship


def update_internship(
    *, db_session: Session, internship: Internship, data: InternshipUpdate, principal: Principal
) -> Internship:
    """Changes dates, supervisor or status; only the lifecycle's own transitions are allowed."""
    changes = data.model_dump(exclude_unset=True)
    new_status = changes.pop("status", None)
    if new_status is not None and new_status != internship.status:
        if new_status not in TRANSITIONS[internship.status]:
            allowed = ", ".join(sorted(TRANSITIONS[internship.status])) or "none (it has ended)"
            raise Conflict(
                f"an internship that is {internship.status} cannot become {new_status}; "
                f"allowed: {allowed}",
                field="status",
            )
        internship.status = new_status
    start = changes.get("start_date", internship.start_date)
    end = changes.get("end_date", internship.end_date)
    if end < start:
        raise InvalidInput("end_date is before start_date", field="end_date")
    for key, value in changes.items():
        if key == "supervisor_name" and value is None:
            raise InvalidInput("the supervisor needs a name", field="supervisor_name")
        setattr(internship, key, value)
    audit.record(
        db_session, actor=principal.actor, action="internship.update", subject_type="internship",
        subject_id=internship.id,
        detail={"fields": sorted(changes), **({"status": new_status} if new_status else {})},
    )  # fmt: skip
    db_session.flush()
    return internship


def add_follow_up(
    *, db_session: Session, internship: Internship, data: FollowUpCreate, principal: Principal
) -> FollowUp:
    """Records a check-in during or after the internship."""
    follow_up = FollowUp(
        internship_id=internship.id,
        held_date=data.held_date,
        note=data.note.strip(),
        recorded_by=principal.actor,
    )
    db_session.add(follow_up)
    db_session.flush()
    audit.record(
        db_session, actor=principal.actor, action="follow_up.add", subject_type="internship",
        subject_id=internship.id,
    )  # fmt: skip
    return follow_up


def to_read(*, db_session: Session, internship: Internship) -> InternshipRead:
    """Builds the API view of an internship with its follow-ups and assessments."""
    youth_ref = db_session.scalar(select(Youth.ref).where(Youth.id == internship.youth_id))
    placement = db_session.get(Placement, internship.placement_id)
    assert placement is not None and youth_ref is not None
    follow_ups = db_session.scalars(
        select(FollowUp).where(FollowUp.internship_id == internship.id).order_by(FollowUp.held_date)
    )
    rated = db_session.scalars(
        select(Assessment).where(Assessment.internship_id == internship.id).order_by(Assessment.id)
    )
    return InternshipRead(
        id=internship.id,
        youth_ref=youth_ref,
        placement_ref=placement.ref,
        placement_title=placement.title,
        status=internship.status,  # type: ignore[arg-type]
        start_date=internship.start_date,
        end_date=internship.end_date,
        supervisor_name=internship.supervisor_name,
        supervisor_email=internship.supervisor_email,
        supervisor_phone=internship.supervisor_phone,
        supervisor_role=internship.supervisor_role,
        contact_user_id=internship.contact_user_id,
        ssyk_code=internship.ssyk_code,
        counter_stereotypical=internship.counter_stereotypical,
        end_reason=internship.end_reason,
        created_by=internship.created_by,
        created_at=internship.created_at,
        updated_at=internship.updated_at,
        follow_ups=[
            FollowUpRead(
                id=f.id,
                held_date=f.held_date,
                note=f.note,
                recorded_by=f.recorded_by,
                created_at=f.created_at,
            )  # fmt: skip
            for f in follow_ups
        ],
        assessments=[
            AssessmentSummary(
                id=a.id,
                kind=a.kind,
                status=a.status,
                deck_version=a.deck_version,
                submitted_at=a.submitted_at,
            )  # fmt: skip
            for a in rated
        ],
    )


def link_to_read(link: CapabilityLink) -> LinkRead:
    """Builds the staff view of a link: its state and delivery, never the token."""
    return LinkRead(
        id=link.id, purpose=link.purpose, subject_id=link.subject_id,
        recipient_name=link.recipient_name, state=links.state_of(link),  # type: ignore[arg-type]
        send_status=link.send_status, send_error=link.send_error, sent_at=link.sent_at,
        opened_at=link.opened_at, open_count=link.open_count,
        reminder_number=link.reminder_number, replaced_by_id=link.replaced_by_id,
        created_by=link.created_by, created_at=link.created_at, expires_at=link.expires_at,
        revoked_at=link.revoked_at,
    )  # fmt: skip


def create_assessment_link(
    *,
    db_session: Session,
    internship: Internship,
    kind: str,
    send_email: bool,
    ttl_days: int | None,
    principal: Principal,
) -> tuple[CapabilityLink, str]:
    """Creates the assessment draft if missing and a link for the supervisor; e-mails it if asked."""
    require_consent_for_internship(db_session=db_session, internship=internship)
    if send_email and not internship.supervisor_email:
        raise InvalidInput(
            "the supervisor has no e-mail address: add one, or create the link with "
            "send_email false and send it by text message",
            field="supervisor_email",
        )
    assessment = assessments.ensure_for_internship(
        db_session=db_session, internship_id=internship.id, kind=kind, actor=principal.actor
    )
    if assessment.status == assessments.SUBMITTED:
        raise Conflict(
            f"the {kind} assessment is already submitted; reopen it (POST "
            f"/api/assessments/{assessment.id}/reopen) before sending a new link"
        )
    link, token = links.create(
        db_session=db_session, purpose=LinkPurpose.assessment, subject_id=assessment.id,
        created_by=principal.actor, recipient_name=internship.supervisor_name,
        recipient_email=internship.supervisor_email, recipient_phone=internship.supervisor_phone,
        ttl_days=ttl_days,
    )  # fmt: skip
    if send_email:
        links.send_link(db_session=db_session, link=link, token=token)
    return link, token


def create_review_link(
    *,
    db_session: Session,
    youth: Youth,
    send_email: bool,
    ttl_days: int | None,
    principal: Principal,
) -> tuple[CapabilityLink, str]:
    """Creates the youth's own link to their suggestions and card sort; e-mails it if asked."""
    if send_email:
        if not youth.email:
            raise InvalidInput("the youth has no e-mail address", field="email")
        consented = any(
            c.scope == "contact_by_email" and not c.withdrawn_date for c in youth.consents
        )
        if not consented:
            raise InvalidInput(
                "the youth has not consented to contact by e-mail (consent scope "
                "contact_by_email); send the link by text message instead",
                field="send_email",
            )
    link, token = links.create(
        db_session=db_session, purpose=LinkPurpose.youth_review, subject_id=youth.id,
        created_by=principal.actor, recipient_name=youth.first_name,
        recipient_email=youth.email, recipient_phone=youth.phone,
        language=youth.language or "sv", ttl_days=ttl_days,
    )  # fmt: skip
    if send_email:
        links.send_link(db_session=db_session, link=link, token=token)
    return link, token


def links_of_internship(*, db_session: Session, internship: Internship) -> list[CapabilityLink]:
    """Returns every assessment link of an internship, newest first."""
    ids = select(Assessment.id).where(Assessment.internship_id == internship.id)
    stmt = (
        select(CapabilityLink)
        .where(CapabilityLink.purpose == LinkPurpose.assessment, CapabilityLink.subject_id.in_(ids))
        .order_by(CapabilityLink.id.desc())
    )
    return list(db_session.scalars(stmt))


def check_link_visible(*, db_session: Session, link: CapabilityLink, principal: Principal) -> None:
    """Raises NotFound unless the caller may see the youth the link is about."""
    if link.purpose == LinkPurpose.assessment:
        assessment = db_session.get(Assessment, link.subject_id)
        if assessment is None:
            raise NotFound(f"no link with id {link.id}")
        try:
            get_internship(
                db_session=db_session, internship_id=assessment.internship_id, principal=principal
            )
        except NotFound:  # the same words as for a link that does not exist
            raise NotFound(f"no link with id {link.id}") from None
        return
    visible = db_session.scalar(
        youths_service.visible_youths(principal)
        .with_only_columns(Youth.id)
        .where(Youth.id == link.subject_id)
    )
    if visible is None:
        raise NotFound(f"no link with id {link.id}")
