"""Staff sign-in for the web pages: passwords, server-side sessions, lockout, and the page shell.

The browser holds a random session id in an HttpOnly cookie; the database holds only its SHA-256.
`load_staff` (a dependency on every page router) turns a valid cookie into
`request.state.staff_principal`, so `accounts.auth.require(...)` guards pages as it guards the API.
`PageRoute` answers pages in HTML: no session -> redirect to the sign-in page, errors -> error page.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any, get_args
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import APIRouter, Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from accounts.auth import Principal
from accounts.models import StaffUser
from accounts.web_auth_models import SignInAttempt, WebSession
from core import audit
from core.csrf import check_csrf, csrf_token
from core.db import get_session, utcnow
from core.errors import AppError, TooManyRequests, Unauthorized
from core.i18n import pick_language, translate_validation
from core.security import hash_password, hash_token, new_token, verify_password
from core.settings import get_settings
from core.templating import render

PRE_COOKIE = "pm_pre"  # random value that binds the sign-in form's CSRF token before a session
LANG_COOKIE = "pm_lang"
_DUMMY_HASH = hash_password("timing-equaliser-not-a-password")


def session_cookie_name() -> str:
    """`__Host-` pins the cookie to this host and path / (browsers require Secure for it)."""
    return "__Host-pm_session" if get_settings().https else "pm_session"


class SignInFailed(Unauthorized):
    """Sign-in refused. `reason` is "invalid" (wrong, unknown or locked) or "rate_limited"."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"sign-in refused: {reason}")
        self.reason = reason
        if reason == "rate_limited":
            self.status_code = TooManyRequests.status_code


def _ip_hash(ip: str) -> str:
    return hash_token(f"{get_settings().secret_key}:ip:{ip}")


def check_ip_rate(*, db_session: Session, ip: str) -> None:
    """Counts a sign-in attempt from an IP; raises SignInFailed when it has made too many."""
    settings = get_settings()
    now = utcnow()
    window_start = now - timedelta(minutes=settings.login_lockout_minutes)
    db_session.execute(delete(SignInAttempt).where(SignInAttempt.at < window_start))
    ip_hash = _ip_hash(ip)
    recent = db_session.scalar(
        select(func.count()).select_from(SignInAttempt).where(SignInAttempt.ip_hash == ip_hash)
    )
    if (recent or 0) >= settings.login_ip_limit:
        raise SignInFailed("rate_limited")
    db_session.add(SignInAttempt(ip_hash=ip_hash, at=now))
    db_session.flush()


def authenticate(*, db_session: Session, email: str, password: str, ip: str) -> StaffUser:
    """Checks a password; counts failures and locks the account for a while after too many."""
    settings = get_settings()
    check_ip_rate(db_session=db_session, ip=ip)
    user = db_session.scalar(
        select(StaffUser).where(func.lower(StaffUser.email) == email.strip().lower())
    )
    now = utcnow()
    if user is None or not user.is_active or not user.password_hash:
        verify_password(_DUMMY_HASH, password)  # same work as a real check, so timing tells nothing
        raise SignInFailed("invalid")
    if user.locked_until is not None and user.locked_until > now:
        verify_password(_DUMMY_HASH, password)  # a locked account costs the same as any other
        raise SignInFailed("invalid")
    if not verify_password(user.password_hash, password):
        user.failed_logins = (user.failed_logins or 0) + 1
        locked = user.failed_logins >= settings.login_max_failures
        if locked:
            user.locked_until = now + timedelta(minutes=settings.login_lockout_minutes)
            user.failed_logins = 0
        audit.record(
            db_session, actor=f"user:{user.id}", action="signin.failed", subject_type="staff_user",
            subject_id=user.id, detail={"locked": locked},
        )  # fmt: skip
        db_session.flush()
        # Never "locked": an unknown address is never locked, so saying it would tell which
        # addresses have accounts. The one message for every refusal mentions the lockout.
        raise SignInFailed("invalid")
    user.failed_logins, user.locked_until = 0, None
    return user


def start_session(*, db_session: Session, user: StaffUser) -> str:
    """Opens a session for a user and returns the cookie value (only its hash is stored)."""
    plain = new_token()
    now = utcnow()
    hours = get_settings().session_absolute_hours
    db_session.add(
        WebSession(
            session_hash=hash_token(plain), user_id=user.id, created_at=now, last_seen_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )  # fmt: skip
    audit.record(
        db_session, actor=f"user:{user.id}", action="signin", subject_type="staff_user",
        subject_id=user.id,
    )  # fmt: skip
    db_session.flush()
    return plain


def find_session(*, db_session: Session, plain: str) -> tuple[WebSession, StaffUser] | None:
    """Returns the live session and its user for a cookie value; touches its idle clock."""
    if not plain:
        return None
    row = db_session.execute(
        select(WebSession, StaffUser)
        .join(StaffUser, StaffUser.id == WebSession.user_id)
        .where(WebSession.session_hash == hash_token(plain))
    ).first()
    if row is None:
        return None
    session, user = row.tuple()
    now = utcnow()
    idle = timedelta(minutes=get_settings().session_idle_minutes)
    if (
        session.ended_at is not None
        or session.expires_at <= now
        or session.last_seen_at + idle <= now
        or not user.is_active
    ):
        return None
    if now - session.last_seen_at > timedelta(minutes=1):  # one write a minute is enough
        session.last_seen_at = now
    return session, user


def end_session(*, db_session: Session, plain: str) -> None:
    """Ends a session (sign-out); unknown ids are ignored."""
    session = db_session.scalar(
        select(WebSession).where(WebSession.session_hash == hash_token(plain))
    )
    if session is not None and session.ended_at is None:
        session.ended_at = utcnow()
        audit.record(
            db_session, actor=f"user:{session.user_id}", action="signout",
            subject_type="staff_user", subject_id=session.user_id,
        )  # fmt: skip


def set_language(*, db_session: Session, user: StaffUser, language: str) -> None:
    """Stores the user's interface language (sv or en)."""
    user.language = pick_language(language)
    db_session.flush()


# --- the page shell -------------------------------------------------------------------------


@dataclass
class StaffContext:
    user: StaffUser
    session_hash: str


def load_staff(request: Request, db_session: Annotated[Session, Depends(get_session)]) -> None:
    """Router dependency: sets the staff principal, CSRF context and language for a page."""
    request.state.staff = None
    request.state.csrf_context = "pre:" + request.cookies.get(PRE_COOKIE, "")
    found = find_session(
        db_session=db_session, plain=request.cookies.get(session_cookie_name(), "")
    )
    if found is not None:
        session, user = found
        request.state.staff = StaffContext(user=user, session_hash=session.session_hash)
        request.state.staff_principal = Principal(
            kind="user", id=user.id, role=user.role, team=user.team, name=user.name
        )
        request.state.csrf_context = "session:" + session.session_hash
        request.state.language = pick_language(user.language)
    else:
        request.state.language = pick_language(
            request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)
        )


async def checked_form(request: Request) -> FormData:
    """Dependency for every page POST: the form, after its CSRF token has been checked."""
    form = await request.form()
    value = form.get("csrf")
    check_csrf(request.state.csrf_context, value if isinstance(value, str) else None)
    return form


CheckedForm = Annotated[FormData, Depends(checked_form)]


def safe_next(target: str | None) -> str:
    """Only local paths: never redirect to another site after sign-in."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def render_page(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
) -> HTMLResponse:
    """Renders a staff page in the user's language, with the CSRF token and the signed-in user."""
    staff = getattr(request.state, "staff", None)
    page = {
        "csrf": csrf_token(getattr(request.state, "csrf_context", "pre:")),
        "staff_user": staff.user if staff else None,
        "principal": getattr(request.state, "staff_principal", None),
        "path": request.url.path,
        **(context or {}),
    }
    return render(
        request,
        template,
        page,
        status_code=status_code,
        language=getattr(request.state, "language", "sv"),
        headers={"Cache-Control": "no-store"},
    )


ERROR_TITLES = {
    401: "Du behöver logga in",
    403: "Du har inte behörighet till det här",
    404: "Sidan eller uppgiften finns inte",
    409: "Det krockar med något som redan finns",
    410: "Det här finns inte längre",
    422: "Uppgifterna gick inte att använda",
    429: "För många försök",
}


def _is_text(annotation: Any) -> bool:
    return annotation is str or str in get_args(annotation)


def _typed_query_names(dependant: Any) -> set[str]:
    """Query parameters (of the route and its dependencies) that are not plain text."""
    names = {f.alias for f in dependant.query_params if not _is_text(f.field_info.annotation)}
    for sub in dependant.dependencies:
        names |= _typed_query_names(sub)
    return names


def _drop_empty(request: Request, typed: frozenset[str]) -> None:
    """An empty form field (`age=`) means "not set": a browser sends every field of a GET form,
    so an empty number or date must not fail validation. Text parameters keep their "" value."""
    raw = request.scope.get("query_string", b"")
    if not typed or not raw:
        return
    pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if v != "" or k not in typed]
    if len(kept) != len(pairs):
        request.scope["query_string"] = urlencode(kept).encode("latin-1")


class PageRoute(APIRoute):
    """A route that answers in HTML: sign-in redirect for 401, an error page for other errors."""

    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        handler = super().get_route_handler()
        typed = frozenset(_typed_query_names(self.dependant))

        async def page_handler(request: Request) -> Response:
            _drop_empty(request, typed)
            try:
                return await handler(request)
            except Unauthorized:
                if request.method == "GET":
                    target = request.url.path + (
                        f"?{request.url.query}" if request.url.query else ""
                    )
                    return RedirectResponse(f"/sign-in?next={quote(target, safe='')}", 303)
                return RedirectResponse("/sign-in", 303)
            except AppError as exc:
                return _error_page(request, exc.status_code, exc.message)
            except RequestValidationError as exc:
                # Never pydantic's English text: each field with a plain message in the page's
                # language (the page's own forms validate inline; this is for hand-made URLs).
                fields = [
                    (str(e["loc"][-1]) if e["loc"] else "", TYPE_MESSAGES.get(e["type"], INVALID))
                    for e in exc.errors()
                ]
                return _error_page(request, 422, "", fields=fields)

        return page_handler


INVALID = "Värdet går inte att använda."


def _error_page(
    request: Request, status: int, detail: str, *, fields: list[tuple[str, str]] | None = None
) -> HTMLResponse:
    if not hasattr(request.state, "language"):
        request.state.language = "sv"
    title = ERROR_TITLES.get(status, "Något gick fel")
    # Domain messages are English (the API's language); Swedish pages say it in Swedish when a
    # Swedish version is known, else the title alone says what happened. The original stays
    # folded away, marked as English, for whoever helps the user.
    language = request.state.language
    shown = translate_validation(detail, language)
    technical = detail if language == "sv" and detail else ""
    if language == "sv" and shown == detail:
        shown = ""
    context = {"title": title, "detail": shown, "technical": technical, "fields": fields or []}
    return render_page(request, "core/error.html", context, status_code=status)


def page_router(**kwargs: Any) -> APIRouter:
    """An APIRouter for HTML pages: staff session loaded, HTML errors, hidden from the API docs."""
    return APIRouter(
        route_class=PageRoute,
        dependencies=[Depends(load_staff)],
        include_in_schema=False,
        **kwargs,
    )


def redirect(url: str) -> RedirectResponse:
    """Post/redirect/get: a form's answer sends the browser to a page it can reload safely."""
    return RedirectResponse(url, status_code=303)


def signed_in_redirect(url: str, plain_session: str) -> Response:
    """A redirect that sets the new session's cookie and drops the pre-session one."""
    response = redirect(url)
    settings = get_settings()
    response.set_cookie(
        session_cookie_name(), plain_session, max_age=settings.session_absolute_hours * 3600,
        httponly=True, samesite="lax", secure=settings.https, path="/",
    )  # fmt: skip
    response.delete_cookie(PRE_COOKIE, path="/")
    return response


# Plain-language messages for form fields, by pydantic error type or by field.
FIELD_MESSAGES = {
    "ssyk": "Yrkeskoden (SSYK 2012) har fyra siffror, till exempel 7231.",
    "sni": "Branschen (SNI 2007) är en bokstav mellan A och U.",
    "org_number": "Organisationsnumret har tio siffror och en rätt kontrollsiffra, till exempel 556677-8899.",
    "supervisor_email": "Skriv en e-postadress, till exempel namn@exempel.se.",
    "email": "Skriv en e-postadress, till exempel namn@exempel.se.",
    "ref": "Referensen får bara ha bokstäver a–z, siffror, punkt, bindestreck och understreck.",
    "end_date": "Slutdatum kan inte vara före startdatum.",
}
TYPE_MESSAGES = {
    "missing": "Fyll i det här fältet.",
    "string_too_short": "Fyll i det här fältet.",
    "string_too_long": "Texten är för lång.",
    "int_parsing": "Skriv ett heltal, till exempel 2.",
    "int_from_float": "Skriv ett heltal, till exempel 2.",
    "greater_than_equal": "Talet är för litet.",
    "less_than_equal": "Talet är för stort.",
    "date_from_datetime_parsing": "Skriv datumet som ÅÅÅÅ-MM-DD.",
    "date_parsing": "Skriv datumet som ÅÅÅÅ-MM-DD.",
    "bool_parsing": "Välj ja eller nej.",
    "string_pattern_mismatch": "Värdet har fel form.",
    "literal_error": "Välj ett av alternativen.",
    "enum": "Välj ett av alternativen.",
    "int_type": "Skriv ett heltal, till exempel 2.",
    "date_type": "Skriv datumet som ÅÅÅÅ-MM-DD.",
    "date_from_datetime_inexact": "Skriv datumet som ÅÅÅÅ-MM-DD.",
}


def field_errors(exc: Exception) -> dict[str, str]:
    """Maps a pydantic ValidationError (or an AppError with a field) to {field: message}."""
    from pydantic import ValidationError

    if isinstance(exc, AppError):
        return {exc.field or "form": FIELD_MESSAGES.get(exc.field or "", exc.message)}
    errors: dict[str, str] = {}
    if isinstance(exc, ValidationError):
        for e in exc.errors():
            name = str(e["loc"][0]) if e["loc"] else "end_date"
            if e["type"] in ("value_error", "string_pattern_mismatch", "assertion_error"):
                message = FIELD_MESSAGES.get(name, TYPE_MESSAGES.get(e["type"], str(e["msg"])))
            else:
                message = TYPE_MESSAGES.get(e["type"], str(e["msg"]))
            errors.setdefault(name, message)
    return errors
