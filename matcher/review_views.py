"""The youth's own link page: suggested placements, reactions, own proposals, card sort.

Served through /l/{token} by links.views. Built on what fits the youth (salutogenic): the
matcher's stereotype flags and bases are for staff and never reach this page.
"""

from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from competences import service as deck_service
from core import audit
from core.errors import AppError, InvalidInput, NotFound
from core.mail import bilingual
from core.settings import get_settings
from core.templating import render
from links import service as links
from links import views as link_views
from links.models import CapabilityLink
from youths import explorer_service
from youths import service as youths_service
from youths.models import ProposedWorkplace, Youth

# Pages are reached through /l/{token} in links.views; nothing is routed here directly.
router = APIRouter()

SUGGESTION_LIMIT = 5
# The only suggestion fields a youth sees. Never stereotype_flag, stereotype_basis, score.
YOUTH_FIELDS = ("placement_ref", "title", "employer", "district", "occupation", "reasons",
                "reaction")  # fmt: skip
REACTIONS = ("interested", "not_interested", "more_info")
PILES = ("strength", "develop", "none")
COMMENT_MAX, PROPOSAL_MAX = 1000, 500
NOTICES = ("feedback", "cards", "proposal")


def _youth(db_session: Session, link: CapabilityLink) -> Youth:
    ref = db_session.scalar(
        select(Youth.ref).where(Youth.id == link.subject_id, Youth.erased_at.is_(None))
    )
    if ref is None:
        raise NotFound("Länken finns inte. Kontrollera att du har kopierat hela länken.")
    return youths_service.get_youth(db_session=db_session, ref=ref, principal=None)


def contact_user_id(*, db_session: Session, link: CapabilityLink) -> int | None:
    """The youth's coach, else their recruiter."""
    youth = db_session.get(Youth, link.subject_id)
    return (youth.coach_id or youth.recruiter_id) if youth else None


def mail_text(*, db_session: Session, link: CapabilityLink, url: str) -> tuple[str, str]:
    """Subject and body of the youth's e-mail: Swedish with English below, first name only."""
    youth = db_session.get(Youth, link.subject_id)
    hello = f"Hej {youth.first_name}!" if youth and youth.first_name else "Hej!"
    hi = f"Hi {youth.first_name}," if youth and youth.first_name else "Hi,"
    until = link.expires_at.date().isoformat()
    contact = links.contact_text(db_session=db_session, link=link)
    sv = (
        f"{hello}\n\nHär är din egen sida med praktikplatser som kan passa dig. Titta när du "
        f"vill och säg vad du tycker. Du kan också tipsa om en arbetsplats du själv känner "
        f"till, och välja vad du är bra på och vill bli bättre på.\n\n{url}\n\n"
        f"Länken är bara till dig. Den gäller till och med {until}.\n\n"
        f"Frågor? Kontakta {contact}.\n\nHälsningar\n{get_settings().issuer_name}"
    )
    en = (
        f"{hi}\n\nHere is your own page with internships that may suit you. Look whenever you "
        f"like and tell us what you think. You can also suggest a workplace you know, and "
        f"choose what you are good at and want to get better at.\n\n{url}\n\n"
        f"The link is just for you. It works until {until}.\n\nQuestions? Contact {contact}."
    )
    return "Din sida med praktikplatser / Your internship page", bilingual(sv, en)


def _suggestions(db_session: Session, youth: Youth) -> list[dict[str, Any]] | None:
    """The youth-safe part of the matcher's suggestions; None while the matcher is unavailable."""
    try:
        from matcher import service as matcher_service
    except ImportError:
        return None
    payload = matcher_service.suggestions_payload(
        db_session=db_session, youth_ref=youth.ref, limit=SUGGESTION_LIMIT, actor="link"
    )
    return [{k: s.get(k) for k in YOUTH_FIELDS} for s in payload.get("suggestions", [])]


def _piles(youth: Youth) -> dict[str, str]:
    sort = youths_service.current_card_sort(youth)
    piles = {key: "strength" for key in (sort.strengths if sort else [])}
    piles.update({key: "develop" for key in (sort.develop if sort else [])})
    return piles


def _page(
    request: Request,
    db_session: Session,
    link: CapabilityLink,
    youth: Youth,
    *,
    language: str,
    errors: dict[str, str] | None = None,
    typed: dict[str, Any] | None = None,
    notice: str | None = None,
    status_code: int = 200,
) -> Response:
    deck = deck_service.get_current(db_session=db_session)
    typed = typed or {}
    context = {
        **link_views.page_context(link, language),
        "first_name": youth.first_name,
        "suggestions": _suggestions(db_session, youth),
        "cards": deck_service.cards_of(deck),
        "piles": typed.get("piles") or _piles(youth),
        "proposals": [p.text for p in youth.proposed_workplaces],
        "typed": typed,
        "errors": errors or {},
        "notice": notice,
        "contact": links.contact_text(db_session=db_session, link=link),
        "explorer_answered": len(
            explorer_service.answers_of(db_session=db_session, youth_id=youth.id)
        ),
    }
    return render(request, "matcher/review.html", context, status_code=status_code,
                  language=language)  # fmt: skip


def page_get(
    *, request: Request, db_session: Session, link: CapabilityLink, language: str
) -> Response:
    """Shows the youth's page (read only; the dispatcher rolls back anything a read logged)."""
    if request.query_params.get("view") == "explorer":  # the interest explorer, card by card
        from matcher import explorer_views

        return explorer_views.link_page_get(
            request=request,
            link=link,
            language=language,
            youth=_youth(db_session, link),
            db_session=db_session,
        )
    notice = request.query_params.get("done")
    return _page(request, db_session, link, _youth(db_session, link), language=language,
                 notice=notice if notice in NOTICES else None)  # fmt: skip


def _feedback(db_session: Session, youth: Youth, form: FormData, actor: str) -> dict[str, str]:
    ref = str(form.get("placement_ref") or "")
    reaction = str(form.get("reaction") or "")
    comment = str(form.get("comment") or "")
    errors = {}
    if reaction not in REACTIONS:
        errors[f"reaction-{ref}"] = "Välj ett av svaren."
    if len(comment) > COMMENT_MAX:
        errors[f"comment-{ref}"] = "Kommentaren är för lång. Skriv högst 1000 tecken."
    if errors:
        return errors
    from matcher import service as matcher_service

    matcher_service.record_feedback(
        db_session=db_session, youth_ref=youth.ref, placement_ref=ref, reaction=reaction,
        comment=comment.strip(), actor=actor,
    )  # fmt: skip
    return {}


def _proposal(db_session: Session, youth: Youth, form: FormData, actor: str) -> dict[str, str]:
    text = str(form.get("proposal") or "").strip()
    if not text:
        return {"proposal": "Skriv namnet på arbetsplatsen, eller vad de gör."}
    if len(text) > PROPOSAL_MAX:
        return {"proposal": "Texten är för lång. Skriv högst 500 tecken."}
    if text not in {p.text for p in youth.proposed_workplaces}:  # a double submit adds one row
        db_session.add(ProposedWorkplace(youth_id=youth.id, text=text, proposed_by=actor))
        audit.record(db_session, actor=actor, action="youth.propose_workplace",
                     subject_type="youth", subject_id=youth.id)  # fmt: skip
    return {}


def _cards(
    db_session: Session, youth: Youth, form: FormData, actor: str, piles: dict[str, str]
) -> dict[str, str]:
    errors = {f"card-{k}": "Välj ett av svaren." for k, v in piles.items() if v not in PILES}
    if errors:
        return errors
    strengths = [k for k, v in piles.items() if v == "strength"]
    develop = [k for k, v in piles.items() if v == "develop"]
    current = youths_service.current_card_sort(youth)
    if current is None or (list(current.strengths), list(current.develop)) != (strengths, develop):
        youths_service.set_card_sort(
            db_session=db_session, youth=youth, strengths=strengths, develop=develop, actor=actor
        )
        audit.record(db_session, actor=actor, action="youth.card_sort", subject_type="youth",
                     subject_id=youth.id)  # fmt: skip
    return {}


def page_post(
    *,
    request: Request,
    db_session: Session,
    link: CapabilityLink,
    language: str,
    form: FormData,
    action: str,
) -> Response:
    """Handles a reaction to a suggestion, a proposed workplace, or the card sort."""
    youth = _youth(db_session, link)
    actor = f"link:{link.id}"
    keys = deck_service.card_keys(deck_service.get_current(db_session=db_session))
    piles = {k: str(form.get(f"card-{k}") or "none") for k in keys}
    typed: dict[str, Any] = {"proposal": str(form.get("proposal") or ""),
                             "placement_ref": str(form.get("placement_ref") or ""),
                             "reaction": str(form.get("reaction") or ""),
                             "comment": str(form.get("comment") or "")}  # fmt: skip
    if action.startswith("explorer_"):
        from matcher import explorer_views

        return explorer_views.link_page_post(
            request=request,
            link=link,
            youth=youth,
            language=language,
            form=form,
            db_session=db_session,
        )
    if action == "feedback":
        try:
            errors = _feedback(db_session, youth, form, actor)
        except (AppError, ImportError) as exc:
            db_session.rollback()
            youth = _youth(db_session, link)
            message = getattr(exc, "message", "")
            errors = {f"reaction-{typed['placement_ref']}": message or "Det gick inte att spara."}
    elif action == "proposal":
        errors = _proposal(db_session, youth, form, actor)
    elif action == "cards":
        errors = _cards(db_session, youth, form, actor, piles)
        typed["piles"] = piles
    else:
        raise InvalidInput("Okänd åtgärd. Ladda om sidan och försök igen.")
    if errors:
        return _page(request, db_session, link, youth, language=language, errors=errors,
                     typed=typed, status_code=422)  # fmt: skip
    return link_views.redirect_to_page(request.url.path, language=language, notice=action)
