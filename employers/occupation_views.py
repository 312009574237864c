"""Staff pages for inferred occupations: confirm or change a placement's estimated SSYK code,
and the list of unsure estimates to review.

Registered before employers.views (file order), so /placements/review is not read as a ref.
"""

from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from accounts.web_auth import CheckedForm, page_router, redirect, render_page
from core.db import get_session
from employers import occupations, repository, service
from employers.models import Occupation
from employers.schemas import PlacementRead

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]
CanRead = Annotated[Principal, Depends(require("catalogue:read"))]
CanWrite = Annotated[Principal, Depends(require("catalogue:write"))]
PAGE_SIZE = 50


def occupation_options(db_session: Session) -> list[tuple[str, str]]:
    """Every SSYK group the service knows, by name, for the confirm form."""
    rows = db_session.execute(
        select(Occupation.ssyk_code, Occupation.name_sv).order_by(Occupation.name_sv)
    ).tuples()
    return [(code, f"{name} ({code})") for code, name in rows]


def occupation_context(db_session: Session, placement: PlacementRead) -> dict[str, Any]:
    """What the placement page needs to show the estimate and the confirm form."""
    return {
        "estimate": {
            "source": placement.ssyk_source,
            "unsure": placement.ssyk_source == occupations.INFERRED
            and (placement.ssyk_confidence or 0) < occupations.REVIEW_BELOW,
            "confidence": round(100 * (placement.ssyk_confidence or 0)),
        },
        "occupation_options": occupation_options(db_session),
    }


def _confirm_page(
    request: Request, db_session: Session, ref: str, errors: dict[str, str], status: int = 200
) -> Response:
    placement = service.get_placement(db_session=db_session, ref=ref)
    read = service.to_read(placement, occupations=repository.occupation_names(db_session))
    context = {"placement": read, "errors": errors, **occupation_context(db_session, read)}
    return render_page(request, "employers/occupation_confirm.html", context, status_code=status)


@router.get("/placements/review", name="occupation_review")
def occupation_review(
    request: Request,
    _: CanRead,
    db_session: DbSession,
    page: Annotated[int, Query(ge=1)] = 1,
    notice: str = "",
) -> Response:
    rows, total = occupations.review_list(
        db_session, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )
    names = repository.occupation_names(db_session)
    items = [service.to_read(p, occupations=names) for p in rows]
    pages = max(1, -(-total // PAGE_SIZE))
    context = {"items": items, "total": total, "page": page, "pages": pages,
               "threshold": round(100 * occupations.REVIEW_BELOW),
               "notice": "Yrket är bekräftat." if notice == "occupation" else ""}  # fmt: skip
    return render_page(request, "employers/occupation_review.html", context)


@router.get("/placements/{ref}/occupation", name="occupation_confirm")
def occupation_confirm_page(
    request: Request, ref: str, _: CanWrite, db_session: DbSession
) -> Response:
    return _confirm_page(request, db_session, ref, {})


@router.post("/placements/{ref}/occupation")
def occupation_confirm(
    request: Request, ref: str, _: CanWrite, form: CheckedForm, db_session: DbSession
) -> Response:
    placement = service.get_placement(db_session=db_session, ref=ref)
    code = str(form.get("ssyk") or "").strip()
    known = {c for c, _ in occupation_options(db_session)}
    if code not in known:
        return _confirm_page(
            request, db_session, ref, {"ssyk": "Välj ett yrke i listan."}, status=422
        )
    service.confirm_occupation(db_session=db_session, placement=placement, code=code)
    back = "/placements/review" if form.get("back") == "review" else f"/placements/{ref}"
    return redirect(f"{back}?notice=occupation")
