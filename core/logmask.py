"""Keeps secrets that travel in URLs out of every log line: link tokens and certificate codes.

A link token (`/l/<token>`) opens a youth's or supervisor's page; a certificate code
(`/verify/<code>`, `/api/certificates/<code>`, `/verify?code=<code>`) opens a page with the
holder's name. Uvicorn's access log prints each request's path, so both would land in the log.

The masking is done by a LogRecord factory, not by a filter on some loggers: a logger's filters
see only the records logged on that very logger, not those of its children that propagate up
to its handlers (`uvicorn.access.x`, `praktikmatch.hardening`, a library's own loggers). The
factory makes every record in the process, whatever logger, handler or formatter it meets.
"""

import logging
import re
from typing import Any

MASK = "[redacted]"
# The secret segment after each prefix; `/verify/file` (the upload form) names no certificate.
PREFIXES = r"(?P<prefix>/l/|/verify/(?!file(?:[/?#\s\"'&]|$))|/api/certificates/|[?&]code=)"
SECRET = re.compile(PREFIXES + r"[^/?#\s\"'&]+")
# In a message template a segment stops at "%", so "/l/%s" keeps its placeholder (the argument
# is masked on its own, and the formatted message is checked once more).
SECRET_IN_TEMPLATE = re.compile(PREFIXES + r"[^/?#\s\"'&%]+")
# Cheap test first: most log lines mention none of these.
HINTS = ("/l/", "/verify/", "/api/certificates/", "code=")
_TRACEBACKS = logging.Formatter()


def mask(text: str, *, pattern: re.Pattern[str] = SECRET) -> str:
    """Returns the text with every link token and certificate code replaced by [redacted]."""
    if not any(hint in text for hint in HINTS):
        return text
    return pattern.sub(rf"\g<prefix>{MASK}", text)


def _mask_arg(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, (int, float)) or value is None:
        return value  # keeps numbers numbers: uvicorn's formatter colours the status code
    shown = str(value)
    masked = mask(shown)
    return value if masked == shown else masked  # e.g. a URL object with a code in it


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """Masks a record's message and arguments in place; returns it."""
    if isinstance(record.args, tuple):
        record.args = tuple(_mask_arg(a) for a in record.args)
    elif isinstance(record.args, dict):
        record.args = {k: _mask_arg(v) for k, v in record.args.items()}
    if isinstance(record.msg, str):
        record.msg = mask(record.msg, pattern=SECRET_IN_TEMPLATE)
    if record.exc_info and not record.exc_text:
        # A traceback may quote a URL (an exception's message, a local variable's repr):
        # format it now, masked; formatters print exc_text as it is when it is set.
        record.exc_text = mask(_TRACEBACKS.formatException(record.exc_info))
    elif record.exc_text:
        record.exc_text = mask(record.exc_text)
    if record.stack_info:
        record.stack_info = mask(record.stack_info)
    try:
        shown = record.getMessage()
    except Exception:  # a broken format string: logging reports it when the record is emitted
        return record
    masked = mask(shown)
    if masked != shown:  # a secret made of template and arguments together, or in an object
        record.msg, record.args = masked, ()
    return record


class SecretMaskingFilter(logging.Filter):
    """The same masking as a filter, for handlers set up outside this process's factory."""

    def filter(self, record: logging.LogRecord) -> bool:
        mask_record(record)
        return True


def install() -> None:
    """Wraps the process's LogRecord factory once, so every record is masked when it is made."""
    current = logging.getLogRecordFactory()
    if getattr(current, "masks_secrets", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return mask_record(current(*args, **kwargs))

    factory.masks_secrets = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


install()
