"""Staff API: preview, issue, download, correct, revoke, guides and the printable deck."""

import hashlib

from sqlalchemy import select

from core.audit import AuditEvent


def test_issue_then_download_serves_the_hashed_bytes(
    client, auth_headers, ready_internship, read_pdf
):
    recruiter = auth_headers("recruiter")
    url = f"/api/internships/{ready_internship.internship_id}/certificate"
    created = client.post(url, json={"language": "sv"}, headers=recruiter)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["status"] == "issued" and body["holder_name"] == "Åsa Öberg"
    assert body["verify_url"].endswith(f"/verify/{body['code']}")
    pdf = client.get(body["pdf_url"], headers=recruiter)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert hashlib.sha256(pdf.content).hexdigest() == body["pdf_sha256"]
    assert pdf.headers["cache-control"] == "no-store"
    assert "Åsa" not in pdf.headers["content-disposition"]  # no personal data in file names
    jwt_response = client.get(body["credential_url"], headers=recruiter)
    assert jwt_response.headers["content-type"].startswith("application/vc+jwt")
    assert jwt_response.text.count(".") == 2


def test_double_submit_issues_one_certificate(client, auth_headers, ready_internship):
    recruiter = auth_headers("recruiter")
    url = f"/api/internships/{ready_internship.internship_id}/certificate"
    first = client.post(url, headers=recruiter)
    second = client.post(url, headers=recruiter)
    assert (first.status_code, second.status_code) == (201, 409)
    assert "correction" in second.json()["detail"]
    listed = client.get(f"/api/internships/{ready_internship.internship_id}/certificates",
                        headers=recruiter).json()["items"]  # fmt: skip
    assert [c["code"] for c in listed] == [first.json()["code"]]


def test_coaches_may_not_issue_and_other_teams_see_nothing(client, auth_headers, ready_internship):
    url = f"/api/internships/{ready_internship.internship_id}/certificate"
    assert client.post(url, headers=auth_headers("coach", team="Hisingen")).status_code == 403
    code = client.post(url, headers=auth_headers("admin")).json()["code"]
    other = auth_headers("coach", team="Väster")
    assert client.get(f"/api/certificates/{code}", headers=other).status_code == 404
    assert client.get(f"{url}/preview.pdf", headers=other).status_code == 404
    own = auth_headers("coach", team="Hisingen")
    assert client.get(f"/api/certificates/{code}", headers=own).status_code == 200


def test_preview_stores_nothing_and_is_audited(
    client, admin_headers, ready_internship, db_session, read_pdf
):
    url = f"/api/internships/{ready_internship.internship_id}/certificate"
    response = client.get(f"{url}/preview.pdf?lang=en", headers=admin_headers)
    assert response.status_code == 200 and "PREVIEW" in read_pdf(response.content)
    assert client.get(f"/api/internships/{ready_internship.internship_id}/certificates",
                      headers=admin_headers).json()["items"] == []  # fmt: skip
    actions = db_session.scalars(select(AuditEvent.action)).all()
    assert "certificate.preview" in actions


def test_preview_of_an_unapproved_assessment_explains_why(
    client, admin_headers, internship_factory
):
    made = internship_factory(final_status="draft")
    response = client.get(
        f"/api/internships/{made.internship_id}/certificate/preview.pdf", headers=admin_headers
    )
    assert response.status_code == 409 and "approved" in response.json()["detail"]
    assert client.get("/api/internships/999999/certificate/preview.pdf",
                      headers=admin_headers).status_code == 404  # fmt: skip


def test_correct_and_revoke_through_the_api(client, admin_headers, ready_internship):
    url = f"/api/internships/{ready_internship.internship_id}/certificate"
    old = client.post(url, headers=admin_headers).json()["code"]
    assert client.post(f"/api/certificates/{old}/correct", json={"reason": ""},
                       headers=admin_headers).status_code == 422  # fmt: skip
    new = client.post(f"/api/certificates/{old}/correct", json={"reason": "Stavfel i namnet"},
                      headers=admin_headers)  # fmt: skip
    assert new.status_code == 201 and new.json()["replaces"] == old
    old_body = client.get(f"/api/certificates/{old}", headers=admin_headers).json()
    assert old_body["status"] == "revoked" and old_body["replaced_by"] == new.json()["code"]
    revoked = client.post(f"/api/certificates/{new.json()['code']}/revoke",
                          json={"reason": "Fel praktik"}, headers=admin_headers)  # fmt: skip
    assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"


def test_supervisor_guide_by_get_and_with_a_link_by_post(
    client, auth_headers, ready_internship, read_pdf
):
    coach = auth_headers("coach", team="Hisingen")
    base = f"/api/internships/{ready_internship.internship_id}/supervisor-guide.pdf"
    plain = client.get(f"{base}?lang=en", headers=coach)
    assert plain.status_code == 200 and "Welcome as supervisor for Åsa" in read_pdf(plain.content)
    link = "http://127.0.0.1:8000/a/TOKEN123"
    with_link = client.post(base, json={"language": "sv", "link_url": link}, headers=coach)
    assert with_link.status_code == 200 and link in read_pdf(with_link.content)
    foreign = client.post(base, json={"link_url": "https://evil.example/a/x"}, headers=coach)
    assert foreign.status_code == 422 and foreign.json()["field"] == "link_url"
    assert client.get(f"{base}?lang=de", headers=coach).status_code == 422


def test_employer_guide_and_deck_downloads(client, auth_headers, read_pdf):
    coach = auth_headers("coach")
    guide = client.get("/api/documents/employer-guide.pdf?lang=sv", headers=coach)
    assert guide.status_code == 200 and "Ta emot en ungdom på praktik" in read_pdf(guide.content)
    deck = client.get("/api/competences/deck.pdf?lang=en", headers=coach)
    assert deck.status_code == 200 and "Card 13 of 13" in read_pdf(deck.content)
    assert client.get("/api/competences/deck.pdf?version=nope", headers=coach).status_code == 404
    assert client.get("/api/competences/deck.pdf").status_code == 401
