"""The supervisor's assessment page behind a capability link (served by links.views)."""

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from competences import service as deck_service
from competences.levels import LEVELS, NOT_OBSERVED, level_words
from core.errors import InvalidInput
from core.i18n import translate
from core.mail import bilingual
from core.settings import get_settings
from core.templating import render
from employers.models import Employer, Placement, Workplace
from internships import assessments
from internships.models import Assessment, Internship
from links import service as links
from links import views as link_views
from links.models import CapabilityLink
from youths.models import Youth

# Pages are reached through /l/{token} in links.views; nothing is routed here directly.
router = APIRouter()

KIND_WORDS = {"midway": ("Halvtidsbedömning", "Mid-way assessment"),
              "final": ("Slutbedömning", "Final assessment")}  # fmt: skip


def _facts(db_session: Session, assessment: Assessment) -> dict[str, Any]:
    row = db_session.execute(
        select(Internship, Youth.first_name, Placement.title, Employer.name)
        .join(Youth, Youth.id == Internship.youth_id)
        .join(Placement, Placement.id == Internship.placement_id)
        .join(Workplace, Workplace.id == Placement.workplace_id)
        .join(Employer, Employer.id == Workplace.employer_id)
        .where(Internship.id == assessment.internship_id)
    ).one()
    internship, first_name, title, employer = row
    return {
        "internship": internship,
        "first_name": first_name or translate("ungdomen", "sv"),
        "placement_title": title,
        "employer": employer,
    }


def contact_user_id(*, db_session: Session, link: CapabilityLink) -> int | None:
    """The staff member the supervisor should contact: the internship's contact person."""
    assessment = assessments.get(db_session=db_session, assessment_id=link.subject_id)
    internship = db_session.get(Internship, assessment.internship_id)
    if internship is None:
        return None
    if internship.contact_user_id:
        return internship.contact_user_id
    youth = db_session.get(Youth, internship.youth_id)
    return (youth.recruiter_id or youth.coach_id) if youth else None


def mail_text(*, db_session: Session, link: CapabilityLink, url: str) -> tuple[str, str]:
    """Subject and body of the supervisor's e-mail: Swedish with English below, first name only."""
    assessment = assessments.get(db_session=db_session, assessment_id=link.subject_id)
    name = _facts(db_session, assessment)["first_name"]
    kind_sv, kind_en = KIND_WORDS[assessment.kind]
    until = link.expires_at.date().isoformat()
    contact = links.contact_text(db_session=db_session, link=link)
    again_sv = "Det här är en påminnelse. " if link.reminder_number else ""
    again_en = "This is a reminder. " if link.reminder_number else ""
    sv = (
        f"Hej!\n\n{again_sv}Tack för att du är handledare för {name}. Nu vill vi gärna veta hur "
        f"praktiken går: {kind_sv.lower()}.\n\nÖppna länken och fyll i. Det tar ungefär tio "
        f"minuter och fungerar bra i mobilen. Det du fyller i sparas medan du skriver.\n\n{url}\n\n"
        f"Länken är personlig, dela den inte. Den gäller till och med {until}. Om du har fått "
        f"en länk tidigare gäller bara den här.\n\nFrågor? Kontakta {contact}.\n\n"
        f"Hälsningar\n{get_settings().issuer_name}"
    )
    en = (
        f"Hello,\n\n{again_en}Thank you for supervising {name}. We would like to know how the "
        f"internship is going: {kind_en.lower()}.\n\nOpen the link and fill in the form. It takes "
        f"about ten minutes and works well on a phone. What you enter is saved as you go.\n\n"
        f"{url}\n\nThe link is personal, please do not share it. It works until {until}. If you "
        f"got a link before, only this one works now.\n\nQuestions? Contact {contact}."
    )
    return f"{kind_sv} av praktik / {kind_en} of an internship", bilingual(sv, en)


def _values_from_assessment(assessment: Assessment) -> dict[str, Any]:
    level: dict[str, str] = {}
    comment: dict[str, str] = {}
    for key, entry in (assessment.ratings or {}).items():
        if "level" in entry:
            level[key] = (
                assessments.NOT_OBSERVED_VALUE if entry["level"] is None else str(entry["level"])
            )
        comment[key] = entry.get("comment") or ""
    values: dict[str, Any] = {"level": level, "comment": comment}
    for field in assessments.TEXT_FIELDS:
        values[field] = getattr(assessment, field) or ""
    return values


def _input_from_form(form: FormData, keys: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Returns (service input, values to show again) from a posted form."""
    data: dict[str, Any] = {"ratings": {}}
    shown: dict[str, Any] = {"level": {}, "comment": {}}
    for key in keys:
        level, comment = form.get(f"level-{key}"), form.get(f"comment-{key}")
        data["ratings"][key] = {"level": level, "comment": comment}
        if level is not None:
            shown["level"][key] = str(level)
        shown["comment"][key] = str(comment or "")
    for field in assessments.TEXT_FIELDS:
        value = form.get(field)
        data[field] = None if value is None else str(value)
        shown[field] = str(value or "")
    return data, shown


def _scale(language: str) -> list[dict[str, str]]:
    items = [
        {"value": str(n), "words": sv if language == "sv" else en, "smiley": smiley}
        for n, (sv, en, smiley) in sorted(LEVELS.items())
    ]
    words = NOT_OBSERVED[0 if language == "sv" else 1]
    items.append({"value": assessments.NOT_OBSERVED_VALUE, "words": words, "smiley": "–"})
    return items


def _summary(assessment: Assessment, cards: list[Any], language: str) -> list[dict[str, str]]:
    rows = []
    for card in cards:
        entry = (assessment.ratings or {}).get(card.key, {})
        level = entry.get("level")
        smiley = LEVELS[level][2] if level in LEVELS else ""
        words = level_words(level, language) if "level" in entry else ""
        rows.append({"name": card.name_sv if language == "sv" else card.name_en,
                     "level": f"{smiley} {words}".strip(), "comment": entry.get("comment") or ""})  # fmt: skip
    return rows


def _page(
    request: Request,
    db_session: Session,
    link: CapabilityLink,
    assessment: Assessment,
    *,
    language: str,
    template: str,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    message: str | None = None,
    notice: str | None = None,
    status_code: int = 200,
) -> Response:
    deck = assessments.deck_of(db_session=db_session, assessment=assessment)
    cards = deck_service.cards_of(deck)
    context = {
        **_facts(db_session, assessment),
        **link_views.page_context(link, language),
        "assessment": assessment,
        "kind_words": KIND_WORDS[assessment.kind][0 if language == "sv" else 1],
        "cards": cards,
        "summary": _summary(assessment, cards, language),
        "scale": _scale(language),
        "values": values or _values_from_assessment(assessment),
        "errors": errors or {},
        "message": message,
        "notice": notice,
        "contact": links.contact_text(db_session=db_session, link=link),
    }
    return render(
        request, f"internships/{template}", context, status_code=status_code, language=language
    )


def page_get(
    *, request: Request, db_session: Session, link: CapabilityLink, language: str
) -> Response:
    """Shows the form, or the read-only answers once submitted."""
    assessment = assessments.get(db_session=db_session, assessment_id=link.subject_id)
    notice = request.query_params.get("done")
    notice = notice if notice in ("saved", "submitted") else None
    template = "assessment_done.html" if assessment.status == assessments.SUBMITTED else None
    return _page(
        request, db_session, link, assessment, language=language,
        template=template or "assessment_form.html", notice=notice,
    )  # fmt: skip


def _revision(form: FormData) -> int:
    try:
        return int(str(form.get("revision")))
    except ValueError as exc:
        raise InvalidInput("Formuläret saknar versionsnummer. Ladda om sidan.") from exc


def page_post(
    *,
    request: Request,
    db_session: Session,
    link: CapabilityLink,
    language: str,
    form: FormData,
    action: str,
) -> Response:
    """Handles save (form), autosave (JSON), confirm (review step) and submit."""
    assessment = assessments.get(db_session=db_session, assessment_id=link.subject_id)
    actor = f"link:{link.id}"
    page: dict[str, Any] = {"language": language}
    if action == "submit":
        try:
            assessments.submit(
                db_session=db_session, assessment=assessment, revision=_revision(form), actor=actor
            )
        except assessments.AlreadySubmitted as exc:
            return _page(request, db_session, link, assessment, template="assessment_done.html",
                         message=exc.message, status_code=409, **page)  # fmt: skip
        except assessments.AssessmentInvalid as exc:
            return _page(request, db_session, link, assessment, template="assessment_form.html",
                         errors=exc.errors, status_code=422, **page)  # fmt: skip
        except assessments.EditedElsewhere as exc:
            return _page(request, db_session, link, assessment, template="assessment_form.html",
                         message=exc.message, status_code=409, **page)  # fmt: skip
        return link_views.redirect_to_page(request.url.path, language=language, notice="submitted")
    if action not in ("save", "autosave", "confirm"):
        raise InvalidInput("Okänd åtgärd. Ladda om sidan och försök igen.")
    keys = deck_service.card_keys(assessments.deck_of(db_session=db_session, assessment=assessment))
    data, shown = _input_from_form(form, keys)
    as_json = action == "autosave"
    try:
        assessments.save_draft(
            db_session=db_session, assessment=assessment, data=data, revision=_revision(form),
            actor=actor,
        )  # fmt: skip
    except assessments.AssessmentInvalid as exc:
        if as_json:
            return JSONResponse({"errors": exc.errors}, status_code=422)
        return _page(request, db_session, link, assessment, template="assessment_form.html",
                     values=shown, errors=exc.errors, status_code=422, **page)  # fmt: skip
    except assessments.AlreadySubmitted as exc:
        if as_json:
            return JSONResponse(
                {"detail": translate(exc.message, language), "submitted": True}, status_code=409
            )
        return _page(request, db_session, link, assessment, template="assessment_done.html",
                     message=exc.message, status_code=409, **page)  # fmt: skip
    except assessments.EditedElsewhere as exc:
        db_session.refresh(assessment)
        if as_json:
            return JSONResponse(
                {"detail": translate(exc.message, language), "submitted": False}, status_code=409
            )
        # Keep what was typed; the form now carries the current revision, so saving again wins.
        return _page(request, db_session, link, assessment, template="assessment_form.html",
                     values=shown, message=exc.message, status_code=409, **page)  # fmt: skip
    if as_json:
        return JSONResponse({"revision": assessment.revision, "status": assessment.status})
    if action == "save":
        return link_views.redirect_to_page(request.url.path, language=language, notice="saved")
    deck = assessments.deck_of(db_session=db_session, assessment=assessment)
    problems = assessments.missing_for_submit(deck=deck, values=assessments.merged(assessment, {}))
    if problems:
        return _page(request, db_session, link, assessment, template="assessment_form.html",
                     errors=problems, status_code=422, **page)  # fmt: skip
    return _page(request, db_session, link, assessment, template="assessment_confirm.html", **page)
