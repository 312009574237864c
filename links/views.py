"""Link pages for people without accounts: `/l/{token}`, dispatched on the link's purpose.

Following the W3C TAG's "Good Practices for Capability URLs": no referrer, no caching, no
indexing, nothing from third parties, the token never in logs, GET never changes anything,
forms carry CSRF tokens bound to the link, and guessing tokens is rate-limited.
"""

import threading
import time
from collections import deque
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from core import hardening, logmask
from core.csrf import check_csrf, csrf_token
from core.db import get_session
from core.errors import AppError, NotFound
from core.i18n import pick_language
from core.settings import get_settings
from core.templating import render
from links import service as links
from links.models import CapabilityLink

router = APIRouter(include_in_schema=False)

# The capability-URL headers; core.hardening.LinkPathHeaders also puts them on every other
# answer under /l/ (404, 405, 413, 429, 500), which no handler here sees.
LINK_HEADERS = hardening.LINK_HEADERS
# Tokens in paths are masked in every log record by core.logmask (imported here, so link pages
# never run without it).
logmask.install()


class BadTokenLimiter:
    """Sliding window of unknown tokens per client address.

    It lives in process memory: with several worker processes each keeps its own window, so the
    effective limit is the setting times the number of workers. Behind a proxy, run uvicorn with
    --proxy-headers so the client address is the real one.
    """

    MAX_CLIENTS = 10_000

    def __init__(self) -> None:
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _window(self, key: str, now: float) -> deque[float]:
        hits = self._hits.setdefault(key, deque())
        horizon = now - get_settings().link_bad_token_window_seconds
        while hits and hits[0] <= horizon:
            hits.popleft()
        return hits

    def blocked(self, key: str, *, now: float | None = None) -> bool:
        """Returns whether this client has sent too many unknown tokens lately."""
        with self._lock:
            return len(self._window(key, now or time.monotonic())) >= (
                get_settings().link_bad_token_limit
            )

    def hit(self, key: str, *, now: float | None = None) -> None:
        """Counts one unknown token from this client."""
        with self._lock:
            if len(self._hits) >= self.MAX_CLIENTS and key not in self._hits:
                self._hits.pop(next(iter(self._hits)))
            self._window(key, now or time.monotonic()).append(now or time.monotonic())

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


bad_tokens = BadTokenLimiter()


def client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def language_of(request: Request, *, form: FormData | None = None, default: str = "sv") -> str:
    """The page language: ?lang=, a form's lang field, the lang cookie, then the link's own."""
    return pick_language(
        request.query_params.get("lang"),
        str(form.get("lang") or "") if form is not None else None,
        request.cookies.get("lang"),
        default,
    )


def with_link_headers(response: Response, *, language: str | None = None) -> Response:
    """Adds the capability-URL headers (and remembers an explicit language choice)."""
    response.headers.update(LINK_HEADERS)
    if language:
        response.set_cookie(
            "lang", language, max_age=365 * 86400, path="/l/", samesite="lax", httponly=True
        )
    return response


def page_context(link: CapabilityLink, language: str) -> dict[str, Any]:
    """What every link page template needs: CSRF token and language switch."""
    return {
        "csrf": csrf_token(link.token_hash),
        "other_language": "en" if language == "sv" else "sv",
        "lang_query": "?lang=en" if language == "en" else "",
    }


def _problem_page(request: Request, db_session: Session, exc: AppError, language: str) -> Response:
    context: dict[str, Any] = {
        "status": exc.status_code,
        "other_language": "en" if language == "sv" else "sv",
    }
    template = "links/link_problem.html"
    if isinstance(exc, links.LinkGone):
        context["contact"] = links.contact_text(db_session=db_session, link=exc.link)
        context["revoked"] = exc.link.revoked_at is not None
        context["replaced"] = exc.link.replaced_by_id is not None
        template = "links/link_gone.html"
    else:
        context["message"] = exc.message
        context["contact"] = get_settings().team_contact
    headers = {"Retry-After": str(get_settings().link_bad_token_window_seconds)}
    response = render(
        request, template, context, status_code=exc.status_code, language=language,
        headers=headers if exc.status_code == 429 else None,
    )  # fmt: skip
    return with_link_headers(response)


def _resolve(request: Request, db_session: Session, token: str) -> CapabilityLink:
    """The link for a token. A known token is always served, even to an address that has sent
    too many unknown ones: people on one workplace network share an address, and a mistyped
    link from one of them must not lock the others out. Only unknown tokens count, and past the
    limit they answer 429 instead of 404. A token has 256 random bits, so serving known tokens
    to a blocked address gives a guesser nothing."""
    from core.errors import TooManyRequests

    try:
        return links.resolve(db_session=db_session, token=token)
    except NotFound:
        key = client_key(request)
        if bad_tokens.blocked(key):
            raise TooManyRequests(
                "För många felaktiga länkar. Vänta en stund och försök igen."
            ) from None
        bad_tokens.hit(key)
        raise


# scope="function": commit before the answer is sent, so a 303 or 201 means it is stored
# (the default "request" scope commits after the response has gone out).
DbSession = Annotated[Session, Depends(get_session, scope="function")]


async def read_form(request: Request) -> FormData:
    """Reads a posted form (URL-encoded or multipart) before the sync handler runs."""
    return await request.form(max_files=0, max_fields=200, max_part_size=64 * 1024)


@router.get("/l/{token}")
def open_link(token: str, request: Request, db_session: DbSession) -> Response:
    """Shows a link page. Nothing is written: the transaction is rolled back afterwards."""
    language = language_of(request)
    try:
        link = _resolve(request, db_session, token)
        language = language_of(request, default=link.language)
        response = links.purpose_module(link.purpose).page_get(
            request=request, db_session=db_session, link=link, language=language
        )
    except AppError as exc:
        db_session.rollback()
        return _problem_page(request, db_session, exc, language)
    finally:
        db_session.rollback()
    chosen = request.query_params.get("lang")
    return with_link_headers(response, language=language if chosen else None)


@router.api_route("/l/{token}/{rest:path}", methods=["GET", "POST"])
def beyond_link(request: Request, db_session: DbSession) -> Response:
    """A link with a trailing slash or more after the token answers 404 and says to copy the
    whole link. It is not redirected: the redirect's Location header would repeat the token to
    every proxy and log that records it, and a link we send never ends in a slash, so one that
    does was mangled on the way. The token is not looked up, so this tells a guesser nothing."""
    missing = NotFound("Länken finns inte. Kontrollera att du har kopierat hela länken.")
    return _problem_page(request, db_session, missing, language_of(request))


@router.post("/l/{token}")
def post_link(
    token: str,
    request: Request,
    db_session: DbSession,
    form: Annotated[FormData, Depends(read_form)],
) -> Response:
    """Handles a link page's forms; `action` names what to do, `csrf` must match the link."""
    language = language_of(request, form=form)
    try:
        link = _resolve(request, db_session, token)
        language = language_of(request, form=form, default=link.language)
        check_csrf(link.token_hash, str(form.get("csrf") or ""))
        action = str(form.get("action") or "")
        if action == "opened":
            links.mark_opened(db_session=db_session, link=link)
            return with_link_headers(Response(status_code=204))
        response = links.purpose_module(link.purpose).page_post(
            request=request, db_session=db_session, link=link, language=language, form=form,
            action=action,
        )  # fmt: skip
    except AppError as exc:
        db_session.rollback()
        if "application/json" in request.headers.get("accept", ""):
            from fastapi.responses import JSONResponse

            body = {"detail": exc.message}
            return with_link_headers(JSONResponse(body, status_code=exc.status_code))
        return _problem_page(request, db_session, exc, language)
    return with_link_headers(response)


def redirect_to_page(token_path: str, *, language: str, notice: str | None = None) -> Response:
    """303 back to the link page after a successful POST (no personal data in the URL)."""
    params = []
    if language == "en":
        params.append("lang=en")
    if notice:
        params.append(f"done={notice}")
    location = token_path + ("?" + "&".join(params) if params else "")
    return Response(status_code=303, headers={"Location": location})
