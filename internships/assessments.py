"""Supervisor assessments: drafts with optimistic locking, submit exactly once, reopen, reminders.

Messages in AssessmentInvalid and the Conflict subclasses are Swedish UI source strings; the link
page translates them with the gettext catalogue.
"""

from datetime import timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from competences import service as deck_service
from competences.levels import LEVELS
from competences.models import CompetenceDeck
from core import audit
from core.db import utcnow
from core.errors import Conflict, InvalidInput, NotFound
from internships.models import Assessment

DRAFT, SUBMITTED = "draft", "submitted"
KINDS = ("midway", "final")
NOT_OBSERVED_VALUE = "na"
LIMITS = {"comment": 1000, "overall_comment": 4000, "tasks": 4000, "supervisor_name": 200,
          "supervisor_role": 200}  # fmt: skip
TEXT_FIELDS = ("overall_comment", "tasks", "supervisor_name", "supervisor_role")


class AssessmentInvalid(InvalidInput):
    """Input that cannot be stored; `errors` maps each form field to what to fix."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(
            "; ".join(f"{k}: {v}" for k, v in errors.items()), field=next(iter(errors))
        )
        self.errors = errors


class AlreadySubmitted(Conflict):
    def __init__(self) -> None:
        super().__init__(
            "Bedömningen är redan inskickad, kanske från en annan flik. Den är sparad och kan "
            "inte ändras längre."
        )


class EditedElsewhere(Conflict):
    def __init__(self) -> None:
        super().__init__(
            "Bedömningen har sparats från ett annat fönster eller en annan flik. Det du skrev "
            "här finns kvar: kontrollera svaren och spara igen."
        )


def get(*, db_session: Session, assessment_id: int) -> Assessment:
    """Returns an assessment or raises NotFound."""
    assessment = db_session.get(Assessment, assessment_id)
    if assessment is None:
        raise NotFound(f"no assessment with id {assessment_id}")
    return assessment


def deck_of(*, db_session: Session, assessment: Assessment) -> CompetenceDeck:
    """Returns the deck version the assessment was made with."""
    return deck_service.get_version(db_session=db_session, version=assessment.deck_version)


def ensure_for_internship(
    *, db_session: Session, internship_id: int, kind: str, actor: str
) -> Assessment:
    """Returns the internship's assessment of this kind, creating a draft on the current deck."""
    if kind not in KINDS:
        raise InvalidInput(f"kind must be one of {', '.join(KINDS)}", field="kind")
    stmt = select(Assessment).where(
        Assessment.internship_id == internship_id, Assessment.kind == kind
    )
    existing = db_session.scalar(stmt)
    if existing is not None:
        return existing
    deck = deck_service.get_current(db_session=db_session)
    try:
        with db_session.begin_nested():
            assessment = Assessment(
                internship_id=internship_id, kind=kind, deck_version=deck.version,
                status=DRAFT, ratings={}, overall_comment="", tasks="", revision=0,
            )  # fmt: skip
            db_session.add(assessment)
    except IntegrityError:  # created at the same moment by another request
        return db_session.scalars(stmt).one()
    audit.record(
        db_session, actor=actor, action="assessment.create", subject_type="assessment",
        subject_id=assessment.id, detail={"kind": kind, "deck_version": deck.version},
    )  # fmt: skip
    return assessment


def clean_input(*, deck: CompetenceDeck, data: dict[str, Any]) -> dict[str, Any]:
    """Validates posted values; returns only what was given, or raises AssessmentInvalid.

    `data` = {"ratings": {key: {"level": "1".."4" | "na" | None, "comment": str | None}},
    "overall_comment": ..., "tasks": ..., "supervisor_name": ..., "supervisor_role": ...}.
    A level or text left out (None) keeps what is stored.
    """
    errors: dict[str, str] = {}
    ratings: dict[str, dict[str, Any]] = {}
    given = data.get("ratings") or {}
    for key in deck_service.card_keys(deck):
        entry = given.get(key) or {}
        clean: dict[str, Any] = {}
        level = entry.get("level")
        if level not in (None, ""):
            if str(level) == NOT_OBSERVED_VALUE:
                clean["level"] = None
            elif str(level).isdigit() and int(level) in LEVELS:
                clean["level"] = int(level)
            else:
                errors[f"level-{key}"] = "Välj en av nivåerna 1–4 eller ”kunde inte bedömas”."
        comment = entry.get("comment")
        if comment is not None:
            if len(comment) > LIMITS["comment"]:
                errors[f"comment-{key}"] = "Kommentaren är för lång. Skriv högst 1000 tecken."
            clean["comment"] = comment.strip()
        if clean:
            ratings[key] = clean
    unknown = set(given) - set(deck_service.card_keys(deck))
    if unknown:
        errors["ratings"] = "Okänd kompetens: " + ", ".join(sorted(unknown))
    out: dict[str, Any] = {"ratings": ratings}
    for field in TEXT_FIELDS:
        value = data.get(field)
        if value is None:
            continue
        if len(value) > LIMITS[field]:
            errors[field] = f"Texten är för lång. Skriv högst {LIMITS[field]} tecken."
        out[field] = value.strip()
    if errors:
        raise AssessmentInvalid(errors)
    return out


def merged(assessment: Assessment, clean: dict[str, Any]) -> dict[str, Any]:
    """Returns the stored values with the cleaned input laid over them."""
    ratings = {k: dict(v) for k, v in (assessment.ratings or {}).items()}
    for key, entry in clean.get("ratings", {}).items():
        ratings.setdefault(key, {}).update(entry)
    values: dict[str, Any] = {"ratings": ratings}
    for field in TEXT_FIELDS:
        values[field] = clean.get(field, getattr(assessment, field) or "")
    return values


def missing_for_submit(*, deck: CompetenceDeck, values: dict[str, Any]) -> dict[str, str]:
    """Returns what must be filled in before submitting (empty when complete)."""
    errors: dict[str, str] = {}
    for key in deck_service.card_keys(deck):
        if "level" not in values["ratings"].get(key, {}):
            errors[f"level-{key}"] = "Välj en nivå, eller ”kunde inte bedömas”."
    if not (values.get("supervisor_name") or "").strip():
        errors["supervisor_name"] = "Skriv ditt namn."
    return errors


def _conditional_update(
    db_session: Session, assessment: Assessment, revision: int, *, where_status: str, **values: Any
) -> None:
    """One UPDATE guarded by status and revision: a stale tab or a second submit changes nothing."""
    result = db_session.execute(
        update(Assessment)
        .where(
            Assessment.id == assessment.id,
            Assessment.status == where_status,
            Assessment.revision == revision,
        )
        .values(revision=Assessment.revision + 1, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    db_session.refresh(assessment)
    if result.rowcount == 1:  # type: ignore[attr-defined]
        return
    if where_status == DRAFT and assessment.status == SUBMITTED:
        raise AlreadySubmitted()
    if where_status == SUBMITTED and assessment.status == DRAFT:
        raise Conflict("the assessment is not submitted, so there is nothing to reopen")
    raise EditedElsewhere()


def save_draft(
    *,
    db_session: Session,
    assessment: Assessment,
    data: dict[str, Any],
    revision: int,
    actor: str,
) -> Assessment:
    """Merges input into the draft; `revision` must be the one the form was loaded with."""
    if assessment.status == SUBMITTED:
        raise AlreadySubmitted()
    if assessment.revision != revision:
        raise EditedElsewhere()
    deck = deck_of(db_session=db_session, assessment=assessment)
    values = merged(assessment, clean_input(deck=deck, data=data))
    _conditional_update(db_session, assessment, revision, where_status=DRAFT, **values)
    audit.record(
        db_session, actor=actor, action="assessment.save_draft", subject_type="assessment",
        subject_id=assessment.id, detail={"revision": assessment.revision},
    )  # fmt: skip
    return assessment


def submit(*, db_session: Session, assessment: Assessment, revision: int, actor: str) -> Assessment:
    """Locks a complete draft. Exactly one of several simultaneous submits succeeds."""
    if assessment.status == SUBMITTED:
        raise AlreadySubmitted()
    deck = deck_of(db_session=db_session, assessment=assessment)
    problems = missing_for_submit(deck=deck, values=merged(assessment, {}))
    if problems:
        raise AssessmentInvalid(problems)
    _conditional_update(
        db_session, assessment, revision, where_status=DRAFT, status=SUBMITTED,
        submitted_at=utcnow(),
    )  # fmt: skip
    audit.record(
        db_session, actor=actor, action="assessment.submit", subject_type="assessment",
        subject_id=assessment.id,
    )  # fmt: skip
    return assessment


def reopen(*, db_session: Session, assessment: Assessment, actor: str) -> Assessment:
    """Makes a submitted assessment a draft again, so the supervisor's link can change it."""
    if assessment.status != SUBMITTED:
        raise Conflict("the assessment is not submitted, so there is nothing to reopen")
    _conditional_update(
        db_session, assessment, assessment.revision, where_status=SUBMITTED, status=DRAFT,
        submitted_at=None, reopened_at=utcnow(), reopened_by=actor,
    )  # fmt: skip
    audit.record(
        db_session, actor=actor, action="assessment.reopen", subject_type="assessment",
        subject_id=assessment.id,
    )  # fmt: skip
    return assessment


def _sharing_allowed(db_session: Session, link: Any) -> bool:
    """A reminder reaches the employer too, so it needs the youth's recorded consent."""
    from internships import service as internships

    try:
        internships.require_consent_for_link(db_session=db_session, link=link)
    except Conflict:
        return False
    return True


def send_reminders(
    *, db_session: Session, after_days: int, max_times: int, actor: str = "cli:remind"
) -> list[tuple[int, str]]:
    """Re-sends unanswered assessment links older than `after_days`, at most `max_times` each.

    Only links that were e-mailed (sent or failed) are reminded: a link staff chose to give by
    text message is theirs to follow up. Returns (new link id, send status) per reminder.
    """
    from core import mail
    from links import service as links
    from links.models import LinkPurpose, SendStatus

    if not mail.mail_enabled():
        return []
    due = links.due_for_reminder(
        db_session=db_session, purpose=LinkPurpose.assessment,
        created_before=utcnow() - timedelta(days=after_days), max_times=max_times,
    )  # fmt: skip
    sent: list[tuple[int, str]] = []
    for link in due:
        if link.send_status not in (SendStatus.sent, SendStatus.failed):
            continue
        assessment = db_session.get(Assessment, link.subject_id)
        if (
            assessment is None
            or assessment.status != DRAFT
            or not _sharing_allowed(db_session, link)
        ):
            continue
        new_link, token = links.resend(db_session=db_session, link=link, actor=actor, reminder=True)
        sent.append(
            (new_link.id, links.send_link(db_session=db_session, link=new_link, token=token))
        )
    return sent
