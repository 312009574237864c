"""Another team's internship or certificate answers 404 before anything about its state.

Issue 10, defect 4: issuing on another team's internship used to answer 409 "already has a
valid certificate", which told that the internship exists and has one.
"""

import pytest


@pytest.mark.parametrize("state", ["issued", "ready"])
def test_another_teams_internship_answers_404_whatever_its_state(
    state, client, auth_headers, internship_factory, request
):
    made = internship_factory(team="Hisingen")
    admin = auth_headers("admin")
    url = f"/api/internships/{made.internship_id}/certificate"
    if state == "issued":
        assert client.post(url, headers=admin).status_code == 201
    other = auth_headers("recruiter", team="Väster")
    unknown = client.post("/api/internships/999999/certificate", headers=other)
    answer = client.post(url, headers=other)
    assert answer.status_code == unknown.status_code == 404
    assert "certificate" not in answer.json()["detail"]
    own = client.post(url, headers=auth_headers("recruiter", team="Hisingen"))
    assert own.status_code == (409 if state == "issued" else 201)


def test_correct_and_revoke_of_another_teams_certificate_answer_404(
    client, auth_headers, internship_factory
):
    made = internship_factory(team="Hisingen")
    code = client.post(f"/api/internships/{made.internship_id}/certificate",
                       headers=auth_headers("admin")).json()["code"]  # fmt: skip
    other = auth_headers("recruiter", team="Väster")
    for action in ("correct", "revoke"):
        answer = client.post(f"/api/certificates/{code}/{action}", json={"reason": "x"},
                             headers=other)  # fmt: skip
        assert answer.status_code == 404, action
    assert client.get(f"/api/certificates/{code}", headers=auth_headers("admin")).json()[
        "status"] == "issued"  # fmt: skip
