"""CSRF tokens: an HMAC of a context (a session id or a link's stored hash) with the secret key.

Forms put `csrf_token(context)` in a hidden field; handlers call `check_csrf(context, value)`.
"""

import hashlib
import hmac

from core.errors import Forbidden
from core.settings import get_settings


def csrf_token(context: str) -> str:
    key = get_settings().secret_key.encode("utf-8")
    return hmac.new(key, b"csrf:" + context.encode("utf-8"), hashlib.sha256).hexdigest()


def check_csrf(context: str, value: str | None) -> None:
    """Raises Forbidden unless `value` is the form token for this context."""
    if not value or not hmac.compare_digest(csrf_token(context), value):
        raise Forbidden(
            "The form has expired or did not come from this site. Reload the page and try again."
        )
