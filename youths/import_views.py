"""CSV import in the browser: preview every row's errors first, save only after a confirm step.

The preview runs the real all-or-nothing import inside a savepoint and rolls it back, so the
counts it shows (new, changed, unchanged) are exactly what the confirm step will do.
"""

import base64
import binascii
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from accounts.auth import Principal, require
from accounts.web_auth import CheckedForm, page_router, redirect, render_page
from competences import service as competences_service
from core import audit
from core.csvio import ImportFailed, Table, csv_to_xlsx, decode, load_table
from core.db import get_session
from core.errors import Forbidden, InvalidInput
from core.permissions import allowed
from core.settings import get_settings
from employers.importing import export_placements, import_placements, parse_placement_rows
from youths.importing import check_may_import, export_youths, import_youths, parse_youth_rows

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]
KINDS = {"placements": "catalogue:write", "youths": "youth:write"}
PREVIEW_ROWS = 20
# Every staff writer may open the import; the kind chosen then needs its own permission.
CanImport = Annotated[Principal, Depends(require("youth:write"))]


def _may(principal: Principal, kind: str) -> None:
    if kind not in KINDS:
        raise InvalidInput("choose placements or youths", field="kind")
    if not allowed(principal.role, KINDS[kind]):
        raise Forbidden(f"Your role ({principal.role}) may not import {kind}.")
    if kind == "youths":
        check_may_import(principal)


def _run(db_session: Session, kind: str, text: str | Table, principal: Principal) -> Any:
    if kind == "placements":
        return import_placements(db_session=db_session, text=text, filename="")
    return import_youths(
        db_session=db_session, text=text, actor=principal.actor, filename="", principal=principal
    )


def _sample(db_session: Session, kind: str, text: str | Table) -> list[dict[str, Any]]:
    keys = set(
        competences_service.card_keys(competences_service.get_current(db_session=db_session))
    )
    if kind == "placements":
        rows, _ = parse_placement_rows(text, card_keys=keys)
        return [{"line": line, **row} for line, row in rows[:PREVIEW_ROWS]]
    youth_rows, _ = parse_youth_rows(text, card_keys=keys)
    return youth_rows[:PREVIEW_ROWS]


async def _text_of(form: Any) -> tuple[str, str]:
    """The pasted or uploaded text, or for a workbook "" and the file as base64.

    A workbook cannot go into the text box, so the preview carries its bytes to the confirm
    step in a hidden field; both steps read it with the same load_table, so the rows (and Excel
    row numbers in errors) are the same.
    """
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read(get_settings().max_upload_bytes + 1)
        if len(data) > get_settings().max_upload_bytes:
            raise InvalidInput("the file is too large", field="file")
        load_table(data, upload.filename)  # refuses an unreadable file (or .xls) right away
        if _is_workbook(data):
            return "", base64.b64encode(data).decode("ascii")
        return decode(data), ""
    return str(form.get("text") or ""), ""


def _is_workbook(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def _workbook(encoded: str) -> Table:
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("the uploaded workbook was damaged; upload it again") from None
    if len(data) > get_settings().max_upload_bytes:
        raise InvalidInput("the file is too large", field="file")
    return load_table(data, "upload.xlsx")


@router.get("/import", name="import_form")
def import_form(
    request: Request,
    principal: CanImport,
    kind: str = "placements",
    done: bool = False,
    created: int = 0,
    updated: int = 0,
    unchanged: int = 0,
) -> Response:
    context = {"kind": kind, "text": "", "errors": [], "done": done,
               "counts": {"created": created, "updated": updated, "unchanged": unchanged}}  # fmt: skip
    return render_page(request, "youths/import.html", context)


@router.post("/import", name="import_preview")
async def import_preview(
    request: Request,
    principal: CanImport,
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    kind = str(form.get("kind") or "placements")
    _may(principal, kind)
    try:
        text, workbook = await _text_of(form)
    except ImportFailed as exc:
        context = {"kind": kind, "text": "", "errors": exc.errors}
        return render_page(request, "youths/import.html", context, status_code=422)
    if not text.strip() and not workbook:
        context = {"kind": kind, "text": "", "errors": [], "empty": True}
        return render_page(request, "youths/import.html", context, status_code=422)
    source: str | Table = _workbook(workbook) if workbook else text
    nested = db_session.begin_nested()
    try:
        result = _run(db_session, kind, source, principal)
    except ImportFailed as exc:
        nested.rollback()
        context = {
            "kind": kind,
            "text": text,
            "errors": exc.errors,
            "from_workbook": bool(workbook),
        }
        return render_page(request, "youths/import.html", context, status_code=422)
    nested.rollback()  # a preview stores nothing
    context = {"kind": kind, "text": text, "workbook": workbook, "result": result,
               "sample": _sample(db_session, kind, source)}  # fmt: skip
    return render_page(request, "youths/import_preview.html", context)


@router.post("/import/confirm", name="import_confirm")
def import_confirm(
    request: Request,
    principal: CanImport,
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    kind = str(form.get("kind") or "")
    _may(principal, kind)
    text = str(form.get("text") or "")
    workbook = str(form.get("workbook") or "")
    try:
        source: str | Table = _workbook(workbook) if workbook else text
        with db_session.begin_nested():
            result = _run(db_session, kind, source, principal)
    except ImportFailed as exc:  # the text was changed between preview and confirm
        context = {"kind": kind, "text": text, "errors": exc.errors}
        return render_page(request, "youths/import.html", context, status_code=422)
    counts = f"created={result.created}&updated={result.updated}&unchanged={result.unchanged}"
    return redirect(f"/import?kind={kind}&done=1&{counts}")


@router.get("/import/export.{fmt}", name="import_export")
def import_export(
    principal: CanImport, db_session: DbSession, fmt: str, kind: str = "placements"
) -> Response:
    """The whole catalogue or caseload in the import format, as CSV or .xlsx (all cells text)."""
    _may(principal, kind)
    if fmt not in ("csv", "xlsx"):
        raise InvalidInput("choose csv or xlsx", field="fmt")
    if kind == "placements":
        text = export_placements(db_session=db_session)
    else:
        text = export_youths(db_session=db_session, principal=principal)
        audit.record(
            db_session, actor=principal.actor, action="youth.export.csv",
            subject_type="youth", subject_id="*",
        )  # fmt: skip
    name = f"praktikmatch-{kind}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
    if fmt == "xlsx":
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(csv_to_xlsx(text, sheet=kind), media_type=media, headers=headers)
    return Response(text.encode("utf-8-sig"), media_type="text/csv; charset=utf-8", headers=headers)
