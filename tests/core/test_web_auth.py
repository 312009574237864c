import re
from datetime import timedelta

from sqlalchemy import select

from tests.conftest import STAFF_PASSWORD


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def _email(user_id: int) -> str:
    from accounts.models import StaffUser
    from core.db import session_scope

    with session_scope() as s:
        return s.get(StaffUser, user_id).email


def _post_sign_in(client, email: str, password: str, next_url: str = "/"):
    csrf = _csrf(client.get("/sign-in").text)
    return client.post(
        "/sign-in",
        data={"email": email, "password": password, "csrf": csrf, "next": next_url},
        follow_redirects=False,
    )


def test_page_without_session_redirects_to_sign_in_and_api_still_answers_401(client):
    answer = client.get("/statistics?tab=team", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/sign-in?next=%2Fstatistics%3Ftab%3Dteam"
    assert client.get("/api/youths").status_code == 401


def test_sign_in_sets_a_hardened_cookie_and_stores_only_its_hash(client, staff_user):
    from accounts.web_auth_models import WebSession
    from core.db import session_scope

    user_id = staff_user("recruiter")
    answer = _post_sign_in(client, _email(user_id), STAFF_PASSWORD, next_url="/statistics")
    assert answer.status_code == 303 and answer.headers["location"] == "/statistics"
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("pm_session="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    plain = cookie.split(";")[0].split("=", 1)[1]
    with session_scope() as s:
        stored = s.scalars(select(WebSession.session_hash)).all()
    assert len(stored) == 1 and plain not in stored[0] and len(stored[0]) == 64
    assert client.get("/statistics").status_code == 200


def test_cookie_is_secure_when_https_is_on(client, staff_user, monkeypatch):
    from core.settings import get_settings

    monkeypatch.setenv("PRAKTIKMATCH_HTTPS", "true")
    get_settings.cache_clear()
    client.base_url = "https://testserver"  # browsers send Secure cookies only over HTTPS
    try:
        answer = _post_sign_in(client, _email(staff_user()), STAFF_PASSWORD)
        cookie = next(
            c for c in answer.headers.get_list("set-cookie") if c.startswith("__Host-pm_session=")
        )
        assert "Secure" in cookie
    finally:
        monkeypatch.delenv("PRAKTIKMATCH_HTTPS")
        get_settings.cache_clear()


def test_wrong_password_keeps_the_email_and_says_what_went_wrong(client, staff_user):
    email = _email(staff_user())
    answer = _post_sign_in(client, email, "fel lösenord")
    assert answer.status_code == 401
    assert "Fel e-postadress eller lösenord." in answer.text
    assert f'value="{email}"' in answer.text
    assert 'aria-invalid="true"' in answer.text


def _error_of(answer) -> str:
    return re.search(r'id="sign-in-error">(.*?)</p>', answer.text).group(1)


def test_five_failures_lock_the_account_even_for_the_right_password(client, staff_user):
    from accounts.models import StaffUser
    from core.db import session_scope

    user_id = staff_user()
    email = _email(user_id)
    for _ in range(5):
        assert _post_sign_in(client, email, "nope").status_code == 401
    locked = _post_sign_in(client, email, STAFF_PASSWORD)
    assert locked.status_code == 401 and "låst i 15 minuter" in _error_of(locked)
    with session_scope() as s:
        user = s.get(StaffUser, user_id)
        user.locked_until = user.locked_until - timedelta(minutes=16)
        s.commit()
    assert _post_sign_in(client, email, STAFF_PASSWORD).status_code == 303


def test_a_locked_account_answers_exactly_like_an_unknown_address(client, staff_user):
    """Issue 10, defect 5: "Kontot är låst" showed only for addresses that have an account."""
    email = _email(staff_user())
    for _ in range(6):
        known = _post_sign_in(client, email, "nope")
        unknown = _post_sign_in(client, "nobody@example.se", "nope")
        assert known.status_code == unknown.status_code == 401
        assert _error_of(known) == _error_of(unknown)
    right = _post_sign_in(client, email, STAFF_PASSWORD)  # locked now, right password
    assert (right.status_code, _error_of(right)) == (401, _error_of(unknown))
    assert "Kontot är låst" not in right.text


def test_too_many_attempts_from_one_ip_answer_429(client, staff_user, monkeypatch):
    from core.settings import get_settings

    monkeypatch.setenv("PRAKTIKMATCH_LOGIN_IP_LIMIT", "3")
    get_settings.cache_clear()
    try:
        for _ in range(3):
            assert _post_sign_in(client, "nobody@example.se", "x").status_code == 401
        assert _post_sign_in(client, _email(staff_user()), STAFF_PASSWORD).status_code == 429
    finally:
        monkeypatch.delenv("PRAKTIKMATCH_LOGIN_IP_LIMIT")
        get_settings.cache_clear()


def test_form_without_csrf_token_is_refused(client, staff_user):
    client.get("/sign-in")
    answer = client.post(
        "/sign-in",
        data={"email": _email(staff_user()), "password": STAFF_PASSWORD},
        follow_redirects=False,
    )
    assert answer.status_code == 403
    assert "pm_session" not in answer.headers.get("set-cookie", "")


def test_sign_out_ends_the_session_on_the_server(signed_in):
    client, csrf = signed_in()
    cookie = client.cookies.get("pm_session")
    assert client.post("/sign-out", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    client.cookies.set("pm_session", cookie)  # a stolen copy of the cookie no longer works
    assert client.get("/", follow_redirects=False).status_code == 303


def test_idle_and_absolute_timeouts_end_a_session(signed_in):
    from accounts.web_auth_models import WebSession
    from core.db import session_scope

    client, _ = signed_in()
    assert client.get("/", follow_redirects=False).status_code == 200
    with session_scope() as s:
        row = s.scalars(select(WebSession)).one()
        row.last_seen_at = row.last_seen_at - timedelta(minutes=61)
        s.commit()
    assert client.get("/", follow_redirects=False).status_code == 303
    with session_scope() as s:
        row = s.scalars(select(WebSession)).one()
        row.last_seen_at = row.expires_at - timedelta(minutes=1)
        row.expires_at = row.expires_at - timedelta(hours=13)
        s.commit()
    assert client.get("/", follow_redirects=False).status_code == 303


def test_session_principal_passes_permission_checks(signed_in):
    client, _ = signed_in("coach", team="Väster")
    assert client.get("/statistics").status_code == 200
    # coaches may not write to the catalogue: a page that needs it answers 403 in HTML
    answer = client.get("/placements/new")
    assert answer.status_code == 403 and "behörighet" in answer.text


def test_language_switch_is_stored_on_the_user(signed_in):
    from accounts.models import StaffUser
    from core.db import session_scope

    client, csrf = signed_in()
    assert 'lang="sv"' in client.get("/").text
    client.post("/language", data={"csrf": csrf, "language": "en", "next": "/statistics"})
    with session_scope() as s:
        assert s.scalars(select(StaffUser.language)).one() == "en"
    assert '<html lang="en">' in client.get("/").text


def test_next_never_leaves_the_site(client, staff_user):
    answer = _post_sign_in(client, _email(staff_user()), STAFF_PASSWORD, next_url="//evil.example")
    assert answer.headers["location"] == "/"
