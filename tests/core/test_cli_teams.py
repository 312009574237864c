"""The command line: a coach needs a team, and `import youths --team` checks rows as for its coach."""

import io

from sqlalchemy import select

from app.cli import main
from tests.factories import youth_payload


def _exists(stmt) -> bool:  # type: ignore[no-untyped-def]
    from core.db import session_scope

    with session_scope() as s:  # short: on SQLite a transaction holds the write lock
        found = s.scalar(stmt) is not None
        s.rollback()
    return found


def test_user_create_refuses_a_coach_without_a_team(monkeypatch, capsys):
    from accounts.models import StaffUser

    monkeypatch.setattr("sys.stdin", io.StringIO("ett-långt-lösenord-här\n"))
    code = main(["user", "create", "--email", "c@example.se", "--name", "C", "--role", "coach",
                 "--password-stdin"])  # fmt: skip
    assert code == 2 and "--team" in capsys.readouterr().err
    assert not _exists(select(StaffUser).where(StaffUser.email == "c@example.se"))
    monkeypatch.setattr("sys.stdin", io.StringIO("ett-långt-lösenord-här\n"))
    code = main(["user", "create", "--email", "c@example.se", "--name", "C", "--role", "coach",
                 "--team", "Hisingen", "--password-stdin"])  # fmt: skip
    assert code == 0


def test_token_create_refuses_a_coach_without_a_team(capsys):
    from accounts.models import ApiToken

    assert main(["token", "create", "--name", "x", "--role", "coach", "--team", " "]) == 2
    assert "--team" in capsys.readouterr().err
    assert not _exists(select(ApiToken))


def test_import_with_a_team_refuses_another_teams_youth(client, admin_headers, tmp_csv, capsys):
    payload = youth_payload("V-1", team="Väster", first_name="Vera")
    assert client.post("/api/youths", json=payload, headers=admin_headers).status_code == 201
    path = tmp_csv("ref,gender,birth_year,district,interests,first_name\n"
                   "V-1,female,2008,Lundby,kapat,Mallory\n")  # fmt: skip
    assert main(["import", "youths", str(path), "--team", "Hisingen"]) == 1
    err = capsys.readouterr().err
    assert "line 2, column 'ref': you may not import this ref" in err and "Vera" not in err
    assert client.get("/api/youths/V-1", headers=admin_headers).json()["first_name"] == "Vera"
    assert main(["import", "youths", str(path)]) == 0  # the operator's own import: every team
    assert client.get("/api/youths/V-1", headers=admin_headers).json()["first_name"] == "Mallory"
