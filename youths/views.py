"""Staff pages for youths: the list. (The case page with suggestions and internships is
internships.profile_views: it shows packages above this one.)"""

from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from accounts.web_auth import page_router, render_page
from core import audit
from core.db import get_session
from youths import service

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]
CanRead = Annotated[Principal, Depends(require("youth:read"))]
NOTICES = {"consent": "Samtycket är registrerat."}
PAGE_SIZE = 50
DEFAULT_WEEKS = 4
GENDER_WORDS = {"female": "Tjej/kvinna", "male": "Kille/man", "other": "Annat", None: "Ej angivet"}
REACTION_WORDS = {
    "interested": "Intresserad",
    "not_interested": "Inte intresserad",
    "more_info": "Vill veta mer",
}


@router.get("/youths", name="youth_list")
def youth_list(
    request: Request,
    principal: CanRead,
    db_session: DbSession,
    status: Annotated[str, Query(pattern="^(enrolled|discharged)?$")] = "enrolled",
    page: Annotated[int, Query(ge=1)] = 1,
) -> Response:
    rows, total = service.list_youths(
        db_session=db_session, principal=principal, team=None, status=status or None,
        limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE,
    )  # fmt: skip
    audit.record(
        db_session, actor=principal.actor, action="youth.list", subject_type="youth",
        subject_id="*", detail={"ids": [y.id for y in rows], "page": "youths"},
    )  # fmt: skip
    context = {"youths": rows, "total": total, "status": status, "page": page,
               "pages": max(1, -(-total // PAGE_SIZE))}  # fmt: skip
    return render_page(request, "youths/list.html", context)
