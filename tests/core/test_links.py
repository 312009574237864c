import os
import subprocess
import sys
import time
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select, update

from tests.conftest import free_port
from tests.factories import assessment_link, hidden_fields, link_path

LINK_HEADERS = {"referrer-policy": "no-referrer", "cache-control": "no-store"}


@pytest.fixture(autouse=True)
def _fresh_limiter():
    from links.views import bad_tokens

    bad_tokens.reset()
    yield
    bad_tokens.reset()


@pytest.fixture
def client_with_small_body_limit(monkeypatch, prepared_database):  # type: ignore[no-untyped-def]
    """A client of an app that refuses bodies over 2000 bytes."""
    from fastapi.testclient import TestClient

    from app.factory import create_app
    from core.settings import get_settings

    monkeypatch.setenv("PRAKTIKMATCH_MAX_REQUEST_BYTES", "2000")
    get_settings.cache_clear()
    with TestClient(create_app()) as client:
        yield client
    monkeypatch.undo()
    get_settings.cache_clear()


def _token(created: dict) -> str:
    return link_path(created["url"]).rsplit("/", 1)[1]


def _stored(link_id: int):
    from core.db import session_scope
    from links.models import CapabilityLink

    with session_scope() as s:
        return s.get(CapabilityLink, link_id)


def test_a_token_has_at_least_128_random_bits_and_only_its_hash_is_stored(client, admin_headers):
    from core.security import hash_token

    _, created = assessment_link(client, admin_headers)
    token = _token(created)
    assert len(token) * 6 >= 128  # URL-safe base64: 6 bits a character
    stored = _stored(created["id"])
    assert stored.token_hash == hash_token(token) and token not in stored.token_hash
    assert (stored.expires_at - stored.created_at).days == 30
    listing = client.get(f"/api/internships/{stored.subject_id}/links", headers=admin_headers)
    assert token not in listing.text and token not in str(stored.__dict__)


def test_a_tampered_token_answers_404_with_a_friendly_page(client, admin_headers):
    _, created = assessment_link(client, admin_headers)
    token = _token(created)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    answer = client.get(f"/l/{tampered}")
    assert (
        answer.status_code == 404 and "Kontrollera att du har kopierat hela länken" in answer.text
    )
    assert client.get(f"/l/{token}").status_code == 200


def test_an_expired_link_answers_410_and_names_the_contact_person(
    client, admin_headers, staff_user
):
    from core.db import session_scope, utcnow
    from internships.models import Internship
    from links.models import CapabilityLink

    internship, created = assessment_link(client, admin_headers)
    contact_id = staff_user("recruiter", email="kim.rekryterare@goteborg.example")
    with session_scope() as s:
        s.execute(update(Internship).values(contact_user_id=contact_id))
        s.execute(
            update(CapabilityLink)
            .where(CapabilityLink.id == created["id"])
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
        s.commit()
    answer = client.get(link_path(created["url"]))
    assert answer.status_code == 410
    assert "kim.rekryterare@goteborg.example" in answer.text and "tiden har gått ut" in answer.text
    posted = client.post(link_path(created["url"]), data={"action": "save"})
    assert posted.status_code == 410
    listing = client.get(f"/api/internships/{internship['id']}/links", headers=admin_headers)
    assert listing.json()["items"][0]["state"] == "expired"


def test_a_revoked_link_answers_410_while_the_subjects_other_links_keep_working(
    client, admin_headers
):
    from core.settings import get_settings

    internship, first = assessment_link(client, admin_headers)
    second = client.post(
        f"/api/internships/{internship['id']}/assessment-links",
        json={"kind": "midway", "send_email": False},
        headers=admin_headers,
    ).json()
    revoked = client.post(f"/api/links/{first['id']}/revoke", headers=admin_headers)
    assert revoked.status_code == 200 and revoked.json()["state"] == "revoked"
    assert "url" not in revoked.json()
    gone = client.get(link_path(first["url"]))
    assert gone.status_code == 410 and get_settings().team_contact in gone.text
    assert client.get(link_path(second["url"])).status_code == 200


def test_resend_replaces_the_link_and_the_old_page_points_to_the_new_one(
    client, admin_headers, smtp_sink
):
    _, old = assessment_link(client, admin_headers)
    answer = client.post(f"/api/links/{old['id']}/resend", headers=admin_headers)
    assert answer.status_code == 201, answer.text
    new = answer.json()
    assert new["url"] != old["url"] and new["send_status"] == "sent"
    assert new["url"] in smtp_sink.messages[0].get_content()
    old_page = client.get(link_path(old["url"]))
    assert old_page.status_code == 410 and "ny länk" in old_page.text
    assert client.get(link_path(new["url"])).status_code == 200
    assert _stored(old["id"]).replaced_by_id == new["id"]


def test_link_pages_send_the_capability_url_headers(client, admin_headers):
    _, created = assessment_link(client, admin_headers)
    path = link_path(created["url"])
    ok = client.get(path)
    missing = client.get("/l/" + "x" * 43)
    client.post(f"/api/links/{created['id']}/revoke", headers=admin_headers)
    gone = client.get(path)
    for answer in (ok, missing, gone):
        for name, value in LINK_HEADERS.items():
            assert answer.headers[name] == value, (answer.status_code, name)
        assert "default-src 'self'" in answer.headers["content-security-policy"]
        assert answer.headers["x-robots-tag"] == "noindex, nofollow"
    # Nothing is loaded from a third party: every src and href stays on this site.
    assert ' src="http' not in ok.text and 'href="http' not in ok.text
    assert '<link rel="icon" href="/static/favicon.svg"' in ok.text  # no favicon.ico 404


def test_a_get_changes_nothing_and_the_opening_is_counted_by_a_post(client, admin_headers):
    from core.audit import AuditEvent
    from core.db import session_scope

    _, created = assessment_link(client, admin_headers)
    path = link_path(created["url"])

    def audit_count() -> int:
        with session_scope() as s:
            return s.scalar(select(func.count()).select_from(AuditEvent)) or 0

    before = audit_count()
    for _ in range(3):
        page = client.get(path)
    assert audit_count() == before and _stored(created["id"]).open_count == 0
    csrf = hidden_fields(page.text)["csrf"]
    assert client.post(path, data={"action": "opened"}).status_code == 403
    assert client.post(path, data={"action": "opened", "csrf": csrf}).status_code == 204
    stored = _stored(created["id"])
    assert stored.open_count == 1 and stored.opened_at is not None
    assert audit_count() == before + 1


@pytest.fixture
def bad_token_limit(monkeypatch):  # type: ignore[no-untyped-def]
    """Lowers the unknown-token limit to 3 per address for one test."""
    from core.settings import get_settings

    monkeypatch.setenv("PRAKTIKMATCH_LINK_BAD_TOKEN_LIMIT", "3")
    get_settings.cache_clear()
    yield 3
    monkeypatch.undo()
    get_settings.cache_clear()


def test_repeated_bad_tokens_are_rate_limited(client, admin_headers, bad_token_limit):
    codes = [client.get(f"/l/guess{i:040d}").status_code for i in range(bad_token_limit + 2)]
    assert codes == [404] * bad_token_limit + [429, 429]
    blocked = client.get("/l/" + "g" * 43)
    assert blocked.status_code == 429 and blocked.headers["retry-after"] == "600"
    assert blocked.headers["referrer-policy"] == "no-referrer"
    assert "g" * 43 not in blocked.text


def test_a_valid_link_is_served_from_an_address_that_guessed_too_often(
    client, admin_headers, bad_token_limit
):
    """Someone on the same workplace network mistyped links; a supervisor's own link still opens,
    its form still saves, and an expired or revoked link still explains itself."""
    internship, created = assessment_link(client, admin_headers)
    other = client.post(
        f"/api/internships/{internship['id']}/assessment-links",
        json={"kind": "final", "send_email": False},
        headers=admin_headers,
    ).json()
    path = link_path(created["url"])
    for i in range(bad_token_limit + 1):
        client.get(f"/l/guess{i:040d}")
    assert client.get("/l/" + "x" * 43).status_code == 429  # the address is blocked
    page = client.get(path)
    assert page.status_code == 200 and "Kontrollera att du har kopierat" not in page.text
    csrf = hidden_fields(page.text)["csrf"]
    assert client.post(path, data={"action": "opened", "csrf": csrf}).status_code == 204
    assert _stored(created["id"]).open_count == 1
    client.post(f"/api/links/{other['id']}/revoke", headers=admin_headers)
    assert client.get(link_path(other["url"])).status_code == 410
    # Valid links do not count: many opens do not block an address that never guessed.
    from links.views import bad_tokens

    bad_tokens.reset()
    assert {client.get(path).status_code for _ in range(bad_token_limit * 3)} == {200}
    assert client.get("/l/" + "y" * 43).status_code == 404


def _assert_link_headers(answer, what: str) -> None:  # type: ignore[no-untyped-def]
    for name, value in LINK_HEADERS.items():
        assert answer.headers.get(name) == value, (what, answer.status_code, name)
    assert answer.headers.get("x-robots-tag") == "noindex, nofollow", what


def test_every_answer_under_l_carries_the_capability_url_headers(
    client_with_small_body_limit, admin_headers, bad_token_limit
):
    client = client_with_small_body_limit
    _, created = assessment_link(client, admin_headers)
    path = link_path(created["url"])
    csrf = hidden_fields(client.get(path).text)["csrf"]
    answers = {
        "GET page": client.get(path),
        "HEAD page": client.head(path),
        "GET trailing slash": client.get(path + "/"),
        "GET sub-path": client.get(path + "/more"),
        "PUT": client.put(path, content=b"x"),
        "POST oversized": client.post(path, data={"csrf": csrf, "comment": "x" * 5000}),
        "POST opened": client.post(path, data={"action": "opened", "csrf": csrf}),
        "GET /l/": client.get("/l/"),
        "GET unknown": client.get("/l/" + "z" * 43),
    }
    for i in range(bad_token_limit):
        client.get(f"/l/guess{i:040d}")
    answers["GET blocked"] = client.get("/l/" + "w" * 43)
    expected = {"GET page": 200, "POST oversized": 413, "POST opened": 204, "GET blocked": 429}
    for what, answer in answers.items():
        _assert_link_headers(answer, what)
        if what in expected:
            assert answer.status_code == expected[what], what


def test_a_trailing_slash_answers_404_without_repeating_the_token(client, admin_headers):
    _, created = assessment_link(client, admin_headers)
    token = _token(created)
    for suffix in ("/", "/x", "/%2e%2e"):
        answer = client.get(f"/l/{token}{suffix}", follow_redirects=False)
        assert answer.status_code == 404, suffix
        assert "location" not in answer.headers
        assert token not in answer.text and "Kontrollera att du har kopierat" in answer.text
    head = client.head(f"/l/{token}/", follow_redirects=False)
    assert head.status_code in (404, 405) and "location" not in head.headers


def test_coaches_of_other_teams_cannot_manage_a_link(client, admin_headers, auth_headers):
    _, created = assessment_link(client, admin_headers)
    other = auth_headers("coach", team="Väster")
    assert client.post(f"/api/links/{created['id']}/revoke", headers=other).status_code == 404
    own = auth_headers("coach", team="Hisingen")
    assert client.post(f"/api/links/{created['id']}/revoke", headers=own).status_code == 200


def test_the_token_never_appears_in_the_servers_logs(client, admin_headers, prepared_database):
    """Runs uvicorn as in production (its own access log on) and reads everything it printed."""
    _, created = assessment_link(client, admin_headers)
    token = _token(created)
    port = free_port()
    env = {**os.environ, "PRAKTIKMATCH_DATABASE_URL": prepared_database,
           "PRAKTIKMATCH_WARM_MATCHER": "false"}  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "debug"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90  # a busy machine starts slowly
        while time.monotonic() < deadline:
            try:
                httpx.get(base + "/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        page = httpx.get(f"{base}/l/{token}")
        assert page.status_code == 200
        csrf = hidden_fields(page.text)["csrf"]
        httpx.post(f"{base}/l/{token}", data={"csrf": csrf, "action": "opened"})
        httpx.post(f"{base}/l/{token}?lang=en", data={"csrf": csrf, "action": "nonsense"})
        httpx.get(f"{base}/l/{token[:-2]}zz")
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=15)
    assert "/l/[redacted]" in output  # the access log did record the requests
    assert token not in output and token[:-2] not in output
