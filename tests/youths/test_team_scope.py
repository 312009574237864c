"""Team scope for youths, from outside: imports, creating and moving youths, probing refs.

Issue 10, defects 1-4. Team B's youth is made by an admin; team A's coach and recruiter try to
reach it through the staff import page, the API and the CLI.
"""

import re

import pytest

from tests.factories import youth_payload

A, B = "Hisingen", "Väster"
HEADER = "ref,gender,birth_year,district,interests,first_name,team,email"
NOT_YOURS_SV = "du får inte importera den här referensen"


@pytest.fixture
def foreign(client, admin_headers) -> dict:
    payload = youth_payload("V-1", team=B, first_name="Vera", last_name="Västersson",
                            email="vera@vaster.example", interests="hästar")  # fmt: skip
    assert client.post("/api/youths", json=payload, headers=admin_headers).status_code == 201
    return client.get("/api/youths/V-1", headers=admin_headers).json()


def _errors(html: str) -> list[tuple[str, str, str]]:
    """(line, column, message) for each row of the import page's error table."""
    table = html.split('id="import-errors"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td></tr>", table)
    return [tuple(r) for r in rows]


def _import(client, csrf, rows: list[str], step: str = "/import"):
    text = HEADER + "\n" + "\n".join(rows) + "\n"
    return client.post(step, data={"csrf": csrf, "kind": "youths", "text": text},
                       follow_redirects=False)  # fmt: skip


def test_coach_cannot_import_over_another_teams_youth(client, signed_in, admin_headers, foreign):
    session, csrf = signed_in("coach", A)
    row = f"V-1,female,2008,Lundby,kapat,Mallory,{A},mallory@evil.example"
    preview = _import(session, csrf, [row])
    assert preview.status_code == 422
    assert "preview-summary" not in preview.text  # no "0 new, 1 changed"
    errors = _errors(preview.text)
    assert [(line, column) for line, column, _ in errors] == [("2", "ref")]
    assert NOT_YOURS_SV in errors[0][2]
    assert "Vera" not in preview.text and "vera@" not in preview.text
    confirm = _import(session, csrf, [row], "/import/confirm")
    assert confirm.status_code == 422
    assert client.get("/api/youths/V-1", headers=admin_headers).json() == foreign


def test_a_refused_row_looks_the_same_for_a_taken_ref_and_a_new_one(signed_in, foreign):
    session, csrf = signed_in("coach", A)
    taken = _errors(_import(session, csrf, [f"V-1,female,2008,Lundby,x,Mallory,{B},"]).text)
    new = _errors(_import(session, csrf, [f"V-NEW,female,2008,Lundby,x,Mallory,{B},"]).text)
    assert taken == new and len(taken) == 1


def test_coach_imports_into_their_own_team(client, signed_in, admin_headers, foreign):
    session, csrf = signed_in("recruiter", A)
    answer = _import(session, csrf, ["H-1,male,2008,Lundby,bilar,Hugo,,"], "/import/confirm")
    assert answer.status_code == 303 and "created=1" in answer.headers["location"]
    assert client.get("/api/youths/H-1", headers=admin_headers).json()["team"] == A


def test_a_staff_member_without_a_team_may_not_import_youths(signed_in):
    session, csrf = signed_in("recruiter")
    answer = _import(session, csrf, ["H-1,male,2008,Lundby,bilar,Hugo,,"])
    assert answer.status_code == 403


def test_admin_imports_into_any_team(client, signed_in, admin_headers, foreign):
    session, csrf = signed_in("admin")
    answer = _import(session, csrf, [f"V-1,female,2008,Lundby,hästar,Vera,{A},"], "/import/confirm")
    assert answer.status_code == 303 and "updated=1" in answer.headers["location"]
    assert client.get("/api/youths/V-1", headers=admin_headers).json()["team"] == A


# ---- defect 2: a coach needs a team ------------------------------------------------------------


def test_a_coach_without_a_team_sees_nothing(client, signed_in, auth_headers, foreign):
    token = auth_headers("coach")  # made before the CLI refused it, or straight in the database
    assert client.get("/api/youths", headers=token).json() == {"items": [], "total": 0}
    assert client.get("/api/youths/V-1", headers=token).status_code == 404
    assert client.post("/api/youths", json=youth_payload("N-1", team=None),
                       headers=token).status_code == 403  # fmt: skip
    session, _ = signed_in("coach")
    assert "V-1" not in session.get("/youths").text
    assert session.get("/youths/V-1").status_code == 404


# ---- defect 3: creating in and moving to another team ------------------------------------------


@pytest.mark.parametrize("role", ["coach", "recruiter"])
def test_team_staff_cannot_create_in_or_move_to_another_team(
    role, client, auth_headers, admin_headers
):
    mine = auth_headers(role, team=A)
    refused = client.post("/api/youths", json=youth_payload("N-1", team=B), headers=mine)
    assert refused.status_code == 403
    assert client.get("/api/youths/N-1", headers=admin_headers).status_code == 404
    made = client.post("/api/youths", json=youth_payload("N-2", team=None), headers=mine)
    assert made.status_code == 201 and made.json()["team"] == A
    for method in ("PATCH", "PUT"):
        moved = client.request(method, "/api/youths/N-2", json={"team": B}, headers=mine)
        assert moved.status_code == 403
    assert client.get("/api/youths/N-2", headers=admin_headers).json()["team"] == A
    same = client.patch("/api/youths/N-2", json={"team": A, "interests": "ny"}, headers=mine)
    assert same.status_code == 200  # naming the team it already has is no move


def test_admin_moves_a_youth_between_teams(client, admin_headers, foreign):
    moved = client.patch("/api/youths/V-1", json={"team": A}, headers=admin_headers)
    assert moved.status_code == 200 and moved.json()["team"] == A


# ---- defect 4: refs cannot be probed -----------------------------------------------------------


def test_a_taken_ref_answers_the_same_whoever_has_it(client, auth_headers, foreign):
    coach = auth_headers("coach", team=A)
    assert (
        client.post("/api/youths", json=youth_payload("H-1", team=A), headers=coach).status_code
        == 201
    )
    theirs = client.post("/api/youths", json=youth_payload("V-1", team=None), headers=coach)
    ours = client.post("/api/youths", json=youth_payload("H-1", team=None), headers=coach)
    assert theirs.status_code == ours.status_code == 409
    assert theirs.json() == ours.json()  # not even the ref is echoed
    assert "exist" not in theirs.text and B not in theirs.text and "Vera" not in theirs.text
