"""Outgoing e-mail over SMTP. (Links are e-mailed by links.service.send_link: a link's own row
is its outbox entry, with status, attempts and error.)

Why no separate outbox table: a queued message would hold the link's token in clear text, and
tokens are stored only hashed. A failed or unsent link is re-sent with a fresh token instead
(staff "re-send", or `praktikmatch remind`). With PRAKTIKMATCH_SMTP_HOST empty nothing is sent
and the link stays "not_sent"; staff copy the URL from the API response.
"""

import logging
import smtplib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from core.settings import get_settings

log = logging.getLogger("praktikmatch.mail")


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


def bilingual(swedish: str, english: str) -> str:
    """Joins the Swedish text and its English translation below it."""
    return f"{swedish.strip()}\n\n-- In English --\n\n{english.strip()}\n"
