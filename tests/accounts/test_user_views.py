"""Admins give accounts (e.g. waiting after single sign-on) a role and a team on a page."""

import re

from sqlalchemy import select

from tests.factories import hidden_fields


def _option_for(html: str, email: str) -> str:
    found = re.search(r'<option value="(\d+)">[^<]*\(' + re.escape(email) + r"\)</option>", html)
    assert found, f"{email} is not offered in the account list"
    return found.group(1)


def _user(email: str):  # type: ignore[no-untyped-def]
    from accounts.models import StaffUser
    from core.db import session_scope

    with session_scope() as s:
        return s.scalar(select(StaffUser).where(StaffUser.email == email))


def test_an_admin_gives_a_waiting_account_a_role_and_team_through_the_form(signed_in, staff_user):
    from core import audit
    from core.db import session_scope

    staff_user("pending", None, email="ny.person@kommun.se")
    client, _ = signed_in("admin")
    page = client.get("/users")
    assert page.status_code == 200
    rows = page.text.split("<tbody>", 1)[1]
    assert rows.index("ny.person@kommun.se") < rows.index("admin-"), "waiting accounts come first"
    assert "Väntar på roll" in rows
    form = {**hidden_fields(page.text), "account": _option_for(page.text, "ny.person@kommun.se"),
            "role": "coach", "team": "Hisingen"}  # fmt: skip
    done = client.post("/users", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/users?notice=saved"
    assert "Kontot är uppdaterat." in client.get(done.headers["location"]).text
    user = _user("ny.person@kommun.se")
    assert (user.role, user.team) == ("coach", "Hisingen")
    with session_scope() as s:
        assert [e.action for e in audit.events_for(s, subject_type="staff_user",
                                                   subject_id=user.id)] == ["user.assign"]  # fmt: skip


def test_a_coach_without_a_team_is_refused_and_the_form_keeps_what_was_chosen(
    signed_in, staff_user
):
    staff_user("pending", None, email="utan.team@kommun.se")
    client, _ = signed_in("admin")
    page = client.get("/users")
    account = _option_for(page.text, "utan.team@kommun.se")
    answer = client.post("/users", data={**hidden_fields(page.text), "account": account,
                                          "role": "coach", "team": ""})  # fmt: skip
    assert answer.status_code == 422
    assert 'id="f-team-error"' in answer.text and "En coach behöver ett team" in answer.text
    assert f'<option value="{account}" selected>' in answer.text
    assert '<option value="coach" selected>' in answer.text
    assert _user("utan.team@kommun.se").role == "pending"


def test_an_admin_cannot_change_their_own_role_here(signed_in):
    client, _ = signed_in("admin")
    page = client.get("/users")
    me = re.search(r"(admin-[0-9a-f]+@example\.se)", page.text).group(1)
    assert f"({me})</option>" not in page.text, "the admin's own account is not offered"
    mine = str(_user(me).id)
    answer = client.post("/users", data={**hidden_fields(page.text), "account": mine,
                                          "role": "coach", "team": "X"})  # fmt: skip
    assert answer.status_code == 422 and _user(me).role == "admin"


def test_only_admins_see_or_change_accounts(signed_in, staff_user):
    waiting = staff_user("pending", None, email="vantar@kommun.se")
    for role in ("recruiter", "coach"):
        client, csrf = signed_in(role, team="Hisingen")
        assert client.get("/users").status_code == 403
        assert "/users" not in client.get("/").text.split("<main", 1)[0]
        answer = client.post("/users", data={"csrf": csrf, "account": str(waiting),
                                              "role": "admin", "team": ""})  # fmt: skip
        assert answer.status_code == 403
        assert _user("vantar@kommun.se").role == "pending"
        client.cookies.clear()


def test_the_page_speaks_english(signed_in):
    client, csrf = signed_in("admin")
    client.post("/language", data={"csrf": csrf, "language": "en", "next": "/users"})
    page = client.get("/users").text
    assert "Give an account a role and a team" in page and "Choose a role" in page
    answer = client.post("/users", data={**hidden_fields(page), "account": "", "role": ""})
    assert "Choose an account in the list." in answer.text
    assert "Välj ett konto" not in answer.text
