"""Internship API, plus the staff side of personal links and assessments."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from core import audit
from core.db import get_session
from core.errors import NotFound
from internships import assessments
from internships import service as internships
from internships.schemas import (
    AssessmentLinkCreate,
    AssessmentRead,
    FollowUpCreate,
    FollowUpRead,
    InternshipCreate,
    InternshipList,
    InternshipRead,
    InternshipUpdate,
    LinkCreated,
    LinkList,
    LinkRead,
    ReviewLinkCreate,
)
from links import service as links
from links.models import CapabilityLink
from youths import service as youths_service

router = APIRouter(tags=["internships"])

DbSession = Annotated[Session, Depends(get_session)]


def _created(link: CapabilityLink, token: str) -> LinkCreated:
    return LinkCreated(**internships.link_to_read(link).model_dump(), url=links.link_url(token))


@router.post("/api/internships", response_model=InternshipRead, status_code=201,
             summary="Start an internship (capacity is enforced)")  # fmt: skip
def create_internship(
    principal: Annotated[Principal, Depends(require("internship:write"))],
    data: InternshipCreate,
    db_session: DbSession,
) -> InternshipRead:
    internship = internships.start_internship(db_session=db_session, data=data, principal=principal)
    return internships.to_read(db_session=db_session, internship=internship)


@router.get("/api/internships", response_model=InternshipList, summary="Internships")
def list_internships(
    principal: Annotated[Principal, Depends(require("internship:read"))],
    db_session: DbSession,
    status: Annotated[str | None, Query(pattern="^(planned|active|completed|ended_early)$")] = None,
    youth: Annotated[str | None, Query(max_length=60, description="A youth's ref")] = None,
    placement: Annotated[str | None, Query(max_length=60, description="A placement's ref")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> InternshipList:
    rows, total = internships.list_internships(
        db_session=db_session, principal=principal, status=status, youth_ref=youth,
        placement_ref=placement, limit=limit, offset=offset,
    )  # fmt: skip
    audit.record(
        db_session, actor=principal.actor, action="internship.list", subject_type="internship",
        subject_id="*", detail={"ids": [i.id for i in rows]},
    )  # fmt: skip
    return InternshipList(
        items=[internships.to_read(db_session=db_session, internship=i) for i in rows], total=total
    )


@router.get("/api/internships/{internship_id}", response_model=InternshipRead)
def read_internship(
    principal: Annotated[Principal, Depends(require("internship:read"))],
    internship_id: int,
    db_session: DbSession,
) -> InternshipRead:
    internship = internships.get_internship(
        db_session=db_session, internship_id=internship_id, principal=principal
    )
    audit.record(db_session, actor=principal.actor, action="internship.read",
                 subject_type="internship", subject_id=internship.id)  # fmt: skip
    return internships.to_read(db_session=db_session, internship=internship)


@router.put("/api/internships/{internship_id}", response_model=InternshipRead)
@router.patch("/api/internships/{internship_id}", response_model=InternshipRead)
def update_internship(
    principal: Annotated[Principal, Depends(require("internship:write"))],
    internship_id: int,
    data: InternshipUpdate,
    db_session: DbSession,
) -> InternshipRead:
    internship = internships.get_internship(
        db_session=db_session, internship_id=internship_id, principal=principal
    )
    internships.update_internship(
        db_session=db_session, internship=internship, data=data, principal=principal
    )
    return internships.to_read(db_session=db_session, internship=internship)


@router.post("/api/internships/{internship_id}/follow-ups", response_model=FollowUpRead,
             status_code=201)  # fmt: skip
def add_follow_up(
    principal: Annotated[Principal, Depends(require("internship:follow_up"))],
    internship_id: int,
    data: FollowUpCreate,
    db_session: DbSession,
) -> FollowUpRead:
    internship = internships.get_internship(
        db_session=db_session, internship_id=internship_id, principal=principal
    )
    f = internships.add_follow_up(
        db_session=db_session, internship=internship, data=data, principal=principal
    )
    return FollowUpRead(id=f.id, held_date=f.held_date, note=f.note, recorded_by=f.recorded_by,
                        created_at=f.created_at)  # fmt: skip


@router.post("/api/internships/{internship_id}/assessment-links", response_model=LinkCreated,
             status_code=201,
             summary="Create the supervisor's assessment link; its URL is shown only here")  # fmt: skip
def create_assessment_link(
    principal: Annotated[Principal, Depends(require("link:manage"))],
    internship_id: int,
    data: AssessmentLinkCreate,
    db_session: DbSession,
) -> LinkCreated:
    internship = internships.get_internship(
        db_session=db_session, internship_id=internship_id, principal=principal
    )
    link, token = internships.create_assessment_link(
        db_session=db_session, internship=internship, kind=data.kind,
        send_email=data.send_email, ttl_days=data.ttl_days, principal=principal,
    )  # fmt: skip
    return _created(link, token)


@router.get("/api/internships/{internship_id}/links", response_model=LinkList,
            summary="The internship's assessment links: state and delivery, never the token")  # fmt: skip
def list_links(
    principal: Annotated[Principal, Depends(require("link:manage"))],
    internship_id: int,
    db_session: DbSession,
) -> LinkList:
    internship = internships.get_internship(
        db_session=db_session, internship_id=internship_id, principal=principal
    )
    rows = internships.links_of_internship(db_session=db_session, internship=internship)
    return LinkList(items=[internships.link_to_read(r) for r in rows], total=len(rows))


def _visible_link(db_session: Session, link_id: int, principal: Principal) -> CapabilityLink:
    link = links.get(db_session=db_session, link_id=link_id)
    internships.check_link_visible(db_session=db_session, link=link, principal=principal)
    return link


@router.post("/api/links/{link_id}/revoke", response_model=LinkRead,
             summary="Revoke one link; it answers 410 from now on")  # fmt: skip
def revoke_link(
    principal: Annotated[Principal, Depends(require("link:manage"))],
    link_id: int,
    db_session: DbSession,
) -> LinkRead:
    link = _visible_link(db_session, link_id, principal)
    links.revoke(db_session=db_session, link=link, actor=principal.actor)
    return internships.link_to_read(link)


@router.post("/api/links/{link_id}/resend", response_model=LinkCreated, status_code=201,
             summary="Replace a link with a new one (the old one stops working) and e-mail it "
                     "when the recipient has an address; the new URL is shown only here")  # fmt: skip
def resend_link(
    principal: Annotated[Principal, Depends(require("link:manage"))],
    link_id: int,
    db_session: DbSession,
) -> LinkCreated:
    link = _visible_link(db_session, link_id, principal)
    internships.require_consent_for_link(db_session=db_session, link=link)
    new_link, token = links.resend(db_session=db_session, link=link, actor=principal.actor)
    links.send_link(db_session=db_session, link=new_link, token=token)
    return _created(new_link, token)


@router.post("/api/youths/{ref}/review-link", response_model=LinkCreated, status_code=201,
             summary="Create the youth's own link (suggestions, card sort); URL shown only here")  # fmt: skip
def create_review_link(
    principal: Annotated[Principal, Depends(require("link:manage"))],
    ref: str,
    data: ReviewLinkCreate,
    db_session: DbSession,
) -> LinkCreated:
    youth = youths_service.get_youth(db_session=db_session, ref=ref, principal=principal)
    link, token = internships.create_review_link(
        db_session=db_session, youth=youth, send_email=data.send_email, ttl_days=data.ttl_days,
        principal=principal,
    )  # fmt: skip
    return _created(link, token)


def _visible_assessment(db_session: Session, assessment_id: int, principal: Principal):  # type: ignore[no-untyped-def]
    assessment = assessments.get(db_session=db_session, assessment_id=assessment_id)
    try:
        internships.get_internship(
            db_session=db_session, internship_id=assessment.internship_id, principal=principal
        )
    except NotFound:  # the same words as for an assessment that does not exist
        raise NotFound(f"no assessment with id {assessment_id}") from None
    return assessment


def _assessment_read(a) -> AssessmentRead:  # type: ignore[no-untyped-def]
    return AssessmentRead(
        id=a.id, internship_id=a.internship_id, kind=a.kind, deck_version=a.deck_version,
        status=a.status, ratings=a.ratings, overall_comment=a.overall_comment, tasks=a.tasks,
        supervisor_name=a.supervisor_name, supervisor_role=a.supervisor_role,
        revision=a.revision, submitted_at=a.submitted_at, reopened_at=a.reopened_at,
        reopened_by=a.reopened_by,
    )  # fmt: skip


@router.get("/api/assessments/{assessment_id}", response_model=AssessmentRead)
def read_assessment(
    principal: Annotated[Principal, Depends(require("assessment:read"))],
    assessment_id: int,
    db_session: DbSession,
) -> AssessmentRead:
    assessment = _visible_assessment(db_session, assessment_id, principal)
    audit.record(db_session, actor=principal.actor, action="assessment.read",
                 subject_type="assessment", subject_id=assessment.id)  # fmt: skip
    return _assessment_read(assessment)


@router.post("/api/assessments/{assessment_id}/reopen", response_model=AssessmentRead,
             summary="Make a submitted assessment editable again through its link")  # fmt: skip
def reopen_assessment(
    principal: Annotated[Principal, Depends(require("assessment:reopen"))],
    assessment_id: int,
    db_session: DbSession,
) -> AssessmentRead:
    assessment = _visible_assessment(db_session, assessment_id, principal)
    assessments.reopen(db_session=db_session, assessment=assessment, actor=principal.actor)
    return _assessment_read(assessment)
