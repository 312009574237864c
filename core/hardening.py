"""Request hardening: body size limits, rate limits, and the standard error answers in OpenAPI.

`install(app)` wires it into the app factory. All of it is plain ASGI, so it covers every
route, including the ones other packages add later.
"""

import html
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from sqlalchemy.orm.exc import StaleDataError

from core import logmask
from core.ratelimit import SlidingWindowLimiter
from core.settings import Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Bodies of these types are file uploads and get settings.max_upload_bytes.
UPLOAD_TYPES = ("multipart/form-data", "text/csv", "application/pdf", "application/octet-stream")
# Paths that look a short secret up: repeated misses (404) from one address are slowed down.
# Link tokens (/l/) have 256 bits and their own limiter in links.views.
GUESSABLE_PREFIXES = ("/verify/",)
log = logging.getLogger("praktikmatch.hardening")

# Capability-link pages (W3C TAG "Good Practices for Capability URLs"): every answer under this
# prefix, pages and errors alike (404, 405, 413, 429, 500), keeps the token out of Referer
# headers, caches and search engines.
LINK_PREFIX = "/l/"
LINK_HEADERS = {
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "X-Robots-Tag": "noindex, nofollow",
}

# Sign-in form handlers (staff web interface); every POST counts.
SIGN_IN_PATHS = ("/login", "/logga-in", "/sign-in", "/signin", "/auth/login")


class RequestTooLarge(HTTPException):
    """The body is larger than allowed. An HTTPException so FastAPI passes it through as 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=too_large_message(limit))


def too_large_message(limit: int) -> str:
    size = f"{limit / (1024 * 1024):.1f} MB" if limit >= 1024 * 1024 else f"{limit} bytes"
    return (
        f"Förfrågan är för stor: högst {size}. / The request is too large: at most {size}. "
        "Send a smaller file or split it up."
    )


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return ""


def path_for_log(path: str) -> str:
    """The path cut to its route prefix: tokens, codes and refs never reach the log."""
    parts = [p for p in path.split("/") if p]
    keep = 2 if parts[:1] == ["api"] else 1
    return "/" + "/".join(parts[:keep]) + ("/…" if len(parts) > keep else "")


def _wants_html(scope: Scope) -> bool:
    return not scope.get("path", "").startswith("/api/") and "text/html" in _header(
        scope, b"accept"
    )


async def _answer(
    scope: Scope, send: Send, status: int, message: str, headers: dict[str, str] | None = None
) -> None:
    if _wants_html(scope):
        body = (
            '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>'
            f"{status}</title></head><body><main><p>{html.escape(message)}</p></main></body></html>"
        ).encode()
        content_type = b"text/html; charset=utf-8"
    else:
        body = json.dumps({"detail": message}, ensure_ascii=False).encode("utf-8")
        content_type = b"application/json"
    raw = [
        (b"content-type", content_type),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
        (b"x-content-type-options", b"nosniff"),
        (b"connection", b"close"),
    ]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class BodySizeLimit:
    """Answers 413 when a body is over its limit, by Content-Length or while it streams in."""

    def __init__(self, app: ASGIApp, *, max_request_bytes: int, max_upload_bytes: int) -> None:
        self.app = app
        self.max_request_bytes = max_request_bytes
        self.max_upload_bytes = max_upload_bytes

    def limit_for(self, scope: Scope) -> int:
        content_type = _header(scope, b"content-type").lower()
        if content_type.startswith(UPLOAD_TYPES):
            return self.max_upload_bytes
        return self.max_request_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        declared = _header(scope, b"content-length")
        if declared.isdigit() and int(declared) > limit:
            log.info(
                "refused a %s-byte body to %s (limit %s)",
                declared,
                path_for_log(scope["path"]),
                limit,
            )
            await _answer(scope, send, 413, too_large_message(limit))
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise RequestTooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except RequestTooLarge:
            if started:
                raise
            log.info(
                "refused a streamed body over %s bytes to %s", limit, path_for_log(scope["path"])
            )
            await _answer(scope, send, 413, too_large_message(limit))


class LinkPathHeaders:
    """Puts LINK_HEADERS on every answer to a path under /l/, whoever made the answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.raw = [(k.lower().encode(), v.encode()) for k, v in LINK_HEADERS.items()]
        self.names = {k for k, _ in self.raw}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (
            path == LINK_PREFIX.rstrip("/") or path.startswith(LINK_PREFIX)
        ):
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                kept = [
                    (k, v) for k, v in message.get("headers", []) if k.lower() not in self.names
                ]
                message["headers"] = kept + self.raw
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            # An unexpected error: answer the 500 here, with the headers, before Starlette's
            # outermost error handler (which would answer without them) logs it.
            if not started:
                await _answer(scope, send_with_headers, 500, SERVER_ERROR_MESSAGE)
            raise


SERVER_ERROR_MESSAGE = (
    "Något gick fel hos oss. Försök igen om en stund. / "
    "Something went wrong on our side. Try again in a while."
)


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


class RateLimit:
    """Slows down guessing, per address: verification-code misses and sign-in attempts."""

    def __init__(
        self, app: ASGIApp, *, misses: SlidingWindowLimiter, sign_ins: SlidingWindowLimiter
    ) -> None:
        self.app = app
        self.misses = misses
        self.sign_ins = sign_ins

    async def _too_many(self, scope: Scope, send: Send, limiter: SlidingWindowLimiter) -> None:
        wait = limiter.retry_after(client_address(scope)) or int(limiter.window_seconds)
        log.warning("rate limit reached on %s; answering 429", path_for_log(scope["path"]))
        message = (
            f"För många försök. Vänta {wait} sekunder och försök igen. / "
            f"Too many attempts. Wait {wait} seconds and try again."
        )
        await _answer(scope, send, 429, message, {"Retry-After": str(wait)})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        address = client_address(scope)
        if scope.get("method") == "POST" and path.rstrip("/") in SIGN_IN_PATHS:
            if not self.sign_ins.hit(address):
                await self._too_many(scope, send, self.sign_ins)
                return
        if not path.startswith(GUESSABLE_PREFIXES):
            await self.app(scope, receive, send)
            return
        if self.misses.blocked(address):
            await self._too_many(scope, send, self.misses)
            return
        status = 0

        async def watching_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        await self.app(scope, receive, watching_send)
        if status == 404:
            self.misses.hit(address)


ERROR_SCHEMA = {
    "title": "Error",
    "type": "object",
    "properties": {"detail": {"type": "string"}, "field": {"type": "string"}},
    "required": ["detail"],
}
ERROR_ANSWERS = {
    "400": "The body could not be read (for example not UTF-8)",
    "401": "Not signed in, or the token is not valid",
    "403": "Your role may not do this",
    "404": "Not found, or not visible to you",
    "409": "Conflicts with the current state",
    "410": "Gone: expired or revoked",
    "413": "The request body is too large",
    "422": "The input is not valid; each error names its field",
    "429": "Too many attempts; see Retry-After",
}


# A download's path ends in its file type; its 200 answer is declared with that media type.
FILE_TYPES = {
    ".pdf": "application/pdf",
    ".csv": "text/csv",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".jwt": "application/vc+jwt",
}


def _declare_file_type(path: str, responses: dict[str, Any]) -> None:
    media_type = next((t for ext, t in FILE_TYPES.items() if path.endswith(ext)), None)
    ok = responses.get("200")
    if media_type is None or ok is None:
        return
    content = ok.get("content", {})
    if set(content) <= {"application/json"} and content.get("application/json", {}).get(
        "schema", {}
    ) in ({}, None):
        ok["content"] = {media_type: {"schema": {"type": "string", "format": "binary"}}}


def add_error_responses(schema: dict[str, Any]) -> dict[str, Any]:
    """Declares the standard error answers, and downloads' media types, on every operation."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.setdefault("Error", ERROR_SCHEMA)
    error_ref = {"$ref": "#/components/schemas/Error"}
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            if method not in ("get", "put", "post", "patch", "delete"):
                continue
            responses = operation.setdefault("responses", {})
            _declare_file_type(path, responses)
            ok = responses.get("200", responses.get("201", {})).get("content", {})
            error_content: dict[str, Any] = {"application/json": {"schema": error_ref}}
            if "text/html" in ok:  # pages answer errors as pages, API clients as JSON
                error_content["text/html"] = {"schema": {"type": "string"}}
            for code, description in ERROR_ANSWERS.items():
                if code == "422":
                    existing = responses.get("422", {}).get("content", {}).get("application/json")
                    body = existing.get("schema") if existing else None
                    if body is not None and "anyOf" in body:
                        continue
                    options = [body, error_ref] if body else [error_ref]
                    responses["422"] = {
                        "description": description,
                        "content": {
                            **error_content,
                            "application/json": {"schema": {"anyOf": options}},
                        },
                    }
                    continue
                responses.setdefault(code, {"description": description, "content": error_content})
    return schema


async def _out_of_range(_request: Request, exc: Exception) -> JSONResponse:
    # A number too large for the database, or a value of the wrong kind: the caller's input.
    log.info("refused input the database cannot hold: %s", type(exc).__name__)
    return JSONResponse(
        {"detail": "Ett värde är utanför det tillåtna intervallet. / A value is out of range."},
        status_code=422,
    )


async def _concurrent_change(_request: Request, exc: Exception) -> JSONResponse:
    # A row was deleted or changed by another request while this one changed it: the
    # database kept exactly one outcome; the loser is told to reload, nothing half-stored.
    log.info("refused a change that raced another: %s", type(exc).__name__)
    return JSONResponse(
        {
            "detail": "Någon annan ändrade samma uppgift samtidigt. Ladda om och försök igen. / "
            "Someone changed the same record at the same moment. Reload and try again."
        },
        status_code=409,
    )


def install(app: FastAPI, settings: Settings) -> None:
    """Adds the size and rate limits to the app, and the error answers to its OpenAPI schema."""
    logmask.install()  # link tokens and certificate codes never reach a log line
    app.add_middleware(
        RateLimit,  # type: ignore[arg-type]
        misses=SlidingWindowLimiter(
            limit=settings.guess_limit, window_seconds=settings.guess_window_seconds
        ),
        sign_ins=SlidingWindowLimiter(limit=settings.sign_in_limit_per_minute, window_seconds=60),
    )
    app.add_middleware(
        BodySizeLimit,  # type: ignore[arg-type]
        max_request_bytes=settings.max_request_bytes,
        max_upload_bytes=settings.max_upload_bytes,
    )
    # Outside the limits, so their 413 and 429 answers under /l/ get the link headers too.
    app.add_middleware(LinkPathHeaders)  # type: ignore[arg-type]
    # IntegrityError (a unique race) is answered 409 in core/app.py.
    app.add_exception_handler(StaleDataError, _concurrent_change)
    app.add_exception_handler(OverflowError, _out_of_range)
    app.add_exception_handler(DataError, _out_of_range)
    build_schema = app.openapi

    def openapi() -> dict[str, Any]:
        return add_error_responses(build_schema())

    app.openapi = openapi  # type: ignore[method-assign]
