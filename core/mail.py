"""Outgoing e-mail over SMTP. A link's own row is its outbox entry: status, attempts, error.

Why no separate outbox table: a queued message would hold the link's token in clear text, and
tokens are stored only hashed. A failed or unsent link is re-sent with a fresh token instead
(staff "re-send", or `praktikmatch remind`). With PRAKTIKMATCH_SMTP_HOST empty nothing is sent
and the link stays "not_sent"; staff copy the URL from the API response.
"""

import logging
import smtplib
import time
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from sqlalchemy.orm import Session

from core import links
from core.db import utcnow
from core.link_models import CapabilityLink, SendStatus
from core.settings import get_settings

log = logging.getLogger("praktikmatch.mail")

RETRY_PAUSE_SECONDS = 0.3


class MailError(Exception):
    """Sending failed; `status` is "failed" (try again later) or "bounced" (address refused)."""

    def __init__(self, message: str, *, status: str) -> None:
        super().__init__(message)
        self.status = status


def mail_enabled() -> bool:
    """Returns whether an SMTP server is configured."""
    return bool(get_settings().smtp_host.strip())


def build_message(*, to: str, subject: str, body: str) -> EmailMessage:
    """Builds a plain-text UTF-8 message from the configured sender."""
    settings = get_settings()
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=settings.mail_from.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)
    return message


def send(*, to: str, subject: str, body: str) -> None:
    """Sends one message once; raises MailError on any SMTP or network failure."""
    settings = get_settings()
    message = build_message(to=to, subject=subject, body=body)
    try:
        with smtplib.SMTP(
            settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_seconds
        ) as smtp:
            if settings.smtp_starttls:
                smtp.starttls()
            if settings.smtp_username:
                smtp.login(settings.smtp_username, settings.smtp_password)
            smtp.send_message(message)
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError("the mail server refused the address", status="bounced") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise MailError(f"{type(exc).__name__}", status="failed") from exc


def send_link(*, db_session: Session, link: CapabilityLink, token: str) -> str:
    """E-mails a link to its recipient and records the outcome on the link; never raises."""
    if not link.recipient_email or not mail_enabled():
        link.send_status = SendStatus.not_sent.value
        db_session.flush()
        return link.send_status
    subject, body = links.purpose_module(link.purpose).mail_text(
        db_session=db_session, link=link, url=links.link_url(token)
    )
    attempts = max(1, get_settings().smtp_attempts)
    for attempt in range(1, attempts + 1):
        link.send_attempts += 1
        try:
            send(to=link.recipient_email, subject=subject, body=body)
        except MailError as exc:
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


def bilingual(swedish: str, english: str) -> str:
    """Joins the Swedish text and its English translation below it."""
    return f"{swedish.strip()}\n\n-- In English --\n\n{english.strip()}\n"
