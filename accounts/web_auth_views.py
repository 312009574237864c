"""Sign-in, sign-out and the language switch for staff pages."""

from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from accounts import oidc, oidc_views, web_auth
from accounts.web_auth import CheckedForm, page_router, redirect, render_page, safe_next
from core.db import get_session
from core.i18n import pick_language
from core.security import new_token
from core.settings import get_settings

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]

# One message for a wrong password, an unknown address and a locked account alike, so the
# answer never tells whether an address has an account.
FAILURE_MESSAGES = {
    "invalid": "Fel e-postadress eller lösenord. Efter fem misslyckade försök är kontot låst i 15 minuter.",
    "rate_limited": "För många försök från den här datorn. Vänta en stund och försök igen.",
}


def _sign_in_page(
    request: Request, *, next_url: str, email: str = "", error: str = "", status: int = 200
) -> Response:
    pre = request.cookies.get(web_auth.PRE_COOKIE)
    if not pre:
        pre = new_token(16)
        request.state.csrf_context = "pre:" + pre
    response = render_page(
        request,
        "accounts/sign_in.html",
        {"next_url": next_url, "email": email, "error": error, **oidc_views.sign_in_options()},
        status_code=status,
    )
    secure = get_settings().https
    response.set_cookie(
        web_auth.PRE_COOKIE, pre, httponly=True, samesite="lax", secure=secure, path="/"
    )
    if request.query_params.get("lang"):
        response.set_cookie(
            web_auth.LANG_COOKIE, request.state.language, samesite="lax", secure=secure, path="/"
        )
    return response


@router.get("/sign-in", name="sign_in")
def sign_in_form(request: Request, next: str = "/") -> Response:
    if getattr(request.state, "staff", None) is not None:
        return redirect(safe_next(next))
    return _sign_in_page(request, next_url=safe_next(next))


@router.post("/sign-in")
def sign_in(request: Request, form: CheckedForm, db_session: DbSession) -> Response:
    if not get_settings().password_sign_in:
        return oidc_views.password_sign_in_off(request)
    email = str(form.get("email") or "").strip()
    password = str(form.get("password") or "")
    next_url = safe_next(str(form.get("next") or "/"))
    if not email or not password:
        return _sign_in_page(
            request,
            next_url=next_url,
            email=email,
            error="Skriv din e-postadress och ditt lösenord.",
            status=422,
        )
    ip = request.client.host if request.client else "unknown"
    try:
        user = web_auth.authenticate(db_session=db_session, email=email, password=password, ip=ip)
    except web_auth.SignInFailed as exc:
        # Caught here, not raised, so the failure count and the attempt are committed.
        return _sign_in_page(
            request,
            next_url=next_url,
            email=email,
            error=FAILURE_MESSAGES[exc.reason],
            status=exc.status_code,
        )
    plain = web_auth.start_session(db_session=db_session, user=user)
    return web_auth.signed_in_redirect(next_url, plain)


@router.post("/sign-out", name="sign_out")
def sign_out(request: Request, form: CheckedForm, db_session: DbSession) -> Response:
    plain = request.cookies.get(web_auth.session_cookie_name(), "")
    provider_logout = oidc.logout_url(db_session=db_session, session_plain=plain)
    web_auth.end_session(db_session=db_session, plain=plain)
    if provider_logout:
        response = oidc_views.provider_logout_page(request, provider_logout)
    else:
        response = redirect("/sign-in")
    response.delete_cookie(web_auth.session_cookie_name(), path="/")
    return response


@router.post("/language", name="set_language")
def set_language(request: Request, form: CheckedForm, db_session: DbSession) -> Response:
    language = pick_language(str(form.get("language") or ""))
    staff = getattr(request.state, "staff", None)
    back = safe_next(str(form.get("next") or "/"))
    if staff is not None:
        web_auth.set_language(db_session=db_session, user=staff.user, language=language)
    response = redirect(back)
    response.set_cookie(
        web_auth.LANG_COOKIE, language, samesite="lax", secure=get_settings().https, path="/"
    )
    return response
