"""The application factory: routers (listed in app.registry), error handlers, security headers."""

import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import IntegrityError

import core
from app.registry import ROUTERS, wire
from core import hardening
from core.errors import AppError
from core.settings import Settings, get_settings
from core.transactions import CommitBeforeResponse

log = logging.getLogger("praktikmatch")


def _field_of(loc: tuple[object, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path")]
    return ".".join(parts) or "request"


@asynccontextmanager
async def _lifespan(_: FastAPI) -> AsyncIterator[None]:
    if get_settings().warm_matcher:
        from matcher import service as matcher_service

        # Build the suggestion index before the first request needs it.
        threading.Thread(
            target=matcher_service.warm_up, name="matcher-warm-up", daemon=True
        ).start()
    yield


def create_app() -> FastAPI:
    """Builds the ASGI app."""
    settings = get_settings()
    if settings.https and settings.secret_key == Settings.model_fields["secret_key"].default:
        # Behind https we are in production: a known secret would let anyone forge CSRF tokens.
        raise RuntimeError("Set PRAKTIKMATCH_SECRET_KEY to a long random value before serving.")
    app = FastAPI(
        lifespan=_lifespan,
        # The documentation pages come from core/asset_views.py: assets from a pinned package,
        # no inline script, a CSP of their own. FastAPI's own pages load a CDN's scripts.
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
        title="praktikmatch",
        version="0.1.0",
        description="Matches young people with internships (praktik), with personal links for "
        "supervisors and youths, verifiable certificates and follow-up statistics.",
    )

    @app.exception_handler(AppError)
    async def _app_error(_: Request, exc: AppError) -> JSONResponse:
        body: dict[str, object] = {"detail": exc.message}
        if exc.field:
            body["field"] = exc.field
        return JSONResponse(body, status_code=exc.status_code)

    @app.exception_handler(IntegrityError)
    async def _integrity_error(_: Request, exc: IntegrityError) -> JSONResponse:
        # Two requests raced for the same unique thing; the loser stored nothing.
        return JSONResponse(
            {"detail": "This already exists or was changed at the same moment. Nothing was saved."},
            status_code=409,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "loc": list(e["loc"]),
                "field": _field_of(tuple(e["loc"])),
                "msg": e["msg"],
                "type": e["type"],
            }
            for e in exc.errors()
        ]
        message = "; ".join(f"{e['field']}: {e['msg']}" for e in errors)
        return JSONResponse({"detail": errors, "message": message}, status_code=422)

    # Innermost: the request's transaction commits before its answer starts.
    app.add_middleware(CommitBeforeResponse)
    hardening.install(app, settings)

    @app.middleware("http")
    async def _security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        headers = response.headers
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "same-origin")
        headers.setdefault("X-Frame-Options", "DENY")
        # The API documentation pages set a CSP of their own (core/asset_views.py).
        headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        )
        if settings.https:
            headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        return response

    static = Path(core.__file__).parent / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    wire()
    for router in ROUTERS:
        app.include_router(router)
    return app
