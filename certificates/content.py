"""What a certificate prints, gathered from an ended internship and its approved final assessment.

Issuing, storing and verifying are certificates.service; this module only reads.
"""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from accounts.auth import Principal
from certificates import documents
from competences import service as competences_service
from competences.levels import level_words
from core.errors import Conflict, NotFound
from core.settings import get_settings
from employers.models import Employer, Placement, Workplace
from internships.models import Assessment, Internship, InternshipStatus
from youths import service as youths_service
from youths.models import Youth


def get_internship(
    *, db_session: Session, internship_id: int, principal: Principal | None
) -> tuple[Internship, Youth]:
    """Returns an internship and its youth if the caller may see the youth; NotFound otherwise."""
    visible = youths_service.visible_youths(principal).subquery()
    row = db_session.execute(
        select(Internship, Youth)
        .join(Youth, Youth.id == Internship.youth_id)
        .where(Internship.id == internship_id, Youth.id.in_(select(visible.c.id)))
    ).first()
    if row is None:
        raise NotFound(f"no internship {internship_id}")
    return row[0], row[1]


def _workplace_of(db_session: Session, placement_id: int) -> tuple[Placement, Workplace, Employer]:
    row = db_session.execute(
        select(Placement, Workplace, Employer)
        .join(Workplace, Workplace.id == Placement.workplace_id)
        .join(Employer, Employer.id == Workplace.employer_id)
        .where(Placement.id == placement_id)
    ).one()
    return row[0], row[1], row[2]


# A certificate vouches for an internship that is over: completed, or ended early (which the
# certificate then says). One still planned or active has no certificate yet.
ISSUABLE = (InternshipStatus.completed.value, InternshipStatus.ended_early.value)


def check_issuable(internship: Internship) -> None:
    """Raises Conflict unless the internship is completed or ended early."""
    if internship.status not in ISSUABLE:
        raise Conflict(
            f"the internship is still {internship.status}; a certificate can be issued only "
            "when it is completed or ended early (mark it so first)"
        )


def final_assessment(*, db_session: Session, internship_id: int) -> Assessment:
    """Returns the final assessment the supervisor approved, or raises Conflict."""
    assessment = db_session.scalar(
        select(Assessment).where(
            Assessment.internship_id == internship_id, Assessment.kind == "final"
        )
    )
    if assessment is None or assessment.status != "submitted" or assessment.submitted_at is None:
        raise Conflict(
            "the supervisor has not approved the final assessment yet; "
            "a certificate is written from the approved final assessment"
        )
    return assessment


def rated_competences(*, db_session: Session, assessment: Assessment, language: str) -> list:
    """Returns the rated competences in deck order; "could not be observed" rows are left out."""
    deck = competences_service.get_version(db_session=db_session, version=assessment.deck_version)
    rows = []
    for card in competences_service.cards_of(deck):
        rating = (assessment.ratings or {}).get(card.key) or {}
        level = rating.get("level")
        if level not in (1, 2, 3, 4):
            continue
        rows.append(
            documents.RatedCompetence(
                key=card.key,
                name=card.name_sv if language == "sv" else card.name_en,
                level=level,
                words=level_words(level, language),
                comment=(rating.get("comment") or "").strip(),
            )
        )
    return rows


def certificate_doc(
    *,
    db_session: Session,
    internship_id: int,
    language: str,
    principal: Principal | None,
    code: str | None = None,
    issued_at: datetime | None = None,
) -> tuple[documents.CertificateDoc, Assessment]:
    """Gathers what a certificate prints, from the approved final assessment."""
    internship, youth = get_internship(
        db_session=db_session, internship_id=internship_id, principal=principal
    )
    if code is not None:  # issuing; a preview may be looked at earlier
        check_issuable(internship)
    assessment = final_assessment(db_session=db_session, internship_id=internship.id)
    holder = " ".join(p for p in (youth.first_name, youth.last_name) if p)
    if not holder:
        raise Conflict("the youth has no name on record; add it before issuing a certificate")
    placement, workplace, employer = _workplace_of(db_session, internship.placement_id)
    doc = documents.CertificateDoc(
        language=language,
        holder_name=holder,
        title=placement.title,
        employer_name=employer.name,
        workplace_name=workplace.name,
        start_date=internship.start_date,
        end_date=internship.end_date,
        tasks=(assessment.tasks or placement.description or "").strip(),
        competences=rated_competences(
            db_session=db_session, assessment=assessment, language=language
        ),
        overall_comment=(assessment.overall_comment or "").strip(),
        supervisor_name=assessment.supervisor_name or internship.supervisor_name,
        supervisor_role=assessment.supervisor_role or internship.supervisor_role or "",
        approved_at=assessment.submitted_at,  # type: ignore[arg-type]
        team=youth.team or "",  # no team: the certificate leaves the team out
        issuer_name=get_settings().issuer_name,
        code=code,
        issued_at=issued_at,
        ended_early=internship.status == InternshipStatus.ended_early.value,
    )
    return doc, assessment
