"""Public verification pages: anyone can check a certificate by its code or its PDF file.

No login and no CSRF token (the upload changes nothing); uploads are capped in size.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from certificates import service, signing
from certificates.documents import group_code
from core.db import get_session
from core.errors import InvalidInput
from core.i18n import pick_language
from core.settings import get_settings
from core.templating import render

router = APIRouter(tags=["verification"])

DbSession = Annotated[Session, Depends(get_session)]
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
FORM_OVERHEAD_BYTES = 64 * 1024  # multipart boundaries and headers around the file
PRIVATE_HEADERS = {"Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow"}


def _language(request: Request, lang: str | None) -> str:
    # Swedish first: ?lang=, then the language the visitor chose elsewhere on the site (cookie).
    cookies = request.cookies
    return pick_language(lang, cookies.get("pm_lang"), cookies.get("lang"), "sv")


def _page(
    request: Request, language: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    return render(
        request,
        "certificates/verify.html",
        {"issuer_name": get_settings().issuer_name, "group_code": group_code,
         "max_mb": MAX_UPLOAD_BYTES // (1024 * 1024),
         "switch_path": request.url.path if request.method == "GET" else "/verify", **context},
        language=language, status_code=status_code, headers=PRIVATE_HEADERS,
    )  # fmt: skip


@router.get("/verify", response_class=HTMLResponse, summary="Check a certificate (public)")
def verify_start(
    request: Request,
    code: Annotated[str | None, Query(max_length=40)] = None,
    lang: Annotated[str | None, Query(max_length=5)] = None,
) -> Response:
    language = _language(request, lang)
    if code is not None and code.strip():
        normal = service.normalize_code(code)
        if normal:
            suffix = f"?lang={language}" if lang else ""
            return RedirectResponse(f"/verify/{normal}{suffix}", status_code=303)
        return _page(request, language, {"typed_code": code, "code_error": True}, 422)
    return _page(request, language, {})


@router.get("/verify/{code}", response_class=HTMLResponse, summary="Is this certificate genuine?")
def verify_code(
    code: str,
    request: Request,
    db_session: DbSession,
    lang: Annotated[str | None, Query(max_length=5)] = None,
) -> HTMLResponse:
    language = _language(request, lang)
    result = service.verify_code(db_session=db_session, code=code)
    status = 404 if result.status == "unknown" else 200
    return _page(request, language, {"result": result, "typed_code": code}, status)


@router.get(
    "/verify/{code}/status",
    summary="Revocation status of one credential (JSON)",
    # An unknown code answers the same document with status "unknown".
    responses={404: {"description": "Unknown code", "content": {"application/json": {}}}},
)
def verify_status(code: str, db_session: DbSession) -> JSONResponse:
    result = service.verify_code(db_session=db_session, code=code)
    body: dict[str, Any] = {
        "id": signing.status_url(result.code or code),
        "type": "1EdTechRevocationList",
        "issuer": signing.issuer_id(),
        "code": result.code,
        "status": result.status,
        "revoked": result.status == "revoked",
        "revokedCredentials": [],
    }
    if result.status == "revoked":
        body["revoked_at"] = result.revoked_at.isoformat() if result.revoked_at else None
        body["replaced_by"] = signing.verify_url(result.replaced_by) if result.replaced_by else None
        body["revokedCredentials"] = [{"id": signing.verify_url(result.code or code)}]
    return JSONResponse(body, status_code=404 if result.status == "unknown" else 200,
                        headers={"Cache-Control": "no-cache"})  # fmt: skip


async def _read_upload(request: Request) -> bytes:
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        raise InvalidInput("send the file as a normal form upload", field="file")
    if int(length) > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES:
        raise _TooLarge()
    form = await request.form(max_files=1, max_fields=4)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise InvalidInput("choose a PDF file to check", field="file")
    data = await upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise _TooLarge()
    if not data:
        raise InvalidInput("the file is empty", field="file")
    if not data.startswith(b"%PDF-"):
        raise InvalidInput("the file is not a PDF", field="file")
    return data


class _TooLarge(Exception):
    pass


@router.post("/verify/file", response_class=HTMLResponse, summary="Is this PDF the issued one?")
async def verify_file(
    request: Request,
    db_session: DbSession,
    lang: Annotated[str | None, Query(max_length=5)] = None,
) -> HTMLResponse:
    language = _language(request, lang)
    try:
        data = await _read_upload(request)
    except _TooLarge:
        return _page(request, language, {"file_error": "too_large"}, 413)
    except InvalidInput as exc:
        kind = {"the file is empty": "empty", "the file is not a PDF": "not_pdf"}
        return _page(request, language, {"file_error": kind.get(exc.message, "missing")}, 422)
    result = await run_in_threadpool(service.verify_pdf, db_session=db_session, data=data)
    return _page(request, language, {"result": result, "checked_file": True})
