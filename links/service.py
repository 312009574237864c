"""Capability links: create, resolve, revoke, re-send (W3C TAG "Good Practices for Capability URLs").

A token has 256 random bits and is shown once: in the staff response and in the e-mail. Only its
SHA-256 hash is stored, so a database leak does not leak working links.
"""

import logging
import time
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from accounts.models import StaffUser
from core import audit, mail
from core.db import utcnow
from core.errors import Gone, NotFound
from core.security import hash_token, new_token
from core.settings import get_settings
from links.models import CapabilityLink, LinkPurpose, SendStatus

LINK_PREFIX = "/l/"

log = logging.getLogger("praktikmatch.mail")
RETRY_PAUSE_SECONDS = 0.3


class PurposeHandler(Protocol):
    """What serves the links of one purpose: renders its page, handles its forms, words its e-mail.

    The domain that owns a purpose passes its handler (a module with these four functions) to
    register_purpose at start-up; app.registry lists them, so every arrow is an import.
    """

    def page_get(self, *args: Any, **kwargs: Any) -> Any: ...
    def page_post(self, *args: Any, **kwargs: Any) -> Any: ...
    def contact_user_id(self, *, db_session: Session, link: CapabilityLink) -> int | None: ...
    def mail_text(
        self, *, db_session: Session, link: CapabilityLink, url: str
    ) -> tuple[str, str]: ...


_HANDLERS: dict[str, PurposeHandler] = {}


def register_purpose(purpose: str, handler: PurposeHandler) -> None:
    """Names the handler that serves links of this purpose (called once per purpose at start-up)."""
    if purpose not in set(LinkPurpose):
        raise ValueError(f"unknown link purpose {purpose!r}")
    _HANDLERS[purpose] = handler


class LinkGone(Gone):
    """The link existed but is expired or revoked; carries it so the page can name a contact."""

    def __init__(self, message: str, *, link: CapabilityLink) -> None:
        super().__init__(message)
        self.link = link


def purpose_module(purpose: str) -> PurposeHandler:
    """Returns the handler registered for this purpose."""
    try:
        return _HANDLERS[purpose]
    except KeyError:
        raise LookupError(f"no handler registered for link purpose {purpose!r}") from None


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
    if purpose not in set(LinkPurpose):
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
    except (LookupError, NotFound):
        user_id = None
    user = db_session.get(StaffUser, user_id) if user_id else None
    if user is not None and user.is_active:
        return f"{user.name}, {user.email}"
    return get_settings().team_contact


def send_link(*, db_session: Session, link: CapabilityLink, token: str) -> str:
    """E-mails a link to its recipient and records the outcome on the link; never raises."""
    if not link.recipient_email or not mail.mail_enabled():
        link.send_status = SendStatus.not_sent.value
        db_session.flush()
        return link.send_status
    subject, body = purpose_module(link.purpose).mail_text(
        db_session=db_session, link=link, url=link_url(token)
    )
    attempts = max(1, get_settings().smtp_attempts)
    for attempt in range(1, attempts + 1):
        link.send_attempts += 1
        try:
            mail.send(to=link.recipient_email, subject=subject, body=body)
        except mail.MailError as exc:
            link.send_status, link.send_error = exc.status, str(exc)[:200]
            # Never log the token or the address: the link id is enough to find it.
            log.warning("link %s: e-mail attempt %s failed: %s", link.id, attempt, exc)
            if exc.status == SendStatus.bounced or attempt == attempts:
                break
            time.sleep(RETRY_PAUSE_SECONDS)
        else:
            link.send_status, link.send_error, link.sent_at = SendStatus.sent.value, None, utcnow()
            break
    db_session.flush()
    return link.send_status
