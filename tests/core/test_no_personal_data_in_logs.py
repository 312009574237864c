"""No personal data in logs: drive the API and the link pages at DEBUG level, then scan every
captured log line (in-process loggers, stdout/stderr, and a real uvicorn server's access log)
for the youth's name, contact details, free text and link tokens."""

import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_real_server_access_log_holds_no_personal_data(prepared_database, auth_headers):
    port = _free_port()
    env = {**os.environ, "PRAKTIKMATCH_WARM_MATCHER": "false", "PRAKTIKMATCH_LOG_LEVEL": "DEBUG"}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "core.main:app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "debug", "--access-log"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            for _ in range(200):
                try:
                    if http.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.05)
            tokens = _drive(http.request, auth_headers("admin"), "Y-LOG2")
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert "GET /health" in output and "/l/" in output  # the access log was on
    assert _leaks(output, tokens) == []


def test_database_errors_carry_no_parameters(db_session):
    import pytest
    from sqlalchemy.exc import IntegrityError

    from youths.models import Youth

    db_session.add(Youth(ref="Y-DUP", first_name="Förste"))
    db_session.commit()
    db_session.add(Youth(ref="Y-DUP", first_name=PERSONAL["first_name"]))
    with pytest.raises(IntegrityError) as failed:
        db_session.commit()
    assert PERSONAL["first_name"] not in str(failed.value)
