"""Capability links: create, resolve, revoke, re-send (W3C TAG "Good Practices for Capability URLs").

A token has 256 random bits and is shown once: in the staff response and in the e-mail. Only its
SHA-256 hash is stored, so a database leak does not leak working links.
"""

from datetime import datetime, timedelta
from importlib import import_module
from types import ModuleType

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core import audit
from core.db import utcnow
from core.errors import Gone, NotFound
from core.link_models import CapabilityLink, LinkPurpose
from core.models import StaffUser
from core.security import hash_token, new_token
from core.settings import get_settings

LINK_PREFIX = "/l/"

# Each purpose has one module that renders its page, handles its forms and words its e-mail:
# it exposes page_get, page_post, contact_user_id and mail_text.
PURPOSE_MODULES: dict[str, str] = {
    LinkPurpose.assessment: "competences.assessment_views",
    LinkPurpose.youth_review: "youths.review_views",
}


class LinkGone(Gone):
    """The link existed but is expired or revoked; carries it so the page can name a contact."""

    def __init__(self, message: str, *, link: CapabilityLink) -> None:
        super().__init__(message)
        self.link = link


def purpose_module(purpose: str) -> ModuleType:
    """Returns the module that serves links of this purpose."""
    return import_module(PURPOSE_MODULES[purpose])


def link_url(token: str) -> str:
    """Returns the full URL of a link, for e-mails and for staff to paste into a text message."""
    return get_settings().base_url.rstrip("/") + LINK_PREFIX + token


def state_of(link: CapabilityLink, *, now: datetime | None = None) -> str:
    """Returns "active", "expired" or "revoked"."""
    if link.revoked_at is not None:
        return "revoked"
    if link.expires_at <= (now or utcnow()):
        return "expired"
    return "active"


def create(
    *,
    db_session: Session,
    purpose: str,
    subject_id: int,
    created_by: str,
    recipient_name: str | None = None,
    recipient_email: str | None = None,
    recipient_phone: str | None = None,
    language: str = "sv",
    ttl_days: int | None = None,
    reminder_number: int = 0,
) -> tuple[CapabilityLink, str]:
    """Creates a link and returns it with its token, which is never stored and shown only once."""
    if purpose not in PURPOSE_MODULES:
        raise ValueError(f"unknown link purpose {purpose!r}")
    token = new_token(32)
    days = ttl_days if ttl_days is not None else get_settings().link_ttl_days
    link = CapabilityLink(
        token_hash=hash_token(token),
        purpose=purpose,
        subject_id=subject_id,
        recipient_name=recipient_name,
        recipient_email=recipient_email,
        recipient_phone=recipient_phone,
        language=language,
        created_by=created_by,
        created_at=utcnow(),
        expires_at=utcnow() + timedelta(days=days),
        reminder_number=reminder_number,
    )
    db_session.add(link)
    db_session.flush()
    audit.record(
        db_session, actor=created_by, action="link.create", subject_type="capability_link",
        subject_id=link.id, detail={"purpose": purpose, "subject_id": subject_id},
    )  # fmt: skip
    return link, token


def resolve(*, db_session: Session, token: str) -> CapabilityLink:
    """Returns the usable link for a token; NotFound when unknown, LinkGone when expired/revoked."""
    link = db_session.scalar(
        select(CapabilityLink).where(CapabilityLink.token_hash == hash_token(token))
    )
    if link is None:
        raise NotFound("Länken finns inte. Kontrollera att du har kopierat hela länken.")
    state = state_of(link)
    if state == "revoked":
        raise LinkGone("Länken har dragits tillbaka.", link=link)
    if state == "expired":
        raise LinkGone("Länken har slutat gälla.", link=link)
    return link


def get(*, db_session: Session, link_id: int) -> CapabilityLink:
    """Returns a link by id or raises NotFound."""
    link = db_session.get(CapabilityLink, link_id)
    if link is None:
        raise NotFound(f"no link with id {link_id}")
    return link


def list_for(*, db_session: Session, purpose: str, subject_id: int) -> list[CapabilityLink]:
    """Returns every link of one purpose and subject, newest first."""
    stmt = (
        select(CapabilityLink)
        .where(CapabilityLink.purpose == purpose, CapabilityLink.subject_id == subject_id)
        .order_by(CapabilityLink.id.desc())
    )
    return list(db_session.scalars(stmt))


def revoke(*, db_session: Session, link: CapabilityLink, actor: str) -> CapabilityLink:
    """Revokes one link (idempotent); other links of the same subject keep working."""
    if link.revoked_at is None:
        link.revoked_at = utcnow()
        link.revoked_by = actor
        audit.record(
            db_session, actor=actor, action="link.revoke", subject_type="capability_link",
            subject_id=link.id,
        )  # fmt: skip
        db_session.flush()
    return link


def resend(
    *, db_session: Session, link: CapabilityLink, actor: str, reminder: bool = False
) -> tuple[CapabilityLink, str]:
    """Replaces a link: revokes it and creates a new one for the same person and purpose."""
    revoke(db_session=db_session, link=link, actor=actor)
    new_link, token = create(
        db_session=db_session,
        purpose=link.purpose,
        subject_id=link.subject_id,
        created_by=actor,
        recipient_name=link.recipient_name,
        recipient_email=link.recipient_email,
        recipient_phone=link.recipient_phone,
        language=link.language,
        reminder_number=link.reminder_number + 1 if reminder else link.reminder_number,
    )
    link.replaced_by_id = new_link.id
    db_session.flush()
    return new_link, token


def mark_opened(*, db_session: Session, link: CapabilityLink) -> None:
    """Counts an opening of the link (called from a POST, never from a GET)."""
    db_session.execute(
        update(CapabilityLink)
        .where(CapabilityLink.id == link.id)
        .values(open_count=CapabilityLink.open_count + 1)
    )
    if link.opened_at is None:
        link.opened_at = utcnow()
        audit.record(
            db_session, actor=f"link:{link.id}", action="link.open",
            subject_type="capability_link", subject_id=link.id,
        )  # fmt: skip
    db_session.flush()


def due_for_reminder(
    *, db_session: Session, purpose: str, created_before: datetime, max_times: int
) -> list[CapabilityLink]:
    """Returns active links of a purpose created before a time and reminded fewer than max_times."""
    stmt = (
        select(CapabilityLink)
        .where(
            CapabilityLink.purpose == purpose,
            CapabilityLink.revoked_at.is_(None),
            CapabilityLink.expires_at > utcnow(),
            CapabilityLink.created_at < created_before,
            CapabilityLink.reminder_number < max_times,
            CapabilityLink.recipient_email.is_not(None),
        )
        .order_by(CapabilityLink.id)
    )
    return list(db_session.scalars(stmt))


def contact_text(*, db_session: Session, link: CapabilityLink) -> str:
    """Whom the recipient of a link should contact: the staff member in charge, else the team."""
    user_id = None
    try:
        user_id = purpose_module(link.purpose).contact_user_id(db_session=db_session, link=link)
    except (ImportError, NotFound):
        user_id = None
    user = db_session.get(StaffUser, user_id) if user_id else None
    if user is not None and user.is_active:
        return f"{user.name}, {user.email}"
    return get_settings().team_contact
