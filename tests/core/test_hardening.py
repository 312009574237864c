"""Hardening: security headers, size limits, rate limits, CSV formula injection, escaping, OpenAPI."""

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from core.csvio import read_rows, safe_cell, write_rows
from core.ratelimit import SlidingWindowLimiter
from tests.factories import placement_payload, youth_payload


@pytest.fixture
def client_with(monkeypatch, prepared_database) -> Iterator[Callable[..., TestClient]]:  # type: ignore[no-untyped-def]
    """A client of an app built with some PRAKTIKMATCH_* settings changed."""
    from app.factory import create_app
    from core.settings import get_settings

    clients: list[TestClient] = []

    def make(**env: str) -> TestClient:
        for key, value in env.items():
            monkeypatch.setenv(f"PRAKTIKMATCH_{key.upper()}", value)
        get_settings.cache_clear()
        client = TestClient(create_app())
        clients.append(client)
        return client

    yield make
    monkeypatch.undo()
    get_settings.cache_clear()


# ---- security headers -------------------------------------------------------------------


def test_pages_and_api_carry_the_security_headers(client, admin_headers):
    for response in (client.get("/health"), client.get("/api/youths", headers=admin_headers)):
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] in ("same-origin", "no-referrer")
        assert "strict-transport-security" not in response.headers


def test_hsts_is_sent_when_served_over_https(client_with):
    response = client_with(https="true").get("/health")
    assert response.headers["strict-transport-security"].startswith("max-age=31536000")


# ---- request size -----------------------------------------------------------------------


def test_declared_oversize_body_answers_413_and_stores_nothing(client_with, auth_headers):
    client = client_with(max_request_bytes="2000")
    headers = auth_headers("admin")
    big = youth_payload("Y-BIG", interests="x" * 5000)
    response = client.post("/api/youths", json=big, headers=headers)
    assert response.status_code == 413
    assert "too large" in response.json()["detail"] and "för stor" in response.json()["detail"]
    assert client.get("/api/youths", headers=headers).json()["total"] == 0
    small = youth_payload("Y-SMALL")
    assert client.post("/api/youths", json=small, headers=headers).status_code == 201


def test_streamed_oversize_body_without_length_answers_413(client_with, auth_headers):
    client = client_with(max_request_bytes="2000")
    headers = {**auth_headers("admin"), "Content-Type": "application/json"}

    def chunks() -> Iterator[bytes]:
        yield b'{"ref": "Y-STREAM", "interests": "'
        for _ in range(10):
            yield b"y" * 500
        yield b'"}'

    response = client.post("/api/youths", content=chunks(), headers=headers)
    assert response.status_code == 413
    assert client.get("/api/youths", headers=auth_headers("admin")).json()["total"] == 0


def test_uploads_have_their_own_larger_limit(client_with):
    client = client_with(max_request_bytes="1000", max_upload_bytes="50000")
    fine = client.post("/verify/file", files={"file": ("a.pdf", b"%PDF" + b"0" * 20000)})
    assert fine.status_code != 413
    too_big = client.post("/verify/file", files={"file": ("a.pdf", b"%PDF" + b"0" * 60000)})
    assert too_big.status_code == 413


def test_oversize_page_form_gets_a_readable_page(client_with):
    client = client_with(max_request_bytes="500")
    response = client.post("/sign-in", data={"email": "x" * 2000}, headers={"Accept": "text/html"})
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert "The request is too large" in response.text


# ---- rate limits ------------------------------------------------------------------------


def test_sliding_window_forgets_old_hits():
    now = [1000.0]
    limiter = SlidingWindowLimiter(limit=3, window_seconds=60, clock=lambda: now[0])
    assert [limiter.hit("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.hit("b")  # keys are independent
    assert limiter.blocked("a") and 0 < limiter.retry_after("a") <= 60
    now[0] += 61
    assert not limiter.blocked("a") and limiter.hit("a")


def test_sign_in_attempts_are_rate_limited_per_address(client_with):
    client = client_with(sign_in_limit_per_minute="3")
    answers = [
        client.post("/sign-in", data={"email": "a@b.se", "password": "wrong"}).status_code
        for _ in range(5)
    ]
    assert 429 not in answers[:3] and answers[3:] == [429, 429]
    blocked = client.post("/sign-in", data={"email": "a@b.se", "password": "wrong"})
    assert int(blocked.headers["retry-after"]) > 0
    assert "Too many attempts" in blocked.text


def test_guessing_verification_codes_is_rate_limited(client_with):
    client = client_with(guess_limit="3")
    answers = [client.get(f"/verify/NOPE{i:04d}").status_code for i in range(5)]
    assert answers[:3] == [404, 404, 404] and answers[3:] == [429, 429]
    assert client.get("/health").status_code == 200  # other paths are unaffected


def test_guessing_link_tokens_is_rate_limited(client):
    from links import views as link_views

    link_views.bad_tokens.reset()
    try:
        answers = [client.get(f"/l/not-a-token-{i}").status_code for i in range(25)]
    finally:
        link_views.bad_tokens.reset()
    assert answers[0] == 404 and answers[-1] == 429


# ---- CSV formula injection --------------------------------------------------------------


@pytest.mark.parametrize("dangerous", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("x")'])
def test_export_cells_never_start_a_formula(dangerous):
    cell = safe_cell(dangerous)
    assert cell.startswith("'") and cell[1:] == dangerous
    rows, _ = read_rows(write_rows(["ref", "title"], [["P1", dangerous]]), required=["ref"],
                        optional=["title"])  # fmt: skip
    assert rows[0].values["title"] == dangerous  # a re-import restores the original


def test_exported_youth_csv_neutralises_formulas(db_session):
    from youths.importing import export_youths
    from youths.models import Youth

    db_session.add(Youth(ref="Y-CSV", first_name="=cmd|' /C calc'!A0", interests="@SUM(1)"))
    db_session.flush()
    text = export_youths(db_session=db_session)
    assert "'=cmd" in text and "'@SUM(1)" in text
    assert ",=cmd" not in text and ",@SUM" not in text


# ---- escaping ---------------------------------------------------------------------------

SCRIPT = "<script>alert('x')</script>"


def test_staff_pages_escape_stored_text(client, admin_headers):
    youth = youth_payload("Y-XSS", interests=f"hundar {SCRIPT}", first_name=f"Ada{SCRIPT}")
    assert client.post("/api/youths", json=youth, headers=admin_headers).status_code == 201
    place = placement_payload("P-XSS", title=f"Hundpensionat {SCRIPT}")
    assert client.post("/api/placements", json=place, headers=admin_headers).status_code == 201
    for path in ("/youths/Y-XSS", "/placements/P-XSS", "/placements?q=hund"):
        page = client.get(path, headers=admin_headers)
        assert page.status_code == 200, path
        assert SCRIPT not in page.text, path
        assert "&lt;script&gt;" in page.text, path


def test_youth_link_page_escapes_placement_titles(client, admin_headers, db_session):
    from sqlalchemy import select

    from links import service as links
    from links.models import LinkPurpose
    from youths.models import Youth

    youth = youth_payload("Y-XSS2", interests="jag gillar hundar och djur", birth_year=2000)
    assert client.post("/api/youths", json=youth, headers=admin_headers).status_code == 201
    place = placement_payload("P-XSS2", title=f"Hundpensionat {SCRIPT}",
                              description="Skötsel av hundar och djur.")  # fmt: skip
    assert client.post("/api/placements", json=place, headers=admin_headers).status_code == 201
    youth_id = db_session.scalar(select(Youth.id).where(Youth.ref == "Y-XSS2"))
    _, token = links.create(db_session=db_session, purpose=LinkPurpose.youth_review,
                            subject_id=youth_id, created_by="test")  # fmt: skip
    db_session.commit()
    page = client.get(f"/l/{token}")
    assert page.status_code == 200
    assert "Hundpensionat" in page.text
    assert SCRIPT not in page.text and "&lt;script&gt;" in page.text


# ---- OpenAPI ----------------------------------------------------------------------------


def test_every_operation_declares_the_standard_error_answers(client):
    schema = client.get("/openapi.json").json()
    assert "Error" in schema["components"]["schemas"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            codes = set(operation["responses"])
            missing = {"401", "403", "404", "409", "410", "413", "422", "429"} - codes
            assert not missing, f"{method.upper()} {path} lacks {missing}"


def test_body_limit_counts_streamed_chunks_when_no_length_is_declared():
    import asyncio

    from core.hardening import BodySizeLimit

    seen: list[int] = []

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        while True:
            message = await receive()
            seen.append(len(message.get("body", b"")))
            if not message.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    chunks = [{"type": "http.request", "body": b"z" * 400, "more_body": True}] * 5

    async def receive():  # type: ignore[no-untyped-def]
        return chunks.pop(0) if chunks else {"type": "http.request", "body": b""}

    sent: list[dict] = []  # type: ignore[type-arg]

    async def send(message):  # type: ignore[no-untyped-def]
        sent.append(message)

    limited = BodySizeLimit(app, max_request_bytes=1000, max_upload_bytes=10_000)
    scope = {"type": "http", "method": "POST", "path": "/api/x", "headers": []}
    asyncio.run(limited(scope, receive, send))
    assert sent[0]["status"] == 413
    assert sum(seen) <= 1000  # the app never got the bytes past the limit


def test_racing_double_submit_stores_one_and_answers_409_not_500(client, admin_headers):
    from concurrent.futures import ThreadPoolExecutor

    payload = youth_payload("Y-RACE")
    with ThreadPoolExecutor(max_workers=6) as pool:
        codes = list(pool.map(lambda _: client.post("/api/youths", json=payload,
                                                     headers=admin_headers).status_code, range(6)))  # fmt: skip
    assert sorted(codes) == [201, 409, 409, 409, 409, 409]
    assert client.get("/api/youths", headers=admin_headers).json()["total"] == 1


def test_stale_data_errors_answer_409():
    import asyncio

    from sqlalchemy.orm.exc import StaleDataError

    from core.hardening import _concurrent_change

    response = asyncio.run(_concurrent_change(None, StaleDataError("gone")))  # type: ignore[arg-type]
    assert response.status_code == 409 and b"Reload and try again" in response.body
