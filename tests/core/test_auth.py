import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "method,path",
    [
        ("get", "/api/placements"),
        ("get", "/api/youths"),
        ("get", "/api/competences"),
        ("get", "/api/employers"),
    ],
)
def test_api_without_token_answers_401(client, method, path):
    assert getattr(client, method)(path).status_code == 401


def test_garbage_and_revoked_tokens_answer_401(client, prepared_database):
    from accounts import auth
    from core.db import session_scope

    assert (
        client.get("/api/placements", headers={"Authorization": "Bearer nope"}).status_code == 401
    )
    with session_scope() as s:
        token, plain = auth.create_token(db_session=s, name="x", role="admin")
        s.commit()
        headers = {"Authorization": f"Bearer {plain}"}
        assert client.get("/api/placements", headers=headers).status_code == 200
        assert auth.revoke_token(db_session=s, token_id=token.id)
        s.commit()
    assert client.get("/api/placements", headers=headers).status_code == 401


def test_wrong_role_answers_403(client, auth_headers):
    coach = auth_headers("coach")
    payload = {"ref": "P1", "employer": "E", "title": "T", "district": "Lundby", "capacity": 1}
    assert client.post("/api/placements", json=payload, headers=coach).status_code == 403
    assert client.get("/api/placements", headers=coach).status_code == 200


def test_health_needs_no_auth(client):
    assert client.get("/health").json() == {"status": "ok"}


def test_token_is_stored_hashed(prepared_database):
    from sqlalchemy import select

    from accounts import auth
    from accounts.models import ApiToken
    from core.db import session_scope

    with session_scope() as s:
        token, plain = auth.create_token(db_session=s, name="x", role="coach")
        s.commit()
        stored = s.scalar(select(ApiToken.token_hash).where(ApiToken.id == token.id))
    assert plain not in stored and len(stored) == 64


def test_token_create_cli_prints_working_token_as_last_line(client, prepared_database):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "token",
            "create",
            "--name",
            "ci",
            "--role",
            "recruiter",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    token = out.stdout.strip().splitlines()[-1]
    assert (
        client.get("/api/placements", headers={"Authorization": f"Bearer {token}"}).status_code
        == 200
    )
