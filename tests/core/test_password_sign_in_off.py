"""PRAKTIKMATCH_PASSWORD_SIGN_IN=false: no password form, and POST /sign-in is refused."""

import re

import pytest

from tests.conftest import STAFF_PASSWORD


def _switch(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    from core.settings import get_settings

    monkeypatch.setenv("PRAKTIKMATCH_PASSWORD_SIGN_IN", "true" if on else "false")
    get_settings.cache_clear()


def test_password_form_hidden_and_post_refused(monkeypatch, client, staff_user) -> None:  # type: ignore[no-untyped-def]
    from core.settings import get_settings

    staff_user("admin", email="chef@example.se")
    # A form fetched while passwords were on: a valid CSRF token for this browser.
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/sign-in").text).group(1)
    form = {"email": "chef@example.se", "password": STAFF_PASSWORD, "csrf": token, "next": "/"}
    try:
        _switch(monkeypatch, on=False)
        page = client.get("/sign-in")
        assert page.status_code == 200
        assert 'name="password"' not in page.text
        answer = client.post("/sign-in", data=form, follow_redirects=False)
        assert answer.status_code == 403  # the right password does not help
        assert "pm_session" not in answer.headers.get("set-cookie", "")
        assert client.get("/", follow_redirects=False).status_code == 303
        # Control: the same post signs in once passwords are on again.
        _switch(monkeypatch, on=True)
        answer = client.post("/sign-in", data=form, follow_redirects=False)
        assert answer.status_code == 303
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
