"""The interest explorer's pages (in matcher: the ending names occupation areas from O*NET): on the youth's link page (/l/{token}?view=explorer) and in
meeting mode on the staff profile (/youths/{ref}/explorer).

Plain forms, no JavaScript needed: one POST per answer, then a 303 back to the page (PRG), so
every answer is saved at once and a reload or another day resumes at the next card. The ending
names what the youth seems to like and three occupation areas, never a score.
"""

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from accounts.auth import Principal, require
from accounts.web_auth import CheckedForm, page_router, redirect, render_page
from core.db import get_session
from core.templating import render
from links import views as link_views
from links.models import CapabilityLink
from matcher.interest_profile import top_areas
from matcher.occupations import ONET_CREDIT
from youths import explorer, explorer_service
from youths import service as youths_service
from youths.explorer_pictures import picture, smiley
from youths.models import Youth

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]
ACTIONS = ("explorer_answer", "explorer_finish", "explorer_restart")
# The youth may see what they seem to like from this many answers on (before the last card).
FINISH_AFTER = 10
LIKED_SHOWN = 5


def _credit() -> str:
    return ONET_CREDIT


def _areas(features: dict[str, float]) -> list[tuple[str, str]]:
    return top_areas(features)


def context(
    db_session: Session, youth: Youth, language: str, *, show_result: bool
) -> dict[str, Any]:
    """What the explorer template shows: the next card, or the ending."""
    state = explorer_service.state(db_session=db_session, youth=youth)
    answers: dict[str, str] = state["answers"]
    card = state["card"]
    out: dict[str, Any] = {
        "position": state["position"],
        "total": state["total"],
        "answered": len(answers),
        "can_finish": len(answers) >= FINISH_AFTER,
        "smileys": {a: smiley(a) for a in ("like", "unsure", "dislike")},
        "card": None,
        "result": None,
    }
    if card is not None and not show_result:
        out["card"] = {
            "id": card.id,
            "text": card.text(language),
            "picture": picture(card.picture, card.alt(language)),
        }
        return out
    profile = state["profile"]
    features = explorer_service.features_of(profile) if profile else {}
    out["result"] = {
        "sentence": explorer.summary_sentence(features, language),
        "liked": [c.text(language) for c in explorer.liked_cards(answers)][:LIKED_SHOWN],
        "areas": _areas(features) if profile else [],
        "remaining": state["total"] - len(answers),
        "credit": _credit(),
    }
    return out


def handle_post(db_session: Session, youth: Youth, form: FormData, actor: str) -> bool:
    """Saves an answer, finishes early or starts over; returns whether to show the ending."""
    action = str(form.get("action") or "")
    if action == "explorer_restart":
        explorer_service.restart(db_session=db_session, youth=youth, actor=actor)
        return False
    if action == "explorer_finish":
        explorer_service.save_profile(db_session=db_session, youth=youth, actor=actor)
        return True
    done = explorer_service.record_answer(
        db_session=db_session, youth=youth, card_id=str(form.get("card_id") or ""),
        answer=str(form.get("answer") or ""), actor=actor,
    )  # fmt: skip
    return done is not None


# ---- the youth's link page ------------------------------------------------------------------


def link_page_get(
    *, request: Request, link: CapabilityLink, youth: Youth, language: str, db_session: Session
) -> Response:
    """The explorer on the youth's own page: one card per screen, or the ending."""
    show_result = request.query_params.get("result") == "1"
    ctx = {
        **link_views.page_context(link, language),
        "ex": context(db_session, youth, language, show_result=show_result),
        "back_href": "?lang=en" if language == "en" else "?",
        "self_href": "?view=explorer" + ("&lang=en" if language == "en" else ""),
        "staff": False,
    }
    return render(request, "matcher/explorer.html", ctx, language=language)


def link_page_post(
    *, request: Request, link: CapabilityLink, youth: Youth, language: str, form: FormData,
    db_session: Session,
) -> Response:  # fmt: skip
    """Handles one explorer form and sends the browser back to the explorer (PRG)."""
    show_result = handle_post(db_session, youth, form, f"link:{link.id}")
    query = "?view=explorer" + ("&result=1" if show_result else "")
    query += "&lang=en" if language == "en" else ""
    return Response(status_code=303, headers={"Location": request.url.path + query})


# ---- meeting mode on the staff profile ------------------------------------------------------


@router.get("/youths/{ref}/explorer", name="youth_explorer")
def staff_explorer(
    request: Request,
    ref: str,
    principal: Annotated[Principal, Depends(require("youth:read"))],
    db_session: DbSession,
    result: str = "",
) -> Response:
    """The explorer for a coach and a youth together (meeting mode)."""
    youth = youths_service.get_youth(db_session=db_session, ref=ref, principal=principal)
    language = getattr(request.state, "language", None) or "sv"
    ctx = {
        "youth": youth,
        "ex": context(db_session, youth, language, show_result=result == "1"),
        "back_href": f"/youths/{youth.ref}#h-explorer",
        "self_href": f"/youths/{youth.ref}/explorer",
        "staff": True,
    }
    return render_page(request, "matcher/explorer_staff.html", ctx)


@router.post("/youths/{ref}/explorer", name="youth_explorer_post")
def staff_explorer_post(
    ref: str,
    principal: Annotated[Principal, Depends(require("youth:write"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    """Saves one answer given in meeting mode and shows the next card."""
    youth = youths_service.get_youth(db_session=db_session, ref=ref, principal=principal)
    show_result = handle_post(db_session, youth, form, principal.actor)
    return redirect(f"/youths/{youth.ref}/explorer" + ("?result=1" if show_result else ""))


def _condition_words(conditions: dict[str, float], language: str) -> list[str]:
    """The clearest working conditions of a profile, in words ("vara ute", "jobba på egen hand")."""
    i = 1 if language == "en" else 0
    words = []
    for f, v in sorted(conditions.items(), key=lambda fv: -abs(fv[1])):
        pair = explorer.CONDITION_WORDS.get(f) if v > 0 else explorer.CONDITION_WORDS_LOW.get(f)
        if abs(v) >= explorer.SAYS_ENOUGH and pair and pair[i] not in words:
            words.append(pair[i])
    return words


def staff_summary(db_session: Session, youth: Youth, language: str = "sv") -> dict[str, Any]:
    """For the staff profile page: the latest profile in words, and the history."""
    i = 1 if language == "en" else 0
    history = explorer_service.profile_history(db_session=db_session, youth_id=youth.id)
    answers = explorer_service.answers_of(db_session=db_session, youth_id=youth.id)
    rows = []
    for p in history:
        features = explorer_service.features_of(p)
        rows.append({
            "created_at": p.created_at, "answered": p.answered,
            "types": [explorer.TYPE_NAMES[t][i] for t in explorer.top_types(features, 3)],
            "sentence": explorer.summary_sentence(features, language),
            "conditions": _condition_words(p.conditions or {}, language),
        })  # fmt: skip
    return {
        "history": rows,
        "answered": len(answers),
        "total": len(explorer.cards()),
        "liked": [c.text(language) for c in explorer.liked_cards(answers)],
        "areas": _areas(explorer_service.features_of(history[0])) if history else [],
        "credit": _credit() if history else None,
    }
