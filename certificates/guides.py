"""The supervisor guide of an internship, the general employer guide, and the printable deck."""

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from accounts.auth import Principal
from accounts.models import StaffUser
from certificates import documents
from certificates.content import get_internship
from certificates.service import check_language
from competences import service as competences_service
from core import audit
from core.errors import InvalidInput
from core.settings import get_settings
from employers.models import Placement, Workplace
from youths import service as youths_service
from youths.models import Youth


def check_link_url(link_url: str | None) -> str | None:
    """Only this service's own links go into a QR code, so a guide cannot point elsewhere."""
    if link_url is None or not link_url.strip():
        return None
    link_url = link_url.strip()
    base = get_settings().base_url.rstrip("/") + "/"
    if not link_url.startswith(base) or len(link_url) > 500 or any(c.isspace() for c in link_url):
        raise InvalidInput(f"link_url must be a link of this service, starting with {base}",
                           field="link_url")  # fmt: skip
    return link_url


def supervisor_guide_doc(
    *,
    db_session: Session,
    internship_id: int,
    language: str,
    link_url: str | None,
    principal: Principal | None,
) -> documents.SupervisorGuideDoc:
    """Gathers the guide's content; the card sort is shared only with the youth's consent."""
    internship, _ = get_internship(
        db_session=db_session, internship_id=internship_id, principal=principal
    )
    youth = db_session.scalar(
        select(Youth)
        .where(Youth.id == internship.youth_id)
        .options(selectinload(Youth.card_sorts), selectinload(Youth.consents))
    )
    assert youth is not None
    placement, workplace = db_session.execute(
        select(Placement, Workplace)
        .join(Workplace, Workplace.id == Placement.workplace_id)
        .where(Placement.id == internship.placement_id)
    ).one()
    contact = (
        db_session.get(StaffUser, internship.contact_user_id)
        if internship.contact_user_id
        else None
    )
    develop: list[documents.GuideCompetence] = []
    strengths: list[str] = []
    sort = youths_service.current_card_sort(youth)
    if sort is not None and youths_service.sharing_allowed(youth):
        deck = competences_service.get_version(db_session=db_session, version=sort.deck_version)
        cards = {c.key: c for c in competences_service.cards_of(deck)}
        sv = language == "sv"
        for key in sort.develop:
            if key in cards:
                c = cards[key]
                develop.append(
                    documents.GuideCompetence(
                        name=c.name_sv if sv else c.name_en,
                        youth_text=c.youth_text_sv if sv else c.youth_text_en,
                        tips=list(c.supervisor_tips_sv if sv else c.supervisor_tips_en),
                    )
                )
        strengths = [
            cards[k].name_sv if sv else cards[k].name_en for k in sort.strengths if k in cards
        ]
    span = (internship.end_date - internship.start_date).days
    return documents.SupervisorGuideDoc(
        language=language,
        first_name=youth.first_name or ("ungdomen" if language == "sv" else "the young person"),
        title=placement.title,
        workplace_name=workplace.name,
        start_date=internship.start_date,
        end_date=internship.end_date,
        supervisor_name=internship.supervisor_name,
        contact_name=contact.name if contact else None,
        contact_email=contact.email if contact else None,
        team=youth.team or (contact.team if contact else None) or "",
        team_contact=get_settings().team_contact,
        develop=develop,
        strengths=strengths,
        midway_date=internship.start_date + timedelta(days=span // 2) if span >= 14 else None,
        link_url=link_url,
    )


def supervisor_guide(
    *,
    db_session: Session,
    internship_id: int,
    language: str,
    link_url: str | None,
    principal: Principal,
) -> bytes:
    """Renders the supervisor guide of one internship (sv or en), with a QR code for the link."""
    doc = supervisor_guide_doc(
        db_session=db_session,
        internship_id=internship_id,
        language=check_language(language),
        link_url=check_link_url(link_url),
        principal=principal,
    )
    audit.record(
        db_session, actor=principal.actor, action="internship.supervisor_guide",
        subject_type="internship", subject_id=internship_id,
        detail={"language": language, "with_link": doc.link_url is not None},
    )  # fmt: skip
    return documents.supervisor_guide_pdf(doc)


def employer_guide(*, language: str) -> bytes:
    """Renders the general guide for employers (names no youth)."""
    return documents.employer_guide_pdf(
        language=check_language(language), team_contact=get_settings().team_contact
    )


def deck_cards(*, db_session: Session, version: str | None, language: str) -> tuple:
    """Returns (deck name, version, cards) of the chosen deck version, or the current one."""
    deck = (
        competences_service.get_version(db_session=db_session, version=version)
        if version
        else competences_service.get_current(db_session=db_session)
    )
    sv = language == "sv"
    cards = [
        documents.DeckCard(
            number=i,
            name=c.name_sv if sv else c.name_en,
            youth_text=c.youth_text_sv if sv else c.youth_text_en,
            behaviours=list(c.behaviours_sv if sv else c.behaviours_en),
        )
        for i, c in enumerate(competences_service.cards_of(deck), start=1)
    ]
    return (deck.name_sv if sv else deck.name_en), deck.version, cards


def deck(*, db_session: Session, version: str | None, language: str) -> bytes:
    """Renders the printable card deck in the chosen version and language."""
    name, version, cards = deck_cards(
        db_session=db_session, version=version, language=check_language(language)
    )
    return documents.deck_pdf(language=language, deck_name=name, version=version, cards=cards)
