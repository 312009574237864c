"""No personal data in logs: drive the API and the link pages at DEBUG level, then scan every
captured log line (in-process loggers, stdout/stderr, and a real uvicorn server's access log)
for the youth's name, contact details, free text and link tokens."""

import io
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.conftest import free_port
from tests.factories import placement_payload, youth_payload

PERSONAL = {
    "first_name": "Loggolina",
    "last_name": "Spårlösdotter",
    "email": "loggolina.sparlos@example.se",
    "phone": "0701112233",
    "interests": "hemlighundintresse",
}


def _drive(call: Callable[..., httpx.Response], headers: dict[str, str], ref: str) -> list[str]:
    """Uses the service the way staff and a youth would; returns the link tokens it saw."""
    payload = youth_payload(ref, birth_year=2000, **PERSONAL)
    assert call("POST", "/api/youths", json=payload, headers=headers).status_code == 201
    consent = {"given_by": "youth", "scope": "share_with_employers", "given_date": "2025-01-01"}
    call("POST", f"/api/youths/{ref}/consents", json=consent, headers=headers)
    call("GET", f"/api/youths/{ref}", headers=headers)
    call("GET", "/api/youths", headers=headers)
    call("PATCH", f"/api/youths/{ref}", json={"phone": "0709990000"}, headers=headers)
    call("POST", f"/api/youths/{ref}", json={"first_name": PERSONAL["first_name"]}, headers=headers)
    call("POST", "/api/youths", json={**payload, "birth_year": "x"}, headers=headers)  # 422
    call("GET", f"/api/youths/{ref}/export.json", headers=headers)
    call("POST", "/api/placements", json=placement_payload(f"P-{ref}"), headers=headers)
    call("GET", f"/api/youths/{ref}/suggestions", headers=headers)
    link = call("POST", f"/api/youths/{ref}/review-link", json={}, headers=headers)
    assert link.status_code == 201, link.text
    token = link.json()["url"].rsplit("/l/", 1)[1]
    assert call("GET", f"/l/{token}").status_code == 200
    call("POST", f"/l/{token}", data={"action": "feedback", "comment": PERSONAL["interests"]})
    call("GET", f"/l/{token}x")  # a mistyped link: 404
    call("POST", "/sign-in", data={"email": PERSONAL["email"], "password": "wrong-password"})
    big = {**payload, "ref": "Y-BIG", "interests": PERSONAL["interests"] * 100_000}
    assert call("POST", "/api/youths", json=big, headers=headers).status_code == 413
    return [token]


def _leaks(text: str, tokens: list[str]) -> list[str]:
    secrets = [*PERSONAL.values(), "0709990000", *tokens]
    return [s for s in secrets if s.lower() in text.lower()]


def test_api_and_link_pages_log_no_personal_data(client, admin_headers, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    tokens = _drive(client.request, admin_headers, "Y-LOG1")
    for i in range(25):  # guessing verification codes ends in 429, which is logged
        client.get(f"/verify/{PERSONAL['first_name']}{i}")
    captured = capfd.readouterr()
    # The test's own HTTP client (httpx) logs the URLs it calls; that is not the service.
    service_records = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    lines = [f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in service_records]
    everything = "\n".join(lines) + captured.out + captured.err
    assert len(service_records) > 0  # the scan saw the service's own log output
    assert _leaks(everything, tokens) == []


@contextmanager
def _real_server(log: list[str]) -> Iterator[httpx.Client]:
    """Runs uvicorn as in production, access log on, at DEBUG; appends all it printed to log."""
    port = free_port()
    env = {**os.environ, "PRAKTIKMATCH_WARM_MATCHER": "false", "PRAKTIKMATCH_LOG_LEVEL": "DEBUG"}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "debug", "--access-log"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            deadline = time.monotonic() + 90  # a busy machine starts slowly
            while time.monotonic() < deadline:
                try:
                    if http.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            yield http
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
        log.append(output)


def test_a_real_server_access_log_holds_no_personal_data(prepared_database, auth_headers):
    log: list[str] = []
    with _real_server(log) as http:
        tokens = _drive(http.request, auth_headers("admin"), "Y-LOG2")
    output = log[0]
    assert "GET /health" in output and "/l/" in output  # the access log was on
    assert _leaks(output, tokens) == []


def test_certificate_codes_never_reach_a_real_servers_access_log(
    prepared_database, auth_headers, db_session
):
    from tests.certificates.conftest import make_internship

    made = make_internship(db_session, first_name="Kodhållare", last_name="Loggfri")
    headers = auth_headers("admin")
    log: list[str] = []
    with _real_server(log) as http:
        issued = http.post(f"/api/internships/{made.internship_id}/certificate",
                           json={"language": "sv"}, headers=headers)  # fmt: skip
        assert issued.status_code == 201, issued.text
        code = issued.json()["code"]
        opened = http.get(f"/verify/{code}")
        assert opened.status_code == 200 and "Kodhållare" in opened.text  # the code is a key
        typed = http.get("/verify", params={"code": code.lower()}, follow_redirects=True)
        assert typed.status_code == 200
        for path in (f"/verify/{code}/status", f"/api/certificates/{code}",
                     f"/api/certificates/{code}/certificate.pdf",
                     f"/api/certificates/{code}/credential.jwt"):  # fmt: skip
            assert http.get(path, headers=headers).status_code == 200, path
        http.post(f"/api/certificates/{code}/revoke", json={"reason": "fel"}, headers=headers)
    output = log[0]
    assert "/verify/[redacted]" in output and "/api/certificates/[redacted]" in output
    assert "code=[redacted]" in output
    for secret in (code, code.lower(), "Kodhållare", "Loggfri"):
        assert secret not in output, secret


@pytest.mark.parametrize(
    "parent, child",
    [
        ("uvicorn.access", "uvicorn.access.proxy"),
        ("praktikmatch", "praktikmatch.x.y"),
        ("", "some.library"),
    ],  # fmt: skip
)
def test_child_loggers_are_masked_too(app, parent, child):
    """A filter on a logger misses records of its children that reach its handlers; the
    masking must not depend on which logger a line was written to."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.DEBUG)
    target = logging.getLogger(parent or None)
    target.addHandler(handler)
    logger = logging.getLogger(child)
    logger.disabled = False
    try:
        logger.warning(
            '%s - "GET %s HTTP/1.1" %d', "127.0.0.1:5000", "/verify/ABCDE12345?lang=en", 200
        )
        logger.warning("opened /l/%s and /api/certificates/QRST678901/certificate.pdf",
                       "tokentokentoken")  # fmt: skip
        logger.warning("GET /verify?code=VWXY234567 and /verify/file")
        logger.warning("/l/%s%s", "split", "secret")  # a token made of template and argument
    finally:
        target.removeHandler(handler)
    text = stream.getvalue()
    assert text.count("[redacted]") == 5, text
    assert "/verify/file" in text and '" 200' in text
    for secret in ("ABCDE12345", "QRST678901", "tokentokentoken", "VWXY234567", "splitsecret"):
        assert secret not in text


def test_a_traceback_in_the_log_is_masked_too(app):
    """An exception message may quote the URL it failed on; logger.exception prints it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("praktikmatch.tracebacks")
    logger.addHandler(handler)
    logger.disabled = False
    try:
        try:
            raise RuntimeError("failed on /l/tokentokentoken and /verify/ABCDE12345")
        except RuntimeError:
            logger.exception("request failed")
        logger.warning("stack", stack_info=True)
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert "Traceback" in text and "RuntimeError" in text
    assert "tokentokentoken" not in text and "ABCDE12345" not in text
    assert text.count("[redacted]") >= 2, text


def test_database_errors_carry_no_parameters(db_session):
    from sqlalchemy.exc import IntegrityError

    from youths.models import Youth

    db_session.add(Youth(ref="Y-DUP", first_name="Förste"))
    db_session.commit()
    db_session.add(Youth(ref="Y-DUP", first_name=PERSONAL["first_name"]))
    with pytest.raises(IntegrityError) as failed:
        db_session.commit()
    assert PERSONAL["first_name"] not in str(failed.value)
