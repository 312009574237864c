"""Staff accounts for admins, as a page: who has which role and team, and giving an account
waiting after single sign-on (or any other) its role and team. The CLI's `user assign` does the
same from a terminal."""

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import Response
from sqlalchemy import case, select
from sqlalchemy.orm import Session

from accounts import oidc
from accounts.auth import Principal, require
from accounts.models import StaffUser
from accounts.web_auth import CheckedForm, page_router, redirect, render_page
from core import audit
from core.db import get_session
from core.i18n import translate
from core.permissions import Role

router = page_router()
DbSession = Annotated[Session, Depends(get_session)]
CanManage = Annotated[Principal, Depends(require("users:manage"))]
ROLE_WORDS = {"admin": "Administratör", "recruiter": "Rekryterare", "coach": "Coach",
              oidc.PENDING: "Väntar på roll"}  # fmt: skip
NOTICES = {"saved": "Kontot är uppdaterat."}


def _is_self(user: StaffUser, principal: Principal) -> bool:
    return principal.kind == "user" and user.id == principal.id


def _accounts(db_session: Session) -> list[StaffUser]:
    waiting_first = case((StaffUser.role == oidc.PENDING, 0), else_=1)
    return list(db_session.scalars(select(StaffUser).order_by(waiting_first, StaffUser.name)))


def _page(
    request: Request, db_session: Session, principal: Principal, *, values: dict[str, str],
    errors: dict[str, str], notice: str = "",
) -> Response:  # fmt: skip
    rows = _accounts(db_session)
    language = request.state.language
    audit.record(
        db_session, actor=principal.actor, action="user.list", subject_type="staff_user",
        subject_id="*",
    )  # fmt: skip
    context: dict[str, Any] = {
        "accounts": rows, "role_words": ROLE_WORDS, "pending": oidc.PENDING,
        "choices": [(u.id, f"{u.name} ({u.email})") for u in rows if not _is_self(u, principal)],
        "roles": [(r.value, translate(ROLE_WORDS[r.value], language, domain="accounts")) for r in Role],
        "values": values, "errors": errors, "notice": notice,
    }  # fmt: skip
    return render_page(request, "accounts/users.html", context, status_code=422 if errors else 200)


@router.get("/users", name="user_list")
def user_list(
    request: Request, principal: CanManage, db_session: DbSession, notice: str = ""
) -> Response:
    return _page(request, db_session, principal, values={}, errors={},
                 notice=NOTICES.get(notice, ""))  # fmt: skip


@router.post("/users", name="user_assign")
def user_assign(
    request: Request, principal: CanManage, form: CheckedForm, db_session: DbSession
) -> Response:
    values = {k: str(form.get(k) or "").strip() for k in ("account", "role", "team")}
    errors: dict[str, str] = {}
    user = (
        db_session.get(StaffUser, int(values["account"])) if values["account"].isdigit() else None
    )
    if user is None or _is_self(user, principal):
        # Your own role is changed by another admin, so nobody locks themselves out.
        errors["account"] = "Välj ett konto i listan. / Choose an account in the list."
    if values["role"] not in set(Role):
        errors["role"] = "Välj en roll. / Choose a role."
    elif values["role"] == Role.coach and not values["team"]:
        errors["team"] = (
            "En coach behöver ett team: skriv teamets namn. / A coach needs a team: write its name."
        )
    if errors or user is None:
        return _page(request, db_session, principal, values=values, errors=errors)
    oidc.assign(db_session=db_session, user=user, role=values["role"],
                team=values["team"] or None, actor=principal.actor)  # fmt: skip
    return redirect("/users?notice=saved")
