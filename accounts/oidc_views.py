"""Single sign-on pages: start at the provider, come back, or wait for an admin (pending)."""

from typing import Annotated

import httpx
from fastapi import Depends, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from accounts import oidc, web_auth
from accounts.web_auth import page_router, render_page, safe_next
from core import audit
from core.db import get_session
from core.errors import NotFound
from core.security import new_token
from core.settings import get_settings

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]

REFUSED = "Inloggningen med kommunens konto gick inte igenom. Försök igen."
UNREACHABLE = "Kommunens inloggning svarar inte just nu. Försök igen om en stund."


def _refused(request: Request, message: str, status: int) -> Response:
    return render_page(
        request, "accounts/oidc_problem.html", {"message": message}, status_code=status
    )


@router.get("/sign-in/oidc", name="oidc_start")
def oidc_start(request: Request, db_session: DbSession, next: str = "/") -> Response:
    """A plain link, not a form: CSP form-action 'self' would stop a form's redirect to the
    provider. Nothing is signed in here; the flow is bound to this browser's pre-session cookie."""
    if not oidc.enabled():
        raise NotFound("single sign-on is not configured")
    pre = request.cookies.get(web_auth.PRE_COOKIE) or new_token(16)
    try:
        url = oidc.begin(db_session=db_session, pre=pre, next_url=safe_next(next))
    except (httpx.HTTPError, oidc.OidcRefused):
        return _refused(request, UNREACHABLE, 502)
    response = RedirectResponse(url, status_code=303)
    response.set_cookie(
        web_auth.PRE_COOKIE, pre, httponly=True, samesite="lax", secure=get_settings().https,
        path="/",
    )  # fmt: skip
    return response


@router.get(oidc.CALLBACK_PATH, name="oidc_callback")
def oidc_callback(request: Request, db_session: DbSession) -> Response:
    if not oidc.enabled():
        raise NotFound("single sign-on is not configured")
    ip = request.client.host if request.client else "unknown"
    try:
        web_auth.check_ip_rate(db_session=db_session, ip=ip)
        result = oidc.finish(
            db_session=db_session, pre=request.cookies.get(web_auth.PRE_COOKIE, ""),
            params=dict(request.query_params),
        )  # fmt: skip
    except web_auth.SignInFailed:
        return _refused(request, REFUSED, 429)
    except oidc.OidcRefused as exc:
        # Committed (the answer is not raised), so the used-up state and the refusal are kept.
        audit.record(
            db_session, actor="oidc", action="signin.oidc_refused", subject_type="staff_user",
            subject_id=0, detail={"reason": exc.reason},
        )  # fmt: skip
        return _refused(request, REFUSED, 400)
    except httpx.HTTPError:
        return _refused(request, UNREACHABLE, 502)
    user = result.user
    if not user.is_active:
        return _refused(request, REFUSED, 403)
    if user.role == oidc.PENDING:
        return render_page(
            request, "accounts/oidc_pending.html", {"name": user.name}, status_code=403
        )
    plain = web_auth.start_session(db_session=db_session, user=user)
    oidc.remember_id_token(db_session=db_session, session_plain=plain, id_token=result.id_token)
    audit.record(
        db_session, actor=f"user:{user.id}", action="signin.oidc", subject_type="staff_user",
        subject_id=user.id, detail={"via": "oidc"},
    )  # fmt: skip
    return web_auth.signed_in_redirect(safe_next(result.next_url), plain)


def sign_in_options() -> dict[str, bool]:
    """What the sign-in page offers: the provider's button, the password form, or both."""
    return {"oidc_enabled": oidc.enabled(), "password_sign_in": get_settings().password_sign_in}


def password_sign_in_off(request: Request) -> Response:
    """POST /sign-in when local passwords are switched off: refused, no password is checked."""
    return _refused(
        request, "Inloggning med lösenord är avstängd. Logga in med kommunens konto.", 403
    )


def provider_logout_page(request: Request, url: str) -> Response:
    """Signed out here; on to the provider's end-session page. A page that moves on by itself,
    not a redirect: CSP form-action 'self' stops a form's redirect to another origin."""
    return render_page(request, "accounts/oidc_signed_out.html", {"logout_url": url})
